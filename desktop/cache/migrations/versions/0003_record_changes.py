"""record changes: a per-field change log for the records a recruiter browses, kept by triggers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 09:30:00

The sync engine moves ``changed_at`` only when a mapped field really changed (or the record was
deleted or came back), so a trigger guarded by that column records real changes and costs nothing
on a plain re-read. One row per changed field, old and new value as stored (JSON as text).
``remote_data`` and ``remote_updated_at`` are left out: they change with every vendor edit and
say nothing a recruiter reads. The column lists are frozen with this revision on purpose.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FIELDS: dict[str, tuple[str, ...]] = {
    "candidates": (
        "first_name",
        "last_name",
        "company",
        "title",
        "confidential",
        "source",
        "phone_numbers",
        "email_addresses",
        "social_media",
        "location",
        "custom_fields",
    ),
    "jobs": (
        "name",
        "job_code",
        "description",
        "employment_type",
        "status",
        "visibility",
        "category",
        "department",
        "post_url",
        "experience_level",
        "location",
        "custom_fields",
        "opened_at",
        "closed_at",
        "contact_id",
        "confidential",
        "weekly_hours",
        "remote_work_status",
        "salary_amount",
        "salary_amount_from",
        "salary_amount_to",
        "salary_currency",
        "salary_period",
    ),
    "job_postings": ("title", "description_html", "status", "visibility", "url"),
    "applications": (
        "outcome",
        "rejection_reason_name",
        "rejected_at",
        "current_stage_id",
        "job_id",
        "candidate_id",
        "custom_fields",
    ),
    "interviews": ("title", "starting_at", "ending_at", "location", "application_id", "canceled"),
    "offers": ("status", "application_id", "custom_fields"),
    "users": ("first_name", "last_name", "email", "status"),
}


def upgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql(
        "CREATE TABLE record_changes (id INTEGER PRIMARY KEY, account_id TEXT NOT NULL, model TEXT NOT NULL, "
        "record_id TEXT NOT NULL, at TEXT NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT)"
    )
    conn.exec_driver_sql("CREATE INDEX ix_record_changes_record ON record_changes (record_id, at)")
    for model, fields in FIELDS.items():
        rows = " UNION ALL ".join(f"SELECT '{f}', old.{f}, new.{f}" for f in (*fields, "remote_deleted_at"))
        conn.exec_driver_sql(
            f"CREATE TRIGGER changes_{model}_au AFTER UPDATE ON {model} "
            "WHEN old.changed_at IS NOT new.changed_at BEGIN "
            "INSERT INTO record_changes (account_id, model, record_id, at, field, old_value, new_value) "
            f"SELECT new.account_id, '{model}', new.id, new.changed_at, f, o, n FROM ("
            f"SELECT NULL AS f, NULL AS o, NULL AS n WHERE 0 UNION ALL {rows}) WHERE o IS NOT n; END"
        )
        conn.exec_driver_sql(
            f"CREATE TRIGGER changes_{model}_ad AFTER DELETE ON {model} "
            f"BEGIN DELETE FROM record_changes WHERE record_id = old.id; END"
        )


def downgrade() -> None:
    conn = op.get_bind()
    for model in FIELDS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS changes_{model}_au")
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS changes_{model}_ad")
    conn.exec_driver_sql("DROP TABLE IF EXISTS record_changes")
