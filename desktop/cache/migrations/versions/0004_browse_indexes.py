"""browse indexes: counts and sorted pages of the big lists answer from indexes, not table scans

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 10:30:00

The app lists candidates, applications, interviews and offers page by page in a chosen order, with
deleted records hidden and optionally one account. Without these, each page of 100k candidates
scans the whole table (the rows are wide: ``remote_data``): ~100 ms per page and per count. Each
index starts with what the list orders by and carries ``remote_deleted_at`` and ``account_id``,
so the filter is checked inside the index; the sort expressions (with their collation) match the
ones ``desktop.queries`` orders by.

PostgreSQL (team mode) has no NOCASE collation: there the same indexes sort by ``lower(column)``.
"""

from __future__ import annotations

import re

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_LIVE = "remote_deleted_at, account_id"

INDEXES: dict[str, tuple[str, str]] = {
    # name: (table, columns)
    "ix_candidates_live": ("candidates", "account_id, remote_deleted_at"),
    "ix_candidates_by_name": ("candidates", f"last_name COLLATE NOCASE, first_name COLLATE NOCASE, {_LIVE}"),
    "ix_candidates_by_title": ("candidates", f"title COLLATE NOCASE, {_LIVE}"),
    "ix_candidates_by_company": ("candidates", f"company COLLATE NOCASE, {_LIVE}"),
    "ix_candidates_by_updated": ("candidates", f"remote_updated_at, {_LIVE}"),
    "ix_applications_live": ("applications", "account_id, remote_deleted_at"),
    "ix_applications_by_created": ("applications", f"remote_created_at, {_LIVE}"),
    "ix_applications_by_updated": ("applications", f"remote_updated_at, {_LIVE}"),
    # The jobs list shows each job's live applications: counted inside this index.
    "ix_applications_job_live": ("applications", "job_id, remote_deleted_at"),
    "ix_interviews_live": ("interviews", "account_id, remote_deleted_at"),
    "ix_interviews_by_start": ("interviews", f"starting_at, {_LIVE}"),
    "ix_offers_live": ("offers", "account_id, remote_deleted_at"),
    "ix_offers_by_created": ("offers", f"remote_created_at, {_LIVE}"),
    "ix_offers_by_updated": ("offers", f"remote_updated_at, {_LIVE}"),
}


def upgrade() -> None:
    conn = op.get_bind()
    for name, (table, columns) in INDEXES.items():
        if conn.dialect.name == "postgresql":
            columns = re.sub(r"(\w+) COLLATE NOCASE", r"lower(\1)", columns)
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")
    # No ANALYZE: statistics taken now (often on an empty cache) would mislead the planner once a
    # sync has filled it; its built-in guesses pick these indexes for the app's queries.


def downgrade() -> None:
    conn = op.get_bind()
    for name in INDEXES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
