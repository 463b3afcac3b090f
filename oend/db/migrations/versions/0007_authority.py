"""authority: signed user rights, a hash-chained audit trail and its signed checkpoints

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-12 10:00:00

Users get a column for the authority key's signature over their rights (empty until an administrator
signs in and signs them). Audit events get their place in their device's chain and the hashes that link
it; the events already there are chained here, in the order they were written (their time-ordered ids).
The append-only triggers are lifted for that one update and put back, and the new checkpoints table gets
its own. On PostgreSQL the settings row naming the authority's public key cannot change once written.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from oend.core.chain import FIELDS, event_hash
from oend.model.base import UtcDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "audit_events is append-only"
CHECKPOINTS_MESSAGE = "audit_checkpoints is append-only"
AUTHORITY_MESSAGE = "the settings row naming the authority key cannot change"

EVENTS = sa.table(
    "audit_events",
    sa.column("id", sa.Uuid()),
    sa.column("at", UtcDateTime()),
    sa.column("user_id", sa.Uuid()),
    sa.column("username", sa.String()),
    sa.column("device_id", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.Uuid()),
    sa.column("before", sa.JSON()),
    sa.column("after", sa.JSON()),
    sa.column("detail", sa.Text()),
    sa.column("seq", sa.Integer()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)


def upgrade() -> None:
    op.add_column("users", sa.Column("authority_signature", sa.Text(), nullable=True))
    op.add_column("audit_events", sa.Column("seq", sa.Integer(), nullable=True))
    op.add_column("audit_events", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_events", sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("event_hash", sa.String(length=64), nullable=False),
        sa.Column("signed_by", sa.Uuid(), nullable=True),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_checkpoints")),
    )
    op.create_table(
        "authority_slots",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("slot", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_authority_slots")),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    _lift_append_only(sqlite)
    _chain_existing_events()
    _restore_append_only(sqlite)
    op.create_index("ix_audit_events_chain", "audit_events", ["device_id", "seq"], unique=True)
    if sqlite:
        _sqlite_refuse("audit_checkpoints", CHECKPOINTS_MESSAGE)
    else:
        _postgres_refuse("audit_checkpoints", CHECKPOINTS_MESSAGE)
        op.execute(
            "CREATE FUNCTION settings_authority_fixed() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN IF OLD.key = 'authority' THEN RAISE EXCEPTION '{AUTHORITY_MESSAGE}'; END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER settings_authority_fixed BEFORE UPDATE OR DELETE ON settings "
            "FOR EACH ROW EXECUTE FUNCTION settings_authority_fixed()"
        )


def _lift_append_only(sqlite: bool) -> None:
    if sqlite:
        op.execute("DROP TRIGGER audit_events_no_update")
    else:
        op.execute("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")


def _restore_append_only(sqlite: bool) -> None:
    if sqlite:
        op.execute(
            "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )
    else:
        op.execute("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only")


def _sqlite_refuse(table: str, message: str) -> None:
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )


def _postgres_refuse(table: str, message: str) -> None:
    op.execute(
        f"CREATE FUNCTION {table}_refuse() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN RAISE EXCEPTION '{message}'; END $$"
    )
    op.execute(
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_refuse()"
    )


def _chain_existing_events() -> None:
    """Link the events already written, per device, in the order their time-ordered ids give."""
    bind = op.get_bind()
    heads: dict[Any, tuple[int, str | None]] = {}
    rows = bind.execute(sa.select(*(EVENTS.c[name] for name in FIELDS)).order_by(EVENTS.c.id)).mappings().all()
    for row in rows:
        seq, prev = heads.get(row["device_id"], (0, None))
        fields = {**row, "seq": seq + 1, "prev_hash": prev}
        digest = event_hash(fields)
        bind.execute(sa.update(EVENTS).where(EVENTS.c.id == row["id"]).values(seq=seq + 1, prev_hash=prev, hash=digest))
        heads[row["device_id"]] = (seq + 1, digest)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER audit_checkpoints_no_update")
        op.execute("DROP TRIGGER audit_checkpoints_no_delete")
    else:
        op.execute("DROP TRIGGER settings_authority_fixed ON settings")
        op.execute("DROP FUNCTION settings_authority_fixed()")
        op.execute("DROP TRIGGER audit_checkpoints_append_only ON audit_checkpoints")
        op.execute("DROP FUNCTION audit_checkpoints_refuse()")
    op.drop_index("ix_audit_events_chain", table_name="audit_events")
    op.drop_table("authority_slots")
    op.drop_table("audit_checkpoints")
    _lift_append_only(sqlite)
    for column in ("hash", "prev_hash", "seq"):
        op.drop_column("audit_events", column)
    _restore_append_only(sqlite)
    op.drop_column("users", "authority_signature")
