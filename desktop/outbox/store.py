"""An attempt's outcome written on this cache's outbox row (``LocalBook``): a sent write's answer folded
into the cache, its records upserted and the entry marked sent in one transaction; or the entry marked
pending or failed. The solo worker's book, and the local half of the team's (``desktop.team.send``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from sqlalchemy import Connection

from connectors.base.actions import ActionResult
from connectors.base.connector import Connector
from connectors.base.declarations import AnyStream, Rec, in_scope
from connectors.unified.timefmt import now_iso
from desktop.cache.records import delete_orphaned_children, upsert_records
from desktop.outbox import queue as q
from desktop.outbox.outcome import Outcome, outcome_of


def _run_id(conn: Connection, account_id: str, stream: str) -> int:
    raw = conn.connection.driver_connection
    assert raw is not None
    row = raw.execute(
        "SELECT run_id FROM sync_state WHERE account_id=? AND stream=?", (account_id, stream)
    ).fetchone()
    return int(row[0]) if row else 0


def store_sent(
    conn: Connection,
    entry_id: int,
    account_id: str,
    connector: Connector,
    result: ActionResult,
    outcome: Mapping[str, Any],
    now: str,
    sender: str | None = None,
) -> q.Entry:
    """Upsert the answer's records and mark the entry sent (by ``sender``, in team mode), in one
    transaction."""
    producers: dict[str, list[AnyStream]] = {}
    for s in connector.streams:
        for model in s.produces:
            producers.setdefault(model, []).append(s)
    groups: dict[int, list[Rec]] = {}
    streams = []
    for rec in result.records:
        # The stream whose rows these are: of a model two streams fill, the one whose scope takes it.
        stream = next((s for s in producers.get(rec.model, ()) if in_scope(s.scope, rec)), None)
        if stream is None:
            continue
        if stream not in streams:
            streams.append(stream)
        # The run id a write stamps on ``record_state.seen_run``: the current run of the stream that
        # owns the model. A full read sweeps records whose seen_run is below its own run id. If such a
        # read is under way (run R), its id is R, so a record this write created after the read passed
        # its page is not swept as "gone"; if none is, R is the last finished run and the next full
        # read (R+1) still sweeps the record should the vendor drop it. 0 would let an in-progress
        # sweep delete fresh writes; a huge constant would make them immune to sweeps forever.
        groups.setdefault(_run_id(conn, account_id, stream.name), []).append(rec)
    seen: dict[str, set[str]] = {}
    for run_id, recs in groups.items():
        _counts, got = upsert_records(conn, account_id, recs, run_id=run_id, now=now)
        for model, ids in got.items():
            seen.setdefault(model, set()).update(ids)
    if result.complete:
        # The records are a full re-read of their parents: children they no longer list are gone
        # (a removed tag), exactly as the sync would conclude.
        for s in streams:
            delete_orphaned_children(conn, account_id, s.owns, seen, now, s.scope)
    return q.mark_sent(conn, entry_id, outcome, now, sender=sender)


#: ``OutboxWorker._db``: ``fn(conn, *args, **kwargs)`` in one transaction on the cache's writer thread.
Db = Callable[..., Awaitable[Any]]


class LocalBook:
    """This cache's outbox row ``entry_id`` (the embedded cache alone, or a team member's local copy,
    then with the ``sender`` recorded when it is sent)."""

    def __init__(self, db: Db, entry_id: int, sender: str | None = None) -> None:
        self.db, self.entry_id, self.sender = db, entry_id, sender

    async def progress(self, progress: Mapping[str, Any]) -> None:
        await self.db(q.save_progress, self.entry_id, progress, now_iso())

    async def pending(self, status: str, error: str, next_at: str | None) -> Outcome:
        return outcome_of(await self.db(q.mark_pending, self.entry_id, status, error, next_at, now_iso()))

    async def failed(self, error: str, **extra: Any) -> Outcome:
        return outcome_of(await self.db(q.mark_failed, self.entry_id, error, now_iso(), **extra))

    async def sent(
        self, account_id: str, connector: Connector, result: ActionResult, outcome: Mapping[str, Any]
    ) -> Outcome:
        """The answer's records upserted and the entry marked sent, in one transaction."""
        entry = await self.db(
            store_sent, self.entry_id, account_id, connector, result, outcome, now_iso(), sender=self.sender
        )
        return outcome_of(entry)
