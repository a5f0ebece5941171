"""attachments: the unified model's candidate files, where each file stands here, its text searchable

Revision ID: 0007_attachments
Revises: 0006_privacy
Create Date: 2026-12-05 08:10:00

``attachments`` is the unified model (Kombo's candidate attachments). ``attachment_files`` is ours:
per attachment whether its file is downloaded into the data folder, refused or failed, and why.
An attachment's extracted text goes into ``search_index`` under slot 5 (rowid = attachment rowid * 8
+ 5) as a row of its candidate, written by ``desktop.attachments`` once the text is read; the
triggers below keep its ``deleted`` flag and remove it with the attachment.

On PostgreSQL (team mode) ``search_index`` is keyed by (model, record_id): an attachment's text is the
row (``'attachments'``, its id), kept by the PL/pgSQL triggers below.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_attachments"
down_revision = "0006_privacy"
branch_labels = None
depends_on = None

SLOT = 5


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("account_id", sa.String(), nullable=False),
        sa.Column("changed_at", sa.String(), nullable=False),
        sa.Column("remote_deleted_at", sa.String(), nullable=True),
        sa.Column("remote_id", sa.String(), nullable=False),
        sa.Column("candidate_id", sa.String(), nullable=True),
        sa.Column("application_id", sa.String(), nullable=True),
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("type", sa.String(), nullable=True),
        sa.Column("content_type", sa.String(), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("data_url", sa.String(), nullable=True),
        sa.Column("remote_created_at", sa.String(), nullable=True),
        sa.Column("remote_updated_at", sa.String(), nullable=True),
        sa.Column("remote_data", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attachments") as batch:
        batch.create_index("ix_attachments_account_id", ["account_id"], unique=False)
        batch.create_index("ix_attachments_candidate_id", ["candidate_id"], unique=False)
        batch.create_index("ix_attachments_application_id", ["application_id"], unique=False)
    op.create_table(
        "attachment_files",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("account_id", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("path", sa.String(), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("content_type", sa.String(), nullable=True),
        sa.Column("message", sa.String(), nullable=True),
        sa.Column("downloaded_at", sa.String(), nullable=False),
        sa.Column("indexed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attachment_files") as batch:
        batch.create_index("ix_attachment_files_account_id", ["account_id"], unique=False)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE FUNCTION search_attachments_deleted() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN "
            "UPDATE search_index SET deleted = NEW.remote_deleted_at IS NOT NULL "
            "WHERE model = 'attachments' AND record_id = NEW.id; RETURN NULL; END $fn$"
        )
        conn.exec_driver_sql(
            "CREATE FUNCTION search_attachments_gone() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN "
            "DELETE FROM search_index WHERE model = 'attachments' AND record_id = OLD.id; RETURN NULL; END $fn$"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER search_attachments_au AFTER UPDATE ON attachments FOR EACH ROW "
            "WHEN (OLD.remote_deleted_at IS DISTINCT FROM NEW.remote_deleted_at) "
            "EXECUTE FUNCTION search_attachments_deleted()"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER search_attachments_ad AFTER DELETE ON attachments FOR EACH ROW "
            "EXECUTE FUNCTION search_attachments_gone()"
        )
        return
    conn.exec_driver_sql(
        "CREATE TRIGGER search_attachments_au AFTER UPDATE ON attachments "
        "WHEN old.remote_deleted_at IS NOT new.remote_deleted_at BEGIN "
        f"UPDATE search_index SET deleted = new.remote_deleted_at IS NOT NULL WHERE rowid = new.rowid * 8 + {SLOT}; "
        "END"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER search_attachments_ad AFTER DELETE ON attachments BEGIN "
        f"DELETE FROM search_index WHERE rowid = old.rowid * 8 + {SLOT}; END"
    )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DELETE FROM search_index WHERE model = 'attachments'")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS search_attachments_deleted() CASCADE")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS search_attachments_gone() CASCADE")
        op.drop_table("attachment_files")
        op.drop_table("attachments")
        return
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS search_attachments_au")
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS search_attachments_ad")
    conn.exec_driver_sql(f"DELETE FROM search_index WHERE rowid % 8 = {SLOT}")
    op.drop_table("attachment_files")
    op.drop_table("attachments")
