"""enrich queue: progressive sync's phase 2, durable, and the stamp each item was last enriched at

Revision ID: 0005_enrich
Revises: 0004
Create Date: 2026-12-04 17:00:00

A progressive stream stores its list items bare first (phase 1) and enriches them afterwards (phase 2).
``enrich_items`` holds per (account, stream, item) the stamp of the list item as last read, the stamp it
had when it was last enriched, and while enrichment is pending the list item itself, so a sync killed
in phase 2 carries on without reading the lists again. ``records`` lists the ids the enriched item
produced: a full re-read marks them seen without a single sub-request when the item is unchanged.
``answers`` keeps the sub-request answers a changed item may use again (``SubRequest.reuse``).
``sync_state.sweep_run`` is a full read's deletion sweep, deferred until its phase 2 is done.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_enrich"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "enrich_items",
        sa.Column("account_id", sa.String(), nullable=False),
        sa.Column("stream", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("stamp", sa.String(), nullable=False),
        sa.Column("enriched_stamp", sa.String(), nullable=True),
        sa.Column("item", sa.Text(), nullable=True),
        sa.Column("newest", sa.String(), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("records", sa.Text(), nullable=True),
        sa.Column("answers", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("account_id", "stream", "key"),
    )
    op.get_bind().exec_driver_sql(
        "CREATE INDEX ix_enrich_items_pending ON enrich_items "
        "(account_id, stream, priority DESC, newest DESC) WHERE item IS NOT NULL"
    )
    with op.batch_alter_table("sync_state") as batch:
        batch.add_column(sa.Column("sweep_run", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_state") as batch:
        batch.drop_column("sweep_run")
    op.get_bind().exec_driver_sql("DROP INDEX IF EXISTS ix_enrich_items_pending")
    op.drop_table("enrich_items")
