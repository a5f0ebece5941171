"""The records linked to the one shown in the detail pane, grouped in sections (for a candidate,
first the same person's records in other accounts, ``desktop.same_person.elsewhere``).

Each model's sections are declared in ``RELATIONS``: a heading key (the UI translates it), the model
the linked records belong to, and one query. Every query answers the same columns, so one function
turns any of them into rows: ``id, label, deleted, at, detail…`` — the label falls back to "?", the
detail is the non-empty remaining columns joined by " · ". Deleted records are included and flagged.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from desktop.queries.common import person, rows
from desktop.queries.records import record


@dataclass(frozen=True)
class Related:
    """A record linked to the one shown: where it points and what to show."""

    model: str
    record_id: str
    label: str
    detail: str = ""
    deleted: bool = False
    #: A timestamp to show with it (ISO UTC), e.g. when an interview starts.
    at: str | None = None
    #: Why it is linked, for the same person's records in other accounts: "email" or "phone" (the
    #: UI says "same e-mail" / "same phone"), so a wrong join is visible and can be split.
    reason: str | None = None


@dataclass
class Section:
    """A group of related records under a heading key (the UI translates the key)."""

    key: str
    items: list[Related] = field(default_factory=list)


@dataclass(frozen=True)
class Relation:
    """One section of a model's detail: ``sql`` takes the shown record's id as its one parameter and
    answers ``id, label, deleted, at, detail…``."""

    section: str
    model: str
    sql: str


#: A JSON array of role names as "a, b".
_ROLES = "(SELECT group_concat(value, ', ') FROM json_each(m.roles))"

RELATIONS: dict[str, tuple[Relation, ...]] = {
    "candidates": (
        # The candidate is known: each application shows its job, then stage and outcome.
        Relation(
            "applications",
            "applications",
            "SELECT a.id, j.name, a.remote_deleted_at, NULL, s.name, a.outcome FROM applications a "
            "LEFT JOIN jobs j ON j.id = a.job_id "
            "LEFT JOIN application_stages s ON s.id = a.current_stage_id "
            "WHERE a.candidate_id = ? ORDER BY a.remote_created_at DESC LIMIT 500",
        ),
        Relation(
            "interviews",
            "interviews",
            "SELECT i.id, i.title, i.remote_deleted_at, i.starting_at, j.name FROM interviews i "
            "JOIN applications a ON a.id = i.application_id LEFT JOIN jobs j ON j.id = a.job_id "
            "WHERE a.candidate_id = ? ORDER BY i.starting_at DESC",
        ),
        Relation(
            "offers",
            "offers",
            "SELECT o.id, j.name, o.remote_deleted_at, NULL, o.status FROM offers o "
            "JOIN applications a ON a.id = o.application_id LEFT JOIN jobs j ON j.id = a.job_id "
            "WHERE a.candidate_id = ?",
        ),
        Relation(
            "tags",
            "tags",
            "SELECT t.id, t.name, ct.remote_deleted_at, NULL FROM candidate_tags ct "
            "JOIN tags t ON t.id = ct.tag_id WHERE ct.candidate_id = ? ORDER BY t.name",
        ),
    ),
    "jobs": (
        # Live applications per stage: the count is the detail; a stage the cache lacks shows "—".
        Relation(
            "pipeline",
            "application_stages",
            "SELECT coalesce(s.id, ''), coalesce(s.name, '—'), NULL, NULL, count(*) FROM applications a "
            "LEFT JOIN application_stages s ON s.id = a.current_stage_id "
            "WHERE a.job_id = ? AND a.remote_deleted_at IS NULL GROUP BY s.id "
            "ORDER BY min(s.global_index)",
        ),
        Relation(
            "hiring_team",
            "users",
            f"SELECT u.id, {person('u')}, m.remote_deleted_at, NULL, {_ROLES} "
            "FROM job_hiring_team_members m JOIN users u ON u.id = m.user_id WHERE m.job_id = ?",
        ),
        Relation(
            "postings",
            "job_postings",
            "SELECT id, title, remote_deleted_at, NULL, status, url FROM job_postings WHERE job_id = ?",
        ),
        Relation(
            "screening_questions",
            "screening_questions",
            "SELECT q.id, q.title, jq.remote_deleted_at, NULL, CASE WHEN jq.required THEN 'required' END "
            "FROM job_screening_questions jq JOIN screening_questions q ON q.id = jq.question_id "
            'WHERE jq.job_id = ? ORDER BY jq."index"',
        ),
        Relation(
            "contact",
            "users",
            f"SELECT u.id, {person('u')}, NULL, NULL FROM jobs j JOIN users u ON u.id = j.contact_id "
            f"WHERE j.id = ? AND {person('u')} != ''",
        ),
    ),
    "applications": (
        # Its candidate and job are links among the fields already.
        Relation(
            "interviews",
            "interviews",
            "SELECT id, title, remote_deleted_at, starting_at FROM interviews "
            "WHERE application_id = ? ORDER BY starting_at",
        ),
        Relation(
            "offers",
            "offers",
            "SELECT id, status, remote_deleted_at, remote_created_at FROM offers WHERE application_id = ?",
        ),
    ),
    "interviews": (
        Relation(
            "interviewers",
            "users",
            f"SELECT u.id, {person('u')}, m.remote_deleted_at, NULL, u.email "
            "FROM interviewing_team_members m JOIN users u ON u.id = m.user_id WHERE m.interview_id = ?",
        ),
    ),
    "users": (
        Relation(
            "hiring_team_of",
            "jobs",
            f"SELECT j.id, j.name, m.remote_deleted_at, NULL, {_ROLES} FROM job_hiring_team_members m "
            "JOIN jobs j ON j.id = m.job_id WHERE m.user_id = ? ORDER BY j.name",
        ),
    ),
}


def related(conn: sqlite3.Connection, model: str, record_id: str) -> list[Section]:
    """The records linked to one record, in the sections ``RELATIONS`` declares for its model."""
    if record(conn, model, record_id) is None:
        return []
    sections = []
    for relation in RELATIONS.get(model, ()):
        items = [
            Related(
                relation.model,
                str(r[0]),
                r[1] or "?",
                " · ".join(str(x) for x in r[4:] if x not in (None, "")),
                bool(r[2]),
                at=r[3],
            )
            for r in rows(conn, relation.sql, (record_id,))
        ]
        if items:
            sections.append(Section(relation.section, items))
    if model == "candidates":
        # The same person in other accounts (issue 18.2): by e-mail, else phone (desktop.same_person).
        from desktop.same_person import elsewhere

        found = elsewhere(conn, record_id)
        others = [
            Related(
                "candidates",
                e.candidate_id,
                e.account_name,
                f"{e.applications} application{'s' if e.applications != 1 else ''} · {e.via}",
                reason=e.reason,
            )
            for e in found
        ]
        if others:
            # The person's whole story here: their applications in those accounts too, with the account.
            (apps,) = [r for r in RELATIONS["candidates"] if r.section == "applications"]
            theirs = [
                Related(
                    "applications",
                    str(r[0]),
                    r[1] or "?",
                    " · ".join(str(x) for x in (*r[4:], e.account_name) if x not in (None, "")),
                    bool(r[2]),
                    reason=e.reason,
                )
                for e in found
                for r in rows(conn, apps.sql, (e.candidate_id,))
            ]
            sections.insert(0, Section("same_person", others))
            if theirs:
                at = next((i for i, s in enumerate(sections) if s.key == "applications"), len(sections) - 1)
                sections.insert(at + 1, Section("same_person_applications", theirs))
    return sections
