"""sync_state.memo: what a stream keeps between syncs beside its page state (a rolling re-check's place)

Revision ID: 0010_stream_memo
Revises: 0009_saved_searches
Create Date: 2026-12-05 15:10:00

A vendor without any change signal in its lists (eRecruiter) re-reads a rolling slice of its records
per sync and all of them once a day (``Stream.load_memo``/``save_memo``). Where that slice stands and
when the last full re-read was must survive a restart, or every start would make the next sync a full
one: a small JSON object per (account, stream), written together with the read's last page.
"""

from __future__ import annotations

from alembic import op

revision = "0010_stream_memo"
down_revision = "0009_saved_searches"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.get_bind().exec_driver_sql("ALTER TABLE sync_state ADD COLUMN memo TEXT")


def downgrade() -> None:
    op.get_bind().exec_driver_sql("ALTER TABLE sync_state DROP COLUMN memo")
