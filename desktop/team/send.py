"""The outbox worker in team mode: writes go through the team server's outbox (issue 17, items 4 and 6).

``OutboxWorker`` hands its calls here when the data folder is connected to a team server
(``connect.connected``). Each call first hands this computer's pending writes over to the server
(``shared_outbox``), then claims due team entries one at a time with ``FOR UPDATE SKIP LOCKED`` for the
accounts this member holds credentials for, and sends each with the worker's own ``_attempt``: the
outcome is written on the server row first, then on the local copy (the answer's records upserted into
this cache as for any write). Members flushing at the same moment so take disjoint entries, and each
write is sent once. The server unreachable: nothing is sent, writes stay queued here, and the next
call hands them over.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, Protocol, TypeVar

from sqlalchemy import Connection, select
from sqlalchemy.exc import SQLAlchemyError

from connectors.base.actions import ActionResult
from connectors.base.connector import Connector
from connectors.http import VendorClient
from connectors.unified.timefmt import now_iso
from desktop import activity
from desktop.accounts import AccountError, AccountInfo, Accounts
from desktop.outbox import queue as q
from desktop.outbox.outcome import Book, Outcome, later, outcome_of
from desktop.outbox.store import LocalBook
from desktop.secrets import KeyringUnavailable
from desktop.team import shared_outbox as so
from desktop.team.reach import Reachability
from desktop.team.schema import explain

log = logging.getLogger("recruiter_companion.team")
_T = q.OutboxEntry.__table__  # type: ignore[attr-defined]
T = TypeVar("T")
Clients = dict[str, VendorClient]  # by account id, opened during one flush
Known = dict[str, AccountInfo]  # the accounts met during one flush, by id


def _by_key(conn: Connection, key: str) -> int:
    found = conn.execute(select(_T.c.id).where(_T.c.idempotency_key == key)).scalar()
    if found is None:
        raise q.OutboxError("The team server has no such entry (the member may not see its account).")
    return int(found)


def _retry_key(conn: Connection, key: str, now: str) -> q.Entry:
    return q.retry(conn, _by_key(conn, key), now)


def _drop_key(conn: Connection, key: str, now: str) -> q.Entry:
    return q.drop(conn, _by_key(conn, key), now)


class Worker(Protocol):
    """What this sender uses of ``desktop.outbox.worker.OutboxWorker`` (named, not imported: the worker
    opens this sender, and the import would run both ways)."""

    accounts: Accounts
    lease_seconds: float

    async def _db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T: ...

    async def _attempt(self, entry: q.Entry, clients: Clients, accounts: Known, book: Book) -> Outcome: ...


class TeamSender:
    """``worker``'s sending through ``shared`` (the team server's outbox)."""

    def __init__(self, worker: Worker, shared: so.SharedOutbox) -> None:
        self.worker = worker
        self.shared = shared
        #: Why the server could not be used in the last call (None: it answered).
        self.gone: str | None = None
        #: When the background round may try the server again (it backs off while the server is away).
        self.reach = Reachability()

    @property
    def member(self) -> str:
        return self.shared.member

    def _lost(self, exc: SQLAlchemyError, what: str) -> str:
        why = str(explain(exc, self.shared.server.url))
        self.reach.lost(f"{what} ({type(exc).__name__})")  # logs the loss once, not every round
        self.gone = why
        return why

    def _waiting(self, outcome: Outcome) -> Outcome:
        note = (
            f"The team server cannot be reached ({self.gone}); the write waits in this computer's "
            "outbox and goes to the team's when the server answers."
        )
        return replace(outcome, error=note) if self.gone and outcome.state in q.PENDING else outcome

    # --- hand-over and status ---------------------------------------------------------------------
    async def hand_over(self) -> int:
        """Copy this computer's pending writes to the team's outbox; how many went (0 when the server
        is away: they stay here, and ``gone`` says why)."""
        self.gone = None
        now = now_iso()
        entries = await self.worker._db(so.to_hand_over, now)
        if not entries:
            return 0
        try:
            held = await asyncio.to_thread(self.shared.offer, entries, now)
        except SQLAlchemyError as exc:
            self._lost(exc, f"{len(entries)} writes stay queued on this computer")
            return 0
        self.reach.answered()
        ids = {e.id: held[e.idempotency_key] for e in entries if e.idempotency_key in held}
        await self.worker._db(so.mark_handed, ids, now_iso())
        log.info("team outbox: handed over %d writes", len(ids))
        return len(ids)

    async def settle(self) -> int:
        """Take the team's word on handed-over entries still pending here (sent or failed elsewhere)."""
        waiting = [e for e in await self.worker._db(q.entries, None, q.PENDING) if e.handed_over]
        if not waiting:
            return 0
        try:
            rows = await asyncio.to_thread(self.shared.by_keys, [e.idempotency_key for e in waiting])
        except SQLAlchemyError as exc:
            self._lost(exc, "the team's outcomes were not read")
            return 0
        self.reach.answered()
        return int(await self.worker._db(so.settle, rows, now_iso()))

    async def rows(self, account_id: str | None, statuses: Any = None) -> list[dict[str, Any]]:
        """The team's entries this member sees (after settling the local copies); [] with ``gone`` set
        when the server does not answer."""
        await self.settle()
        try:
            found = await asyncio.to_thread(self.shared.rows, account_id, statuses)
        except SQLAlchemyError as exc:
            self._lost(exc, "the team's outbox was not read")
            return []
        self.reach.answered()
        return found

    # --- sending ----------------------------------------------------------------------------------
    async def _usable_accounts(self, only: str | None) -> list[str]:
        """Accounts whose credentials this member holds (only those it may send for)."""

        def usable() -> list[str]:
            found = []
            for account in self.worker.accounts.list():
                if only is not None and account.id != only:
                    continue
                try:
                    self.worker.accounts.credentials(account)
                except (AccountError, KeyringUnavailable):
                    continue
                found.append(account.id)
            return found

        return await asyncio.to_thread(usable)

    async def send(
        self,
        *,
        keys: list[str] | None = None,
        account_id: str | None = None,
        ignore_schedule: bool = True,
        rounds: int = 3,
    ) -> dict[int, Outcome]:
        """Claim and send due team entries one by one ({local id: outcome}); an entry whose answer was
        lost is tried up to ``rounds`` times, and an account that failed transiently is left alone for
        the rest of the call (order kept), as the worker does on its own cache."""
        mine = await self._usable_accounts(account_id)
        outcomes: dict[int, Outcome] = {}
        tries: dict[int, int] = {}
        blocked: set[str] = set()
        clients: dict[str, VendorClient] = {}
        accounts: dict[str, AccountInfo] = {}
        try:
            while True:
                allowed = [a for a in mine if a not in blocked]
                if not allowed:
                    break
                try:
                    entry = await asyncio.to_thread(
                        self.shared.claim,
                        now=now_iso(),
                        lease_until=later(self.worker.lease_seconds),
                        accounts=allowed,
                        ignore_schedule=ignore_schedule,
                        keys=keys,
                        skip=[i for i, n in tries.items() if n >= rounds],
                    )
                except SQLAlchemyError as exc:
                    self._lost(exc, "no more writes were claimed")
                    break
                self.reach.answered()
                if entry is None:
                    break
                tries[entry.id] = tries.get(entry.id, 0) + 1
                local_id = await self.worker._db(so.local_copy, entry, entry.author, now_iso())
                book = TeamBook(self, entry.id, local_id)
                outcome = await self.worker._attempt(entry, clients, accounts, book)
                activity.write_done(outcome)
                outcomes[local_id] = outcome
                if outcome.state == q.QUEUED:
                    blocked.add(entry.account_id)
        finally:
            for client in clients.values():
                await client.aclose()
        return outcomes

    # --- the worker's calls -------------------------------------------------------------------------
    async def flush(self, account_id: str | None, *, ignore_schedule: bool) -> list[Outcome]:
        if not ignore_schedule and not self.reach.due():
            # The background round while the server is away: no 8 s connect timeout every 15 s. Writes
            # stay queued here; the first round that reaches the server hands them over.
            log.debug("team outbox: server away, next try in %.0f s", self.reach.wait())
            return []
        await self.hand_over()
        outcomes: dict[int, Outcome] = {}
        if self.gone is None:
            outcomes = await self.send(account_id=account_id, ignore_schedule=ignore_schedule)
            await self.settle()
        if self.gone is not None:  # say what still waits here, and why
            for entry in await self.worker._db(q.entries, account_id, q.PENDING):
                outcomes.setdefault(entry.id, self._waiting(outcome_of(entry)))
        return list(outcomes.values())

    async def submit(self, entry: q.Entry, *, send: bool) -> Outcome:
        await self.hand_over()
        if send and self.gone is None and entry.status in q.PENDING:
            outcomes = await self.send(keys=[entry.idempotency_key])
            if entry.id in outcomes:
                return outcomes[entry.id]
        return self._waiting(outcome_of(await self.worker._db(q.require, entry.id)))

    async def send_entries(self, entries: list[q.Entry]) -> list[Outcome]:
        await self.hand_over()
        outcomes: dict[int, Outcome] = {}
        if self.gone is None:
            outcomes = await self.send(keys=[e.idempotency_key for e in entries])
        found = []
        for entry in entries:
            done = outcomes.get(entry.id)
            found.append(done or self._waiting(outcome_of(await self.worker._db(q.require, entry.id))))
        return found

    async def retry(self, entry: q.Entry) -> Outcome:
        """After the local retry: the team's row goes back to the queue too, then it is sent."""
        if entry.handed_over:
            try:
                await asyncio.to_thread(self.shared.record, _retry_key, entry.idempotency_key, now_iso())
            except q.OutboxError:
                pass  # sent or being sent by another member: settling brings its outcome here
            except SQLAlchemyError as exc:
                self._lost(exc, f"entry {entry.id} was not retried on the server")
                return self._waiting(outcome_of(entry))
        outcome = await self.submit(entry, send=True)
        await self.settle()
        return outcome

    async def drop(self, entry_id: int) -> q.Entry:
        """Drop it on the server first: while the team holds it, another member could still send it."""
        entry = await self.worker._db(q.require, entry_id)
        if entry.handed_over:
            try:
                await asyncio.to_thread(self.shared.record, _drop_key, entry.idempotency_key, now_iso())
            except SQLAlchemyError as exc:
                why = self._lost(exc, f"entry {entry_id} was not dropped")
                raise q.OutboxError(
                    f"Outbox entry {entry_id} is in the team's outbox and the team server cannot be reached "
                    f"({why}); another member could still send it, so it is kept. Drop it once the server "
                    "answers."
                ) from None
        return await self.worker._db(q.drop, entry_id, now_iso())


class TeamBook:
    """An attempt's outcome on the team's row (first) and on this computer's copy (``LocalBook``, the
    sender recorded when it is sent)."""

    def __init__(self, sender: TeamSender, server_id: int, local_id: int) -> None:
        self.sender, self.server_id = sender, server_id
        self.local = LocalBook(sender.worker._db, local_id, sender.member)

    async def _server(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        try:
            await asyncio.to_thread(self.sender.shared.record, fn, self.server_id, *args, **kwargs)
        except SQLAlchemyError as exc:
            # The row keeps its claim; when the lease runs out it is due as unknown and reconciled.
            self.sender._lost(exc, f"the outcome of team entry {self.server_id} was not recorded there")

    async def progress(self, progress: Mapping[str, Any]) -> None:
        await self._server(q.save_progress, progress, now_iso())

    async def pending(self, status: str, error: str, next_at: str | None) -> Outcome:
        await self._server(q.mark_pending, status, error, next_at, now_iso())
        return await self.local.pending(status, error, next_at)

    async def failed(self, error: str, **extra: Any) -> Outcome:
        await self._server(q.mark_failed, error, now_iso(), **extra)
        return await self.local.failed(error, **extra)

    async def sent(
        self, account_id: str, connector: Connector, result: ActionResult, outcome: Mapping[str, Any]
    ) -> Outcome:
        await self._server(q.mark_sent, outcome, now_iso())
        return await self.local.sent(account_id, connector, result, outcome)
