"""Person matching across 5 accounts x 20k candidates (issue 18 target: <= 2 s after a sync).

Prints the time to group 100k candidate references, of which a share carry an e-mail seen in another
account (one in ten has no e-mail, and is joined by phone: written internationally in some accounts,
nationally in others), and how many persons span more than one record, by what they were joined.
Run: ``.venv/bin/python bench/people.py``.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections import Counter

from desktop.people import CandidateRef, match_people, normalise_email, normalise_phone
from desktop.same_person import PhoneIndex


def make_refs(
    accounts: int = 5, per_account: int = 20_000, shared: float = 0.1, seed: int = 7
) -> list[CandidateRef]:
    rng = random.Random(seed)
    refs = []
    for a in range(accounts):
        for i in range(per_account):
            person = rng.randrange(per_account) if rng.random() < shared else a * per_account + i + 10**6
            email = normalise_email(f"Person{person}@Example.org") if rng.random() < 0.9 else None
            phone = normalise_phone(f"+49 30 {person:07d}" if a % 2 else f"030 {person:07d}")
            refs.append(
                CandidateRef(
                    f"{a}-{i}",
                    f"acc{a}",
                    str(i),
                    f"P {person}",
                    (email,) if email else (),
                    (phone,) if phone else (),
                )
            )
    return refs


def phone_index_times(refs: list[CandidateRef]) -> tuple[float, float]:
    """The detail pane's phone index (``desktop.same_person.PhoneIndex``) over the same candidates:
    built once, then brought up to date after a sync that changed 1% of them."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE candidates (id TEXT PRIMARY KEY, phone_numbers TEXT, remote_deleted_at TEXT)")
    conn.execute(
        "CREATE TABLE record_changes (id INTEGER PRIMARY KEY, model TEXT, record_id TEXT, field TEXT)"
    )
    rows = [(r.id, json.dumps([{"phone_number": p} for p in r.phones]), None) for r in refs]
    conn.executemany("INSERT INTO candidates VALUES (?, ?, ?)", rows)
    index = PhoneIndex()
    start = time.perf_counter()
    index.refresh(conn)
    built = time.perf_counter() - start
    changed = [(json.dumps([{"phone_number": "+31 6 1234 5678"}]), r.id) for r in refs[:: len(refs) // 1000]]
    conn.executemany("UPDATE candidates SET phone_numbers = ? WHERE id = ?", changed)
    # What the cache's trigger (migration 0003) logs for each of them:
    conn.executemany(
        "INSERT INTO record_changes (model, record_id, field) VALUES ('candidates', ?, 'phone_numbers')",
        [(cid,) for _, cid in changed],
    )
    index.version = (-1, -1)  # another connection committed (``PRAGMA data_version`` moved)
    start = time.perf_counter()
    index.refresh(conn)
    return built, time.perf_counter() - start


def main() -> None:
    refs = make_refs()
    start = time.perf_counter()
    people = match_people(refs)
    took = time.perf_counter() - start
    multi = [p for p in people if len(p.records) > 1]
    by = Counter(p.matched_by for p in multi)
    print(
        f"matched {len(refs)} candidates into {len(people)} persons ({len(multi)} in >1 record:"
        f" {', '.join(f'{n} by {k}' for k, n in sorted(by.items()))}) in {took:.3f} s (target <= 2 s)"
    )
    built, caught_up = phone_index_times(refs)
    print(
        f"phone index for the detail pane: built in {built:.3f} s,"
        f" caught up after a sync in {caught_up:.3f} s"
    )


if __name__ == "__main__":
    main()
