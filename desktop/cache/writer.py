"""All cache writes go through one thread: SQLite has one writer, and the UI thread must never wait
on a write lock. Callers ``await writer.run(fn, ...)``; ``fn`` gets a connection inside a transaction."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine

T = TypeVar("T")


class CacheWriter:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cache-writer")

    def _transaction(self, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        with self.engine.begin() as conn:
            return fn(conn, *args)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(conn, *args)`` in one transaction on the writer thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self._transaction, fn, args)

    def run_sync(self, fn: Callable[[Connection], T], *args: Any) -> T:
        """The same, from a thread that is not running an event loop (CLI set-up, tests)."""
        return self._pool.submit(self._transaction, fn, args).result()

    def close(self) -> None:
        self._pool.shutdown(wait=True)
