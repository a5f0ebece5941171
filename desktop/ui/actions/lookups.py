"""What the forms read from the cache, on the UI's read-only connection (no Qt here).

Choices for id fields (a job, a stage of that job, a user, a rejection reason), the existing tags,
a job's screening questions, and the outbox entries still waiting, described for people. Every
query is indexed and bounded: a picker never loads 100k candidates.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from connectors.base.actions import SCHEMAS
from desktop import queries
from desktop.outbox import queue as q
from desktop.outbox.resolve import existing_values, job_questions
from desktop.queries import person

#: The most options an id picker lists (typing filters them); pickers of small models list all.
LIMIT = 2000

_OPTIONS: dict[str, str] = {
    "jobs": "SELECT id, name, status FROM jobs WHERE account_id=? AND remote_deleted_at IS NULL "
    "ORDER BY status != 'OPEN', name COLLATE NOCASE LIMIT ?",
    "users": f"SELECT id, {person('r')}, email FROM users r WHERE account_id=? AND remote_deleted_at IS NULL "
    "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE LIMIT ?",
    "rejection_reasons": "SELECT id, name, NULL FROM rejection_reasons WHERE account_id=? "
    "AND remote_deleted_at IS NULL ORDER BY name COLLATE NOCASE LIMIT ?",
    "tags": "SELECT id, name, NULL FROM tags WHERE account_id=? AND remote_deleted_at IS NULL "
    "ORDER BY name COLLATE NOCASE LIMIT ?",
    "candidates": f"SELECT id, {person('r')}, json_extract(email_addresses, '$[0].email_address') "
    "FROM candidates r WHERE account_id=? AND remote_deleted_at IS NULL "
    "ORDER BY remote_updated_at DESC LIMIT ?",
    "applications": f"SELECT a.id, {person('c')} || ' — ' || coalesce(j.name, ''), NULL FROM applications a "
    "LEFT JOIN candidates c ON c.id = a.candidate_id LEFT JOIN jobs j ON j.id = a.job_id "
    "WHERE a.account_id=? AND a.remote_deleted_at IS NULL ORDER BY a.remote_updated_at DESC LIMIT ?",
}


def options(
    conn: sqlite3.Connection, model: str, account_id: str, *, job_id: str | None = None
) -> list[tuple[str, str]]:
    """(id, label) of the records an id field of ``model`` may name in this account; stages are the
    job's own when the vendor has per-job pipelines, else the account's."""
    if model == "application_stages":
        return [(s, name) for s, name in stages(conn, account_id, job_id)]
    sql = _OPTIONS.get(model)
    if sql is None:
        rows = conn.execute(
            f'SELECT id FROM "{model}" WHERE account_id=? AND remote_deleted_at IS NULL LIMIT ?',
            (account_id, LIMIT),
        ).fetchall()
        return [(r[0], queries.title_of(conn, model, r[0]) or r[0]) for r in rows]
    out = []
    for record_id, label, extra in conn.execute(sql, (account_id, LIMIT)):
        text = (label or "").strip() or "?"
        if model == "jobs":
            if extra and extra != "OPEN":
                text += f"  [{str(extra).lower()}]"
        elif extra:
            text += f"  <{extra}>"
        out.append((record_id, text))
    return out


def stages(conn: sqlite3.Connection, account_id: str, job_id: str | None) -> list[tuple[str, str]]:
    """(id, name) of the stages an application of ``job_id`` can be in, in pipeline order."""
    if job_id:
        rows = conn.execute(
            "SELECT s.id, s.name FROM job_application_stages js JOIN application_stages s "
            "ON s.id = js.stage_id WHERE js.job_id = ? AND js.remote_deleted_at IS NULL "
            'AND s.remote_deleted_at IS NULL ORDER BY js."index"',
            (job_id,),
        ).fetchall()
        if rows:
            return [(r[0], r[1] or "?") for r in rows]
    rows = conn.execute(
        "SELECT id, name FROM application_stages WHERE account_id = ? AND remote_deleted_at IS NULL "
        "ORDER BY global_index, name",
        (account_id,),
    ).fetchall()
    return [(r[0], r[1] or "?") for r in rows]


def application_place(conn: sqlite3.Connection, application_id: str) -> tuple[str | None, str | None]:
    """(job id, current stage id) of an application."""
    row = conn.execute(
        "SELECT job_id, current_stage_id FROM applications WHERE id = ?", (application_id,)
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


def tag_names(conn: sqlite3.Connection, account_id: str) -> list[str]:
    """Every live tag name of the account, sorted (what "only existing tags" allows)."""
    return existing_values(conn, "tags", account_id, "name", limit=LIMIT)


def candidate_tags(conn: sqlite3.Connection, candidate_id: str) -> list[str]:
    """The names of the tags a candidate has."""
    rows = conn.execute(
        "SELECT t.name FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.candidate_id = ? "
        "AND ct.remote_deleted_at IS NULL AND t.name IS NOT NULL ORDER BY t.name COLLATE NOCASE",
        (candidate_id,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def questions(conn: sqlite3.Connection, account_id: str, job_id: str) -> list[dict[str, Any]]:
    """The job's screening questions in order, exactly as the checks read them."""
    return job_questions(conn, account_id, job_id)


def record_account(conn: sqlite3.Connection, model: str, record_id: str) -> str | None:
    row = conn.execute(f'SELECT account_id FROM "{model}" WHERE id = ?', (record_id,)).fetchone()
    return str(row[0]) if row else None


# --- the outbox, for people ----------------------------------------------------------------------


@dataclass(frozen=True)
class PendingEntry:
    """An outbox entry as the UI shows it: what it does, to which record, and where it stands."""

    id: int
    account_id: str
    action: str
    status: str
    attempts: int
    error: str | None
    created_at: str
    next_attempt_at: str | None
    data: dict[str, Any]
    #: The existing record the action is about (model, id), None for a create.
    target: tuple[str, str] | None
    #: A short description: "Ada Lovelace <ada@example.org>", "Ada Lovelace — Engineer".
    summary: str

    @property
    def failed(self) -> bool:
        return self.status == q.FAILED


def _target(action: str, data: dict[str, Any]) -> tuple[str, str] | None:
    sch = SCHEMAS.get(action)
    if sch is None:
        return None
    for f in sch.fields:
        if f.kind == "id" and "." not in f.path and f.model and data.get(f.path):
            return f.model, str(data[f.path])
    return None


def _summary(conn: sqlite3.Connection, action: str, data: dict[str, Any], target: Any) -> str:
    if target is not None:
        what = queries.title_of(conn, target[0], target[1]) or target[1]
        extra = data.get("stage_id") and queries.title_of(conn, "application_stages", data["stage_id"])
        tag = (data.get("tag") or {}).get("name") if isinstance(data.get("tag"), dict) else None
        detail = extra or tag or data.get("label") or ""
        return f"{what} → {detail}" if detail else what
    given = data.get("candidate")
    cand: dict[str, Any] = given if isinstance(given, dict) else {}
    name = " ".join(str(cand.get(k) or "") for k in ("first_name", "last_name")).strip()
    email = cand.get("email_address")
    application = data.get("application")
    job_id = application.get("job_id") if isinstance(application, dict) else None
    job = queries.title_of(conn, "jobs", job_id) if job_id else None
    parts = [p for p in (name or None, f"<{email}>" if email else None, f"— {job}" if job else None) if p]
    return " ".join(parts) or action


def pending_entries(conn: sqlite3.Connection, *, with_failed: bool = True) -> list[PendingEntry]:
    """The outbox entries not sent yet (waiting, being sent, unsure) and, unless told not to, the
    failed ones, oldest first."""
    statuses = (*q.PENDING, q.FAILED) if with_failed else q.PENDING
    # The input without its files: a queued CV (megabytes of base64) is not read every few seconds.
    rows = conn.execute(
        "SELECT id, account_id, action, json_remove(json_extract(input, '$.data'), '$.attachments', "
        "'$.attachment'), status, attempts, last_error, created_at, next_attempt_at "
        f"FROM outbox WHERE status IN ({','.join('?' * len(statuses))}) ORDER BY id",
        statuses,
    ).fetchall()
    out = []
    for entry_id, account_id, action, raw, status, attempts, error, created, next_at in rows:
        try:
            loaded = json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            loaded = {}
        data = dict(loaded) if isinstance(loaded, dict) else {}
        target = _target(action, data)
        out.append(
            PendingEntry(
                int(entry_id),
                account_id,
                action,
                status,
                int(attempts or 0),
                error,
                created,
                next_at,
                data,
                target,
                _summary(conn, action, data, target),
            )
        )
    return out
