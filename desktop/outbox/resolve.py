"""Unified ids in an action's input → the cache records they name, with the vendor's ids.

Connectors never read the cache (they must not import ``desktop``), so before an action is saved the
outbox looks up every id field of its input here and stores what it found beside the input
(``ActionContext.refs``): the record's ``remote_id``, its fields, and the records its foreign keys
point at (an application's candidate and job), which is what a vendor call usually needs.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from typing import Any, cast

from sqlalchemy import Connection

from connectors.base.actions import EXISTING, ActionSchema, FieldSpec, schema
from connectors.base.screening import JOB_QUESTIONS
from connectors.unified.model import FOREIGN_KEYS, MODELS, columns
from desktop.cache.records import table_info


class ResolveError(ValueError):
    """An id in the input names nothing usable in the cache; ``path`` is the field."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def _what(model: str) -> str:
    return model[:-1].replace("_", " ") if model.endswith("s") else model.replace("_", " ")


def fields_in(
    sch: ActionSchema, data: Any, pattern: str = "", concrete: str = ""
) -> Iterator[tuple[str, FieldSpec, Any]]:
    """Every field given in ``data`` as (concrete path, its spec, value), walking objects and lists."""
    if not isinstance(data, Mapping):
        return
    for key, value in data.items():
        child_pattern = f"{pattern}.{key}" if pattern else str(key)
        child_path = f"{concrete}.{key}" if concrete else str(key)
        spec = sch.field(child_pattern)
        if spec is None or value is None or (isinstance(value, str) and not value.strip()):
            continue
        yield child_path, spec, value
        if spec.kind == "object":
            yield from fields_in(sch, value, child_pattern, child_path)
        elif spec.kind == "list" and isinstance(value, list):
            for index, item in enumerate(value):
                yield from fields_in(sch, item, f"{child_pattern}[]", f"{child_path}[{index}]")


def _row(conn: Connection, model: str, account_id: str, column: str, value: Any) -> dict[str, Any] | None:
    raw = conn.connection.driver_connection
    assert raw is not None
    names = [c for c in columns(model) if c != "remote_data"]
    quoted = ", ".join(f'"{c}"' for c in names)
    found = raw.execute(
        f'SELECT {quoted} FROM "{model}" WHERE account_id=? AND "{column}"=? '
        "ORDER BY remote_deleted_at IS NOT NULL LIMIT 1",
        (account_id, value),
    ).fetchone()
    if found is None:
        return None
    row = dict(zip(names, found, strict=True))
    for name in table_info(model).json & set(names):
        if isinstance(row[name], str):
            row[name] = json.loads(row[name])
    return row


def _ref(conn: Connection, model: str, account_id: str, row: dict[str, Any]) -> dict[str, Any]:
    links: dict[str, Any] = {}
    for (source, column), target in FOREIGN_KEYS.items():
        if source == model and row.get(column):
            linked = _row(conn, target, account_id, "id", row[column])
            links[column] = {"id": row[column], "remote_id": linked.get("remote_id") if linked else None}
    fields = {k: v for k, v in row.items() if k not in ("account_id",)}
    return {
        "id": row["id"],
        "remote_id": row.get("remote_id"),
        "model": model,
        "fields": fields,
        "links": links,
    }


def resolve(
    conn: Connection,
    account_id: str,
    action: str,
    data: Mapping[str, Any],
    *,
    account_name: str = "this account",
) -> dict[str, Any]:
    """The refs of ``data``: per id field its record (or a ``ResolveError`` naming the field), per
    lookup field the existing record or ``None`` (the connector's rules decide what that means)."""
    sch = schema(action)
    refs: dict[str, Any] = {}
    for path, spec, value in fields_in(sch, data):
        if spec.kind == "id" and spec.model in MODELS:
            row = _row(conn, spec.model, account_id, "id", str(value))
            if row is None:
                raise ResolveError(
                    path,
                    f"no {_what(spec.model)} with id {value!r} in the cache of {account_name}; sync first",
                )
            if row.get("remote_deleted_at"):
                raise ResolveError(
                    path,
                    f"the {_what(spec.model)} {value!r} was deleted in the ATS ({row['remote_deleted_at']})",
                )
            refs[path] = _ref(conn, spec.model, account_id, row)
        elif spec.lookup is not None and isinstance(value, str):
            model, column = spec.lookup
            row = _row(conn, model, account_id, column, value.strip())
            refs[path] = (
                _ref(conn, model, account_id, row) if row and not row.get("remote_deleted_at") else None
            )
            if refs[path] is None:
                # What does exist, so a refusal can name it (``must_exist``: "only existing tags").
                refs[f"{path}{EXISTING}"] = existing_values(conn, model, account_id, column)
    if sch.field("screening_question_answers") is not None and "application.job_id" in refs:
        refs[JOB_QUESTIONS] = job_questions(conn, account_id, refs["application.job_id"]["id"])
    return refs


def _driver(conn: Connection | sqlite3.Connection) -> sqlite3.Connection:
    """The DB-API connection under ``conn``: the writer's transaction, or the UI's read-only one."""
    if not isinstance(conn, Connection):
        return conn
    raw = conn.connection.driver_connection
    assert raw is not None
    # SQLCipher's connection (desktop/cache/crypt.py): pysqlite's API, not sqlite3's class.
    return cast(sqlite3.Connection, raw)


def existing_values(
    conn: Connection | sqlite3.Connection, model: str, account_id: str, column: str, limit: int = 200
) -> list[str]:
    """The live values of ``column`` in ``model`` (e.g. every tag name), sorted, at most ``limit``."""
    raw = _driver(conn)
    rows = raw.execute(
        f'SELECT DISTINCT "{column}" FROM "{model}" WHERE account_id=? AND remote_deleted_at IS NULL '
        f'AND "{column}" IS NOT NULL ORDER BY "{column}" LIMIT ?',
        (account_id, limit),
    ).fetchall()
    return [str(row[0]) for row in rows]


def job_questions(
    conn: Connection | sqlite3.Connection, account_id: str, job_id: str
) -> list[dict[str, Any]]:
    """The job's current screening questions, in order, as ``connectors.base.screening`` reads them
    (the forms read them the same way, on the UI's read-only connection)."""
    raw = _driver(conn)
    rows = raw.execute(
        "SELECT q.id, q.remote_id, q.title, q.format, j.required, j.\"index\", "
        "j.precondition_question_id, j.precondition_options "
        "FROM job_screening_questions j JOIN screening_questions q "
        "ON q.id = j.question_id AND q.account_id = j.account_id "
        "WHERE j.account_id=? AND j.job_id=? AND j.remote_deleted_at IS NULL "
        "AND q.remote_deleted_at IS NULL ORDER BY j.\"index\"",
        (account_id, job_id),
    ).fetchall()
    names = ("id", "remote_id", "title", "format", "required", "index", "precondition_question_id",
             "precondition_options")
    found = []
    for row in rows:
        item = dict(zip(names, row, strict=True))
        for name in ("format", "precondition_options"):
            if isinstance(item[name], str):
                item[name] = json.loads(item[name])
        item["required"] = bool(item["required"])
        found.append(item)
    return found
