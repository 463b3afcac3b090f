"""refusals travel: where a change was refused, so a refusal reaches the device whose change it was

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 02:20:00

One nullable column: a refusal made here has none; one brought from another device names that device. A new
table keeps, per device that refuses, the moment of the refusals held from it, so a newer set replaces an older
one wherever it arrives from.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sync_rejections", sa.Column("refused_by", sa.String(length=64), nullable=True))
    op.create_table(
        "sync_refusal_sets",
        sa.Column("refused_by", sa.String(length=64), nullable=False),
        sa.Column("as_of", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("refused_by", name="pk_sync_refusal_sets"),
    )


def downgrade() -> None:
    op.drop_table("sync_refusal_sets")
    with op.batch_alter_table("sync_rejections") as batch:
        batch.drop_column("refused_by")
