"""CV search latency (issue 18.1 target: p95 ≤ 50 ms over 100k candidates with 50k CVs indexed).

    python bench/cv_search.py [--candidates 100000] [--cvs 50000] [--samples 200]

Builds a throw-away cache through the real migrations (so the same FTS5 table, tokenizer and
triggers), fills it with candidates and with CV text rows exactly as ``desktop.attachments.download``
writes them (slot 5, the sandboxes' generated CV wording), then times ``desktop.search.search`` (the
Ctrl+K box and ``recruiter-companion search``) for CV words, names and prefixes as typed.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from connectors.sandbox import files  # noqa: E402
from desktop import search  # noqa: E402
from desktop.cache import crypt  # noqa: E402
from desktop.cache.db import open_engine  # noqa: E402

FIRST = ("Anna", "Jan", "Lea", "Piotr", "Sofia", "Lukas", "Emma", "Noah", "Mia", "Femke", "Bram", "Zofia")
LAST = ("Müller", "Nowak", "de Vries", "Schmidt", "Kowalski", "Jansen", "Weber", "Bakker", "Wolf", "Klein")


def build(path: Path, candidates: int, cvs: int) -> None:
    open_engine(path).dispose()  # every migration, as the app runs them
    conn = crypt.connect(path)  # the cache as the app keeps it (encrypted where a keyring is)
    rng = random.Random(18)
    now = "2026-12-05T00:00:00.000Z"
    rows = []
    for i in range(candidates):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = json.dumps([{"email_address": f"{first}.{i}@x.eu"}])
        rows.append((f"c{i}", "acc", now, f"r{i}", first, last, email))
    conn.executemany(
        "INSERT INTO candidates (id, account_id, changed_at, remote_id, first_name, last_name, "
        "email_addresses) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    with_cv = rng.sample(range(candidates), cvs)
    conn.executemany(
        "INSERT INTO attachments (id, account_id, changed_at, remote_id, candidate_id, name, type) "
        "VALUES (?, 'acc', ?, ?, ?, 'cv.pdf', 'CV')",
        [(f"a{i}", now, f"a{i}", f"c{i}") for i in with_cv],
    )
    for i in with_cv:
        cv = files.cv_for("bench", 18, i, f"{rows[i][4]} {rows[i][5]}", always=True)
        assert cv is not None
        conn.execute(
            "INSERT INTO search_index (rowid, title, subtitle, extra, model, record_id, account_id, deleted) "
            "SELECT a.rowid * 8 + 5, ?, 'CV · cv.pdf', ?, 'candidates', a.candidate_id, 'acc', 0 "
            "FROM attachments a WHERE a.id = ?",
            (f"{rows[i][4]} {rows[i][5]}", cv.text, f"a{i}"),
        )
    conn.commit()
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=100_000)
    parser.add_argument("--cvs", type=int, default=50_000)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cache.sqlite3"
        started = time.perf_counter()
        build(path, args.candidates, args.cvs)
        print(
            f"built {args.candidates:,} candidates, {args.cvs:,} CVs in {time.perf_counter() - started:.1f} s"
        )
        conn = crypt.connect(path)  # the cache as the app keeps it (encrypted where a keyring is)
        queries = [
            "Python Kubernetes Berlin",
            "kubernetes",
            "Python",
            "Terraform Vienna",
            "Berlin",
            "Kub",
            "Anna Müller",
            "Experience years",
        ]
        queries += [w[:n] for w in ("Kubernetes", "Terraform") for n in range(2, len(w) + 1)]
        timings: list[float] = []
        found: dict[str, int] = {}
        for i in range(args.samples):
            q = queries[i % len(queries)]
            t0 = time.perf_counter()
            hits = search.search(conn, q)
            timings.append((time.perf_counter() - t0) * 1000)
            found[q] = len(hits)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(
            f"search over CVs: median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, "
            f"max {timings[-1]:.1f} ms ({args.samples} queries; target p95 ≤ 50 ms)"
        )
        print(f"hits for 'Python Kubernetes Berlin': {found['Python Kubernetes Berlin']} (limit 50)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
