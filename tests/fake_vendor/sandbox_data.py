"""Tiny ATS seed data: deterministic users, jobs and applications per seed and size, in the vendor's
own wire shape (VENDOR.md "Resources"), drawn from the shared seeded people (``connectors.sandbox.people``).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.sandbox.people import PeopleFactory

#: The ``SIZES`` count that is the candidates (``sandbox serve --candidates N``: connectors.sandbox.sizes).
CANDIDATE_COUNT = "applications"
SIZES: dict[str, dict[str, int]] = {
    "tiny": {"users": 3, "jobs": 4, "applications": 30},
    "small": {"users": 8, "jobs": 20, "applications": 400},
    "large": {"users": 40, "jobs": 300, "applications": 20_000},
}
JOB_STATUSES = ("open", "open", "closed", "draft")  # the enum of VENDOR.md "Resources" (V), open weighted
ANCHOR = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a fixed "now": the same seed gives the same data


def _stamp(rng: random.Random, days: int) -> str:
    moment = ANCHOR - timedelta(days=rng.uniform(0, days))
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def generate(rng: random.Random, counts: dict[str, int]) -> dict[str, list[dict[str, Any]]]:
    """Records per collection, in creation order."""
    people = PeopleFactory(rng)
    users = []
    for i in range(1, counts["users"] + 1):
        p = people.person("en-US", email_domain="tinyats.example")
        users.append({"id": f"u{i}", "first_name": p.first_name, "last_name": p.last_name, "email": p.email,
                      "active": i % 5 != 4})
    jobs = []
    for i in range(1, counts["jobs"] + 1):
        created = _stamp(rng, 300)
        jobs.append({"id": f"j{i}", "title": rng.choice(("Barista", "Store Manager", "Driver", "Cook")),
                     "reference": f"TA-{i:04d}", "status": rng.choice(JOB_STATUSES),
                     "owner_id": rng.choice(users)["id"], "created_at": created, "updated_at": created})
    apps = []
    for i in range(1, counts["applications"] + 1):
        p = people.person("en-US")
        created = _stamp(rng, 200)
        apps.append({"id": f"a{i}", "job_id": rng.choice(jobs)["id"],
                     "stage": rng.choice(("new", "screen", "interview")),
                     "outcome": rng.choice((None, None, None, "hired", "rejected")),
                     "created_at": created, "updated_at": created,
                     "candidate": {"id": f"c{i}", "first_name": p.first_name, "last_name": p.last_name,
                                   "email": p.email, "phone": p.phone}})
    return {"users": users, "jobs": jobs, "applications": apps}
