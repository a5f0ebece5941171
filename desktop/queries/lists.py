"""Record lists page by page: each list's columns and their SQL (``LISTS``), the scope a list is shown
in (accounts, deleted records, filter text, conditions) and the count and page queries over it.
Counts and filters use indexes or the full-text index; pages are ``LIMIT``ed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop import search
from desktop.queries.common import person

_CHUNK = 900


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
# Columns several lists show alike (an application's candidate and job come from _APP_JOINS).
_CANDIDATE = Col("candidate", person("c"), sort=None)
_JOB = Col("job", "j.name", sort=None)
_CREATED = Col("created", "r.remote_created_at", "datetime")
_UPDATED = Col("updated", "r.remote_updated_at", "datetime")
_ACC_JOIN = " LEFT JOIN accounts acc ON acc.id = r.account_id"
_APP_JOINS = " LEFT JOIN candidates c ON c.id = a.candidate_id LEFT JOIN jobs j ON j.id = a.job_id"
_NAME_SORT = ("r.last_name COLLATE NOCASE", "r.first_name COLLATE NOCASE")

def _of_application(model: str, columns: tuple[Col, ...], default_sort: int) -> ListSpec:
    """A list of records that hang off an application (interviews, offers): its candidate and job
    are joined through the application, whose index entry the filter box searches; newest first."""
    return ListSpec(
        model,
        columns,
        joins=" LEFT JOIN applications a ON a.id = r.application_id" + _APP_JOINS + _ACC_JOIN,
        default_sort=default_sort,
        default_descending=True,
        search_via="application_id",
    )


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
            _UPDATED,
            _ACCOUNT_UNSORTED,
        ),
        joins=_ACC_JOIN,
    ),
    "applications": ListSpec(
        "applications",
        (
            _CANDIDATE,
            _JOB,
            Col("stage", "s.name", sort=None),
            Col("outcome", "r.outcome", sort=None),
            _CREATED,
            _UPDATED,
            _ACCOUNT_UNSORTED,
        ),
        joins=(
            " LEFT JOIN candidates c ON c.id = r.candidate_id LEFT JOIN jobs j ON j.id = r.job_id"
            " LEFT JOIN application_stages s ON s.id = r.current_stage_id" + _ACC_JOIN
        ),
        default_sort=4,
        default_descending=True,
    ),
    "interviews": _of_application(
        "interviews",
        (
            Col("title", "r.title", sort=None),
            Col("starting_at", "r.starting_at", "datetime"),
            _CANDIDATE,
            _JOB,
            Col("canceled", "r.canceled", "bool", sort=None),
            _ACCOUNT_UNSORTED,
        ),
        default_sort=1,
    ),
    "offers": _of_application(
        "offers",
        (
            _CANDIDATE,
            _JOB,
            Col("status", "r.status", sort=None),
            _CREATED,
            _UPDATED,
            _ACCOUNT_UNSORTED,
        ),
        default_sort=3,
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
