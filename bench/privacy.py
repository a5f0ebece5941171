"""Privacy figures on a big cache (issue 15): how long forget, the access export, retention and the
after-sync checks take on 100k candidates.

    python bench/privacy.py --home COPY    # a copy of a data folder with a big cache (bench/ui.py)

The cache is changed (people forgotten, records reduced): use a copy. Prints one line per figure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", required=True, type=Path, help="a data folder with a big cache (changed!)")
    parser.add_argument("--reduce", type=int, default=1000, help="candidates marked deleted 40 days ago")
    args = parser.parse_args()
    os.environ["RECRUITER_COMPANION_HOME"] = str(args.home)

    from desktop import paths
    from desktop.core import Core
    from desktop.privacy import access, forget, retention
    from desktop.privacy.person import find, mentions

    started = time.perf_counter()
    core = Core.open()
    print(f"open (with migrations): {time.perf_counter() - started:.2f} s")
    with core.engine.connect() as conn:
        total = conn.exec_driver_sql("SELECT count(*) FROM candidates").scalar_one()
        row = conn.exec_driver_sql(
            "SELECT c.email_addresses, c.account_id FROM candidates c WHERE c.email_addresses != '[]' "
            "AND EXISTS "
            "(SELECT 1 FROM applications a WHERE a.candidate_id = c.id) ORDER BY c.id LIMIT 1 OFFSET 500"
        ).one()
    email, account_id = json.loads(row[0])[0]["email_address"], row[1]
    print(f"candidates: {total}")

    t = time.perf_counter()
    with core.engine.connect() as conn:
        person = find(conn, email=email)
        planned = forget.plan(conn, person)
    print(f"find by e-mail + plan: {time.perf_counter() - t:.2f} s ({', '.join(planned.describe())})")

    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        access.export_person(core.engine, person, Path(out) / "p.zip")
        print(f"access export: {time.perf_counter() - t:.2f} s")

    t = time.perf_counter()
    result = forget.forget(core.engine, person, outbox=True)
    print(f"forget (remove, index merge, leftover scan, WAL checkpoint): {time.perf_counter() - t:.2f} s")
    print(f"  leftovers: {result.leftovers or 'none'}")
    t = time.perf_counter()
    with core.engine.connect() as conn:
        left = mentions(conn, [email])
    print(f"scan of every table for one e-mail: {time.perf_counter() - t:.2f} s ({left or 'no hits'})")

    t = time.perf_counter()
    since = (datetime.now(UTC) - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.000Z")  # a sync's start
    found = core.writer.run_sync(lambda conn: forget.reappeared(conn, account_id, paths.profile_id(), since))
    print(f"after-sync check for forgotten people: {time.perf_counter() - t:.3f} s ({len(found)} back)")

    t = time.perf_counter()
    core.writer.run_sync(lambda conn: retention.reduce_deleted(conn, account_id, 30))
    print(f"after-sync retention with nothing to reduce: {time.perf_counter() - t:.3f} s")

    stamp = (datetime.now(UTC) - timedelta(days=40)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    with core.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE candidates SET remote_deleted_at = ? WHERE id IN (SELECT id FROM candidates "
            "WHERE remote_deleted_at IS NULL AND account_id = ? ORDER BY id LIMIT ?)",
            (stamp, account_id, args.reduce),
        )
    t = time.perf_counter()
    reduced = core.writer.run_sync(lambda conn: retention.reduce_deleted(conn, account_id, 30))
    print(f"retention reducing {sum(reduced.values())} records: {time.perf_counter() - t:.2f} s")
    core.close()


if __name__ == "__main__":
    main()
