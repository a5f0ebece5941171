"""Publish: the member syncing an account copies what its sync committed into the team's database.

The sync itself is the unchanged engine writing the embedded cache. Local triggers (migration 0012)
list each changed row in ``team_changes``; a publish round reads the changes above this account's
``published:<account>`` mark from read snapshots of the cache, upserts the rows on the server by
primary key in batches (one server transaction each, then ``NOTIFY rc_changes, '<account id>'``),
and moves the mark as far as every group is published. The resume marks (``enrich_items``, then
``sync_state``) go after every record (``GROUPS``): a group is published from a snapshot only once
every group before it is published up to that snapshot's newest change, so a member killed mid-round
leaves the team resume marks that the records on the server are at least as new as, and a successor
re-reads a little and skips nothing. A round cut off by the server (gone, refused) publishes its rest
again next time (upserts: no duplicates).

A snapshot holds at most ``ROUND_ROWS`` changes of one group, then the round takes a new one: while a
reader keeps a snapshot open, no checkpoint can reset the cache's WAL, and a sync writing beside a
round of hundreds of thousands of rows grew it to 9.3 GB (``bench/team.py --archive 100000``). Each
change of a row gives it a new change number, so a row changed after the snapshot that published it
comes again in a later one. Steps alone were not enough: SQLite checkpoints inside the writer's commits,
and a round spends nearly all its time inside a snapshot, so those checkpoints seldom copied the whole
WAL and the WAL was seldom started over (2.2 GB in one run, 35 GB and growing in the next: a step of
about 6 s saw 120,000-450,000 pages written beside it). So after a step of ``CHECKPOINT_ROWS`` rows or
more, before its next snapshot, the round has the cache writer checkpoint (``checkpoint``): on the
writer's thread no write is half done and no snapshot of the round is open, so the whole WAL is copied
and the writer's next transaction starts it over. A checkpoint from the round's own connection could
not promise that: one in RESTART mode, which waits for that, and the writer's next transaction, which
waits for the checkpoint while holding its read snapshot, blocked each other until one gave up.

Tracking starts with an account's first publish (``start``): every row of it already in the cache is
listed once, so a cache synced before ``team connect`` is published whole.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from desktop.cache import db
from desktop.team import rows

log = logging.getLogger("recruiter_companion.team")

BATCH = 500
#: A snapshot step that published at least this many rows is followed by a checkpoint (module docstring).
CHECKPOINT_ROWS = 2_000
#: Changes of one group published from one read snapshot of the cache (see the module's docstring).
ROUND_ROWS = 20_000
CHANNEL = "rc_changes"


def start_tracking(conn: Connection, account_id: str) -> int:
    """On the cache writer: make sure this account's changes are tracked from now on; returns how many
    rows were listed for a first publish (0 when it was tracked already)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    if rows.mark(raw, "track") != "1":
        # Writes made while tracking was off were not listed: every account is listed again.
        rows.set_mark(raw, "track", "1")
        raw.execute("DELETE FROM team_marks WHERE name LIKE 'seeded:%'")
    if rows.mark(raw, f"seeded:{account_id}") == "1":
        return 0
    raw.execute("DELETE FROM team_changes WHERE account_id = ?", (account_id,))
    listed = 0
    for name in rows.TABLES:
        s = rows.spec(name)
        key = "json_array(" + ", ".join(f'"{k}"' for k in s.keys) + ")"
        cursor = raw.execute(
            f"INSERT INTO team_changes (tbl, row_key, account_id) SELECT '{name}', {key}, \"{s.account}\" "
            f'FROM "{name}" WHERE "{s.account}" = ?',
            (account_id,),
        )
        listed += max(cursor.rowcount, 0)
    rows.set_mark(raw, f"seeded:{account_id}", "1")
    return listed


def forget_server(conn: Connection) -> None:
    """On the cache writer: this replica's marks and change list go (another server, or none): its
    change numbers mean nothing elsewhere. The cache's rows stay; a next server gets them whole."""
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute("DELETE FROM team_marks")
    raw.execute("DELETE FROM team_changes")


#: Published in this order: the records (and their state), then the phase-2 queue, then the streams'
#: resume states. Each group is backed by everything before it, so a round cut off anywhere leaves the
#: team a resume state that skips nothing (at worst it re-reads what the cut-off part would have saved).
GROUPS: tuple[tuple[str, ...], ...] = (
    tuple(t for t in rows.TABLES if t not in rows.RESUME),
    ("enrich_items",),
    ("sync_state",),
)


def _pages(
    reader: Any, account_id: str, group: tuple[str, ...], after: int, top: int, batch: int
) -> Iterator[list[tuple[str, str]]]:
    """The changes (table, key) of ``group`` for ``account_id`` in (after, top], ``batch`` at a time."""
    names = ", ".join(f"'{t}'" for t in group)
    cursor = after
    while True:
        page = reader.execute(
            "SELECT seq, tbl, row_key FROM team_changes WHERE account_id = ? AND seq > ? AND seq <= ? "
            f"AND tbl IN ({names}) ORDER BY seq LIMIT ?",
            (account_id, cursor, top, batch),
        ).fetchall()
        if not page:
            return
        cursor = int(page[-1][0])
        yield [(t, k) for _s, t, k in page]


def _cap(reader: Any, account_id: str, group: tuple[str, ...], after: int, top: int, most: int) -> int:
    """Where a step of at most ``most`` changes of ``group`` after ``after`` ends (``top`` if fewer)."""
    names = ", ".join(f"'{t}'" for t in group)
    found = reader.execute(
        "SELECT seq FROM team_changes WHERE account_id = ? AND seq > ? AND seq <= ? "
        f"AND tbl IN ({names}) ORDER BY seq LIMIT 1 OFFSET ?",
        (account_id, after, top, most - 1),
    ).fetchone()
    return top if found is None else int(found[0])


def server_key(server: Engine) -> str:
    """Which team database this is, for the marks: host, port and database (no user, no password)."""
    url = server.url
    return f"{url.host or url.query.get('host') or 'socket'}:{url.port or 5432}/{url.database}"


def bind_server(conn: Connection, key: str) -> None:
    """On the cache writer: the marks belong to the server ``key``; those of another go first (a data
    folder moved to another team server, or disconnected in the window and connected elsewhere)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    if rows.mark(raw, "server") != key:
        forget_server(conn)
        rows.set_mark(raw, "server", key)


@dataclass
class Round:
    """What one publish round did."""

    published: int = 0
    batches: int = 0


def pending(reader: Any, account_id: str) -> int:
    """How many changed rows of ``account_id`` wait to be published."""
    done = int(rows.mark(reader, f"published:{account_id}") or 0)
    return int(
        reader.execute(
            "SELECT count(*) FROM team_changes WHERE account_id = ? AND seq > ?", (account_id, done)
        ).fetchone()[0]
    )


def _publish(
    reader: Any,
    server: Engine,
    account_id: str,
    group: tuple[str, ...],
    span: tuple[int, int],
    batch: int,
    save_mark: Callable[[str, str], None],
    done: Round,
    after_batch: Callable[[], None] | None,
) -> None:
    """Upsert on the server the rows of ``group`` whose changes are in ``span`` (after, top], as the
    reader's snapshot has them, a batch to a server transaction with its notification."""
    for chunk in _pages(reader, account_id, group, span[0], span[1], batch):
        by_table: dict[str, list[tuple[Any, ...]]] = {}
        for table, key in chunk:
            by_table.setdefault(table, []).append(rows.parse_key(key))
        with server.begin() as conn:
            for table in rows.TABLES:
                if table in by_table:
                    found_rows = rows.sqlite_rows(reader, table, by_table[table])
                    rows.pg_upsert(conn, table, found_rows)
                    done.published += len(found_rows)
            conn.execute(text("SELECT pg_notify(:c, :a)"), {"c": CHANNEL, "a": account_id})
            # The server's change numbers these rows just got are this member's own writes: its pull
            # mark moves past them, or the next pull would bring back (and over newer local rows)
            # what it published itself. Sound while this member holds the account's lock.
            own = conn.execute(
                text("SELECT max(seq) FROM team_changes WHERE account_id = :a"), {"a": account_id}
            ).scalar()
        if own is not None:
            save_mark(f"pulled:{account_id}", str(own))
        done.batches += 1
        if after_batch is not None:
            after_batch()


def publish_round(
    cache_path: Path,
    server: Engine,
    account_id: str,
    save_mark: Callable[[str, str], None],
    *,
    batch: int = BATCH,
    after_batch: Callable[[], None] | None = None,
    round_rows: int | None = None,
    checkpoint: Callable[[], None] | None = None,
) -> Round:
    """Publish every change of ``account_id`` committed to the cache so far. ``save_mark(name, value)``
    stores a mark through the cache writer, ``checkpoint()`` has it checkpoint the WAL. Server errors
    propagate (the published mark where every group had got to). Only for the member holding the
    account's lock that pulled after taking it (``replica``)."""
    most = round_rows or ROUND_ROWS
    reader = db.open_reader(cache_path)
    done = Round()
    try:
        marked = int(rows.mark(reader, f"published:{account_id}") or 0)
        upto = dict.fromkeys(GROUPS, marked)  # per group: published up to this change number
        while True:
            before = done.published
            reader.execute("BEGIN")  # one snapshot: records and the resume marks they go with
            try:
                found = reader.execute(
                    "SELECT max(seq) FROM team_changes WHERE account_id = ? AND seq > ?",
                    (account_id, min(upto.values())),
                ).fetchone()[0]
                if found is None:
                    break
                top = int(found)
                for group in GROUPS:
                    end = _cap(reader, account_id, group, upto[group], top, most)
                    span = (upto[group], end)
                    _publish(reader, server, account_id, group, span, batch, save_mark, done, after_batch)
                    upto[group] = max(upto[group], end)
                    if end < top:
                        break  # the groups after this one wait until it has caught up in a snapshot
            finally:
                reader.rollback()
            if checkpoint is not None and done.published - before >= CHECKPOINT_ROWS:
                checkpoint()
            if min(upto.values()) > marked:  # a step of records alone moves no mark: nothing to write
                marked = min(upto.values())
                save_mark(f"published:{account_id}", str(marked))
    finally:
        reader.close()
    log.info("team publish account=%s rows=%d batches=%d", account_id, done.published, done.batches)
    return done
