"""Saved searches (issue 18.5): a list, a filter text and, for the built-ins, a condition.

Three are built in: "Applied this week", "In a stage for more than 7 days" (open applications whose
stage has not changed for a week: the last stage change the cache saw, else the vendor's last
update) and "Due for review" (candidates past their account's review age, ``desktop.privacy.retention``).
The user's own are kept in ``saved-searches.json`` in the data folder, written whole and renamed into
place. A damaged file is set aside (never overwritten unread) and the user is told.
No Qt here.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.queries import LISTS

FILE_NAME = "saved-searches.json"
APPLIED_THIS_WEEK, STALE_STAGE, DUE_FOR_REVIEW = "applied_this_week", "stale_stage", "due_for_review"
STALE_DAYS = 7


@dataclass(frozen=True)
class SavedSearch:
    name: str
    model: str
    text: str = ""
    #: a built-in condition (APPLIED_THIS_WEEK, STALE_STAGE); None for the user's own
    builtin: str | None = None


BUILTINS: tuple[SavedSearch, ...] = (
    SavedSearch("Applied this week", "applications", builtin=APPLIED_THIS_WEEK),
    SavedSearch(f"In a stage for more than {STALE_DAYS} days", "applications", builtin=STALE_STAGE),
    # Issue 15.4: candidates past their account's review age (`privacy retention A --review-after-days N`).
    SavedSearch("Due for review", "candidates", builtin=DUE_FOR_REVIEW),
)


class SavedSearchError(Exception):
    """The saved searches file could not be read or written; the message says what happened."""


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def conditions(search: SavedSearch, now: datetime | None = None) -> tuple[tuple[str, tuple[Any, ...]], ...]:
    """The extra WHERE conditions (on the list's base table ``r``) a saved search adds."""
    now = now or datetime.now(UTC)
    if search.builtin == APPLIED_THIS_WEEK:
        local = now.astimezone()
        monday = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
        return (("r.remote_created_at >= ?", (_iso(monday),)),)
    if search.builtin == STALE_STAGE:
        last_move = (
            "coalesce((SELECT max(rc.at) FROM record_changes rc WHERE rc.record_id = r.id "
            "AND rc.field = 'current_stage_id'), r.remote_updated_at, r.remote_created_at)"
        )
        return (
            ("coalesce(r.outcome, 'PENDING') = 'PENDING' AND r.current_stage_id IS NOT NULL", ()),
            (f"{last_move} < ?", (_iso(now - timedelta(days=STALE_DAYS)),)),
        )
    if search.builtin == DUE_FOR_REVIEW:
        from desktop.privacy.retention import review_condition

        return ((review_condition(), (_iso(now),)),)
    return ()


def path() -> Path:
    return paths.home() / FILE_NAME


def load(file: Path | None = None) -> list[SavedSearch]:
    """The user's saved searches; a damaged file is renamed ``….damaged`` and reported."""
    file = file or path()
    if not file.exists():
        return []
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        out = [
            SavedSearch(str(d["name"]), str(d["model"]), str(d.get("text", "")))
            for d in data
            if isinstance(d, dict) and d.get("model") in LISTS
        ]
    except (ValueError, KeyError, TypeError) as exc:
        aside = file.with_name(file.name + ".damaged")
        os.replace(file, aside)
        raise SavedSearchError(
            f"The saved searches file could not be read ({exc}); it was kept as {aside.name} and "
            "the list starts empty."
        ) from None
    return out


def save(searches: list[SavedSearch], file: Path | None = None) -> None:
    file = file or path()
    body = [asdict(s) | {"builtin": None} for s in searches if s.builtin is None]
    try:
        # 0600: a search's text is often a candidate's name.
        paths.write_private(file, json.dumps(body, indent=2, ensure_ascii=False))
    except OSError as exc:
        raise SavedSearchError(f"Cannot save the searches to {file}: {exc.strerror or exc}.") from None
