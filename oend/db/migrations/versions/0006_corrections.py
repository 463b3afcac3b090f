"""corrections: why, when and by whom a record was voided

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-09 10:00:00

A voided record keeps its row (its ``deleted`` flag set) and says why beside it. Plain added columns,
all empty for the rows already there: no table is rebuilt, so nothing that refers to these tables moves.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("participants", "training_sessions", "attendance", "dispensings", "stock_movements", "reversals")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("void_reason", sa.Text(), nullable=True))
        op.add_column(table, sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True))
        op.add_column(table, sa.Column("voided_by", sa.Uuid(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        for column in ("voided_by", "voided_at", "void_reason"):
            op.drop_column(table, column)
