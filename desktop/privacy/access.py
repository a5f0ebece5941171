"""An access request (issue 15.3): everything the cache holds about one person, as one zip.

The zip holds ``summary.html`` (readable, every value escaped), ``records/<table>.json`` (the rows as
stored: candidates, applications, interviews, offers, tag links and tags, interviewer links, the
change log of those records, and the outbox writes about them) and ``attachments/`` with the files
we hold: the files downloaded from the vendor (their bytes kept in the cache) and the inline contents
of writes not yet sent. The zip is written 0600 under a temporary name and renamed, so a failed write leaves
nothing half-made; a path that cannot be written raises ``OSError`` for the caller to explain.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import html
import json
import os
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from desktop.privacy.forget import plan
from desktop.privacy.person import PersonRecords, _params, _placeholders

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def _rows(conn: Connection, sql: str, values: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        if not chunk:
            continue
        result = conn.execute(text(sql.format(ids=_placeholders(chunk))), _params(chunk))
        for row in result:
            record = dict(row._mapping)
            for key, value in record.items():
                if isinstance(value, str) and value[:1] in "[{":
                    with contextlib.suppress(ValueError):
                        record[key] = json.loads(value)
            out.append(record)
    return out


def gather(conn: Connection, person: PersonRecords) -> dict[str, list[dict[str, Any]]]:
    """The person's rows per table, as stored (JSON columns decoded)."""
    records: dict[str, list[dict[str, Any]]] = {}
    for table, ids in person.ids.items():
        records[table] = _rows(conn, f"SELECT * FROM {table} WHERE id IN ({{ids}}) ORDER BY id", ids)
    tag_ids = sorted({str(r["tag_id"]) for r in records.get("candidate_tags", [])})
    records["tags"] = _rows(conn, "SELECT * FROM tags WHERE id IN ({ids}) ORDER BY id", tag_ids)
    records["record_changes"] = _rows(
        conn, "SELECT * FROM record_changes WHERE record_id IN ({ids}) ORDER BY at, id", person.all_ids()
    )
    outbox = [str(i) for i in (lambda p: p.outbox + p.sending)(plan(conn, person))]
    records["outbox"] = _rows(conn, "SELECT * FROM outbox WHERE id IN ({ids}) ORDER BY id", outbox)
    records["accounts"] = _rows(
        conn,
        "SELECT id, name, vendor FROM accounts WHERE id IN ({ids}) ORDER BY name",
        sorted({a for a, _ in person.remotes}),
    )
    return records


def _downloaded(attachments: list[dict[str, Any]], stored: list[dict[str, Any]]) -> list[tuple[str, bytes]]:
    """The person's files downloaded from the vendor (CVs …), as kept in the cache."""
    names = {str(a["id"]): str(a.get("name") or "file") for a in attachments}
    out = []
    for n, row in enumerate(stored):
        name = Path(names.get(str(row["id"]), "file")).name or "file"
        out.append((f"attachments/{n}-{name}", bytes(row["content"])))
    return out


def _attachments(outbox: list[dict[str, Any]]) -> list[tuple[str, bytes]]:
    files: list[tuple[str, bytes]] = []
    for entry in outbox:
        data = (entry.get("input") or {}).get("data") or {}
        atts = [a for a in (data.get("attachments") or []) if isinstance(a, dict)]
        if isinstance(data.get("attachment"), dict):
            atts.append(data["attachment"])
        for n, att in enumerate(atts):
            raw = att.get("data")
            if not isinstance(raw, str) or not raw:
                continue
            try:
                content = base64.b64decode(raw, validate=False)
            except (binascii.Error, ValueError):
                continue
            name = _SAFE_NAME.sub("_", str(att.get("name") or f"file-{n}"))[:80]
            files.append((f"attachments/outbox-{entry['id']}-{n}-{name}", content))
    return files


#: A summary cell shows this much; the whole value is in ``records/`` (a queued CV is megabytes of base64).
_CELL = 2000


#: Column headings a person reads; others are the column's name in words.
_LABELS = {
    "remote_id": "Id at the vendor",
    "remote_created_at": "Created",
    "remote_updated_at": "Last updated",
    "remote_deleted_at": "Deleted at the vendor",
    "rejection_reason_name": "Rejection reason",
    "old_value": "Before",
    "new_value": "After",
    "at": "When",
}
#: In a list of objects (e-mails, phones, links), the value worth showing of each.
_ITEM_KEYS = ("email_address", "phone_number", "link", "url", "name", "value")


def _readable(value: Any) -> str:
    """A stored value as a person reads it: lists of e-mails or phones joined, an address as written."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict):
                key = next((k for k in _ITEM_KEYS if item.get(k)), None)
                parts.append(str(item[key]) if key else json.dumps(item, ensure_ascii=False))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    if isinstance(value, dict):
        if value.get("raw"):
            return str(value["raw"])
        return ", ".join(f"{k}: {_readable(v)}" for k, v in value.items() if v not in (None, "", [], {}))
    return str(value)


# The sections of the report: title, the kind of record (a key of ``gather``'s result), its columns.
_SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Candidate records",
        "candidates",
        (
            "account",
            "remote_id",
            "first_name",
            "last_name",
            "title",
            "company",
            "email_addresses",
            "phone_numbers",
            "location",
            "source",
            "remote_created_at",
            "remote_updated_at",
            "remote_deleted_at",
        ),
    ),
    (
        "Applications",
        "applications",
        (
            "account",
            "job",
            "stage",
            "outcome",
            "rejection_reason_name",
            "remote_created_at",
            "remote_updated_at",
        ),
    ),
    ("Interviews", "interviews", ("account", "title", "starting_at", "ending_at", "location")),
    ("Offers", "offers", ("account", "status", "remote_created_at", "remote_updated_at")),
    ("Tags", "tags", ("account", "name")),
    ("Changes seen", "record_changes", ("model", "at", "field", "old_value", "new_value")),
    ("Writes sent or queued", "outbox", ("account", "action", "status", "created_at", "input")),
)


def _table(title: str, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    if not rows:
        return ""
    head = "".join(
        f"<th>{html.escape(_LABELS.get(c, c.replace('_', ' ').capitalize()))}</th>" for c in columns
    )
    body = ""
    for row in rows:
        cells = ""
        for c in columns:
            shown = _readable(row.get(c))
            if len(shown) > _CELL:
                shown = shown[:_CELL] + " … (in full in records/)"
            cells += f"<td>{html.escape(shown)}</td>"
        body += f"<tr>{cells}</tr>"
    return f"<h2>{html.escape(title)} ({len(rows)})</h2><table><tr>{head}</tr>{body}</table>"


def summary_html(
    person: PersonRecords,
    stored: dict[str, list[dict[str, Any]]],
    files: list[str],
    names: dict[str, str] | None = None,
) -> str:
    """A page a person can read: who, which accounts, and each kind of record in a table. ``names``
    gives the jobs' and stages' names by id (an application shows "Data Engineer", not an id)."""
    names = names or {}
    accounts = {r["id"]: f"{r['name']} ({r['vendor']})" for r in stored.get("accounts", [])}
    records: dict[str, list[dict[str, Any]]] = {}
    for table, rows in stored.items():
        records[table] = [
            row
            | {"account": accounts.get(row.get("account_id", ""), "")}
            | {
                "job": names.get(str(row.get("job_id")), ""),
                "stage": names.get(str(row.get("current_stage_id")), ""),
            }
            for row in rows
        ]
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    who = ", ".join(sorted(person.names)) or "(no name held)"
    emails = ", ".join(sorted(person.emails)) or "(no e-mail held)"
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Personal data held</title>",
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}"
        "td,th{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top;font-size:90%}"
        "th{background:#eee}</style></head><body>",
        "<h1>Personal data held by Recruiter Companion</h1>",
        f"<p>Made {html.escape(made)} from this computer's local copy of the recruiting systems' data.</p>",
        f"<p><b>Name:</b> {html.escape(who)}<br><b>E-mail:</b> {html.escape(emails)}<br>"
        f"<b>Accounts:</b> {html.escape(', '.join(sorted(accounts.values())))}</p>",
        *(_table(title, records.get(key, []), columns) for title, key, columns in _SECTIONS),
        "<h2>Files</h2><p>"
        + (html.escape(", ".join(files)) if files else "No files are held about this person here.")
        + "</p>",
        "<p>Every record is in full in <code>records/</code> as JSON, one file per kind of record.</p>",
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def export_person(engine: Engine, person: PersonRecords, out: Path) -> dict[str, int]:
    """Write the zip at ``out``; records per table. ``OSError`` if ``out`` cannot be written."""
    with engine.connect() as conn:
        records = gather(conn, person)
        apps = records.get("applications", [])
        names = {
            str(r["id"]): str(r["name"] or "")
            for table, column in (("jobs", "job_id"), ("application_stages", "current_stage_id"))
            for r in _rows(
                conn,
                f"SELECT id, name FROM {table} WHERE id IN ({{ids}})",
                sorted({str(a[column]) for a in apps if a.get(column)}),
            )
        }
        stored = _rows(
            conn,
            "SELECT id, content FROM attachment_content WHERE id IN ({ids}) ORDER BY id",
            [str(a["id"]) for a in records.get("attachments", [])],
        )
    files = _attachments(records.get("outbox", [])) + _downloaded(records.get("attachments", []), stored)
    page = summary_html(person, records, [name for name, _ in files], names)
    partial = out.with_name(out.name + ".partial")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("summary.html", page)
            for table, rows in records.items():
                zf.writestr(
                    f"records/{table}.json", json.dumps(rows, ensure_ascii=False, indent=2, default=str)
                )
            for name, content in files:
                zf.writestr(name, content)
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return {table: len(rows) for table, rows in records.items()} | {"attachments": len(files)}
