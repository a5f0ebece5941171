"""The rows a team member publishes and pulls, moved between the embedded cache and PostgreSQL.

Which tables (``TABLES``: the account rows, every unified record table, the record state and the sync's
resume marks), their keys, and one row format both sides agree on: JSON columns as their text (or SQL
NULL: a stored NULL stays NULL, never becomes JSON ``null``), booleans as ``bool``, the rest as stored.
Reads and writes are raw SQL on each side's driver: a sync publishes many thousands of rows and the
ORM's per-object work would cost more than the network.

``team_changes`` (migration 0012, triggers on both dialects) lists what changed, by table and key;
``team_marks`` (embedded cache only) keeps this replica's marks.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection
from sqlmodel import SQLModel

import connectors.unified.model  # noqa: F401  (registers the unified tables on the metadata)
import desktop.cache.tables  # noqa: F401
from connectors.unified.model import MODELS

#: Applied in this order: an account before its records, the resume marks (``RESUME``) last, so a
#: member that dies mid-publish leaves the team a resume state no newer than the records behind it.
TABLES: tuple[str, ...] = ("accounts", *MODELS, "record_state", "enrich_items", "sync_state")
RESUME = frozenset({"enrich_items", "sync_state"})
_CHUNK = 300  # keys per lookup: below SQLite's old 999-parameter limit with three key columns


@dataclass(frozen=True)
class Spec:
    """One tracked table: its account column, key columns, all columns, and which are JSON/boolean."""

    name: str
    account: str
    keys: tuple[str, ...]
    columns: tuple[str, ...]
    json: frozenset[str]
    bools: frozenset[str]


@cache
def spec(name: str) -> Spec:
    table = SQLModel.metadata.tables[name]
    kinds = {c.name: c.type.__class__.__name__ for c in table.columns}
    return Spec(
        name,
        "id" if name == "accounts" else "account_id",
        tuple(c.name for c in table.primary_key.columns),
        tuple(c.name for c in table.columns),
        frozenset(n for n, k in kinds.items() if k == "JSON"),
        frozenset(n for n, k in kinds.items() if k == "Boolean"),
    )


def _q(name: str) -> str:
    return f'"{name}"'


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def parse_key(row_key: str) -> tuple[Any, ...]:
    return tuple(json.loads(row_key))


# --- the embedded cache ---------------------------------------------------------------------------
def sqlite_rows(raw: sqlite3.Connection, name: str, keys: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The rows of ``name`` with these keys (those that exist), in the shared row format."""
    s = spec(name)
    cols = ", ".join(_q(c) for c in s.columns)
    where = ", ".join(_q(k) for k in s.keys)
    bools = [i for i, c in enumerate(s.columns) if c in s.bools]
    out: list[tuple[Any, ...]] = []
    for chunk in _chunks(list(keys)):
        marks = ", ".join("(" + ", ".join("?" * len(s.keys)) + ")" for _ in chunk)
        sql = f"SELECT {cols} FROM {_q(name)} WHERE ({where}) IN (VALUES {marks})"
        for row in raw.execute(sql, [v for key in chunk for v in key]):
            values = list(row)
            for i in bools:
                values[i] = None if values[i] is None else bool(values[i])
            out.append(tuple(values))
    return out


def sqlite_upsert(raw: Any, name: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert or update ``rows`` (shared format) so the cache's own triggers (search, change log) run."""
    if not rows:
        return
    s = spec(name)
    cols = ", ".join(_q(c) for c in s.columns)
    sets = ", ".join(f"{_q(c)}=excluded.{_q(c)}" for c in s.columns if c not in s.keys)
    sql = (
        f"INSERT INTO {_q(name)} ({cols}) VALUES ({', '.join('?' * len(s.columns))}) "
        f"ON CONFLICT({', '.join(_q(k) for k in s.keys)}) DO UPDATE SET {sets}"
    )
    bools = [i for i, c in enumerate(s.columns) if c in s.bools]
    encoded = []
    for row in rows:
        values = list(row)
        for i in bools:
            values[i] = None if values[i] is None else int(values[i])
        encoded.append(tuple(values))
    raw.executemany(sql, encoded)


def mark(raw: Any, name: str) -> str | None:
    found = raw.execute("SELECT value FROM team_marks WHERE name = ?", (name,)).fetchone()
    return None if found is None else str(found[0])


def set_mark(raw: Any, name: str, value: str) -> None:
    raw.execute(
        "INSERT INTO team_marks (name, value) VALUES (?, ?) "
        "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (name, value),
    )


# --- PostgreSQL -----------------------------------------------------------------------------------
def pg_rows(conn: Connection, name: str, keys: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The rows of ``name`` with these keys on the team server (those this member may read)."""
    s = spec(name)
    cols = ", ".join(f"{_q(c)}::text" if c in s.json else _q(c) for c in s.columns)
    where = ", ".join(_q(k) for k in s.keys)
    out: list[tuple[Any, ...]] = []
    for chunk in _chunks(list(keys)):
        marks = ", ".join("(" + ", ".join(["%s"] * len(s.keys)) + ")" for _ in chunk)
        sql = f"SELECT {cols} FROM {_q(name)} WHERE ({where}) IN ({marks})"
        out.extend(tuple(r) for r in conn.exec_driver_sql(sql, tuple(v for key in chunk for v in key)))
    return out


def pg_upsert(conn: Connection, name: str, rows: Sequence[tuple[Any, ...]]) -> None:
    if not rows:
        return
    s = spec(name)
    cols = ", ".join(_q(c) for c in s.columns)
    marks = ", ".join("CAST(%s AS json)" if c in s.json else "%s" for c in s.columns)
    sets = ", ".join(f"{_q(c)}=EXCLUDED.{_q(c)}" for c in s.columns if c not in s.keys)
    sql = (
        f"INSERT INTO {_q(name)} ({cols}) VALUES ({marks}) "
        f"ON CONFLICT ({', '.join(_q(k) for k in s.keys)}) DO UPDATE SET {sets}"
    )
    conn.exec_driver_sql(sql, list(rows))
