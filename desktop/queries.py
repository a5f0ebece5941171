"""Read-only queries the app's views need: record lists page by page, details, related records,
changes, pipelines, account summaries. No Qt here; ``desktop.ui`` turns these into widgets.

Everything takes a plain ``sqlite3.Connection`` (the UI keeps one for reading; SQLite's WAL lets it
read while the sync writes through the cache writer thread). Every query is short and indexed:
pages are ``LIMIT``ed, counts and filters use indexes or the FTS index.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from connectors.unified.model import FOREIGN_KEYS, MODELS, with_arrays
from desktop import search
from desktop.outbox.queue import FAILED, PENDING

_CHUNK = 900

_NAME = "trim(coalesce({a}.first_name, '') || ' ' || coalesce({a}.last_name, ''))"


def person(alias: str) -> str:
    """SQL for 'first last' of a candidates or users row."""
    return _NAME.format(a=alias)


@dataclass(frozen=True)
class Col:
    """One column of a record list: a key (labels and saved layouts use it) and its SQL."""

    key: str
    sql: str
    #: text | date | datetime | bool | count
    kind: str = "text"
    #: SQL expressions to order by (default: ``sql``); None: not sortable (no index serves it on a
    #: large table, so a sort would scan it).
    sort: tuple[str, ...] | None = ()
    #: Sorting needs the list's joins (the sort key lives in a joined table).
    joined: bool = False

    @property
    def order_by(self) -> tuple[str, ...] | None:
        if self.sort is None:
            return None
        return self.sort or (self.sql,)


@dataclass(frozen=True)
class ListSpec:
    """How one model is listed: base table (alias ``r``), joins for display columns, columns."""

    model: str
    columns: tuple[Col, ...]
    joins: str = ""
    default_sort: int = 0
    default_descending: bool = False
    #: For models outside the search index: the column pointing at an application, whose index
    #: entry (candidate and job names) the filter box searches instead.
    search_via: str | None = None

    def column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)


_ACCOUNT = Col("account", "acc.name", joined=True)
_ACCOUNT_UNSORTED = Col("account", "acc.name", sort=None)
_ACC_JOIN = " LEFT JOIN accounts acc ON acc.id = r.account_id"
_APP_JOINS = " LEFT JOIN candidates c ON c.id = a.candidate_id LEFT JOIN jobs j ON j.id = a.job_id"
_NAME_SORT = ("r.last_name COLLATE NOCASE", "r.first_name COLLATE NOCASE")

# Big lists (candidates, applications, interviews, offers) sort only by columns an index of
# migration 0004 serves, with the same expressions; other columns show but do not sort.
LISTS: dict[str, ListSpec] = {
    "jobs": ListSpec(
        "jobs",
        (
            Col("name", "r.name", sort=("r.name COLLATE NOCASE",)),
            Col("job_code", "r.job_code"),
            Col("status", "r.status"),
            Col("department", "r.department"),
            Col("city", "json_extract(r.location, '$.city')"),
            Col(
                "applications",
                "(SELECT count(*) FROM applications x WHERE x.job_id = r.id AND x.remote_deleted_at IS NULL)",
                "count",
            ),
            Col("opened_at", "r.opened_at", "date"),
            _ACCOUNT,
        ),
        joins=_ACC_JOIN,
    ),
    "candidates": ListSpec(
        "candidates",
        (
            Col("name", person("r"), sort=_NAME_SORT),
            Col("email", "json_extract(r.email_addresses, '$[0].email_address')", sort=None),
            Col("phone", "json_extract(r.phone_numbers, '$[0].phone_number')", sort=None),
            Col("title", "r.title", sort=("r.title COLLATE NOCASE",)),
            Col("company", "r.company", sort=("r.company COLLATE NOCASE",)),
            Col("city", "json_extract(r.location, '$.city')", sort=None),
            Col("updated", "r.remote_updated_at", "datetime"),
            _ACCOUNT_UNSORTED,
        ),
        joins=_ACC_JOIN,
    ),
    "applications": ListSpec(
        "applications",
        (
            Col("candidate", person("c"), sort=None),
            Col("job", "j.name", sort=None),
            Col("stage", "s.name", sort=None),
            Col("outcome", "r.outcome", sort=None),
            Col("created", "r.remote_created_at", "datetime"),
            Col("updated", "r.remote_updated_at", "datetime"),
            _ACCOUNT_UNSORTED,
        ),
        joins=(
            " LEFT JOIN candidates c ON c.id = r.candidate_id LEFT JOIN jobs j ON j.id = r.job_id"
            " LEFT JOIN application_stages s ON s.id = r.current_stage_id" + _ACC_JOIN
        ),
        default_sort=4,
        default_descending=True,
    ),
    "interviews": ListSpec(
        "interviews",
        (
            Col("title", "r.title", sort=None),
            Col("starting_at", "r.starting_at", "datetime"),
            Col("candidate", person("c"), sort=None),
            Col("job", "j.name", sort=None),
            Col("canceled", "r.canceled", "bool", sort=None),
            _ACCOUNT_UNSORTED,
        ),
        joins=(" LEFT JOIN applications a ON a.id = r.application_id" + _APP_JOINS + _ACC_JOIN),
        default_sort=1,
        default_descending=True,
        search_via="application_id",
    ),
    "offers": ListSpec(
        "offers",
        (
            Col("candidate", person("c"), sort=None),
            Col("job", "j.name", sort=None),
            Col("status", "r.status", sort=None),
            Col("created", "r.remote_created_at", "datetime"),
            Col("updated", "r.remote_updated_at", "datetime"),
            _ACCOUNT_UNSORTED,
        ),
        joins=(" LEFT JOIN applications a ON a.id = r.application_id" + _APP_JOINS + _ACC_JOIN),
        default_sort=3,
        default_descending=True,
        search_via="application_id",
    ),
    "users": ListSpec(
        "users",
        (
            Col("name", person("r"), sort=_NAME_SORT),
            Col("email", "r.email"),
            Col("status", "r.status"),
            _ACCOUNT,
        ),
        joins=_ACC_JOIN,
    ),
}

#: The models the app lists, in the order of its tabs.
BROWSABLE: tuple[str, ...] = tuple(LISTS)


@dataclass(frozen=True)
class Scope:
    """Which rows of a list: accounts (None: all), filter text, deleted ones, extra conditions."""

    account_ids: tuple[str, ...] | None = None
    text: str = ""
    show_deleted: bool = False
    where: tuple[tuple[str, tuple[Any, ...]], ...] = ()


def _where(spec: ListSpec, scope: Scope) -> tuple[str, list[Any], bool]:
    """WHERE clause, its parameters, and whether it needs the display joins."""
    parts: list[str] = []
    params: list[Any] = []
    needs_joins = False
    if scope.account_ids is not None:
        parts.append(
            f"r.account_id IN ({','.join('?' * len(scope.account_ids))})" if scope.account_ids else "0"
        )
        params.extend(scope.account_ids)
    if not scope.show_deleted:
        parts.append("r.remote_deleted_at IS NULL")
    for condition, values in scope.where:
        parts.append(condition)
        params.extend(values)
    text = scope.text.strip()
    if text and max(len(w) for w in search.words(text) or [text]) < 2:
        # One letter matches half of a 100k list: not worth a query per keystroke; wait for more.
        text = ""
    if text:
        fts = search.rowid_filter(spec.model, text)
        via = search.rowid_filter("applications", text, alias="fa") if spec.search_via else None
        if fts is not None:
            parts.append(fts[0])
            params.extend(fts[1])
        elif via is not None:
            # Interviews and offers are found by their application (candidate and job names).
            parts.append(f"r.{spec.search_via} IN (SELECT fa.id FROM applications fa WHERE {via[0]})")
            params.extend(via[1])
        else:
            # Small models outside the index: every word must appear in one of the text columns.
            columns = tuple(c.sql for c in spec.columns if c.kind == "text")
            for word in search.words(text) or [text]:
                parts.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + ")")
                escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                params.extend([f"%{escaped}%"] * len(columns))
            needs_joins = True
    return (" WHERE " + " AND ".join(parts)) if parts else "", params, needs_joins


def count(conn: sqlite3.Connection, spec: ListSpec, scope: Scope) -> int:
    where, params, needs_joins = _where(spec, scope)
    joins = spec.joins if needs_joins else ""
    return int(conn.execute(f"SELECT count(*) FROM {spec.model} r{joins}{where}", params).fetchone()[0])


def page(
    conn: sqlite3.Connection,
    spec: ListSpec,
    scope: Scope,
    *,
    sort: int | None = None,
    descending: bool | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[tuple[Any, ...]]:
    """Rows ``(id, remote_deleted_at, *column values)`` of one page, in the chosen order.

    Two steps: first the page's rowids, ordered and filtered on the base table alone (an index
    walk), then the display columns, joins and per-row counts for just those rows. Computing the
    columns before ordering would evaluate them for every row of a 100k table.
    """
    sort = spec.default_sort if sort is None else sort
    descending = spec.default_descending if descending is None else descending
    column = spec.columns[sort]
    if column.order_by is None:
        column = spec.columns[spec.default_sort]
    where, params, needs_joins = _where(spec, scope)
    direction = " DESC" if descending else ""
    # rowid breaks ties: paging with OFFSET never skips or repeats a row, and it is in every index.
    order_sql = ", ".join(f"{part}{direction}" for part in (*(column.order_by or ()), "r.rowid"))
    joins = spec.joins if needs_joins or column.joined else ""
    rowids = [
        r[0]
        for r in conn.execute(
            f"SELECT r.rowid FROM {spec.model} r{joins}{where} ORDER BY {order_sql} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    ]
    if not rowids:
        return []
    select = ", ".join(c.sql for c in spec.columns)
    rows: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(rowids), _CHUNK):  # within SQLite's limit on bound parameters
        chunk = rowids[start : start + _CHUNK]
        for row in conn.execute(
            f"SELECT r.rowid, r.id, r.remote_deleted_at, {select} FROM {spec.model} r{spec.joins} "
            f"WHERE r.rowid IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            rows[row[0]] = row[1:]
    return [rows[rowid] for rowid in rowids if rowid in rows]


# --- single records -----------------------------------------------------------------------------
def record(conn: sqlite3.Connection, model: str, record_id: str) -> dict[str, Any] | None:
    """Every column of one record, JSON columns decoded; None if it is not in the cache."""
    if model not in MODELS:
        raise ValueError(f"unknown model {model!r}")
    cursor = conn.execute(f'SELECT * FROM "{model}" WHERE id = ?', (record_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    names = [d[0] for d in cursor.description]
    out = dict(zip(names, row, strict=True))
    for key, value in out.items():
        if isinstance(value, str) and value[:1] in "[{":
            with contextlib.suppress(ValueError):  # text that merely starts with a bracket
                out[key] = json.loads(value)
    return with_arrays(model, out)


def title_of(conn: sqlite3.Connection, model: str, record_id: str | None) -> str | None:
    """A short human name for a record (a person's name, a job's title, ...)."""
    if not record_id:
        return None
    sql = {
        "candidates": f"SELECT {person('r')} FROM candidates r WHERE id = ?",
        "users": f"SELECT {person('r')} FROM users r WHERE id = ?",
        "jobs": "SELECT name FROM jobs WHERE id = ?",
        "job_postings": "SELECT title FROM job_postings WHERE id = ?",
        "application_stages": "SELECT name FROM application_stages WHERE id = ?",
        "tags": "SELECT name FROM tags WHERE id = ?",
        "screening_questions": "SELECT title FROM screening_questions WHERE id = ?",
        "rejection_reasons": "SELECT name FROM rejection_reasons WHERE id = ?",
        "interviews": "SELECT title FROM interviews WHERE id = ?",
        "applications": f"SELECT {person('c')} || ' — ' || coalesce(j.name, '') FROM applications a "
        "LEFT JOIN candidates c ON c.id = a.candidate_id LEFT JOIN jobs j ON j.id = a.job_id "
        "WHERE a.id = ?",
        "offers": f"SELECT {person('c')} || ' — ' || coalesce(j.name, '') FROM offers o "
        "LEFT JOIN applications a ON a.id = o.application_id "
        "LEFT JOIN candidates c ON c.id = a.candidate_id LEFT JOIN jobs j ON j.id = a.job_id "
        "WHERE o.id = ?",
    }.get(model)
    if sql is None:
        return None
    row = conn.execute(sql, (record_id,)).fetchone()
    return (row[0] or None) if row else None


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


@dataclass
class Section:
    """A group of related records under a heading key (the UI translates the key)."""

    key: str
    items: list[Related] = field(default_factory=list)


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    return conn.execute(sql, params).fetchall()


def _apps(conn: sqlite3.Connection, where: str, value: str) -> list[Related]:
    rows = _rows(
        conn,
        f"SELECT a.id, {person('c')}, j.name, s.name, a.outcome, a.remote_deleted_at "
        "FROM applications a LEFT JOIN candidates c ON c.id = a.candidate_id "
        "LEFT JOIN jobs j ON j.id = a.job_id LEFT JOIN application_stages s ON s.id = a.current_stage_id "
        f"WHERE {where} = ? ORDER BY a.remote_created_at DESC LIMIT 500",
        (value,),
    )
    return [
        Related("applications", r[0], r[2] or "?", " · ".join(x for x in (r[1], r[3], r[4]) if x), bool(r[5]))
        for r in rows
    ]


def related(conn: sqlite3.Connection, model: str, record_id: str) -> list[Section]:
    """The records linked to one record, grouped; deleted ones are included and flagged."""
    rec = record(conn, model, record_id)
    if rec is None:
        return []
    sections: list[Section] = []
    if model == "candidates":
        apps = _apps(conn, "a.candidate_id", record_id)
        # Show the job first for a candidate's applications, the candidate is known.
        sections.append(
            Section(
                "applications",
                [
                    Related(a.model, a.record_id, a.label, a.detail.split(" · ", 1)[-1], a.deleted)
                    for a in apps
                ],
            )
        )
        sections.append(
            Section(
                "interviews",
                [
                    Related("interviews", r[0], r[1] or "?", r[3] or "", bool(r[4]), at=r[2])
                    for r in _rows(
                        conn,
                        "SELECT i.id, i.title, i.starting_at, j.name, i.remote_deleted_at FROM interviews i "
                        "JOIN applications a ON a.id = i.application_id LEFT JOIN jobs j ON j.id = a.job_id "
                        "WHERE a.candidate_id = ? ORDER BY i.starting_at DESC",
                        (record_id,),
                    )
                ],
            )
        )
        sections.append(
            Section(
                "offers",
                [
                    Related("offers", r[0], r[1] or "?", r[2] or "", bool(r[3]))
                    for r in _rows(
                        conn,
                        "SELECT o.id, j.name, o.status, o.remote_deleted_at FROM offers o "
                        "JOIN applications a ON a.id = o.application_id LEFT JOIN jobs j ON j.id = a.job_id "
                        "WHERE a.candidate_id = ?",
                        (record_id,),
                    )
                ],
            )
        )
        sections.append(
            Section(
                "tags",
                [
                    Related("tags", r[0], r[1] or "?", "", bool(r[2]))
                    for r in _rows(
                        conn,
                        "SELECT t.id, t.name, ct.remote_deleted_at FROM candidate_tags ct "
                        "JOIN tags t ON t.id = ct.tag_id WHERE ct.candidate_id = ? ORDER BY t.name",
                        (record_id,),
                    )
                ],
            )
        )
    elif model == "jobs":
        sections.append(
            Section(
                "pipeline",
                [
                    Related("application_stages", r[0] or "", r[1] or "—", str(r[2]))
                    for r in _rows(
                        conn,
                        "SELECT s.id, s.name, count(*) FROM applications a "
                        "LEFT JOIN application_stages s ON s.id = a.current_stage_id "
                        "WHERE a.job_id = ? AND a.remote_deleted_at IS NULL GROUP BY s.id "
                        "ORDER BY min(s.global_index)",
                        (record_id,),
                    )
                ],
            )
        )
        sections.append(
            Section(
                "hiring_team",
                [
                    Related("users", r[0], r[1] or "?", ", ".join(json.loads(r[2] or "[]")), bool(r[3]))
                    for r in _rows(
                        conn,
                        f"SELECT u.id, {person('u')}, m.roles, m.remote_deleted_at "
                        "FROM job_hiring_team_members m JOIN users u ON u.id = m.user_id "
                        "WHERE m.job_id = ?",
                        (record_id,),
                    )
                ],
            )
        )
        sections.append(
            Section(
                "postings",
                [
                    Related(
                        "job_postings",
                        r[0],
                        r[1] or "?",
                        " · ".join(x for x in (r[2], r[3]) if x),
                        bool(r[4]),
                    )
                    for r in _rows(
                        conn,
                        "SELECT id, title, status, url, remote_deleted_at FROM job_postings WHERE job_id = ?",
                        (record_id,),
                    )
                ],
            )
        )
        sections.append(
            Section(
                "screening_questions",
                [
                    Related("screening_questions", r[0], r[1] or "?", "required" if r[2] else "", bool(r[3]))
                    for r in _rows(
                        conn,
                        "SELECT q.id, q.title, jq.required, jq.remote_deleted_at "
                        "FROM job_screening_questions jq JOIN screening_questions q ON q.id = jq.question_id "
                        'WHERE jq.job_id = ? ORDER BY jq."index"',
                        (record_id,),
                    )
                ],
            )
        )
        contact = title_of(conn, "users", rec.get("contact_id"))
        if contact:
            sections.append(Section("contact", [Related("users", rec["contact_id"], contact)]))
    elif model == "applications":
        # Its candidate and job are links among the fields already.
        sections.append(
            Section(
                "interviews",
                [
                    Related("interviews", r[0], r[1] or "?", "", bool(r[3]), at=r[2])
                    for r in _rows(
                        conn,
                        "SELECT id, title, starting_at, remote_deleted_at FROM interviews "
                        "WHERE application_id = ? ORDER BY starting_at",
                        (record_id,),
                    )
                ],
            )
        )
        sections.append(
            Section(
                "offers",
                [
                    Related("offers", r[0], r[1] or "?", "", bool(r[3]), at=r[2])
                    for r in _rows(
                        conn,
                        "SELECT id, status, remote_created_at, remote_deleted_at FROM offers "
                        "WHERE application_id = ?",
                        (record_id,),
                    )
                ],
            )
        )
    elif model == "interviews":
        sections.append(
            Section(
                "interviewers",
                [
                    Related("users", r[0], r[1] or "?", r[2] or "", bool(r[3]))
                    for r in _rows(
                        conn,
                        f"SELECT u.id, {person('u')}, u.email, m.remote_deleted_at "
                        "FROM interviewing_team_members m JOIN users u ON u.id = m.user_id "
                        "WHERE m.interview_id = ?",
                        (record_id,),
                    )
                ],
            )
        )
    elif model == "users":
        sections.append(
            Section(
                "hiring_team_of",
                [
                    Related("jobs", r[0], r[1] or "?", ", ".join(json.loads(r[2] or "[]")), bool(r[3]))
                    for r in _rows(
                        conn,
                        "SELECT j.id, j.name, m.roles, m.remote_deleted_at FROM job_hiring_team_members m "
                        "JOIN jobs j ON j.id = m.job_id WHERE m.user_id = ? ORDER BY j.name",
                        (record_id,),
                    )
                ],
            )
        )
    return [s for s in sections if s.items]


@dataclass(frozen=True)
class Change:
    at: str
    field: str
    old: str | None
    new: str | None


def _readable(conn: sqlite3.Connection, model: str, column: str, value: str | None) -> str | None:
    target = FOREIGN_KEYS.get((model, column))
    if target and value:
        return title_of(conn, target, value) or value
    return value


def changes(conn: sqlite3.Connection, record_id: str, *, limit: int = 200) -> list[Change]:
    """What changed on this record in the cache, newest first (migration 0003 records it)."""
    rows = _rows(
        conn,
        "SELECT model, at, field, old_value, new_value FROM record_changes WHERE record_id = ? "
        "ORDER BY at DESC, id DESC LIMIT ?",
        (record_id, limit),
    )
    return [
        Change(r[1], r[2], _readable(conn, r[0], r[2], r[3]), _readable(conn, r[0], r[2], r[4])) for r in rows
    ]


# --- pipeline -----------------------------------------------------------------------------------
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
    stages = _rows(
        conn,
        "SELECT s.id, s.name FROM job_application_stages js "
        "JOIN application_stages s ON s.id = js.stage_id "
        'WHERE js.job_id = ? AND js.remote_deleted_at IS NULL ORDER BY js."index"',
        (job_id,),
    )
    if not stages:
        stages = _rows(
            conn,
            "SELECT id, name FROM application_stages WHERE account_id = ? "
            "AND remote_deleted_at IS NULL ORDER BY global_index, name",
            (job[0],),
        )
    columns = {sid: StageColumn(sid, name or "?") for sid, name in stages}
    unknown = StageColumn(None, "")
    deleted = "" if show_deleted else " AND a.remote_deleted_at IS NULL"
    for row in _rows(
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


# --- accounts, sync state, outbox ---------------------------------------------------------------
@dataclass(frozen=True)
class AccountSummary:
    id: str
    name: str
    vendor: str
    last_success_at: str | None
    errors: tuple[str, ...]
    interrupted: bool


def accounts(conn: sqlite3.Connection) -> list[AccountSummary]:
    """Every account with when it last synced completely and the errors its streams reported."""
    out = []
    for acc_id, name, vendor in _rows(
        conn, "SELECT id, name, vendor FROM accounts ORDER BY name COLLATE NOCASE", ()
    ):
        states = _rows(
            conn,
            "SELECT stream, last_success_at, last_error, in_progress FROM sync_state WHERE account_id = ?",
            (acc_id,),
        )
        successes = [s[1] for s in states]
        last = min(successes) if states and all(successes) else None
        errors = tuple(f"{s[0]}: {s[2]}" for s in states if s[2])
        out.append(AccountSummary(acc_id, name, vendor, last, errors, any(s[3] for s in states)))
    return out


def model_counts(conn: sqlite3.Connection, account_id: str | None = None) -> dict[str, int]:
    """Live (not deleted) records per browsable model, for one account or all."""
    where, params = ("WHERE remote_deleted_at IS NULL", [])
    if account_id:
        where += " AND account_id = ?"
        params = [account_id]
    return {
        m: int(conn.execute(f'SELECT count(*) FROM "{m}" {where}', params).fetchone()[0]) for m in BROWSABLE
    }


def outbox_counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """(pending, failed) write actions in the outbox (statuses as ``desktop.outbox.queue`` names them)."""
    rows = dict(_rows(conn, "SELECT status, count(*) FROM outbox GROUP BY status", ()))
    return sum(int(rows.get(s, 0)) for s in PENDING), int(rows.get(FAILED, 0))
