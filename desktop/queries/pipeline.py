"""A job's pipeline: its applications as cards in the job's (or the account's) stage columns."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from desktop.queries.common import person, rows


@dataclass(frozen=True)
class Card:
    application_id: str
    candidate: str
    detail: str
    outcome: str | None
    updated: str | None


@dataclass
class StageColumn:
    stage_id: str | None
    name: str
    cards: list[Card] = field(default_factory=list)


def pipeline(conn: sqlite3.Connection, job_id: str, *, show_deleted: bool = False) -> list[StageColumn]:
    """A job's applications by stage: the job's own stage list if the vendor has one, else the account's."""
    job = conn.execute("SELECT account_id FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if job is None:
        return []
    stages = rows(
        conn,
        "SELECT s.id, s.name FROM job_application_stages js "
        "JOIN application_stages s ON s.id = js.stage_id "
        'WHERE js.job_id = ? AND js.remote_deleted_at IS NULL ORDER BY js."index"',
        (job_id,),
    )
    if not stages:
        stages = rows(
            conn,
            "SELECT id, name FROM application_stages WHERE account_id = ? "
            "AND remote_deleted_at IS NULL ORDER BY global_index, name",
            (job[0],),
        )
    columns = {sid: StageColumn(sid, name or "?") for sid, name in stages}
    unknown = StageColumn(None, "")
    deleted = "" if show_deleted else " AND a.remote_deleted_at IS NULL"
    for row in rows(
        conn,
        f"SELECT a.id, a.current_stage_id, {person('c')}, c.title, c.company, a.outcome, "
        "coalesce(a.remote_updated_at, a.remote_created_at) FROM applications a "
        "LEFT JOIN candidates c ON c.id = a.candidate_id "
        f"WHERE a.job_id = ?{deleted} ORDER BY 7 DESC",
        (job_id,),
    ):
        detail = " · ".join(x for x in (row[3], row[4]) if x)
        card = Card(row[0], row[2] or "?", detail, row[5], row[6])
        columns.get(row[1], unknown).cards.append(card)
    out = list(columns.values())
    if unknown.cards:
        out.append(unknown)
    return out
