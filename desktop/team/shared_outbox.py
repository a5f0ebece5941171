"""The team's outbox as one member's worker uses it (issue 17, items 4 and 6).

In team mode a write is still saved first in this computer's outbox (so nothing is lost while the
server is away), then *handed over*: copied to the server's ``outbox`` under the same idempotency key
(``ON CONFLICT DO NOTHING``, its author recorded), and the local row marked ``result["team"]``. The
server commits first and the local mark follows, so a kill between the two re-runs harmlessly: the
key is already there. From then on any member holding credentials for the account may claim and send
it (``desktop.team.outbox.claim_due``); the local row stays listed as pending until the team says it
is done (``settle``).

``SharedOutbox`` holds the server side (each call its own transaction, run off the event loop); the
plain functions below it work on the local cache inside the caller's transaction. The worker
(``desktop.outbox.worker``) puts the two together.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import URL

from desktop.outbox import queue as q
from desktop.team.outbox import claim_due
from desktop.team.schema import engine_for, member_name

log = logging.getLogger("recruiter_companion.team")
T = TypeVar("T")
_T = q.OutboxEntry.__table__  # type: ignore[attr-defined]
#: Result keys that describe one member's attempt, not the write: not copied to the server.
_LOCAL_ONLY = ("claim", q.HANDED)


@dataclass
class SharedOutbox:
    """The team server's outbox, seen by ``member``."""

    server: Engine
    member: str

    @classmethod
    def open(cls, url: URL) -> SharedOutbox:
        return cls(engine_for(url, pooled=False), member_name())

    def close(self) -> None:
        self.server.dispose()

    def offer(self, entries: Iterable[q.Entry], now: str) -> dict[str, int]:
        """Copy ``entries`` to the server (a key already there is left as it is); {key: server id} of
        those the server holds now. An entry of an account this member may not write (row-level
        security) is skipped with a log line; the others still go."""
        held: dict[str, int] = {}
        with self.server.begin() as conn:
            for entry in entries:
                try:
                    with conn.begin_nested():
                        conn.execute(_copy(entry, self.member, now))
                except Exception as exc:  # the server's refusal of this row only (its savepoint is gone)
                    log.warning(
                        "team outbox refused entry=%s account=%s error=%s", entry.id, entry.account_id,
                        type(exc).__name__,
                    )
                    continue
                found = conn.execute(
                    select(_T.c.id).where(_T.c.idempotency_key == entry.idempotency_key)
                ).scalar()
                if found is not None:
                    held[entry.idempotency_key] = int(found)
        return held

    def claim(
        self,
        *,
        now: str,
        lease_until: str,
        accounts: Collection[str],
        ignore_schedule: bool,
        keys: Collection[str] | None = None,
        skip: Collection[int] = (),
    ) -> q.Entry | None:
        """The next due entry this member may send, claimed for it (committed), or None."""
        with self.server.begin() as conn:
            taken = claim_due(
                conn, now=now, lease_until=lease_until, limit=1, accounts=accounts,
                ignore_schedule=ignore_schedule, sender=self.member, keys=keys, skip=skip,
            )
        return taken[0] if taken else None

    def record(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """``fn(conn, *args, **kwargs)`` in one server transaction (a queue function on a server row)."""
        with self.server.begin() as conn:
            return fn(conn, *args, **kwargs)

    def by_keys(self, keys: Collection[str]) -> dict[str, dict[str, Any]]:
        """The server's rows for these keys (those it has and this member may see)."""
        if not keys:
            return {}
        with self.server.connect() as conn:
            rows = conn.execute(select(_T).where(_T.c.idempotency_key.in_(list(keys))))
            return {r._mapping["idempotency_key"]: dict(r._mapping) for r in rows}

    def rows(
        self, account_id: str | None = None, statuses: Collection[str] | None = None
    ) -> list[dict[str, Any]]:
        """The team's entries this member may see, oldest first (row-level security filters them)."""
        query = select(_T).order_by(_T.c.id)
        if account_id is not None:
            query = query.where(_T.c.account_id == account_id)
        if statuses is not None:
            query = query.where(_T.c.status.in_(list(statuses)))
        with self.server.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]


def open_shared() -> SharedOutbox | None:
    """The team's outbox when this data folder is in team mode (``connect.connected``), else None.
    Blocking (the keyring holds the server's password): call it off the event loop."""
    from desktop.team import connect

    if not connect.connected():
        return None
    url = connect.saved_url()
    return None if url is None else SharedOutbox.open(url)


def _copy(entry: q.Entry, member: str, now: str) -> Any:
    """The server row of a local entry: due at once; a send that was under way counts as unknown."""
    status = q.UNKNOWN if entry.status in (q.UNKNOWN, q.SENDING) else q.QUEUED
    result = {k: v for k, v in entry.result.items() if k not in _LOCAL_ONLY}
    return (
        pg_insert(_T)
        .values(
            account_id=entry.account_id,
            action=entry.action,
            input=entry.input,
            idempotency_key=entry.idempotency_key,
            status=status,
            attempts=entry.attempts,
            next_attempt_at=None,
            last_error=entry.last_error,
            result=result,
            created_at=entry.created_at,
            updated_at=now,
            author=entry.author or member,
        )
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
    )


# --- the local cache's side (inside the caller's transaction) ----------------------------------------


def to_hand_over(conn: Connection, now: str) -> list[q.Entry]:
    """Local entries the team should have: pending, not handed over yet, not being sent right now by a
    live process here (its outcome decides; an abandoned send goes over as unknown)."""
    return [
        e
        for e in q.entries(conn, None, q.PENDING)
        if not e.handed_over and (e.status != q.SENDING or q.is_abandoned(e, now))
    ]


def mark_handed(conn: Connection, held: Mapping[int, int], now: str) -> None:
    """{local id: server id}: these local rows are the team's to send now (their status is kept, so
    they are still listed as pending)."""
    for local_id, server_id in held.items():
        entry = q.require(conn, local_id)
        result = {k: v for k, v in entry.result.items() if k != "claim"}
        result[q.HANDED] = {"server_id": server_id, "at": now}
        status = q.UNKNOWN if entry.status == q.SENDING else entry.status
        conn.execute(update(_T).where(_T.c.id == local_id).values(result=result, status=status))


def local_copy(conn: Connection, team_entry: q.Entry, author: str | None, now: str) -> int:
    """The local id of a team entry about to be sent from here: this member's own row, or a new copy of
    another member's (so the answer's records and the outcome land here as for one's own writes)."""
    entry = q.enqueue(
        conn, team_entry.account_id, team_entry.action, team_entry.data, team_entry.refs,
        now=now, key=team_entry.idempotency_key, author=author,
    )
    if not entry.handed_over:
        mark_handed(conn, {entry.id: team_entry.id}, now)
    return entry.id


def set_sender(conn: Connection, entry_id: int, sender: str) -> None:
    conn.execute(update(_T).where(_T.c.id == entry_id).values(sender=sender))


def settle(conn: Connection, team_rows: Mapping[str, Mapping[str, Any]], now: str) -> int:
    """Bring the team's word on handed-over entries into the local rows still pending: sent or failed
    (by whichever member), with the sender. Returns how many changed."""
    changed = 0
    for entry in q.entries(conn, None, q.PENDING):
        row = team_rows.get(entry.idempotency_key)
        if not entry.handed_over or row is None or row["status"] not in (q.SENT, q.FAILED):
            continue
        result = dict(row["result"] or {})
        if row["status"] == q.SENT:
            keep = ("ids", "remote_ids", "created", "fallback", "note", "records")
            q.mark_sent(conn, entry.id, {k: result[k] for k in keep if k in result}, now)
        else:
            q.mark_failed(conn, entry.id, str(row["last_error"] or ""), now)
        set_sender(conn, entry.id, str(row["sender"] or ""))
        changed += 1
    return changed
