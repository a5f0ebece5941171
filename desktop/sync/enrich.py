"""Progressive sync's durable queue: which list items still need their sub-requests (phase 2).

Phase 1 stores a progressive stream's list items bare and queues them here in the same transaction as
the page; phase 2 takes them newest first (a record the user opened first of all), enriches each and
commits its records together with its removal from the queue, so a sync killed in either phase carries
on where it stopped. An item is queued again only when its stamp (see ``Stream.stamp``) differs from
the one it had when last enriched: an unchanged parent costs no sub-request.

Every function runs on a connection inside the caller's transaction (the cache writer's).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from connectors.base import Rec, Stream
from connectors.base.reader import Answers, Listed
from connectors.http import jsoncodec
from connectors.unified.ids import stable_id
from desktop.cache import crypt

_CHUNK = 900


def _raw(conn: Connection) -> object:
    raw = conn.connection.driver_connection
    assert raw is not None
    return raw


@dataclass
class Pending:
    """One queued list item."""

    key: str
    stamp: str
    item: str  # the list item as JSON
    #: Its records were stored in full before (not bare): new details are changes, not a first fill.
    full_before: bool
    #: Sub-request answers kept from its last enrichment (JSON), for ``SubRequest.reuse``.
    answers: str | None = None


@dataclass
class Listing:
    """What phase 1 did with a page's items."""

    #: Bare records to store (items never enriched); items enriched before keep their stored records.
    records: list[Rec]
    queued: int = 0
    unchanged: int = 0


def store_listed(
    conn: Connection,
    account_id: str,
    stream: Stream,
    listed: Sequence[Listed],
    run_id: int,
    keep: Callable[[list[Rec]], list[Rec]] | None = None,
    refresh: bool = False,
) -> Listing:
    """Queue the page's changed and new items; mark unchanged enriched items' records as seen.

    ``keep`` is the account's record filter ("sync only created applications"): an unchanged item it
    drops is neither queued nor marked seen (the sweep retires its records); an unchanged one it keeps is
    enriched again, so that its children pass the filter too. ``refresh`` queues unchanged items too.
    """
    raw = _raw(conn)
    keys = [entry.key for entry in listed]
    rows: dict[str, tuple[str, str | None, bool, int, str | None]] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in raw.execute(  # type: ignore[attr-defined]
            "SELECT key, stamp, enriched_stamp, item IS NOT NULL, priority, records FROM enrich_items "
            f"WHERE account_id=? AND stream=? AND key IN ({marks})",
            [account_id, stream.name, *chunk],
        ):
            rows[row[0]] = (row[1], row[2], bool(row[3]), row[4], row[5])
    # Items with a stored record but no queue row were stored by a sync before progressive sync:
    # they keep their full record until phase 2 refreshes it, rather than a bare one.
    primary = stream.produces[0]
    ids = {entry.key: stable_id(account_id, primary, entry.key) for entry in listed if entry.key not in rows}
    stored: set[str] = set()
    id_list = list(ids.values())
    for start in range(0, len(id_list), _CHUNK):
        chunk = id_list[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        stored.update(
            r[0]
            for r in raw.execute(  # type: ignore[attr-defined]
                f"SELECT id FROM record_state WHERE deleted=0 AND id IN ({marks})", chunk
            )
        )
    out = Listing([])
    queue: list[tuple[object, ...]] = []
    touched: list[str] = []
    for entry in listed:
        row = rows.get(entry.key)
        if keep is not None:
            kept = {stable_id(account_id, r.model, r.key) for r in keep(list(entry.records))}
            if stable_id(account_id, primary, entry.key) not in kept:
                continue  # filtered out: no details to read, and the sweep retires what was stored
        if row is not None and row[1] == entry.stamp and not row[2] and keep is None and not refresh:
            out.unchanged += 1
            touched.extend(json.loads(row[4] or "[]"))
            continue
        never_enriched = row is None or row[1] is None
        # Stored in full by a sync before progressive sync: '' marks "full, stamp unknown".
        full_unknown = "" if row is None and ids[entry.key] in stored else None
        if never_enriched and full_unknown is None:
            out.records.extend(entry.records)
        elif row is not None:
            touched.extend(json.loads(row[4] or "[]"))
        out.queued += 1
        queue.append(
            (
                account_id,
                stream.name,
                entry.key,
                entry.stamp,
                full_unknown,
                jsoncodec.compact(entry.item),
                entry.newest,
            )
        )
    if queue:
        raw.executemany(  # type: ignore[attr-defined]
            "INSERT INTO enrich_items (account_id, stream, key, stamp, enriched_stamp, item, newest, "
            "priority) VALUES (?,?,?,?,?,?,?,0) ON CONFLICT(account_id, stream, key) DO UPDATE SET "
            "stamp=excluded.stamp, item=excluded.item, newest=excluded.newest, "
            "priority=max(enrich_items.priority, 0)",
            queue,
        )
    if touched:
        raw.executemany(  # type: ignore[attr-defined]
            "UPDATE record_state SET seen_run=? WHERE id=? AND seen_run<?",
            [(run_id, rid, run_id) for rid in touched],
        )
    return out


def next_pending(
    conn: Connection, account_id: str, stream: str, limit: int, skip: Iterable[str] = ()
) -> list[Pending]:
    """The next queued items: opened ones first, then newest first; ``skip``: items in hand."""
    avoid = set(skip)
    rows = (
        _raw(conn)
        .execute(  # type: ignore[attr-defined]
            "SELECT key, stamp, item, enriched_stamp IS NOT NULL, answers FROM enrich_items WHERE "
            "account_id=? AND stream=? AND item IS NOT NULL ORDER BY priority DESC, newest DESC LIMIT ?",
            (account_id, stream, limit + len(avoid)),
        )
        .fetchall()
    )
    return [Pending(r[0], r[1], r[2], bool(r[3]), r[4]) for r in rows if r[0] not in avoid][:limit]


def pending_item(conn: Connection, account_id: str, stream: str, key: str) -> Pending | None:
    row = (
        _raw(conn)
        .execute(  # type: ignore[attr-defined]
            "SELECT key, stamp, item, enriched_stamp IS NOT NULL, answers FROM enrich_items "
            "WHERE account_id=? AND stream=? AND key=? AND item IS NOT NULL",
            (account_id, stream, key),
        )
        .fetchone()
    )
    return Pending(row[0], row[1], row[2], bool(row[3]), row[4]) if row else None


def pending_count(conn: Connection, account_id: str, stream: str) -> int:
    return int(
        _raw(conn)
        .execute(  # type: ignore[attr-defined]
            "SELECT count(*) FROM enrich_items WHERE account_id=? AND stream=? AND item IS NOT NULL",
            (account_id, stream),
        )
        .fetchone()[0]
    )


def complete(
    conn: Connection,
    account_id: str,
    stream: str,
    done: Iterable[tuple[str, str, Iterable[str], Answers | None]],
) -> None:
    """Each ``(key, stamp, record ids, answers)`` item is enriched at ``stamp``: out of the queue (unless
    a newer read queued it again). One statement for all: a flush completes hundreds of items."""
    rows = [
        (
            json.dumps(sorted(set(ids))),
            jsoncodec.compact_str(answers) if answers else None,
            account_id,
            stream,
            key,
            stamp,
        )
        for key, stamp, ids, answers in done
    ]
    _raw(conn).executemany(  # type: ignore[attr-defined]
        "UPDATE enrich_items SET item=NULL, enriched_stamp=stamp, priority=0, records=?, answers=? "
        "WHERE account_id=? AND stream=? AND key=? AND stamp=?",
        rows,
    )


def demote(conn: Connection, account_id: str, stream: str, key: str) -> None:
    """Enriching the item failed: it goes to the back of the queue and is retried by the next sync."""
    _raw(conn).execute(  # type: ignore[attr-defined]
        "UPDATE enrich_items SET priority=min(priority, 0) - 1 WHERE account_id=? AND stream=? AND key=?",
        (account_id, stream, key),
    )


def raise_priority(conn: Connection, account_id: str, stream: str, key: str, priority: int) -> bool:
    """Put a queued item first; False when it is not waiting (already enriched or unknown)."""
    cur = _raw(conn).execute(  # type: ignore[attr-defined]
        "UPDATE enrich_items SET priority=? WHERE account_id=? AND stream=? AND key=? AND item IS NOT NULL",
        (priority, account_id, stream, key),
    )
    return bool(cur.rowcount)


def owner_key(
    conn: Connection, streams: Sequence[Stream], model: str, record_id: str
) -> tuple[Stream, str] | None:
    """Which progressive stream's list item a record comes from, and that item's key.

    A stream's first model is keyed by the list item's key (its ``remote_id``); other models are
    followed to it through the stream's ``owns`` declarations (an interview → its application → its
    candidate).
    """
    raw = _raw(conn)
    for _ in range(4):  # owns chains are short; a loop in declarations must not hang the app
        for stream in streams:
            if stream.produces and stream.produces[0] == model:
                row = raw.execute(  # type: ignore[attr-defined]
                    f'SELECT remote_id FROM "{model}" WHERE id=?', (record_id,)
                ).fetchone()
                return (stream, str(row[0])) if row and row[0] is not None else None
        parent = next(
            ((column, owner) for s in streams for child, column, owner in s.owns if child == model), None
        )
        if parent is None:
            return None
        row = raw.execute(  # type: ignore[attr-defined]
            f'SELECT "{parent[0]}" FROM "{model}" WHERE id=?', (record_id,)
        ).fetchone()
        if not row or row[0] is None:
            return None
        model, record_id = parent[1], str(row[0])
    return None


def loading_among(
    raw: sqlite3.Connection, streams: Sequence[Stream], model: str, ids: Sequence[str]
) -> set[str]:
    """Which of these records of ``model`` have details still loading: records of queued list items (a
    progressive stream's first model) and their owned children (a queued candidate's applications).

    Takes a plain SQLite connection (the window asks on its own read-only connection, for the rows it
    shows, so a queue of 100k items costs no more than a page of rows).
    """
    found: set[str] = set()
    for stream in streams:
        if not stream.progressive or not stream.produces:
            continue
        primary = stream.produces[0]
        joins: list[tuple[str, str]] = []
        if model == primary:
            joins.append(("p.id", f'"{primary}" p'))
        for child, column, parent in stream.owns:
            if child == model and parent == primary:
                joins.append(("c.id", f'"{child}" c JOIN "{primary}" p ON p.id = c."{column}"'))
        for selected, tables in joins:
            for start in range(0, len(ids), _CHUNK):
                chunk = list(ids[start : start + _CHUNK])
                marks = ",".join("?" * len(chunk))
                sql = (
                    f"SELECT {selected} FROM {tables} JOIN enrich_items e ON e.account_id = p.account_id "
                    "AND e.stream = ? AND e.key = p.remote_id "
                    f"WHERE e.item IS NOT NULL AND {selected} IN ({marks})"
                )
                try:
                    found.update(r[0] for r in raw.execute(sql, [stream.name, *chunk]))
                except crypt.OPERATIONAL_ERRORS:  # a cache not migrated yet: nothing is queued
                    return set()
    return found


def defer_sweep(conn: Connection, account_id: str, stream: str, run_id: int) -> None:
    _raw(conn).execute(  # type: ignore[attr-defined]
        "UPDATE sync_state SET sweep_run=? WHERE account_id=? AND stream=?", (run_id, account_id, stream)
    )


def deferred_sweep(conn: Connection, account_id: str, stream: str) -> int | None:
    row = (
        _raw(conn)
        .execute(  # type: ignore[attr-defined]
            "SELECT sweep_run FROM sync_state WHERE account_id=? AND stream=?", (account_id, stream)
        )
        .fetchone()
    )
    return int(row[0]) if row and row[0] is not None else None


def clear_sweep(conn: Connection, account_id: str, stream: str) -> None:
    _raw(conn).execute(  # type: ignore[attr-defined]
        "UPDATE sync_state SET sweep_run=NULL WHERE account_id=? AND stream=?", (account_id, stream)
    )
