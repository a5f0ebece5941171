"""Saved searches (issue 18.5): a list, a filter text and, for the built-ins, a condition.

Three are built in: "Applied this week", "In a stage for more than 7 days" (open applications whose
stage has not changed for a week: the last stage change the cache saw, else the vendor's last
update) and "Due for review" (candidates past their account's review age, ``desktop.privacy.retention``).
The user's own are rows of the cache's ``saved_searches`` table, encrypted with the rest of the cache (a
search's text is often a candidate's name); earlier releases kept them in ``saved-searches.json``,
which the first start of this one takes in and deletes (a damaged one is set aside, and the user told).
No Qt here.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

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
    """The saved searches could not be read or kept; the message says what happened."""


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


def _folder_file(home: Path | None = None) -> Path:
    return (home or paths.home()) / FILE_NAME


def load(conn: Any) -> list[SavedSearch]:
    """The user's saved searches, in the order they were saved (``conn``: any DB-API connection to the
    cache, the window's read-only one included)."""
    rows = conn.execute("SELECT name, model, text FROM saved_searches ORDER BY position, name").fetchall()
    return [SavedSearch(str(name), str(model), str(text)) for name, model, text in rows if model in LISTS]


def save(engine: Engine, searches: list[SavedSearch]) -> None:
    """Keep exactly ``searches`` (the user's own; built-ins are never stored), in one transaction."""
    try:
        with engine.begin() as conn:
            _replace(conn, searches)
    except SQLAlchemyError as exc:
        reason = getattr(exc, "orig", None) or exc
        raise SavedSearchError(f"Cannot save the searches in the cache: {reason}.") from None


def _replace(conn: Connection, searches: list[SavedSearch]) -> None:
    conn.exec_driver_sql("DELETE FROM saved_searches")
    for position, s in enumerate(x for x in searches if x.builtin is None):
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO saved_searches (name, model, text, position) VALUES (?, ?, ?, ?)",
            (s.name, s.model, s.text, position),
        )


def settle_legacy_file(engine: Engine, home: Path | None = None) -> str | None:
    """Take a ``saved-searches.json`` left by an earlier release into the cache, then delete it.

    Migration 0009 reads it in; the file goes only here, after that commit, so a crash in between
    loses nothing. A file that cannot be read is renamed ``….damaged`` (never overwritten unread) and
    the message saying so is returned."""
    file = _folder_file(home)
    if not file.is_file():
        return None
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        found = [
            SavedSearch(str(d["name"]), str(d["model"]), str(d.get("text", "")))
            for d in data
            if isinstance(d, dict) and d.get("model") in LISTS
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        aside = file.with_name(file.name + ".damaged")
        os.replace(file, aside)
        return (
            f"The saved searches file could not be read ({exc}); it was kept as {aside.name} and "
            "the list starts empty."
        )
    with engine.begin() as conn:
        have = {row[0] for row in conn.exec_driver_sql("SELECT name FROM saved_searches").fetchall()}
        start = conn.exec_driver_sql(
            "SELECT coalesce(max(position), -1) + 1 FROM saved_searches"
        ).scalar_one()
        for offset, s in enumerate(x for x in found if x.name not in have):
            conn.exec_driver_sql(
                "INSERT INTO saved_searches (name, model, text, position) VALUES (?, ?, ?, ?)",
                (s.name, s.model, s.text, start + offset),
            )
    file.unlink()
    return None


def remove_mentioning(conn: Connection, needles: list[str]) -> int:
    """Forget (issue 15.2): drop the saved searches whose name or text mentions one of ``needles``."""
    if not needles:
        return 0
    terms = " OR ".join("instr(lower(name || ' ' || text), ?) > 0" for _ in needles)
    return int(
        conn.exec_driver_sql(
            f"DELETE FROM saved_searches WHERE {terms}", tuple(n.lower() for n in needles)
        ).rowcount
    )
