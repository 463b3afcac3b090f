"""refusals travel: where a change was refused, so a refusal reaches the device whose change it was

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 02:20:00

One nullable column: a refusal made here has none; one brought from another device names that device.
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


def downgrade() -> None:
    with op.batch_alter_table("sync_rejections") as batch:
        batch.drop_column("refused_by")
