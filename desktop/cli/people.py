"""``recruiter-companion people``: persons across accounts, headless (issue 18.2).

``--duplicates --json`` prints ``[{"person": {...}, "records": [{"account": NAME, "candidate_id": ID}]}]``;
``--split CANDIDATE_ID`` makes a wrongly joined record (a family e-mail address) stand alone. Splits
live in ``people-splits.json`` beside the cache: a user decision a re-sync must not undo.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import text

from desktop import people
from desktop.people import SPLITS_FILE, splits_path, write_splits

__all__ = ["SPLITS_FILE", "read_splits", "splits_path", "write_splits"]


def read_splits(cache: Path) -> set[str]:
    try:
        return people.read_splits(cache)
    except ValueError:
        # Why not fail: a damaged splits file only loses splits; say so and carry on matching.
        path = splits_path(cache)
        print(f"recruiter-companion: warning: {path} is unreadable; ignoring saved splits.", file=sys.stderr)
        return set()


def cmd_people(args: argparse.Namespace) -> int:
    from desktop import paths
    from desktop.cache.db import open_engine
    from desktop.people import duplicates_json, load_refs, match_people

    cache = paths.cache_path()
    engine = open_engine(cache)
    try:
        refs = load_refs(engine)
        with engine.connect() as conn:
            names = {row[0]: row[1] for row in conn.execute(text("SELECT id, name FROM accounts"))}
    finally:
        engine.dispose()
    splits = read_splits(cache)
    if args.split:
        wanted = set(args.split)
        by_remote = {r.remote_id: r.id for r in refs if r.remote_id in wanted}
        known = {r.id for r in refs}
        unknown = [x for x in args.split if x not in known and x not in by_remote]
        if unknown:
            print(
                f"recruiter-companion: error: no cached candidate {', '.join(unknown)}; "
                "use a candidate_id from `people --duplicates --json`.",
                file=sys.stderr,
            )
            return 2
        splits |= {by_remote.get(x, x) for x in args.split}
        write_splits(cache, splits)
    people = match_people(refs, splits)
    listing: list[dict[str, Any]] = duplicates_json(people, names)
    if args.json:
        print(json.dumps(listing, ensure_ascii=False, indent=2))
    else:
        for item in listing:
            person = item["person"]
            accounts = ", ".join(f"{r['account']}:{r['candidate_id']}" for r in item["records"])
            print(f"{person['name']} ({'; '.join(person['joined_by'])}): {accounts}")
        print(f"{len(listing)} people in more than one record", file=sys.stderr)
    return 0


def add_people_command(sub: Any) -> None:
    people = sub.add_parser("people", help="one person across every account (joined by e-mail, else phone)")
    people.add_argument("--duplicates", action="store_true", help="list persons with more than one record")
    people.add_argument("--json", action="store_true", help="print as JSON on stdout")
    people.add_argument(
        "--split", action="append", metavar="CANDIDATE_ID", help="make this record stand alone (repeatable)"
    )
    people.set_defaults(func=cmd_people)
