"""linkage to care: providers, referrals and follow-ups

Revision ID: 0011
Revises: 0010
Create Date: 2027-01-20 10:00:00

Three new tables and nothing else touched: a database of last year gains them empty. Coded columns are plain
VARCHAR(40), as the models store them, so a new kind of service needs no schema change.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced() -> list[sa.Column[Any]]:
    """The columns every travelling row carries, as of this revision."""
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
    ]


def _voidable() -> list[sa.Column[Any]]:
    return [
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by", sa.Uuid(), nullable=True),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.create_table(
        "providers",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=True),
        sa.Column("region", sa.String(length=80), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name="pk_providers"),
    )
    op.create_table(
        "referrals",
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("provider_id", sa.Uuid(), nullable=True),
        sa.Column("warm_handoff", sa.Boolean(), nullable=False),
        sa.Column("consent_to_follow_up", sa.Boolean(), nullable=False),
        sa.Column("source_kind", sa.String(length=40), nullable=False),
        sa.Column("source_id", sa.Uuid(), nullable=True),
        sa.Column("outcome", sa.String(length=40), nullable=True),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_voidable(),
        *_synced(),
        _fk("referrals", "site_id", "sites"),
        _fk("referrals", "participant_id", "participants"),
        _fk("referrals", "provider_id", "providers"),
        sa.PrimaryKeyConstraint("id", name="pk_referrals"),
    )
    op.create_index("ix_referrals_site_date", "referrals", ["site_id", "referred_on"])
    op.create_index("ix_referrals_participant", "referrals", ["participant_id", "deleted"])
    op.create_index("ix_referrals_source", "referrals", ["source_kind", "source_id"])
    op.create_table(
        "follow_ups",
        sa.Column("referral_id", sa.Uuid(), nullable=True),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.Column("released_on", sa.Date(), nullable=True),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("contact_made", sa.Boolean(), nullable=True),
        sa.Column("connected", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_voidable(),
        *_synced(),
        _fk("follow_ups", "referral_id", "referrals"),
        _fk("follow_ups", "participant_id", "participants"),
        _fk("follow_ups", "site_id", "sites"),
        sa.PrimaryKeyConstraint("id", name="pk_follow_ups"),
    )
    op.create_index("ix_follow_ups_site_due", "follow_ups", ["site_id", "deleted", "done_on", "due_on"])
    op.create_index("ix_follow_ups_referral", "follow_ups", ["referral_id"])
    op.create_index("ix_follow_ups_participant", "follow_ups", ["participant_id"])


def downgrade() -> None:
    op.drop_table("follow_ups")
    op.drop_table("referrals")
    op.drop_table("providers")
