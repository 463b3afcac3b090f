"""dashboard indexes: covering name indexes for search, and running tallies for the Today page

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-14 10:00:00

The case-blind name indexes also hold the code, the void and merge marks and the home site, so a search
takes its first matches by code from the index without reading the table (see
``queries.participants.search_participants``). They replace the narrower name indexes. The date index of
dispensings also holds what the Today page breaks a period's kits down by, so it reads no table rows.

Tallies (``oend.model.tallies``) are filled from the rows there and kept by triggers from then on: stock
on hand per site and lot, and per person (everywhere, and at each site) the latest kit expiry, kit and
reported overdose (``oend.db.tallies``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from oend.db import tallies

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COVERS = ("code", "deleted", "merged_into_id", "home_site_id")
NAMES = ("last_name", "first_name")
DISPENSINGS_BY_DATE = ("dispensed_on", "deleted", "supply_type", "refill_reason", "quantity")


def upgrade() -> None:
    for name in NAMES:
        op.drop_index(f"ix_participants_{name}_lower", table_name="participants")
        op.create_index(f"ix_participants_{name}_search", "participants", [sa.text(f"lower({name})"), *COVERS])
    op.drop_index("ix_dispensings_date", table_name="dispensings")
    op.create_index("ix_dispensings_date", "dispensings", list(DISPENSINGS_BY_DATE))
    op.create_table(
        "stock_on_hand",
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("on_hand", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "lot_id", name="pk_stock_on_hand"),
    )
    op.create_table(
        "kit_holders",
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=True),
        sa.Column("last_kit", sa.Date(), nullable=True),
        sa.Column("reported", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("participant_id", name="pk_kit_holders"),
    )
    op.create_table(
        "kit_holders_at_site",
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=True),
        sa.Column("reported", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("site_id", "participant_id", name="pk_kit_holders_at_site"),
        sqlite_with_rowid=False,
    )
    tallies.fill(op.execute)
    op.create_index("ix_kit_holders_expiry", "kit_holders", ["expiry"])
    op.create_index("ix_kit_holders_reported", "kit_holders", ["reported", "last_kit"])
    tallies.create_triggers(op.execute, op.get_bind().dialect.name)


def downgrade() -> None:
    tallies.drop_triggers(op.execute, op.get_bind().dialect.name)
    op.drop_table("kit_holders_at_site")
    op.drop_table("kit_holders")
    op.drop_table("stock_on_hand")
    for name in NAMES:
        op.drop_index(f"ix_participants_{name}_search", table_name="participants")
        op.create_index(f"ix_participants_{name}_lower", "participants", [sa.text(f"lower({name})")])
    op.drop_index("ix_dispensings_date", table_name="dispensings")
    op.create_index("ix_dispensings_date", "dispensings", ["dispensed_on"])
