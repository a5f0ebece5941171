"""All cache writes go through one thread: SQLite has one writer, and the UI thread must never wait
on a write lock. Callers ``await writer.run(fn, ...)``; ``fn`` gets a connection inside a transaction.

Commit hooks (``on_commit``) hear of every committed transaction, on the writer thread, right after
its commit: team mode publishes what a sync committed moments after, instead of on a timer."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine

T = TypeVar("T")

#: Called on the writer thread after a transaction committed; it must return quickly (hand work over).
CommitHook = Callable[[], None]

log = logging.getLogger("recruiter_companion.cache")


class CacheWriter:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cache-writer")
        self._hooks: tuple[CommitHook, ...] = ()

    def _transaction(self, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        with self.engine.begin() as conn:
            out = fn(conn, *args)
        for hook in self._hooks:
            try:
                hook()
            except Exception:  # a listener's bug must not fail a write that is already committed
                log.exception("cache commit hook failed")
        return out

    def on_commit(self, hook: CommitHook) -> Callable[[], None]:
        """Call ``hook()`` after every commit from now on; returns the function that stops it."""
        self._hooks = (*self._hooks, hook)

        def remove() -> None:
            self._hooks = tuple(h for h in self._hooks if h is not hook)

        return remove

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(conn, *args)`` in one transaction on the writer thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self._transaction, fn, args)

    def run_sync(self, fn: Callable[[Connection], T], *args: Any) -> T:
        """The same, from a thread that is not running an event loop (CLI set-up, tests)."""
        return self.submit(fn, *args).result()

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Queue ``fn(conn, *args)`` behind the writes already queued, without waiting for it: the
        transactions run in the order they were queued; the future says when and how it ended."""
        return self._pool.submit(self._transaction, fn, args)

    def checkpoint(self) -> None:
        """Copy the WAL into the cache file, on the writer thread between two transactions: unless a
        reader holds an older snapshot, all of it, and the next transaction starts the WAL over (SQLite
        does the same inside a commit past ``db.WAL_CHECKPOINT_PAGES``, if no reader is in the way)."""
        if self.engine.dialect.name == "sqlite":
            self._pool.submit(self._checkpoint).result()

    def _checkpoint(self) -> None:
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def close(self) -> None:
        self._pool.shutdown(wait=True)
