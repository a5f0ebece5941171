"""Writes sent exactly once across the team (issue 17.4): members flushing the shared outbox at the
same moment claim disjoint rows (``FOR UPDATE SKIP LOCKED``); the queue's claim semantics hold; the
author and the sender are recorded."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from desktop.outbox import queue
from desktop.team import schema
from desktop.team.outbox import claim_due
from tests.conftest import run_in_threads

pytestmark = pytest.mark.team

NOW, LATER, LEASE = "2026-12-06T10:00:00+00:00", "2026-12-06T11:00:00+00:00", "2026-12-06T10:10:00+00:00"


@pytest.fixture()
def engine(pg_url: str) -> Iterator[Engine]:
    migrated = schema.engine_for(make_url(pg_url))
    schema.migrate(migrated)
    yield migrated
    migrated.dispose()


def _queue(engine: Engine, count: int, author: str = "anna@laptop") -> list[int]:
    with engine.begin() as conn:
        return [
            queue.enqueue(conn, "acme", "add_note", {"text": f"note {i}"}, {}, now=NOW, author=author).id
            for i in range(count)
        ]


def test_members_flushing_at_once_claim_each_write_exactly_once(engine: Engine) -> None:
    ids = _queue(engine, 100)
    members = [f"member{i}@host{i}" for i in range(8)]
    start = threading.Barrier(len(members))
    claimed: dict[str, list[int]] = {m: [] for m in members}
    errors: list[BaseException] = []

    def flush(member: str) -> None:
        try:
            start.wait()
            while True:
                with engine.begin() as conn:  # one transaction per batch, as a flush would
                    batch = claim_due(conn, now=NOW, lease_until=LEASE, limit=3, sender=member)
                if not batch:
                    return
                claimed[member].extend(e.id for e in batch)
        except BaseException as exc:
            errors.append(exc)

    run_in_threads(flush, [(m,) for m in members])
    assert not errors
    every = [i for got in claimed.values() for i in got]
    assert Counter(every).most_common(1)[0][1] == 1  # no write claimed twice
    assert sorted(every) == ids  # and none left behind
    assert sum(1 for got in claimed.values() if got) > 1  # the work really was shared
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, status, attempts, sender, author FROM outbox")).all()
    owner = {i: m for m, got in claimed.items() for i in got}
    assert all(r.status == queue.SENDING and r.attempts == 1 for r in rows)
    assert all(r.sender == owner[r.id] and r.author == "anna@laptop" for r in rows)


def test_the_queue_claim_semantics_hold(engine: Engine) -> None:
    first, later, other = _queue(engine, 3)
    with engine.begin() as conn:
        queue.mark_pending(conn, later, queue.QUEUED, "429 from the vendor", LATER, NOW)
        conn.execute(text("UPDATE outbox SET account_id = 'globex' WHERE id = :i"), {"i": other})
        taken = claim_due(conn, now=NOW, lease_until=LEASE, accounts=["acme"], sender="anna@laptop")
    assert [e.id for e in taken] == [first]  # not yet due, and not an account this member holds
    entry = taken[0]
    assert entry.status == queue.SENDING and entry.claimed_from == queue.QUEUED
    assert entry.result["claim"]["until"] == LEASE and entry.progress["started_at"] == NOW
    with engine.begin() as conn:  # the same moment again: it is being sent, nobody takes it
        assert claim_due(conn, now=NOW, lease_until=LEASE, accounts=["acme"]) == []
        flushed = claim_due(conn, now=NOW, lease_until=LEASE, accounts=["acme"], ignore_schedule=True)
        assert [e.id for e in flushed] == [later]  # a user's flush does not wait for the schedule
    with engine.begin() as conn:  # the sender died: after its lease the write is due, as unknown
        again = claim_due(
            conn, now="2026-12-06T10:20:00+00:00", lease_until=LATER, accounts=["acme"], sender="bernd@desk"
        )
    assert {e.id for e in again} == {first, later}
    assert all(e.claimed_from == queue.UNKNOWN and e.attempts == 2 for e in again)
    with engine.connect() as conn:
        senders = {r[0]: r[1] for r in conn.execute(text("SELECT id, sender FROM outbox"))}
    assert senders == {first: "bernd@desk", later: "bernd@desk", other: None}
