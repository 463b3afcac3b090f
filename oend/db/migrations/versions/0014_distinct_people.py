"""distinct people: merge offers dismissed, travelling so every device stops offering them

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 00:10:00

A new table only; nothing existing is rebuilt.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "distinct_people",
        sa.Column("first_id", sa.Uuid(), nullable=False),
        sa.Column("second_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.ForeignKeyConstraint(["first_id"], ["participants.id"], name="fk_distinct_people_first_id_participants"),
        sa.ForeignKeyConstraint(["second_id"], ["participants.id"], name="fk_distinct_people_second_id_participants"),
        sa.PrimaryKeyConstraint("id", name="pk_distinct_people"),
    )
    op.create_index("ix_distinct_people_pair", "distinct_people", ["first_id", "second_id"])


def downgrade() -> None:
    op.drop_index("ix_distinct_people_pair", table_name="distinct_people")
    op.drop_table("distinct_people")
