"""Runs account syncs beside the window and tells the window how they go.

``SyncEngine.sync`` runs in a worker process (``desktop.sync.process``: HTTP and the mapping of every
page off the window's GIL, which a busy machine turned into stalls), progress comes back to the
window's loop as events; when no process can be started it runs on a loop of its own thread
(``LoopThread``), as the log says. Credentials
come from the keyring in a worker thread (an unlock prompt may block). Each running sync is a task held
here, cancellable per account; cancelling waits for the sync's own clean-up and leaves resumable page
state behind.

A progressive sync (lists first, details after) is shown in its two phases with an estimate of the
time left; a record the user opens has its details read next (``record_opened``), and the lists ask
``loading_marks`` which of their rows' details are still loading.

In team mode (``team.json``: File → Team server…) the worker runs the CLI's team sync (the account's
team lock, a pull, the sync, publishing as it goes); when another member syncs the account, the
worker pulls instead and ``team`` (``TeamWatch``) shows who syncs it and follows it to its end.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from connectors.base import Stream
from connectors.http.redact import redact
from desktop import paths
from desktop.accounts import AccountError, AccountInfo, read_all
from desktop.cache import crypt
from desktop.core import Core
from desktop.secrets import KeyringUnavailable
from desktop.sync import enrich
from desktop.sync.engine import Progress, ProgressCallback, SyncReport
from desktop.sync.loop_thread import LoopThread
from desktop.sync.process import SyncBusy, SyncProcess, SyncRequest, SyncWorkerError
from desktop.team.schema import TeamError
from desktop.ui.tasks import TaskSet
from desktop.ui.team_watch import TeamWatch, team_url

log = logging.getLogger("recruiter_companion.ui.sync")


@dataclass
class SyncRun:
    """What the status bar shows about one account's sync under way."""

    account: AccountInfo
    full: bool
    streams_total: int
    #: Read every listed item's details again, changed or not (``sync --refresh-details``).
    refresh_details: bool = False
    started: float = field(default_factory=time.monotonic)
    streams_done: int = 0
    records: int = 0
    current: str = ""
    errors: list[str] = field(default_factory=list)
    per_stream: dict[str, int] = field(default_factory=dict)
    task: asyncio.Task[None] | None = None
    #: The account has progressive streams: its sync runs in two phases (lists, then details).
    progressive: bool = False
    #: 1 while lists are read; 2 once details are read.
    phase: int = 1
    #: Progressive streams whose lists are stored (phase 1 over for them), and streams at their end.
    listed: set[str] = field(default_factory=set)
    finished: set[str] = field(default_factory=set)
    #: Phase 2 per stream: details read, still to read, estimated seconds left.
    enriched: dict[str, int] = field(default_factory=dict)
    waiting: dict[str, int] = field(default_factory=dict)
    eta: dict[str, float | None] = field(default_factory=dict)
    #: The worker process running this sync (None: not started yet, or on the fallback thread).
    process: SyncProcess | None = None
    #: Team mode: the team server's URL with its password (None: the embedded cache alone).
    team_url: str | None = None
    #: Team mode, once synced: publishing to the team stopped with this error (the sync is saved here).
    publish_error: str | None = None

    @property
    def details_done(self) -> int:
        return sum(self.enriched.values())

    @property
    def details_total(self) -> int:
        return self.details_done + sum(self.waiting.values())

    @property
    def seconds_left(self) -> float | None:
        """Phase 2's estimate (streams read their details side by side: the slowest decides)."""
        known = [e for name, e in self.eta.items() if e is not None and self.waiting.get(name)]
        return max(known) if known else None


class SyncController(QObject):
    #: account id
    started = Signal(str)
    #: account id (read ``runs[account_id]`` for the figures)
    progressed = Signal(str)
    #: account id, ok, a one-line summary
    finished = Signal(str, bool, str)
    #: the cache has new data (throttled while syncing; once more at the end)
    cacheChanged = Signal()

    #: Seconds between ``cacheChanged`` while a sync writes: views re-read at most this often.
    REFRESH_EVERY = 2.0
    #: Syncs run in a worker process (``desktop.sync.process``); False: on the window's sync thread.
    use_process = True

    def __init__(self, core: Core, tasks: TaskSet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.tasks = tasks
        self.runs: dict[str, SyncRun] = {}
        self.last_result: dict[str, tuple[bool, str]] = {}
        #: Per account: what to tell the user about forgotten people the last sync brought back (issue 15.2).
        self.returned: dict[str, str] = {}
        self._last_refresh = 0.0
        self.offline = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._periodic)
        self.interval_minutes = 0
        self._loop_thread: LoopThread | None = None
        #: Accounts another member syncs (team mode), followed until they are done.
        self.team = TeamWatch(core, tasks, self, syncing=lambda account_id: account_id in self.runs)
        self.team.cacheChanged.connect(self.cacheChanged)

    # --- starting and stopping ---------------------------------------------------------------------
    def start(self, account: AccountInfo, *, full: bool = False, refresh_details: bool = False) -> bool:
        """Start syncing ``account`` in the background; False if it is syncing already."""
        if account.id in self.runs:
            return False
        run = SyncRun(account, full, len(account.connector.streams), refresh_details)
        run.progressive = any(isinstance(s, Stream) and s.progressive for s in account.connector.streams)
        self.runs[account.id] = run
        run.task = self.tasks.spawn(self._run(run), name=f"sync:{account.name}")
        self.started.emit(account.id)
        return True

    def start_all(self, *, full: bool = False) -> int:
        started = 0
        for account in self.core.accounts.list():
            started += self.start(account, full=full)
        return started

    def cancel(self, account_id: str) -> None:
        run = self.runs.get(account_id)
        if run and run.task:
            run.task.cancel()

    def cancel_all(self) -> None:
        for account_id in list(self.runs):
            self.cancel(account_id)

    async def stop(self) -> None:
        """Cancel every sync and wait until their HTTP clients are closed (app shutdown)."""
        self._timer.stop()
        tasks = [r.task for r in self.runs.values() if r.task]
        self.cancel_all()
        if tasks:
            await asyncio.wait(tasks, timeout=5)
        await self.team.stop()
        if self._loop_thread is not None:
            await asyncio.to_thread(self._loop_thread.close)
            self._loop_thread = None

    # --- periodic sync -----------------------------------------------------------------------------
    def set_interval(self, minutes: int) -> None:
        """Sync every account every ``minutes`` (0: only on request)."""
        self.interval_minutes = max(0, int(minutes))
        if self.interval_minutes:
            self._timer.start(self.interval_minutes * 60_000)
        else:
            self._timer.stop()

    def _periodic(self) -> None:
        if self.offline:
            log.info("periodic sync skipped: offline")
            return
        self.start_all()

    # --- the task ----------------------------------------------------------------------------------
    # --- progressive sync: opened records first, "details loading" marks ------------------------
    def record_opened(self, conn: sqlite3.Connection, model: str, record_id: str) -> None:
        """The user opened a record: if its details are still loading, they are read next."""
        try:
            found = conn.execute(f'SELECT account_id FROM "{model}" WHERE id=?', (record_id,)).fetchone()
        except crypt.ERRORS:  # not a record table: nothing to hurry
            return
        account = next((a for a in read_all(conn) if found and a.id == found[0]), None)
        if account is None or not any(
            isinstance(s, Stream) and s.progressive for s in account.connector.streams
        ):
            return
        run = self.runs.get(account.id)
        if run is not None and run.process is not None:
            # Its running phase 2 is in the worker: only it can take the record next.
            run.process.prioritise(model, record_id)
            return
        self.tasks.spawn(self.core.sync.prioritise(account, model, record_id), name=f"prioritise:{record_id}")

    def loading_marks(self, conn: sqlite3.Connection, model: str, ids: list[str]) -> set[str]:
        """Which of these records' details are still loading (read on a window's reader connection)."""
        if not ids:
            return set()
        streams = {
            s.name: s
            # The window's connection, not the core's engine: no pool checkout (and key lookup) per refresh.
            for a in read_all(conn)
            for s in a.connector.streams
            if isinstance(s, Stream) and s.progressive
        }
        return enrich.loading_among(conn, list(streams.values()), model, ids) if streams else set()

    def _on_progress(self, run: SyncRun, event: Progress) -> None:
        run.current = event.stream
        if event.phase == 2:
            run.phase = 2
            run.enriched[event.stream] = event.enriched
            run.waiting[event.stream] = event.pending
            run.eta[event.stream] = event.eta
        else:
            run.per_stream[event.stream] = event.records
            run.records = sum(run.per_stream.values())
            if event.pending and not event.done:
                run.listed.add(event.stream)
                run.waiting[event.stream] = event.pending
                # A whole list is stored: show it now rather than at the next periodic refresh.
                self._last_refresh = 0.0
        if event.done and event.stream not in run.finished:
            # A progressive stream whose list failed still reads the details queued before: one end.
            run.finished.add(event.stream)
            run.streams_done += 1
            if event.error and event.error != "cancelled":
                run.errors.append(f"{event.stream}: {event.error}")
        self.progressed.emit(run.account.id)
        now = time.monotonic()
        if now - self._last_refresh >= self.REFRESH_EVERY:
            self._last_refresh = now
            self.cacheChanged.emit()

    async def _beside(self, run: SyncRun, credentials: dict[str, str]) -> SyncReport:
        """The sync in a worker process (its own GIL: bench/ui.py's stalls), else on the sync thread
        when no process can be started; progress back on this loop; a cancel waits for its end."""
        here = asyncio.get_running_loop()
        window_thread = threading.get_ident()

        def progressed(event: Progress) -> None:
            if threading.get_ident() == window_thread:  # the worker's lines are read on this loop
                self._on_progress(run, event)
                return
            # RuntimeError: the window's loop has closed (app shutdown), nobody to tell.
            with contextlib.suppress(RuntimeError):
                here.call_soon_threadsafe(self._on_progress, run, event)

        process: SyncProcess | None = None
        if self.use_process:
            process = await asyncio.to_thread(self._start_process, run, credentials, progressed, here)
        if process is not None:
            run.process = process
            future, stop = process.future, process.cancel
        else:
            if self._loop_thread is None or not self._loop_thread.alive:
                self._loop_thread = LoopThread()
            remote = self._loop_thread.submit(
                self._on_thread(run, credentials, progressed), name=f"sync:{run.account.name}"
            )
            future, stop = remote.future, remote.cancel
        ended = asyncio.wrap_future(future)
        try:
            return await asyncio.shield(ended)
        except asyncio.CancelledError:
            if ended.done():
                raise
            stop()
            await asyncio.wait([ended])
            raise
        finally:
            if process is not None and process.team:
                run.publish_error = process.team.get("publish_error")
            run.process = None

    async def _on_thread(
        self, run: SyncRun, credentials: dict[str, str], progressed: ProgressCallback
    ) -> SyncReport:
        """The sync on the window's sync thread (no worker process): the team sync in team mode."""
        if run.team_url is None:
            return await self.core.sync.sync(
                run.account, credentials, full=run.full, refresh_details=run.refresh_details,
                progress=progressed,
            )
        from sqlalchemy.engine import make_url

        from desktop.team import replica

        done = await replica.team_sync_async(
            self.core,
            make_url(run.team_url),
            run.account.name,
            full=run.full,
            progress=progressed,
            sync_options={"refresh_details": run.refresh_details},
        )
        if isinstance(done, replica.Busy):
            holder = done.holder
            raise SyncBusy(holder.holder if holder else None, holder.percent if holder else None, done.pulled)
        run.publish_error = done.publish_error
        return done.report

    def _start_process(
        self,
        run: SyncRun,
        credentials: dict[str, str],
        progressed: ProgressCallback,
        loop: asyncio.AbstractEventLoop,
    ) -> SyncProcess | None:
        """A worker process for this sync (a worker thread: it reads the cache key), or None. Its
        lines are read on the window's ``loop``: no reader thread competes for the interpreter lock."""
        cache = Path(str(self.core.engine.url.database))
        key = None if crypt.is_plain(cache) else crypt.key_for(cache.parent, create=False)
        request = SyncRequest(
            paths.home(), cache, key, run.account.id, credentials, run.full, run.refresh_details, run.team_url
        )
        process = SyncProcess(request, progressed, loop=loop)
        try:
            process.start()
        except OSError as exc:
            log.warning(
                "no sync process could be started (%s): syncing %s on a thread of the window",
                type(exc).__name__,
                run.account.name,
            )
            return None
        log.info("sync of %s runs in worker process %s", run.account.name, process.pid)
        return process

    def _credentials(self, run: SyncRun) -> dict[str, str]:
        """The account's credentials (keyring). In team mode an account pulled without them still goes to
        the team sync: while another member syncs it, a pull needs none (the worker asks for them
        only once it holds the lock)."""
        try:
            return self.core.accounts.credentials(run.account)
        except AccountError:
            if run.team_url is None:
                raise
            return {k: str(v) for k, v in run.account.settings.items()}

    async def _run(self, run: SyncRun) -> None:
        account = run.account
        ok, message = False, ""
        try:
            run.team_url = await asyncio.to_thread(team_url)
            credentials = await asyncio.to_thread(self._credentials, run)
            report = await self._beside(run, credentials)
            failed = [r for r in report.streams if r.error]
            ok = not failed
            if report.returned:
                from desktop.privacy.forget import returned_message, vendor_deletion_action

                connector = account.connector
                self.returned[account.id] = returned_message(
                    report.returned, connector.display_name, vendor_deletion_action(connector)
                )
            records = sum(report.per_model().values())
            message = (
                self.tr("%1 synced: %2 records read.").replace("%1", account.name).replace("%2", str(records))
                if ok
                else self.tr("%1: %2 of %3 parts failed; the rest is saved. %4")
                .replace("%1", account.name)
                .replace("%2", str(len(failed)))
                .replace("%3", str(len(report.streams)))
                .replace("%4", failed[0].error or "")
            )
            if run.publish_error:
                stopped = self.tr(
                    "Publishing it to the team stopped (%1); the rest goes out with the next sync."
                )
                message += " " + stopped.replace("%1", run.publish_error)
        except asyncio.CancelledError:
            message = self.tr("%1: sync cancelled; the next sync resumes where it stopped.").replace(
                "%1", account.name
            )
            # Not re-raised: the run is over either way, and the finished signal below must still go.
        except SyncBusy as busy:
            # Another member syncs it for the team: this window pulled, and follows that sync to its end.
            ok = True
            message = (
                self.tr("%1 is being synced by %2; pulled %3 changes from the team server.")
                .replace("%1", account.name)
                .replace("%2", busy.holder or self.tr("another member"))
                .replace("%3", str(busy.pulled))
            )
            assert run.team_url is not None
            self.team.follow(account, run.team_url, busy.holder, busy.percent)
        except (KeyringUnavailable, AccountError, SyncWorkerError, TeamError) as exc:
            message = f"{account.name}: {exc}"
        except Exception as exc:  # report, don't crash the window: the next sync retries
            log.exception("sync of %s failed", account.name)
            message = redact(f"{account.name}: {type(exc).__name__}: {exc}")
        finally:
            self.runs.pop(account.id, None)
        log.log(logging.INFO if ok else logging.WARNING, "%s", message)
        self.last_result[account.id] = (ok, message)
        self._last_refresh = time.monotonic()
        self.cacheChanged.emit()
        self.finished.emit(account.id, ok, message)
