"""external ids: a facility's own inmate or booking number kept on the participant

Revision ID: 0008
Revises: 0007
Create Date: 2027-01-10 10:00:00

A roster from a jail or prison names people by the facility's number; keeping it beside the
pseudonymous code lets the same roster be imported again without enrolling anyone twice. A plain
added column, empty for the people already there, and an index for the look-up an import makes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("participants", sa.Column("external_id", sa.String(length=40), nullable=True))
    op.create_index("ix_participants_external_id", "participants", ["external_id"])


def downgrade() -> None:
    op.drop_index("ix_participants_external_id", table_name="participants")
    op.drop_column("participants", "external_id")
