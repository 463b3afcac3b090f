"""merge offers: records sync found holding one participant code, for a coordinator to merge or keep apart

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 23:20:00

A new local table only; nothing existing is rebuilt.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_merge_offers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kept_id", sa.Uuid(), nullable=False),
        sa.Column("duplicate_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_merge_offers")),
        sa.UniqueConstraint("kept_id", "duplicate_id", name=op.f("uq_sync_merge_offers_kept_id")),
    )


def downgrade() -> None:
    op.drop_table("sync_merge_offers")
