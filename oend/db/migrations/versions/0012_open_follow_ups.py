"""open follow-ups: an index that finds the follow-ups still to make, longest overdue first

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 23:00:00

Today lists the follow-ups due by today at every site: read in due-date order from this index, the first
few come without sorting tens of thousands, and counting them reads no table rows.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = ("done_on", "deleted", "due_on", "referral_id")


def upgrade() -> None:
    op.create_index("ix_follow_ups_open", "follow_ups", list(OPEN))


def downgrade() -> None:
    op.drop_index("ix_follow_ups_open", table_name="follow_ups")
