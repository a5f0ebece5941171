"""Writes sent exactly once across the team: the outbox on PostgreSQL, claimed with
``SELECT … FOR UPDATE SKIP LOCKED``.

The embedded cache's claim (``desktop.outbox.queue.claim``) is a compare-and-set on one row; on a
shared server many members flush at once, and each would first read the same due rows. Here the due
rows are read *and locked* in one statement; rows another member's transaction has locked are
skipped, not waited for, so two members flushing at the same moment take disjoint rows. Each taken
row then goes through the queue's own ``claim`` (same states, attempts, lease and claim record), and
``sender`` names the member whose claim will send it. ``author`` (``queue.enqueue(author=member_name())``)
names the member who queued it: a write queued on one laptop can be sent by any member holding
credentials for that account.

A ``sending`` row whose lease ran out (its sender died or lost the server) is due again and comes
back as claimed from ``unknown``: it may have reached the vendor, so it is reconciled before any
resend, as on the embedded cache. Run these inside the caller's transaction and commit after.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Connection, and_, or_, select, update

from desktop.outbox import queue
from desktop.team.schema import member_name

_T = queue.OutboxEntry.__table__  # type: ignore[attr-defined]


def claim_due(
    conn: Connection,
    *,
    now: str,
    lease_until: str,
    limit: int = 10,
    accounts: Collection[str] | None = None,
    ignore_schedule: bool = False,
    sender: str | None = None,
    keys: Collection[str] | None = None,
    skip: Collection[int] = (),
) -> list[queue.Entry]:
    """Take up to ``limit`` due entries for this member to send, oldest first; none that another
    member holds. Due: ``queued``/``unknown`` whose time has come (all of them with
    ``ignore_schedule``), and ``sending`` ones whose lease ran out. ``accounts``: only those (the
    accounts this member holds credentials for); ``keys``: only these idempotency keys (a write just
    submitted); ``skip``: not these ids (tried often enough in this flush)."""
    waiting = _T.c.status.in_([queue.QUEUED, queue.UNKNOWN])
    if not ignore_schedule:
        waiting = and_(waiting, or_(_T.c.next_attempt_at.is_(None), _T.c.next_attempt_at <= now))
    # claim() sets next_attempt_at to the lease's end: a sending row past it is abandoned.
    abandoned = and_(_T.c.status == queue.SENDING, _T.c.next_attempt_at <= now)
    query = select(_T.c.id).where(or_(waiting, abandoned))
    if accounts is not None:
        query = query.where(_T.c.account_id.in_(list(accounts)))
    if keys is not None:
        query = query.where(_T.c.idempotency_key.in_(list(keys)))
    if skip:
        query = query.where(_T.c.id.not_in(list(skip)))
    query = query.order_by(_T.c.id).limit(limit).with_for_update(skip_locked=True)
    ids = [row[0] for row in conn.execute(query)]
    taken = []
    for entry_id in ids:
        claimed = queue.claim(conn, queue.require(conn, entry_id), now=now, lease_until=lease_until)
        if claimed is None:  # cannot happen while we hold the row lock; kept as queue.claim's contract
            continue
        conn.execute(update(_T).where(_T.c.id == entry_id).values(sender=sender or member_name()))
        taken.append(claimed)
    return taken
