"""News after a large first sync: how long ``desktop.news.since`` takes on an account whose every
application is newer than the mark (issue 18.4; the window asks after each sync, and closing waits
for it).

Builds a throw-away cache with N applications in two accounts, one of which had an application
before the mark, and prints the time of one ``since`` call. Run: ``.venv/bin/python bench/news.py
[--applications 30000]``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

MARK = "2025-01-01T00:00:00.000Z"


def build(n: int) -> Path:
    os.environ["RECRUITER_COMPANION_HOME"] = tempfile.mkdtemp(prefix="rc-bench-news-")
    from desktop.core import Core

    core = Core.open()  # encrypted when a keyring is there, as a user's cache is
    path = Path(str(core.engine.url.database))
    with core.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO applications (id, account_id, remote_id, changed_at) VALUES (?, ?, ?, ?)",
            [
                (f"a{i}", "old" if i % 2 else "new", str(i), f"2026-12-05T10:{i % 60:02d}:00.{i:06d}Z")
                for i in range(n)
            ],
        )
        conn.exec_driver_sql("UPDATE applications SET changed_at = '2020-01-01T00:00:00Z' WHERE id = 'a1'")
    core.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=30_000)
    args = parser.parse_args()
    from desktop import news
    from desktop.cache import db

    path = build(args.applications)
    conn = db.open_reader(path)
    started = time.perf_counter()
    items = news.since(conn, MARK)
    took = time.perf_counter() - started
    print(f"news.since over {args.applications:,} applications: {took * 1000:.1f} ms, {len(items)} items")


if __name__ == "__main__":
    main()
