"""Writing unified records into the cache, telling real changes from re-reads.

``changed_at`` moves only when a mapped field changes (compared by hash), never on a plain re-read;
``remote_data`` is kept fresh without moving it. Rows are never removed by a sync: a record the vendor
no longer returns gets ``remote_deleted_at`` and loses it again if it comes back.

Writes go through raw ``executemany`` on SQLite: a sync stores hundreds of thousands of rows and
the ORM's per-object bookkeeping would dominate the time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from connectors.base import Rec, Scope
from connectors.http import jsoncodec
from connectors.unified.ids import stable_id
from connectors.unified.model import MODELS, array_columns, columns

_CHUNK = 900  # stays below SQLite's host-parameter limit on old builds


def _dumps(value: Any) -> str:
    return jsoncodec.sorted_str(value)


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _TableInfo:
    """Per model: its columns, which are JSON or boolean, and the upsert statement."""

    def __init__(self, model: str) -> None:
        table = MODELS[model].__table__  # type: ignore[attr-defined]
        self.columns = columns(model)
        self.json = {c.name for c in table.columns if c.type.__class__.__name__ == "JSON"}
        self.bools = {c.name for c in table.columns if c.type.__class__.__name__ == "Boolean"}
        #: Lists the unified schema never leaves null (``integration_fields``), whatever the mapping gave.
        self.arrays = array_columns(model)
        names = ", ".join(f'"{c}"' for c in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        updates = ", ".join(f'"{c}"=excluded."{c}"' for c in self.columns if c != "id")
        self.upsert = (
            f'INSERT INTO "{model}" ({names}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}'
        )

    def row(self, values: dict[str, Any], remote_data_json: str | None = None) -> tuple[Any, ...]:
        """The values in column order, JSON and booleans encoded for SQLite. ``remote_data_json`` is
        the already serialised ``remote_data`` (the largest field: serialised once for hash and row)."""
        out = []
        for name in self.columns:
            value = values.get(name)
            if name == "remote_data" and remote_data_json is not None:
                value = remote_data_json
            elif value is None and name in self.arrays:
                value = "[]"
            elif value is not None and name in self.json:
                value = jsoncodec.compact(value)
            elif value is not None and name in self.bools:
                value = 1 if value else 0
            out.append(value)
        return tuple(out)


_TABLES: dict[str, _TableInfo] = {}


def table_info(model: str) -> _TableInfo:
    if model not in _TABLES:
        _TABLES[model] = _TableInfo(model)
    return _TABLES[model]


@dataclass
class WriteCounts:
    created: int = 0
    changed: int = 0
    unchanged: int = 0
    deleted: int = 0
    per_model: dict[str, int] = field(default_factory=dict)
    #: Progressive streams' list items queued for their details (phase 2).
    queued: int = 0

    def __post_init__(self) -> None:
        #: Ids of records many pages or items may name (a tag on many candidates), by model: such a model
        #: is counted once per record in ``per_model``, not once per page or batch it came in. Kept
        #: while a sync adds up its counts; not a field, so a report (``dataclasses.asdict``, the
        #: worker's pipe) carries the counts, not the ids.
        self.shared: dict[str, set[str]] = {}

    def add(self, other: WriteCounts) -> None:
        self.created += other.created
        self.changed += other.changed
        self.unchanged += other.unchanged
        self.deleted += other.deleted
        self.queued += other.queued
        for model, n in other.per_model.items():
            if model in other.shared:
                self.count_shared(model, other.shared[model])
            else:
                self.per_model[model] = self.per_model.get(model, 0) + n

    def count_shared(self, model: str, ids: set[str]) -> None:
        """Note ``ids`` of a shared model: its count is the number of distinct ids noted."""
        known = self.shared.setdefault(model, set())
        known |= ids
        self.per_model[model] = len(known)


def upsert_records(
    conn: Connection, account_id: str, recs: Iterable[Rec], *, run_id: int, now: str, fill: bool = False
) -> tuple[WriteCounts, dict[str, set[str]]]:
    """Store a batch of records; returns the counts and the ids seen per model.

    ``fill``: the records complete ones stored bare (a progressive sync's first details): a stored
    record is rewritten without moving ``changed_at``, since nothing changed at the vendor.
    """
    latest: dict[tuple[str, str], Rec] = {}
    for rec in recs:  # a batch may name a record twice (e.g. a tag on many candidates): last wins
        slot = (rec.model, stable_id(account_id, rec.model, rec.key))
        earlier = latest.get(slot)
        if earlier is not None and rec.newer_wins and _wins(earlier) > _wins(rec):
            continue  # within a batch too, so the outcome does not depend on the order items are read in
        latest[slot] = rec
    by_model: dict[str, list[tuple[str, Rec]]] = {}
    for (model, rid), rec in latest.items():
        by_model.setdefault(model, []).append((rid, rec))

    counts = WriteCounts()
    seen: dict[str, set[str]] = {}
    raw = conn.connection.driver_connection
    assert raw is not None
    for model, items in by_model.items():
        info = table_info(model)
        ids = [rid for rid, _ in items]
        seen[model] = set(ids)
        counts.per_model[model] = len(ids)
        known: dict[str, tuple[str, str, str, int]] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in raw.execute(
                "SELECT id, mapped_hash, full_hash, changed_at, deleted FROM record_state "
                f"WHERE id IN ({marks})",
                chunk,
            ):
                known[row[0]] = (row[1], row[2], row[3], row[4])
        newer = _stored_versions(raw, model, [(rid, rec) for rid, rec in items if rec.newer_wins])
        rows: list[tuple[Any, ...]] = []  # new records (an upsert: a row may exist without its state)
        stored_rows: list[tuple[Any, ...]] = []  # records with a stored row: only what changed is written
        states: list[tuple[Any, ...]] = []
        touched: list[tuple[int, str]] = []
        for rid, rec in items:
            stored = newer.get(rid)
            if stored is not None and stored > _wins(rec):
                counts.unchanged += 1  # an older view of a record whose newer one is stored
                touched.append((run_id, rid))
                continue
            fields = {k: v for k, v in rec.fields.items() if k != "remote_data"}
            mapped = _hash(_dumps(fields))
            # remote_data is hashed in the vendor's key order (stable for one vendor): sorting its
            # keys costs more than everything else here, and a reorder would only rewrite the row,
            # never move changed_at.
            remote = rec.fields.get("remote_data")
            remote_json = None if remote is None else jsoncodec.compact(remote)
            full = _hash(mapped + (remote_json or "null"))
            before = known.get(rid)
            if before is None:
                changed_at = now
                counts.created += 1
            elif fill and not before[3] and before[1] == full:
                # The details brought nothing the list had not: no rewrite (and no index or trigger work).
                counts.unchanged += 1
                touched.append((run_id, rid))
                continue
            elif fill and not before[3]:
                changed_at = before[2]
                counts.unchanged += 1
            elif before[0] != mapped or before[3]:
                changed_at = now
                counts.changed += 1
            elif before[1] != full:
                changed_at = before[2]
                counts.unchanged += 1
            else:
                counts.unchanged += 1
                touched.append((run_id, rid))
                continue
            values = {
                **rec.fields,
                "id": rid,
                "account_id": account_id,
                "changed_at": changed_at,
                "remote_deleted_at": None,
            }
            (rows if before is None else stored_rows).append(info.row(values, remote_json))
            states.append((rid, account_id, model, mapped, full, changed_at, run_id))
        if stored_rows:
            rows += _update_changed_columns(raw, model, info, stored_rows)
        if rows:
            raw.executemany(info.upsert, rows)
        if states:
            raw.executemany(
                "INSERT INTO record_state (id, account_id, model, mapped_hash, full_hash, changed_at, "
                "deleted, seen_run) VALUES (?,?,?,?,?,?,0,?) ON CONFLICT(id) DO UPDATE SET "
                "mapped_hash=excluded.mapped_hash, full_hash=excluded.full_hash, "
                "changed_at=excluded.changed_at, deleted=0, seen_run=excluded.seen_run",
                states,
            )
        if touched:
            raw.executemany("UPDATE record_state SET seen_run=? WHERE id=?", touched)
    return counts, seen


def _update_changed_columns(
    raw: Any, model: str, info: _TableInfo, rows: Sequence[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """Rewrite stored rows, each setting only the columns whose value differs from the stored one;
    returns the rows not found stored (for the caller's upsert).

    An upsert sets every column, so SQLite rewrites the row's entry in every index on the table even
    where nothing indexed changed: a progressive sync's details, which fill in a column or two the
    list row lacked, dirtied five index pages per candidate, each written to the WAL, encrypted, and
    written again by the checkpoint. Triggers see the same old and new rows either way.
    """
    names = info.columns
    key = names.index("id")
    others = [i for i in range(len(names)) if i != key]
    select = ", ".join(f'"{c}"' for c in names)
    stored: dict[str, tuple[Any, ...]] = {}
    for chunk in _chunks([row[key] for row in rows]):
        marks = ",".join("?" * len(chunk))
        for found in raw.execute(f'SELECT {select} FROM "{model}" WHERE id IN ({marks})', list(chunk)):
            stored[found[key]] = tuple(found)
    missing: list[tuple[Any, ...]] = []
    by_columns: dict[tuple[int, ...], list[tuple[Any, ...]]] = {}
    for row in rows:
        old = stored.get(row[key])
        if old is None:
            missing.append(row)
            continue
        # Values as SQLite gives them back (JSON as the text stored, booleans as 0/1): a value stored
        # in another spelling compares unequal and is written again, never the other way round.
        changed = tuple(i for i in others if row[i] != old[i])
        if changed:
            by_columns.setdefault(changed, []).append((*(row[i] for i in changed), row[key]))
    for changed, values in by_columns.items():
        sets = ", ".join(f'"{names[i]}"=?' for i in changed)
        raw.executemany(f'UPDATE "{model}" SET {sets} WHERE id=?', values)
    return missing


def _wins(rec: Rec) -> tuple[str, ...]:
    return tuple(str(rec.fields.get(f) or "") for f in rec.newer_wins)


def _stored_versions(raw: Any, model: str, items: Sequence[tuple[str, Rec]]) -> dict[str, tuple[str, ...]]:
    """The stored ``newer_wins`` values of live records among ``items``."""
    if not items:
        return {}
    fields = items[0][1].newer_wins
    found: dict[str, tuple[str, ...]] = {}
    cols = ", ".join(f'"{f}"' for f in fields)
    for chunk in _chunks([rid for rid, _ in items]):
        marks = ",".join("?" * len(chunk))
        sql = f'SELECT id, {cols} FROM "{model}" WHERE remote_deleted_at IS NULL AND id IN ({marks})'
        for row in raw.execute(sql, list(chunk)):
            found[row[0]] = tuple(str(v or "") for v in row[1:])
    return found


def _mark_deleted(conn: Connection, model: str, ids: Sequence[str], now: str) -> int:
    raw = conn.connection.driver_connection
    assert raw is not None
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" * len(chunk))
        raw.execute(
            f'UPDATE "{model}" SET remote_deleted_at=?, changed_at=? WHERE id IN ({marks})',
            [now, now, *chunk],
        )
        raw.execute(f"UPDATE record_state SET deleted=1, changed_at=? WHERE id IN ({marks})", [now, *chunk])
    return len(ids)


def _scoped(scope: Scope, model: str, alias: str = "") -> str:
    """The SQL condition that keeps a stream's sweep to its own rows of ``model`` (``Scope``)."""
    return "".join(
        f' AND {alias}"{column}" IS {"NOT " if is_set else ""}NULL'
        for name, column, is_set in scope
        if name == model
    )


def delete_orphaned_children(
    conn: Connection,
    account_id: str,
    owns: Sequence[tuple[str, str, str]],
    seen: dict[str, set[str]],
    now: str,
    scope: Scope = (),
) -> int:
    """Children of re-read parents that the re-read no longer lists are gone at the vendor; of a child
    model another stream fills too, only the rows ``scope`` gives the re-reading stream."""
    raw = conn.connection.driver_connection
    assert raw is not None
    total = 0
    for child, column, parent in owns:
        parents = sorted(seen.get(parent, ()))
        if not parents:
            continue
        kept = seen.get(child, set())
        gone: list[str] = []
        mine = _scoped(scope, child)
        for chunk in _chunks(parents):
            marks = ",".join("?" * len(chunk))
            # "+account_id": not by the account's index, which SQLite picked otherwise, reading every live
            # row of the account for each batch (a 100k-candidate first sync slowed to a crawl), but by
            # the parent column's index, reading only these parents' children.
            for (cid,) in raw.execute(
                f'SELECT id FROM "{child}" WHERE +account_id=? AND "{column}" IN ({marks}) '
                f"AND remote_deleted_at IS NULL{mine}",
                [account_id, *chunk],
            ):
                if cid not in kept:
                    gone.append(cid)
        total += _mark_deleted(conn, child, gone, now)
    return total


def sweep_unseen(
    conn: Connection, account_id: str, models: Iterable[str], run_id: int, now: str, scope: Scope = ()
) -> int:
    """After a complete full read: records of ``models`` that this read never saw are gone; of a model
    another stream fills too, only the rows ``scope`` gives this stream (the other stream's rows carry
    its own run ids, which mean nothing against this one's)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    total = 0
    for model in models:
        mine = _scoped(scope, model, "t.")
        sql = (
            "SELECT id FROM record_state WHERE account_id=? AND model=? AND seen_run<? AND deleted=0"
            if not mine
            else f'SELECT r.id FROM record_state r JOIN "{model}" t ON t.id = r.id WHERE r.account_id=? '
            f"AND r.model=? AND r.seen_run<? AND r.deleted=0{mine}"
        )
        gone = [row[0] for row in raw.execute(sql, (account_id, model, run_id))]
        total += _mark_deleted(conn, model, gone, now)
    return total


def recall_remote_data(conn: Connection, account_id: str, models: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The stored ``remote_data`` of an account's live records of ``models``, by model and ``remote_id``
    (what a stream declaring ``recall`` is handed before it reads)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    found: dict[str, dict[str, Any]] = {}
    for model in models:
        rows = raw.execute(
            f'SELECT remote_id, remote_data FROM "{model}" WHERE account_id=? AND remote_deleted_at IS NULL',
            (account_id,),
        )
        found[model] = {str(r[0]): json.loads(r[1]) if isinstance(r[1], str) else r[1] for r in rows}
    return found
