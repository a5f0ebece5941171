"""Cache reads for the window done beside it: one worker thread with its own read-only connection.

While a sync commits pages (every 2 s) the list on screen re-reads its loaded rows. On a large
cache and a busy machine that read took tens of milliseconds: run on the GUI thread, it was the
window's longest stall. Reads that only refresh what is shown go here; their results come back to
the GUI thread as a queued Qt signal (see ``RecordTableModel.read_beside``).

One thread, so reads run in the order asked and one connection serves them all (an sqlite3
connection belongs to the thread that opened it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class BackgroundReader:
    def __init__(self, open_conn: Callable[[], sqlite3.Connection]) -> None:
        self._open = open_conn
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ui-reader")
        #: opened, used and closed on the worker thread only
        self._conn: sqlite3.Connection | None = None
        self._closed = False

    def submit(self, read: Callable[[sqlite3.Connection], T]) -> Future[T]:
        """Run ``read(conn)`` on the worker; the future ends with its result or its exception."""
        return self._pool.submit(self._run, read)

    def _run(self, read: Callable[[sqlite3.Connection], T]) -> T:
        if self._conn is None:
            self._conn = self._open()
        return read(self._conn)

    def close(self) -> None:
        """Let reads already asked finish, then close the connection and the thread."""
        if self._closed:
            return
        self._closed = True

        def close_conn() -> None:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

        self._pool.submit(close_conn)
        self._pool.shutdown(wait=True)
