"""The cache writer (desktop.cache.writer): one thread, transactions in the order they were queued;
``submit`` queues one without waiting for it (team mode's publish marks, issue 17)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from desktop.cache.db import open_engine
from desktop.cache.writer import CacheWriter


def test_submit_queues_behind_a_running_write_without_waiting_and_keeps_the_order(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "cache.sqlite3", encrypt=False)
    writer = CacheWriter(engine)
    try:
        writer.run_sync(lambda c: c.exec_driver_sql("CREATE TABLE marks (n INTEGER)"))
        inside, release = threading.Event(), threading.Event()

        def long_write(conn: Any) -> None:  # a sync's large page, say
            inside.set()
            assert release.wait(10)
            conn.exec_driver_sql("INSERT INTO marks VALUES (0)")

        def mark(conn: Any, n: int) -> int:
            conn.exec_driver_sql("INSERT INTO marks VALUES (?)", (n,))
            return n

        running = writer.submit(long_write)
        assert inside.wait(10)
        queued = [writer.submit(mark, n) for n in (1, 2, 3)]  # returns at once: the writer is busy
        assert not any(f.done() for f in [running, *queued])
        release.set()
        assert [f.result(10) for f in queued] == [1, 2, 3]
        stored = writer.run_sync(
            lambda c: [r[0] for r in c.exec_driver_sql("SELECT n FROM marks ORDER BY rowid")]
        )
        assert stored == [0, 1, 2, 3]
    finally:
        writer.close()
        engine.dispose()
