"""a program's own set-up: partner organisations, curriculum topics, product strength

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-02 10:00:00

Sites that named a partner in words are linked to a partner organisation of that name, and the
curriculum topics sessions already cite become rows a coordinator can rename, reorder and retire.
Only the columns added here are touched, so the migration does not depend on any other one after 0002.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from oend.ids import SEEDED_AT, SEEDED_BY, seeded_id, uuid7
from oend.model.base import UtcDateTime

revision: str = "0004"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FK = "fk_sites_partner_id_partners"

# The topics sessions have recorded since the first release, in the order forms list them.
TOPICS = (
    ("opioids_overdose", "What opioids and an overdose are"),
    ("risk_factors", "Risk factors (lost tolerance, mixing, fentanyl, using alone)"),
    ("recognising", "Recognising an overdose"),
    ("responding", "Responding: call 911, rescue breathing, recovery position"),
    ("naloxone_use", "How to give naloxone"),
    ("storage", "Storing the kit and telling others where it is"),
    ("refills", "How to get a refill"),
    ("reporting", "Why to report a use"),
    ("law", "The law: Good Samaritan protections and standing orders"),
)


def _synced_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
    ]


#: The stamp of rows every new database seeds: the same on every device, so they are one row everywhere.
SEEDED: dict[str, object] = {
    "created_at": SEEDED_AT,
    "updated_at": SEEDED_AT,
    "device_id": SEEDED_BY,
    "deleted": False,
}


def _stamp() -> dict[str, object]:
    now = dt.datetime.now(dt.UTC)
    return {"created_at": now, "updated_at": now, "device_id": "migration", "deleted": False}


def _row_table(name: str, *columns: sa.ColumnClause[Any]) -> sa.TableClause:
    """A lightweight table for writing rows here, independent of the models as they change later."""
    return sa.table(
        name,
        sa.column("id", sa.Uuid()),
        sa.column("created_at", UtcDateTime()),
        sa.column("updated_at", UtcDateTime()),
        sa.column("device_id", sa.String()),
        sa.column("deleted", sa.Boolean()),
        *columns,
    )


def _add_site_partner_id() -> None:
    """``sites.partner_id``, added in place: rebuilding ``sites`` (batch mode) would trip the foreign keys
    of every table that points at it, and SQLite allows a new column with a reference this way."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE sites ADD COLUMN partner_id CHAR(32) CONSTRAINT {FK} REFERENCES partners (id)")
    else:
        op.add_column("sites", sa.Column("partner_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(FK, "sites", "partners", ["partner_id"], ["id"])


def upgrade() -> None:
    op.create_table(
        "partners",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("region", sa.String(length=80), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
    )
    op.create_table(
        "curriculum_topics",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_curriculum_topics")),
        sa.UniqueConstraint("code", name=op.f("uq_curriculum_topics_code")),
    )
    _add_site_partner_id()
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.add_column(sa.Column("strength", sa.String(length=40), nullable=True))

    topics = _row_table(
        "curriculum_topics",
        sa.column("code", sa.String()),
        sa.column("label", sa.String()),
        sa.column("position", sa.Integer()),
        sa.column("active", sa.Boolean()),
    )
    op.bulk_insert(
        topics,
        [
            {"id": seeded_id("curriculum_topics", code), "code": code, "label": label, "position": n, "active": True}
            | SEEDED
            for n, (code, label) in enumerate(TOPICS, start=1)
        ],
    )
    _link_partners_named_by_sites()


def _link_partners_named_by_sites() -> None:
    """One partner organisation per name the sites gave, linked to those sites."""
    partners = _row_table(
        "partners",
        sa.column("name", sa.String()),
        sa.column("category", sa.String()),
        sa.column("region", sa.String()),
        sa.column("active", sa.Boolean()),
    )
    sites = sa.table("sites", sa.column("partner", sa.String()), sa.column("partner_id", sa.Uuid()))
    bind = op.get_bind()
    names = bind.execute(
        sa.select(sites.c.partner).where(sites.c.partner.is_not(None)).distinct().order_by(sites.c.partner)
    ).scalars()
    for name in list(names):
        partner_id = uuid7()
        row = {"id": partner_id, "name": name, "category": "other", "region": None, "active": True, **_stamp()}
        bind.execute(partners.insert().values(row))
        bind.execute(sites.update().where(sites.c.partner == name).values(partner_id=partner_id))


def downgrade() -> None:
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_column("strength")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(FK, "sites", type_="foreignkey")
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.drop_column("partner_id")
    op.drop_table("curriculum_topics")
    op.drop_table("partners")
