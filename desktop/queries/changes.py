"""What changed on a record in the cache (migration 0003 keeps the history), with linked ids shown
by name."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from connectors.unified.model import FOREIGN_KEYS
from desktop.queries.common import rows
from desktop.queries.records import title_of


@dataclass(frozen=True)
class Change:
    at: str
    field: str
    old: str | None
    new: str | None


def _readable(conn: sqlite3.Connection, model: str, column: str, value: str | None) -> str | None:
    target = FOREIGN_KEYS.get((model, column))
    if target and value:
        return title_of(conn, target, value) or value
    return value


def changes(conn: sqlite3.Connection, record_id: str, *, limit: int = 200) -> list[Change]:
    """What changed on this record in the cache, newest first (migration 0003 records it)."""
    found = rows(
        conn,
        "SELECT model, at, field, old_value, new_value FROM record_changes WHERE record_id = ? "
        "ORDER BY at DESC, id DESC LIMIT ?",
        (record_id, limit),
    )
    return [
        Change(r[1], r[2], _readable(conn, r[0], r[2], r[3]), _readable(conn, r[0], r[2], r[4]))
        for r in found
    ]
