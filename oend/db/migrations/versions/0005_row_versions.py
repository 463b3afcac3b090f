"""row versions: every travelling row counts its edits, so a stale edit is refused

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 19:40:00

Each table of travelling rows gets ``version``, starting at 1 for the rows already there. The column is
added in place (``ADD COLUMN`` with a default, on SQLite and PostgreSQL alike): rebuilding a table in batch
mode would trip the foreign keys of every table that points at it, and no other part of a table changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tables of travelling rows as of this revision (named here, not read from the models as they change later).
TABLES = (
    "attendance",
    "curriculum_topics",
    "dispensings",
    "lots",
    "participants",
    "partners",
    "products",
    "reversals",
    "sites",
    "stock_movements",
    "training_sessions",
    "users",
)


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
