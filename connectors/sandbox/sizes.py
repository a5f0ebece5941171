"""Sandbox sizes by candidate count (``sandbox serve VENDOR --candidates N``), for benchmarks at a scale
between the fixed tiny / small / large seeds.

Each vendor's ``sandbox_data.SIZES`` names its counts in its own words (SmartRecruiters' candidates,
CareerPlug's and RECRU's people, eRecruiter's applicants); its ``sandbox_data.CANDIDATE_COUNT`` says
which one is the candidates. A size for N candidates is the vendor's "small" with that count set to N
and every other count grown with the square root of the factor (an account with 100 times the
candidates has about 10 times the jobs and users, not 100 times: the vendors' own large seeds are
shaped so too). Everything else (weights, fixed lists) stays as in "small", so the data reads the
same, only more of it.
"""

from __future__ import annotations

import importlib
import math
from typing import Any

from connectors import registry


def size_for(vendor: str, candidates: int) -> str:
    """The name of a size with ``candidates`` candidates for ``vendor``, added to its ``SIZES``."""
    if candidates < 1:
        raise ValueError(f"--candidates must be a positive number, got {candidates}")
    module = f"{registry.package(vendor)}.sandbox_data"
    try:
        data = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        data = None
    key: str | None = getattr(data, "CANDIDATE_COUNT", None)
    if data is None or key is None:
        raise ValueError(f"the {vendor} sandbox has no size by candidate count")
    sizes: dict[str, dict[str, Any]] = data.SIZES
    name = f"{candidates}-candidates"
    if name not in sizes:
        small = sizes["small"]
        growth = math.sqrt(max(candidates / small[key], 1.0))
        counts = {
            field: (max(1, round(value * growth)) if isinstance(value, int) else value)
            for field, value in small.items()
        }
        counts[key] = candidates
        sizes[name] = counts
    return name
