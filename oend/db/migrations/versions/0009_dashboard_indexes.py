"""dashboard indexes: covering name indexes for search, and running tallies for the Today page

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-14 10:00:00

The case-blind name indexes also hold the code, the void and merge marks and the home site, so a search
takes its first matches by code from the index without reading the table (see
``queries.participants.search_participants``). They replace the narrower name indexes.

Two tallies (``oend.model.tallies``) are filled from the rows there and kept by triggers from then on:
stock on hand per site and lot, and per person the latest kit expiry, kit and reported overdose. A new
dispensing or report only raises a person's latest dates (no read of their history: the demo generator
loads millions of rows with the history's indexes put off); a change or removal works them out again from
the person's live rows; a lot's new expiry does so for everyone given a kit of it. Stock moves by sums.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COVERS = ("code", "deleted", "merged_into_id", "home_site_id")
NAMES = ("last_name", "first_name")

# One person's tallies worked out from their live rows; {p} is the person's id (a trigger's NEW or OLD).
REFRESH = """
INSERT INTO kit_holders (participant_id, expiry, last_kit, reported)
SELECT {p},
    (SELECT max(l.expiry_date) FROM dispensings d JOIN lots l ON l.id = d.lot_id
     WHERE d.participant_id = {p} AND d.deleted = false),
    (SELECT max(d.dispensed_on) FROM dispensings d WHERE d.participant_id = {p} AND d.deleted = false),
    (SELECT max(r.overdose_date) FROM reversals r WHERE r.reporter_id = {p} AND r.deleted = false)
WHERE {p} IS NOT NULL
ON CONFLICT (participant_id) DO UPDATE
SET expiry = excluded.expiry, last_kit = excluded.last_kit, reported = excluded.reported;
"""
# Stock of one site and lot changed by {q} kits.
STOCK = """
INSERT INTO stock_on_hand (site_id, lot_id, on_hand) SELECT {site}, {lot}, {q} WHERE {when}
ON CONFLICT (site_id, lot_id) DO UPDATE SET on_hand = stock_on_hand.on_hand + excluded.on_hand;
"""
LATER = "CASE WHEN kit_holders.{c} IS NULL OR excluded.{c} > kit_holders.{c} THEN excluded.{c} ELSE kit_holders.{c} END"
# A new live kit or report only raises the person's latest dates.
NEW_KIT = f"""
INSERT INTO kit_holders (participant_id, expiry, last_kit, reported)
SELECT NEW.participant_id, l.expiry_date, NEW.dispensed_on, NULL FROM lots l
WHERE l.id = NEW.lot_id AND NEW.participant_id IS NOT NULL AND NEW.deleted = false
ON CONFLICT (participant_id) DO UPDATE SET expiry = {LATER.format(c="expiry")}, last_kit = {LATER.format(c="last_kit")};
"""
NEW_REPORT = f"""
INSERT INTO kit_holders (participant_id, expiry, last_kit, reported)
SELECT NEW.reporter_id, NULL, NULL, NEW.overdose_date WHERE NEW.reporter_id IS NOT NULL AND NEW.deleted = false
ON CONFLICT (participant_id) DO UPDATE SET reported = {LATER.format(c="reported")};
"""
LOT_EXPIRY = """
UPDATE kit_holders SET expiry = (
    SELECT max(l.expiry_date) FROM dispensings d JOIN lots l ON l.id = d.lot_id
    WHERE d.participant_id = kit_holders.participant_id AND d.deleted = false)
WHERE participant_id IN (SELECT d.participant_id FROM dispensings d WHERE d.lot_id = NEW.id);
"""


def _stock(row: str, sign: str, table_quantity: str = "quantity") -> str:
    return STOCK.format(
        site=f"{row}.site_id", lot=f"{row}.lot_id", q=f"{sign}{row}.{table_quantity}", when=f"{row}.deleted = false"
    )


# (table, event, columns an update must touch, statements) for every trigger; WHERE clauses inside decide.
TRIGGERS = (
    ("stock_movements", "INSERT", "", _stock("NEW", "")),
    ("stock_movements", "UPDATE", "site_id, lot_id, quantity, deleted", _stock("OLD", "-") + _stock("NEW", "")),
    ("stock_movements", "DELETE", "", _stock("OLD", "-")),
    ("dispensings", "INSERT", "", _stock("NEW", "-") + NEW_KIT),
    (
        "dispensings",
        "UPDATE",
        "site_id, lot_id, quantity, deleted, participant_id, dispensed_on",
        _stock("OLD", "")
        + _stock("NEW", "-")
        + REFRESH.format(p="OLD.participant_id")
        + REFRESH.format(p="NEW.participant_id"),
    ),
    ("dispensings", "DELETE", "", _stock("OLD", "") + REFRESH.format(p="OLD.participant_id")),
    ("reversals", "INSERT", "", NEW_REPORT),
    (
        "reversals",
        "UPDATE",
        "reporter_id, overdose_date, deleted",
        REFRESH.format(p="OLD.reporter_id") + REFRESH.format(p="NEW.reporter_id"),
    ),
    ("reversals", "DELETE", "", REFRESH.format(p="OLD.reporter_id")),
    ("lots", "UPDATE", "expiry_date", LOT_EXPIRY),
)


def _name(table: str, event: str) -> str:
    return f"tally_{table}_{event.lower()}"


def _create_trigger(table: str, event: str, columns: str, body: str) -> None:
    name = _name(table, event)
    of = f" OF {columns}" if columns else ""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"CREATE TRIGGER {name} AFTER {event}{of} ON {table} FOR EACH ROW BEGIN {body} END")
        return
    op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} RETURN NULL; END $$")
    op.execute(f"CREATE TRIGGER {name} AFTER {event}{of} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()")


def upgrade() -> None:
    for name in NAMES:
        op.drop_index(f"ix_participants_{name}_lower", table_name="participants")
        op.create_index(f"ix_participants_{name}_search", "participants", [sa.text(f"lower({name})"), *COVERS])
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
    op.execute(
        "INSERT INTO stock_on_hand (site_id, lot_id, on_hand) SELECT site_id, lot_id, sum(quantity) FROM ("
        " SELECT site_id, lot_id, quantity FROM stock_movements WHERE deleted = false"
        " UNION ALL SELECT site_id, lot_id, -quantity FROM dispensings WHERE deleted = false"
        ") AS ledger GROUP BY site_id, lot_id"
    )
    op.execute(
        "INSERT INTO kit_holders (participant_id, expiry, last_kit, reported)"
        " SELECT person, max(expiry), max(last_kit), max(reported) FROM ("
        "  SELECT d.participant_id AS person, l.expiry_date AS expiry, d.dispensed_on AS last_kit,"
        "   CAST(NULL AS DATE) AS reported FROM dispensings d JOIN lots l ON l.id = d.lot_id"
        "   WHERE d.deleted = false AND d.participant_id IS NOT NULL"
        "  UNION ALL SELECT reporter_id, CAST(NULL AS DATE), CAST(NULL AS DATE), overdose_date FROM reversals"
        "   WHERE deleted = false AND reporter_id IS NOT NULL"
        ") AS facts GROUP BY person"
    )
    op.create_index("ix_kit_holders_expiry", "kit_holders", ["expiry"])
    op.create_index("ix_kit_holders_reported", "kit_holders", ["reported", "last_kit"])
    for trigger in TRIGGERS:
        _create_trigger(*trigger)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name != "sqlite"
    for table, event, _, _ in TRIGGERS:
        op.execute(f"DROP TRIGGER {_name(table, event)}" + (f" ON {table}" if postgres else ""))
        if postgres:
            op.execute(f"DROP FUNCTION {_name(table, event)}()")
    op.drop_table("kit_holders")
    op.drop_table("stock_on_hand")
    for name in NAMES:
        op.drop_index(f"ix_participants_{name}_search", table_name="participants")
        op.create_index(f"ix_participants_{name}_lower", "participants", [sa.text(f"lower({name})")])
