"""privacy: the people the user asked us to forget, so a sync that brings them back is noticed

Revision ID: 0006_privacy
Revises: 0005_enrich
Create Date: 2026-12-05 08:10:00

``forgotten`` keeps, per erased candidate record, only what is needed to recognise the person when a
sync brings them back (issue 15.2): the account and the vendor's id, and a keyed hash of each
normalised e-mail address (``desktop.privacy.identity``), never the address or the name itself.
``reappeared_at`` is set when a sync finds the person at the vendor again.
"""

from __future__ import annotations

from alembic import op

revision = "0006_privacy"
down_revision = "0005_enrich"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql(
        "CREATE TABLE forgotten (id INTEGER PRIMARY KEY, account_id TEXT NOT NULL, remote_id TEXT, "
        "email_key TEXT, forgotten_at TEXT NOT NULL, reappeared_at TEXT)"
    )
    conn.exec_driver_sql("CREATE INDEX ix_forgotten_remote ON forgotten (account_id, remote_id)")
    conn.exec_driver_sql("CREATE INDEX ix_forgotten_email ON forgotten (email_key)")


def downgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql("DROP TABLE IF EXISTS forgotten")
