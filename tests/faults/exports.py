"""Comparing exports in the fault campaigns: without the cache's own timestamps, and counting records
stored twice."""

from __future__ import annotations

from collections import Counter
from typing import Any

Export = dict[str, list[dict[str, Any]]]


def without_times(data: Export) -> Export:
    # changed_at is when this cache stored the row, not vendor data: it differs between any two syncs.
    return {m: [{k: v for k, v in r.items() if k != "changed_at"} for r in rows] for m, rows in data.items()}


def duplicates(export: Export) -> int:
    return sum(n - 1 for rows in export.values() for n in Counter(r["id"] for r in rows).values() if n > 1)
