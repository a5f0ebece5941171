"""Person matching across 5 accounts x 20k candidates (issue 18 target: <= 2 s after a sync).

Prints the time to group 100k candidate references, of which a share carry an e-mail seen in another
account (one in ten has no e-mail, and is joined by phone: written internationally in some accounts,
nationally in others), and how many persons span more than one record, by what they were joined.
Run: ``.venv/bin/python bench/people.py``.
"""

from __future__ import annotations

import random
import time
from collections import Counter

from desktop.people import CandidateRef, match_people, normalise_email, normalise_phone


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


if __name__ == "__main__":
    main()
