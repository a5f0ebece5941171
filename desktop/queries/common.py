"""What every query module shares: a person's display name in SQL, and fetching rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

_NAME = "trim(coalesce({a}.first_name, '') || ' ' || coalesce({a}.last_name, ''))"


def person(alias: str) -> str:
    """SQL for 'first last' of a candidates or users row."""
    return _NAME.format(a=alias)


def rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    return conn.execute(sql, params).fetchall()
