"""What arrived since the recruiter last looked (issue 18.4): new applications and stage changes.

Read from what the cache already records: a new application is a row that appeared (``changed_at``
after the mark, no change history), a stage change is a ``record_changes`` row of
``current_stage_id`` after the mark. What this app itself did is left out (applications it created
and moved through the outbox), and so is an account's first sync: loading an account is not news.
No Qt here; the window asks on each finished sync and shows the count.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from desktop.queries import person

NEW, MOVED = "new", "moved"


@dataclass(frozen=True)
class NewsItem:
    kind: str  # NEW | MOVED
    application_id: str
    account_id: str
    at: str
    candidate: str
    job: str
    stage: str


def _own_writes(conn: sqlite3.Connection, since: str) -> set[str]:
    """Applications this app created or changed through the outbox since ``since``."""
    own: set[str] = set()
    for data, result in conn.execute(
        "SELECT input, result FROM outbox WHERE status = 'sent' AND updated_at > ?", (since,)
    ):
        for text in (data, result):
            try:
                value = json.loads(text) if isinstance(text, str) else (text or {})
            except ValueError:
                continue
            if isinstance(value, dict):
                app = value.get("application_id")
                if isinstance(app, str):
                    own.add(app)
                own.update((value.get("created") or {}).get("applications") or [])
    return own


def since(conn: sqlite3.Connection, mark: str, *, limit: int = 500) -> list[NewsItem]:
    """News after ``mark`` (an ISO timestamp as the cache writes them), newest first."""
    own = _own_writes(conn, mark)
    # Only accounts that had applications before the mark: a first sync is not news.
    # Not a correlated EXISTS: for an account whose every application is newer than the mark (its
    # first sync) that scanned the account's applications once per row, minutes on 30k of them.
    known = "a.account_id IN (SELECT o.account_id FROM applications o WHERE o.changed_at <= :mark)"
    joins = (
        " LEFT JOIN candidates c ON c.id = a.candidate_id LEFT JOIN jobs j ON j.id = a.job_id"
        " LEFT JOIN application_stages s ON s.id = a.current_stage_id"
    )
    columns = f"a.id, a.account_id, {person('c')}, coalesce(j.name, ''), coalesce(s.name, '')"
    queries = (
        (
            NEW,
            f"SELECT a.changed_at, {columns} FROM applications a{joins} WHERE a.changed_at > :mark "
            "AND a.remote_deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM record_changes rc "
            f"WHERE rc.record_id = a.id) AND {known} ORDER BY a.changed_at DESC LIMIT :limit",
        ),
        (
            MOVED,
            f"SELECT rc.at, {columns} FROM record_changes rc "
            f"JOIN applications a ON a.id = rc.record_id{joins} WHERE rc.model = 'applications' "
            "AND rc.field = 'current_stage_id' AND rc.at > :mark "
            f"AND {known} ORDER BY rc.at DESC LIMIT :limit",
        ),
    )
    items = [
        NewsItem(kind, row[1], row[2], row[0], row[3], row[4], row[5])
        for kind, sql in queries
        for row in conn.execute(sql, {"mark": mark, "limit": limit})
    ]
    items = [i for i in items if i.application_id not in own]
    items.sort(key=lambda i: i.at, reverse=True)
    return items[:limit]
