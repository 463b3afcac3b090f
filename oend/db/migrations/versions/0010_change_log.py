"""change log: every write as a change that travels to other devices, and what sync knows of them

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-13 10:00:00

New tables only (nothing existing is rebuilt): the change log with its gap-free place per device, the
devices seen, per-field clocks of edited records, peers' high-water marks, and the changes a device holds
back (pending), refused (rejections) or found in conflict. The rows already in the database are not
written to the log here: a database from before sync starts its log with its next write.
"""

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HLC = 80


def _at(name: str, nullable: bool = False) -> sa.Column[dt.datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hlc", sa.String(length=HLC), nullable=True),
        _at("first_seen"),
        _at("last_seen"),
        sa.Column("replaced_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_devices")),
    )
    op.create_table(
        "changes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=HLC), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=80), nullable=False),
        sa.Column("operation", sa.String(length=10), nullable=False),
        sa.Column("row_values", sa.JSON(), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=True),
        sa.Column("schema_revision", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
        sa.UniqueConstraint("device_id", "seq", name=op.f("uq_changes_device_id")),
    )
    op.create_index("ix_changes_hlc", "changes", ["hlc"])
    op.create_table(
        "field_clocks",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=80), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=HLC), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", "field", name=op.f("pk_field_clocks")),
    )
    op.create_table(
        "sync_peers",
        sa.Column("peer_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        _at("at"),
        sa.PrimaryKeyConstraint("peer_id", "device_id", name=op.f("pk_sync_peers")),
    )
    op.create_table(
        "sync_pending",
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=HLC), nullable=False),
        sa.Column("change", sa.JSON(), nullable=False),
        sa.Column("waiting_for", sa.Text(), nullable=False),
        _at("received_at"),
        sa.PrimaryKeyConstraint("device_id", "seq", name=op.f("pk_sync_pending")),
    )
    op.create_table(
        "sync_rejections",
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        _at("at"),
        sa.PrimaryKeyConstraint("device_id", "seq", name=op.f("pk_sync_rejections")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=80), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("kept_hlc", sa.String(length=HLC), nullable=False),
        sa.Column("lost_value", sa.JSON(), nullable=True),
        sa.Column("lost_hlc", sa.String(length=HLC), nullable=False),
        _at("found_at"),
        _at("resolved_at", nullable=True),
        sa.Column("resolved_by", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
        sa.UniqueConstraint(
            "table_name", "row_id", "field", "kept_hlc", "lost_hlc", name=op.f("uq_sync_conflicts_table_name")
        ),
    )


def downgrade() -> None:
    for table in ("sync_conflicts", "sync_rejections", "sync_pending", "sync_peers", "field_clocks"):
        op.drop_table(table)
    op.drop_index("ix_changes_hlc", table_name="changes")
    op.drop_table("changes")
    op.drop_table("devices")
