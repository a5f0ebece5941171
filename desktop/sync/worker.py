"""The sync worker process: one account's sync for the window, in a process of its own.

Started by ``desktop.sync.process.SyncProcess`` as ``python -m desktop _sync-worker`` (from source) or
``<bundle executable> _sync-worker`` (PyInstaller): a hidden subcommand of the one entry point
(``desktop.cli.main``). The sync's Python work (JSON decoding, mapping, httpx) then takes this
process's GIL, not the window's: a busy machine turned the shared GIL into stalls of 100 ms and more
(bench/ui.py).

The protocol is JSON lines. On stdin, from the window:

* first ``{"op": "start", "home", "cache", "cache_key", "account_id", "credentials", "full",
  "refresh_details", "team_url"}``: secrets come this way only, never in argv, the environment or a log
  (``team_url``, with its password, only in team mode: then the sync is the CLI's team sync,
  ``desktop.team.replica``: the account's team lock, a pull, the sync, publishing as it goes);
* then any number of ``{"op": "prioritise", "model", "record_id"}`` (a record the user opened) and
  ``{"op": "cancel"}``. The end of stdin (the window gone, killed included) is a cancel too.

On stdout, to the window: ``{"event": "progress", ...}`` per ``Progress`` (coalesced: at most one
line per ``_Progress.EVERY`` seconds, except a stream's list stored or its end), then exactly one of
``{"event": "report", "report": ..., "team": {"pulled", "published", "publish_error"}}`` ("team" in team
mode only), ``{"event": "busy", "holder", "percent", "pulled"}`` (team mode: another member syncs the
account; this one pulled instead), ``{"event": "cancelled"}`` or ``{"event": "error", "message": ...}``.
A cancel ends the sync task as the window's own cancel did: its clean-up (clients
closed, resume state committed) runs before ``cancelled`` is written and the process exits.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from connectors.http.redact import redact

log = logging.getLogger("recruiter_companion.sync.worker")

#: The hidden subcommand (``desktop.cli.main``) that runs ``main``.
COMMAND = "_sync-worker"


class _Out:
    """Lines to the window; one writer at a time (progress may come from any thread)."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        line = json.dumps(message, separators=(",", ":"))
        with self._lock, contextlib.suppress(BrokenPipeError, ValueError):  # the window is gone
            self._stream.write(line + "\n")
            self._stream.flush()


class _Progress:
    """Progress events to the window, coalesced: a page's event comes many times a second, and each
    line is work on the window's thread. Events carry running totals, so only the latest per stream
    and phase matters; a list stored (its items queued for details) or a stream's end goes at once,
    after the events held before it, so the window sees the phases and ends in order."""

    #: Seconds between progress lines (at most about ten a second).
    EVERY = 0.1

    def __init__(self, out: _Out) -> None:
        self._out = out
        self._lock = threading.Lock()
        self._held: dict[tuple[str, int], dict[str, Any]] = {}
        self._sent = 0.0

    def __call__(self, event: Any) -> None:
        from desktop.sync.wire import progress_to_wire

        line = {"event": "progress", **progress_to_wire(event)}
        with self._lock:
            self._held.pop((event.stream, event.phase), None)  # superseded: the totals only grow
            self._held[(event.stream, event.phase)] = line
            if event.done or (event.phase == 1 and event.pending) or self._due():
                self._flush()

    def flush_due(self) -> None:
        """Send what is held if the last line went ``EVERY`` seconds ago (called on a timer)."""
        with self._lock:
            if self._held and self._due():
                self._flush()

    def flush(self) -> None:
        with self._lock:
            self._flush()

    def _due(self) -> bool:
        return time.monotonic() - self._sent >= self.EVERY

    def _flush(self) -> None:
        held, self._held = list(self._held.values()), {}
        for line in held:
            self._out.send(line)
        self._sent = time.monotonic()


def main() -> int:
    """Run one sync as told on stdin; 0 when it ended (report, cancel or reported error)."""
    # Stdout belongs to the protocol: whatever else prints (a library, a warning) goes to stderr.
    out = _Out(os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8"))
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    first = sys.stdin.readline()
    if not first:
        return 0  # the window went away before saying what to sync
    try:
        start = json.loads(first)
        if start.get("op") != "start":
            raise ValueError("the first message must be 'start'")
    except ValueError as exc:
        out.send({"event": "error", "message": f"the sync worker was started wrongly: {exc}"})
        return 2
    return asyncio.run(_run(start, out))


async def _run(start: dict[str, Any], out: _Out) -> int:
    loop = asyncio.get_running_loop()
    messages: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()

    def read_stdin() -> None:
        # A daemon thread: the end of stdin (the window closed or died) is a cancel.
        for line in sys.stdin:
            with contextlib.suppress(ValueError):
                loop.call_soon_threadsafe(messages.put_nowait, json.loads(line))
        with contextlib.suppress(RuntimeError):  # the loop has ended: nothing left to cancel
            loop.call_soon_threadsafe(messages.put_nowait, None)

    threading.Thread(target=read_stdin, name="sync-worker-stdin", daemon=True).start()
    try:
        core, account = await asyncio.to_thread(_open, start)
    except Exception as exc:  # said to the window as a message, like a failure in the window's own sync
        out.send({"event": "error", "message": _said(exc)})
        return 0
    try:
        return await _sync(core, account, start, messages, out)
    finally:
        await asyncio.to_thread(core.close)


def _open(start: dict[str, Any]) -> tuple[Any, Any]:
    """The window's data folder and cache, opened with the key handed over: this process never asks
    the keyring (no unlock prompt from a process the user did not start) and never migrates or
    encrypts the cache (the window did that when it opened it)."""
    os.environ["RECRUITER_COMPANION_HOME"] = start["home"]
    from connectors.http.redact import register_secret
    from desktop.accounts import Accounts
    from desktop.cache import crypt
    from desktop.cache.db import open_engine
    from desktop.cache.writer import CacheWriter
    from desktop.core import Core, setup_logging
    from desktop.secrets import SecretStore
    from desktop.sync.engine import SyncEngine

    class Handed(SecretStore):
        """No keyring here: the credentials came with the start message."""

        def __init__(self) -> None:  # no super().__init__: it would probe the keyring
            self._backend = None  # type: ignore[assignment]
            self.persistent = False
            self._memory: dict[str, dict[str, str]] = {}

    setup_logging()
    cache = Path(start["cache"])
    if start.get("cache_key"):
        crypt.use_key(cache.parent, start["cache_key"])
    engine = open_engine(cache, encrypt=False)  # an encrypted cache opens with the key handed over
    writer = CacheWriter(engine)
    secrets = Handed()
    core = Core(engine, writer, secrets, Accounts(engine, secrets), SyncEngine(writer))
    account = next((a for a in core.accounts.list() if a.id == start["account_id"]), None)
    if account is None:
        core.close()
        raise LookupError(f"account {start['account_id']} is no longer in the cache")
    for name in account.connector.secret_fields:  # kept out of this process's log lines too
        register_secret(start["credentials"].get(name))
    # The secrets handed over, as the keyring would give them (a team sync asks for them by account).
    handed = {k: v for k, v in start["credentials"].items() if k in account.connector.secret_fields}
    if handed:
        secrets._memory[account.id] = handed
    return core, account


async def _sync(
    core: Any, account: Any, start: dict[str, Any], messages: asyncio.Queue[dict[str, Any] | None], out: _Out
) -> int:
    from desktop.sync.wire import report_to_wire

    progressed = _Progress(out)
    full, refresh = bool(start.get("full")), bool(start.get("refresh_details"))
    if start.get("team_url"):
        from sqlalchemy.engine import make_url

        from desktop.team import replica

        job: Any = replica.team_sync_async(
            core,
            make_url(start["team_url"]),
            account.name,
            full=full,
            progress=progressed,
            sync_options={"refresh_details": refresh},
        )
    else:
        credentials = start["credentials"]
        job = core.sync.sync(account, credentials, full=full, refresh_details=refresh, progress=progressed)
    task = asyncio.ensure_future(job)
    getter: asyncio.Future[dict[str, Any] | None] | None = None
    while not task.done():
        if getter is None:
            getter = asyncio.ensure_future(messages.get())
        # Woken every EVERY seconds too: the last page's held progress goes out without waiting.
        await asyncio.wait([task, getter], timeout=_Progress.EVERY, return_when=asyncio.FIRST_COMPLETED)
        progressed.flush_due()
        if not getter.done():
            continue
        message, getter = getter.result(), None
        if message is None or message.get("op") == "cancel":
            task.cancel()
            break
        if message.get("op") == "prioritise":
            with contextlib.suppress(Exception):  # a record gone meanwhile: nothing to hurry
                await core.sync.prioritise(account, str(message["model"]), str(message["record_id"]))
    if getter is not None:
        getter.cancel()
    try:
        done = await task
    except asyncio.CancelledError:
        progressed.flush()
        out.send({"event": "cancelled"})
        return 0
    except Exception as exc:
        log.exception("sync of %s failed in the worker", account.name)
        progressed.flush()
        out.send({"event": "error", "message": _said(exc)})
        return 0
    progressed.flush()
    out.send(_outcome(done, report_to_wire))
    return 0


def _outcome(done: Any, report_to_wire: Any) -> dict[str, Any]:
    """The last line: the sync's report (in team mode with what was pulled and published), or who syncs
    the account for the team while this member pulled."""
    from desktop.team.replica import Busy, Outcome

    if isinstance(done, Busy):
        holder = done.holder
        return {
            "event": "busy",
            "holder": holder.holder if holder else None,
            "percent": holder.percent if holder else None,
            "pulled": done.pulled,
        }
    if isinstance(done, Outcome):
        team = {"pulled": done.pulled, "published": done.published, "publish_error": done.publish_error}
        return {"event": "report", "report": report_to_wire(done.report), "team": team}
    return {"event": "report", "report": report_to_wire(done)}


def _said(exc: BaseException) -> str:
    """An error as the window shows it: the messages written for people as they are, others typed."""
    from desktop.accounts import AccountError
    from desktop.secrets import KeyringUnavailable
    from desktop.team.schema import TeamError

    if isinstance(exc, AccountError | KeyringUnavailable | TeamError):
        return redact(str(exc))
    return redact(f"{type(exc).__name__}: {exc}")
