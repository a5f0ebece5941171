"""One record: all its columns (JSON decoded), and a short human name for any record."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from typing import Any

from connectors.unified.model import MODELS, with_arrays
from desktop.queries.common import person


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
