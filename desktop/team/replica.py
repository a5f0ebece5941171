"""A sync in team mode: one member syncs an account and publishes it, the others pull.

``team_sync`` takes the account's team-wide lock (``lock``). Held: it first pulls what the team already
published (a predecessor's records and resume state, so the sync resumes where it stopped), then runs
the unchanged sync engine into the embedded cache while a publisher publishes each committed step
(``publish.publish_round``) and reports the percent done on the lock (at most once a second). A round
starts ``PUBLISH_AFTER`` seconds after a commit of the cache writer (its ``on_commit`` hook; commits in
that pause go in the same round), one round at a time: commits during a round make one more round after
it. A slow tick (``PUBLISH_EVERY``) is the safety net, and one more round goes out at the end. Held by
someone else: it pulls and returns who syncs (``Busy``), or with ``wait`` waits for the lock. The server
going away mid-sync stops the publishing, never the sync: what was not published goes out with the next
sync's first round, and ``Outcome.publish_error`` says so.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from desktop.accounts import AccountError, AccountInfo
from desktop.cache import db
from desktop.sync.report import Progress, ProgressCallback, SyncReport
from desktop.team import publish, pull, rows
from desktop.team.lock import AccountLock, SyncHolder, account_lock, who_syncs
from desktop.team.schema import CONNECT_TIMEOUT, TeamError, engine_for, explain

log = logging.getLogger("recruiter_companion.team")

#: Seconds from a commit in the cache to the publish round that takes it (commits meanwhile join it).
PUBLISH_AFTER = 0.05
#: Seconds between rounds when no commit was heard (a safety net: every commit wakes the publisher).
PUBLISH_EVERY = 5.0
#: Seconds between the percent-done updates on the lock (a server write each).
PROGRESS_EVERY = 1.0
WAIT_EVERY = 1.0


@dataclass
class Busy:
    """Another member syncs the account: who, and what this member pulled meanwhile."""

    account: str
    holder: SyncHolder | None
    pulled: int


@dataclass
class Outcome:
    """This member synced the account: the sync's report and what was published."""

    account: AccountInfo
    report: SyncReport
    pulled: int = 0
    published: int = 0
    publish_error: str | None = None
    waited: bool = False


@dataclass
class _Percent:
    """How far the sync is, from its progress events: per stream, lists then details."""

    streams: int
    seen: dict[str, float] = field(default_factory=dict)

    def update(self, event: Progress) -> None:
        if event.phase == 2:
            total = event.enriched + event.pending
            part = 0.5 + 0.5 * (event.enriched / total if total else 1.0)
        elif event.done and not event.pending:
            part = 1.0
        else:
            part = 0.5 if event.pending else 0.25
        self.seen[event.stream] = 1.0 if event.done and event.phase == 2 else part

    def value(self) -> float:
        parts = list(self.seen.values())  # read from the publisher's thread while the sync adds to it
        return min(99.0, 100.0 * sum(parts) / max(1, self.streams))


def lock_engine(url: URL) -> Engine:
    # NullPool: closing the lock's connection ends its session, and the lock with it.
    return create_engine(
        url.set(drivername="postgresql+psycopg"),
        poolclass=NullPool,
        connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "recruiter-companion"},
    )


def find_account(core: Any, server: Engine, name: str) -> AccountInfo:
    """The local account ``name``; one only the team has is pulled first (created without credentials)."""
    try:
        return core.accounts.get(name)  # type: ignore[no-any-return]
    except AccountError:
        team = dict((n, i) for i, n in pull.team_accounts(server))
        if name not in team:
            raise
    pull.pull(server, core.writer, [team[name]])
    return core.accounts.get(name)  # type: ignore[no-any-return]


def team_sync(core: Any, url: URL, name: str, **options: Any) -> Outcome | Busy:
    """Sync account ``name`` for the team, or pull it while another member does (see the module);
    ``options`` are ``team_sync_async``'s (full, wait, progress, say, sync_options)."""
    return asyncio.run(team_sync_async(core, url, name, **options))


async def team_sync_async(
    core: Any,
    url: URL,
    name: str,
    *,
    full: bool = False,
    wait: bool = False,
    progress: ProgressCallback | None = None,
    say: Callable[[str], None] = lambda _s: None,
    sync_options: dict[str, Any] | None = None,
) -> Outcome | Busy:
    """``team_sync`` on a running loop (the window's sync worker): the server's calls in threads, the
    sync a task a cancel reaches (the lock is released as the sync's clean-up ends)."""
    server = engine_for(url)
    locks = lock_engine(url)
    try:
        claimed = await asyncio.to_thread(_claim, core, server, locks, url, name, wait, say)
        if isinstance(claimed, Busy):
            return claimed
        account, lock, waited = claimed
        try:
            credentials = core.accounts.credentials(account)  # after the lock: a pull needs none
            try:
                pulled = await asyncio.to_thread(pull.pull_account, server, core.writer, account.id)
            except SQLAlchemyError as exc:
                raise _explained(exc, url) from None
            await core.writer.run(publish.start_tracking, account.id)
            options = sync_options or {}
            job = _sync_and_publish(core, server, lock, account, credentials, full, progress, options)
            outcome = await job
        finally:
            _release(lock)
        outcome.pulled, outcome.waited = pulled, waited
        return outcome
    finally:
        server.dispose()
        locks.dispose()


def _claim(
    core: Any, server: Engine, locks: Engine, url: URL, name: str, wait: bool, say: Callable[[str], None]
) -> Busy | tuple[AccountInfo, AccountLock, bool]:
    """The account's lock taken (the account, the lock, whether it waited), or ``Busy`` after a pull."""
    try:
        account = find_account(core, server, name)
        conn = locks.connect()
        lock = account_lock(conn, account.id)
        waited = False
        while lock is None:
            holder = who_syncs(conn, account.id)
            if not wait:
                pulled = pull.pull_account(server, core.writer, account.id)
                conn.close()
                return Busy(account.name, holder, pulled)
            if not waited and holder is not None:
                busy = f"{holder.holder} ({holder.percent} %)"
                say(f"waiting for {busy} to finish syncing {account.name} …")
            waited = True
            time.sleep(WAIT_EVERY)
            lock = account_lock(conn, account.id)
    except SQLAlchemyError as exc:
        raise _explained(exc, url) from None
    return account, lock, waited


def _explained(exc: SQLAlchemyError, url: URL) -> Exception:
    """The server's refusal as a ``TeamError`` saying what to do; the local cache's errors as they are."""
    origin = type(getattr(exc, "orig", None) or exc).__module__
    return explain(exc, url) if origin.startswith("psycopg") or "psycopg" in str(exc) else exc


def _release(lock: AccountLock) -> None:
    try:
        lock.release()
    except SQLAlchemyError:
        pass  # the session is gone, and the lock went with it
    finally:
        lock.conn.close()


async def _sync_and_publish(
    core: Any,
    server: Engine,
    lock: AccountLock,
    account: AccountInfo,
    credentials: dict[str, str],
    full: bool,
    progress: ProgressCallback | None,
    sync_options: dict[str, Any],
) -> Outcome:
    percent = _Percent(len(account.connector.streams))
    cache_path = Path(str(core.engine.url.database))
    state: dict[str, Any] = {"published": 0, "error": None}

    # The publisher's own marks are commits too: they must not wake it for an empty round. The flag is
    # set and read on the writer thread only (the mark's transaction, then its commit hook).
    own = {"commit": False}
    # A mark is queued on the cache writer, not waited for: behind a sync's page (up to 0.3 s on a 100k
    # cache) each wait held up the round's next batch, and rows committed at a sync's start reached the
    # others 1.5 s later (bench/team.py --archive 100000). The writer keeps them in order; the round
    # waits for its marks at its end, before the next round reads them.
    marks: list[Future[None]] = []

    def save_mark(mark: str, value: str) -> None:
        def write(c: Any) -> None:
            rows.set_mark(c.connection.driver_connection, mark, value)
            own["commit"] = True

        marks.append(core.writer.submit(write))

    def settle_marks() -> None:
        while marks:
            marks.pop(0).result()

    told = {"at": 0.0}

    def tell_progress(force: bool = False) -> None:
        now = time.monotonic()
        if force or now - told["at"] >= PROGRESS_EVERY:
            told["at"] = now
            lock.progress(percent.value())

    def one_round(final: bool) -> None:
        if state["error"] is not None:
            return
        try:
            try:
                done = publish.publish_round(
                    cache_path,
                    server,
                    account.id,
                    save_mark,
                    after_batch=tell_progress,
                    checkpoint=core.writer.checkpoint,
                )
            finally:
                settle_marks()
            state["published"] += done.published
            if not final:
                tell_progress()
        except (SQLAlchemyError, OSError) as exc:
            state["error"] = str(explain(exc, server.url))
            log.warning("team publish stopped account=%s error=%s", account.id, type(exc).__name__)

    def on_progress(event: Progress) -> None:
        percent.update(event)
        if progress is not None:
            progress(event)

    loop = asyncio.get_running_loop()
    wake = asyncio.Event()
    stopping = {"now": False}

    def committed() -> None:  # on the writer thread
        if own["commit"]:
            own["commit"] = False
            return
        with contextlib.suppress(RuntimeError):  # the loop has closed
            loop.call_soon_threadsafe(wake.set)

    async def publisher() -> None:
        while not stopping["now"]:  # looked at before each wait too: a round may have cleared its wake
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), PUBLISH_EVERY)
            if stopping["now"]:
                return
            if wake.is_set():
                await asyncio.sleep(PUBLISH_AFTER)  # the commits right after this one join its round
            wake.clear()  # a commit from now on makes one more round after this one
            await asyncio.to_thread(one_round, False)

    forget = core.writer.on_commit(committed)
    task = asyncio.create_task(publisher())
    try:
        report = await core.sync.sync(account, credentials, full=full, progress=on_progress, **sync_options)
    finally:
        forget()
        stopping["now"] = True
        wake.set()
        await task
        # Also after a sync that failed or was interrupted: what it committed is a successor's to resume.
        await asyncio.to_thread(one_round, True)
    if state["error"] is None:
        with contextlib.suppress(SQLAlchemyError):
            await asyncio.to_thread(lock.progress, 100)
    return Outcome(account, report, published=state["published"], publish_error=state["error"])


def account_states(core: Any, url: URL) -> list[dict[str, Any]]:
    """Per account this member may see on the server: who syncs it (and how far), whether this computer
    has it, how many changes wait to be pulled here and to be published from here."""
    server = engine_for(url)
    reader = db.open_reader(Path(str(core.engine.url.database)))
    try:
        states = []
        with server.connect() as conn:
            for account_id, name in pull.team_accounts(server):
                holder = who_syncs(conn, account_id)
                here = reader.execute("SELECT 1 FROM accounts WHERE id = ?", (account_id,)).fetchone()
                pulled = int(rows.mark(reader, f"pulled:{account_id}") or 0)
                behind = conn.execute(
                    text("SELECT count(*) FROM team_changes WHERE account_id = :a AND seq > :m"),
                    {"a": account_id, "m": pulled},
                ).scalar()
                tracked = rows.mark(reader, "track") == "1" and rows.mark(reader, f"seeded:{account_id}")
                states.append({
                    "name": name,
                    "synced_by": holder.holder if holder else None,
                    "percent": holder.percent if holder else None,
                    "here": here is not None,
                    "to_pull": int(behind or 0),
                    "to_publish": publish.pending(reader, account_id) if tracked else 0,
                })
                conn.rollback()
        return states
    finally:
        reader.close()
        server.dispose()


def describe_busy(busy: Busy) -> str:
    who = f"{busy.holder.holder} ({busy.holder.percent} %)" if busy.holder else "another member"
    return (
        f"Account {busy.account} is being synced by {who}; pulled {busy.pulled} changes from the team server."
    )


__all__ = ["Busy", "Outcome", "TeamError", "account_states", "describe_busy", "team_sync", "team_sync_async"]
