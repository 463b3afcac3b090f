"""report covering indexes: the date index of dispensings covers report reads, and a person's void mark by id

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 00:30:00

A report sums a period's kits and doses by product, site and supply source and counts the people given
them; the date index of dispensings now also holds those columns, so such a read (the quarter, and the
years since the program began) takes the index alone instead of each row from the table. It replaces the
narrower date index (whose columns lead it, so the Today page reads it as before): one index kept up on
each new dispensing, as before. People trained are counted only while not voided: an index of each
person's id with that mark answers the check without reading the person's row.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DISPENSINGS_BY_DATE = ("dispensed_on", "deleted", "supply_type", "refill_reason", "quantity")
REPORTED = ("product_id", "site_id", "supply_source", "participant_id")


def upgrade() -> None:
    op.drop_index("ix_dispensings_date", table_name="dispensings")
    op.create_index("ix_dispensings_date", "dispensings", [*DISPENSINGS_BY_DATE, *REPORTED])
    op.create_index("ix_participants_id_deleted", "participants", ["id", "deleted"])


def downgrade() -> None:
    op.drop_index("ix_participants_id_deleted", table_name="participants")
    op.drop_index("ix_dispensings_date", table_name="dispensings")
    op.create_index("ix_dispensings_date", "dispensings", list(DISPENSINGS_BY_DATE))
