"""team: who syncs each account on a shared server, and who wrote and who sent each outbox entry

Revision ID: 0011_team
Revises: 0010_stream_memo
Create Date: 2026-12-06 01:30:00

Team mode (issue 17) shares one database among a team's members. ``team_sync`` holds, per account, the
member syncing it right now (``user@host``), how far it is and when it last said so, so the others can
show "synced by anna@laptop, 62 %" instead of syncing again (``desktop.team.lock``). The outbox gets
``author`` (the member who queued the write) and ``sender`` (the member whose claim sent it): a write
queued on one laptop may be sent by another. ``team_access`` lists which accounts each member (a
PostgreSQL role) may see; row-level security reads it (``desktop.team.roles``). Both dialects get the
same tables; on the embedded cache they stay empty or name the one user.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_team"
down_revision = "0010_stream_memo"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_sync",
        sa.Column("account_id", sa.String(), nullable=False),
        sa.Column("holder", sa.String(), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("started_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("account_id"),
    )
    op.create_table(
        "team_access",
        sa.Column("member", sa.String(), nullable=False),
        sa.Column("account_id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("member", "account_id"),
    )
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("author", sa.String(), nullable=True))
        batch.add_column(sa.Column("sender", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("sender")
        batch.drop_column("author")
    op.drop_table("team_access")
    op.drop_table("team_sync")
