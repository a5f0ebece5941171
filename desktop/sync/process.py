"""One account's sync in a child process (``desktop.sync.worker``), seen from the window.

A sync in a thread of the window's process shared the window's GIL: on a busy 2-core machine the GUI
thread waited behind the sync's JSON decoding, mapping and httpx, and the event loop stalled for
100 ms and more (bench/ui.py, README "Performance"). In a process of its own the sync has its own
interpreter; the window only reads the cache and the child's progress lines.

``SyncProcess`` has the shape of ``loop_thread.RemoteTask``: ``future`` ends with the ``SyncReport``,
the worker's error (``SyncWorkerError``) or cancelled, and only once the child has ended, so whoever
cancels waits for the sync's own clean-up (resume state committed). A child that does not end within
``KILL_AFTER`` seconds of a cancel is killed (each page is committed with its resume state: at most
the page in flight is lost). Credentials and the cache key go over the child's stdin; the child takes
the end of its stdin (this process gone) as a cancel.

Two things keep the child from slowing the window down on a busy machine (bench/ui.py's stall part):

* The child runs at a lower CPU priority than the window. Measured on 2 busy cores, 80-90 % of the
  window's late event-loop time was its thread *runnable but waiting for a CPU* (Linux's schedstat),
  not waiting for the interpreter lock: whatever else wanted a CPU had it, the worker (JSON, mapping,
  SQLite) among them. A background sync should give way to the window the user looks at. (It cannot
  make the window win over other programs: those run at the window's priority. And on a machine
  kept busy by other programs the sync itself runs slower: with two busy loops in bench/ui.py, about
  a fifth of its pace at nice +10 and about two fifths at +5, with no difference in the window's stalls
  between the two; on an idle machine it keeps its pace. Against a real vendor the rate limit, not
  the CPU, sets the sync's pace.)
* Given the window's event loop (``loop``), the child's lines are read on it (POSIX: a watch on the
  pipe, no reader thread in the window's process taking the interpreter lock; the child sends at most
  about ten progress lines a second). Without a loop (scripts, the self-test) or on Windows, where a
  pipe cannot be watched that way, a thread reads them.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import logging
import os
import subprocess
import sys
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from connectors.http.redact import redact
from desktop.sync.report import ProgressCallback, SyncReport
from desktop.sync.wire import progress_from_wire, report_from_wire
from desktop.sync.worker import COMMAND

log = logging.getLogger("recruiter_companion.sync.process")


#: How much lower the child's CPU priority is than the window's (POSIX nice steps; Windows: one class,
#: below normal). 5 gives the window about three times the child's share when both want the CPU and
#: leaves the sync twice the pace of +10 beside other busy programs (the docstring's figures).
NICER = 5


class SyncWorkerError(Exception):
    """The sync failed in the worker, or the worker died; the message is for the user as it is."""


class SyncBusy(Exception):
    """Team mode: another member syncs the account (``holder``, ``percent`` done); this one pulled
    ``pulled`` changes instead of syncing."""

    def __init__(self, holder: str | None, percent: int | None, pulled: int) -> None:
        super().__init__(f"synced by {holder or 'another member'}")
        self.holder, self.percent, self.pulled = holder, percent, pulled


@dataclass(frozen=True)
class SyncRequest:
    """What the child syncs: everything it needs, secrets included (sent on its stdin only)."""

    home: Path
    cache: Path
    cache_key: str | None
    account_id: str
    credentials: dict[str, str]
    full: bool = False
    refresh_details: bool = False
    #: Team mode: the team server's URL with its password (``desktop.team.connect.saved_url``).
    team_url: str | None = None


def worker_command() -> list[str]:
    """The program that runs the worker: the bundle's own executable with the hidden subcommand
    (PyInstaller sets ``sys.frozen``; its entry point is ``desktop.cli.main``), else this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, COMMAND]
    return [sys.executable, "-m", "desktop", COMMAND]


class SyncProcess:
    """One sync in one child process. ``start`` raises ``OSError`` when no child can be started."""

    #: Seconds a cancelled child has to end on its own before it is killed.
    KILL_AFTER = 15.0

    def __init__(
        self,
        request: SyncRequest,
        progress: ProgressCallback | None = None,
        *,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        """``progress`` is called on ``loop`` when one is given (POSIX), else on a reader thread."""
        self._request = request
        self._progress = progress
        self._loop = loop if os.name == "posix" else None
        self._outcome: dict[str, Any] | None = None
        self._pending = bytearray()  # a line read in part (loop reading)
        self._proc: subprocess.Popen[str] | None = None
        self._stdin_lock = threading.Lock()
        self._cancelled = False
        self._stderr: deque[str] = deque(maxlen=20)
        #: Team mode, once the sync ended: what was pulled and published ("pulled", "published",
        #: "publish_error").
        self.team: dict[str, Any] | None = None
        #: Done when the child has ended: its report, its error, or cancelled.
        self.future: concurrent.futures.Future[SyncReport] = concurrent.futures.Future()

    def start(self) -> None:
        root = Path(__file__).resolve().parents[2]
        self._proc = subprocess.Popen(
            worker_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            # From source the child must find the ``desktop`` package whatever the window's cwd.
            cwd=None if getattr(sys, "frozen", False) else root,
            # Windows: a lower priority class from the start (the module docstring says why).
            creationflags=getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0),
        )
        if os.name == "posix":
            _lower_priority(self._proc.pid)
        r = self._request
        self._send(
            {
                "op": "start",
                "home": str(r.home),
                "cache": str(r.cache),
                "cache_key": r.cache_key,
                "account_id": r.account_id,
                "credentials": r.credentials,
                "full": r.full,
                "refresh_details": r.refresh_details,
                "team_url": r.team_url,
            }
        )
        assert self._proc.stdout is not None and self._proc.stderr is not None
        threading.Thread(target=self._read_stderr, args=(self._proc.stderr,), daemon=True).start()
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop has closed: a thread reads instead
                self._loop.call_soon_threadsafe(self._watch, self._loop)
                return
        reader = threading.Thread(target=self._read_stdout, args=(self._proc.stdout,), name="sync-process")
        reader.daemon = True
        reader.start()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def prioritise(self, model: str, record_id: str) -> None:
        """The user opened this record: the child's phase 2 reads its details next."""
        self._send({"op": "prioritise", "model": model, "record_id": record_id})

    def cancel(self) -> None:
        """Ask the child to stop; ``future`` ends once it has (killed after ``KILL_AFTER`` seconds)."""
        if self._cancelled or self._proc is None:
            return
        self._cancelled = True
        self._send({"op": "cancel"})
        timer = threading.Timer(self.KILL_AFTER, self._kill_if_running)
        timer.daemon = True
        timer.start()

    def _kill_if_running(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            log.warning("sync worker %d ran on %.0fs after a cancel: killed", self._proc.pid, self.KILL_AFTER)
            self._proc.kill()

    def _send(self, message: dict[str, Any]) -> None:
        assert self._proc is not None and self._proc.stdin is not None
        with self._stdin_lock, contextlib.suppress(BrokenPipeError, OSError, ValueError):  # child gone
            self._proc.stdin.write(json.dumps(message) + "\n")
            self._proc.stdin.flush()

    def _read_stderr(self, stream: IO[str]) -> None:
        for line in stream:
            self._stderr.append(line.rstrip())

    def _line(self, line: str | bytes | bytearray) -> None:
        """One line from the child: progress goes to the listener, anything else is the outcome."""
        try:
            message = json.loads(line)
        except ValueError:
            return
        if message.get("event") == "progress":
            if self._progress is not None:
                fields = {k: v for k, v in message.items() if k != "event"}
                with contextlib.suppress(Exception):  # a listener's bug must not lose the sync's end
                    self._progress(progress_from_wire(fields))
        else:
            self._outcome = message

    def _read_stdout(self, stream: IO[str]) -> None:
        for line in stream:
            self._line(line)
        self._end()

    def _watch(self, loop: asyncio.AbstractEventLoop) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        os.set_blocking(fd, False)
        try:
            loop.add_reader(fd, self._readable, loop, fd)
        except (NotImplementedError, RuntimeError, ValueError):  # a loop that cannot watch pipes
            os.set_blocking(fd, True)
            threading.Thread(target=self._read_stdout, args=(self._proc.stdout,), daemon=True).start()

    def _readable(self, loop: asyncio.AbstractEventLoop, fd: int) -> None:
        """The pipe has data (on the window's loop): whole lines are handled, a partial one kept."""
        try:
            chunk = os.read(fd, 1 << 16)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if chunk:
            self._pending += chunk
            *lines, rest = self._pending.split(b"\n")
            self._pending = bytearray(rest)
            for line in lines:
                self._line(line)
            return
        loop.remove_reader(fd)
        if self._pending:
            self._line(bytes(self._pending))
        # The child closed its stdout as it exits: waiting for its exit code is short, but not the
        # window loop's to do.
        threading.Thread(target=self._end, name="sync-process-end", daemon=True).start()

    def _end(self) -> None:
        assert self._proc is not None
        code = self._proc.wait()
        for pipe in (self._proc.stdin, self._proc.stdout):
            with contextlib.suppress(OSError, ValueError):
                assert pipe is not None
                pipe.close()
        self._settle(self._outcome, code)

    def _settle(self, outcome: dict[str, Any] | None, code: int) -> None:
        event = outcome.get("event") if outcome else None
        if event == "report" and outcome is not None:
            self.team = outcome.get("team")
            self.future.set_result(report_from_wire(outcome["report"]))
        elif event == "busy" and outcome is not None:
            self.future.set_exception(
                SyncBusy(outcome.get("holder"), outcome.get("percent"), int(outcome.get("pulled") or 0))
            )
        elif event == "error" and outcome is not None:
            self.future.set_exception(SyncWorkerError(str(outcome.get("message", ""))))
        elif event == "cancelled" or self._cancelled:
            self.future.cancel()
        else:
            tail = redact(" | ".join(self._stderr))
            log.warning("sync worker ended without a result (exit %s): %s", code, tail or "no output")
            self.future.set_exception(
                SyncWorkerError(
                    f"the sync process ended unexpectedly (exit code {code}); what it stored is kept "
                    "and the next sync resumes where it stopped. Details are in the log."
                )
            )


def _lower_priority(pid: int) -> None:
    """Give the child ``NICER`` steps less CPU priority than this process (POSIX). The child reads
    its start message before it starts any thread, so all its threads inherit the priority."""
    with contextlib.suppress(OSError):  # not allowed here (a sandbox, an odd system): it runs as is
        os.setpriority(os.PRIO_PROCESS, pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + NICER))
