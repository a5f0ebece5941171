"""Search-index upkeep once per transaction for writers that store many rows (a sync's pages).

Inside ``batched_search_index(conn)`` the search triggers note which index rows they would rewrite
instead of writing them (migration 0013); on leaving, one statement per model rewrites those rows.
The flag lives in the open transaction only, so readers never see it and each commit leaves the
index current. PostgreSQL keeps its index per row (a plain table, cheap): there this does nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import Connection


@contextmanager
def batched_search_index(conn: Connection) -> Iterator[None]:
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute("INSERT OR IGNORE INTO search_pending (key) VALUES (0)")
    try:
        yield
    finally:
        # Also after an error: a caller that catches it and commits must not leave the flag set.
        raw.execute("DELETE FROM search_pending WHERE key = 0")


P = ParamSpec("P")
T = TypeVar("T")


def search_batched(fn: Callable[Concatenate[Connection, P], T]) -> Callable[Concatenate[Connection, P], T]:
    """``fn(conn, ...)`` run inside ``batched_search_index(conn)``."""

    @functools.wraps(fn)
    def batched(conn: Connection, *args: P.args, **kwargs: P.kwargs) -> T:
        with batched_search_index(conn):
            return fn(conn, *args, **kwargs)

    return batched
