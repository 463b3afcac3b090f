"""The triggers that keep the running tallies (``oend.model.tallies``), and filling the tallies from the rows.

Migration 0009 creates the tallies with them. A new dispensing or report only raises a person's latest
dates (no read of their history); a change or removal works them out again from the person's live rows;
a lot's new expiry does so for everyone given a kit of it. Stock moves by sums. A bulk load of generated
rows puts the triggers off (they cost more than the load itself) and fills the tallies once at the end.
"""

from __future__ import annotations

from collections.abc import Callable

Execute = Callable[[str], object]

# Where a person's live kits and reports are, all sites or one: {p} is the person's id, {s} the site's
# (a trigger's NEW or OLD values); "at" limits the rows to that site.
KITS = "FROM dispensings d JOIN lots l ON l.id = d.lot_id WHERE d.participant_id = {p} AND d.deleted = false{at}"
REPORTS = "FROM reversals r WHERE r.reporter_id = {p} AND r.deleted = false{at}"
AT_KIT, AT_REPORT = " AND d.site_id = {s}", " AND r.site_id = {s}"


def _refresh(p: str, s: str | None = None) -> str:
    """One person's tallies (everywhere, or at site ``s``) worked out again from their live rows."""
    kits = KITS.format(p=p, at=AT_KIT.format(s=s) if s else "")
    reports = REPORTS.format(p=p, at=AT_REPORT.format(s=s) if s else "")
    if s is None:
        return f"""
INSERT INTO kit_holders (participant_id, expiry, last_kit, reported)
SELECT {p}, (SELECT max(l.expiry_date) {kits}), (SELECT max(d.dispensed_on) {kits}),
    (SELECT max(r.overdose_date) {reports})
WHERE {p} IS NOT NULL
ON CONFLICT (participant_id) DO UPDATE
SET expiry = excluded.expiry, last_kit = excluded.last_kit, reported = excluded.reported;
"""
    return f"""
INSERT INTO kit_holders_at_site (site_id, participant_id, expiry, reported)
SELECT {s}, {p}, (SELECT max(l.expiry_date) {kits}), (SELECT max(r.overdose_date) {reports})
WHERE {p} IS NOT NULL
ON CONFLICT (site_id, participant_id) DO UPDATE SET expiry = excluded.expiry, reported = excluded.reported;
"""


def _later(table: str, column: str) -> str:
    """The later of the stored and the new date (either may be empty)."""
    mine, new = f"{table}.{column}", f"excluded.{column}"
    return f"{column} = CASE WHEN {mine} IS NULL OR {new} > {mine} THEN {new} ELSE {mine} END"


# A new live kit or report only raises the person's latest dates, everywhere and at its site.
NEW_KIT = f"""
INSERT INTO kit_holders (participant_id, expiry, last_kit, reported)
SELECT NEW.participant_id, l.expiry_date, NEW.dispensed_on, NULL FROM lots l
WHERE l.id = NEW.lot_id AND NEW.participant_id IS NOT NULL AND NEW.deleted = false
ON CONFLICT (participant_id) DO UPDATE SET {_later("kit_holders", "expiry")}, {_later("kit_holders", "last_kit")};
INSERT INTO kit_holders_at_site (site_id, participant_id, expiry, reported)
SELECT NEW.site_id, NEW.participant_id, l.expiry_date, NULL FROM lots l
WHERE l.id = NEW.lot_id AND NEW.participant_id IS NOT NULL AND NEW.deleted = false
ON CONFLICT (site_id, participant_id) DO UPDATE SET {_later("kit_holders_at_site", "expiry")};
"""
NEW_REPORT = f"""
INSERT INTO kit_holders (participant_id, expiry, last_kit, reported)
SELECT NEW.reporter_id, NULL, NULL, NEW.overdose_date WHERE NEW.reporter_id IS NOT NULL AND NEW.deleted = false
ON CONFLICT (participant_id) DO UPDATE SET {_later("kit_holders", "reported")};
INSERT INTO kit_holders_at_site (site_id, participant_id, expiry, reported)
SELECT NEW.site_id, NEW.reporter_id, NULL, NEW.overdose_date WHERE NEW.reporter_id IS NOT NULL AND NEW.deleted = false
ON CONFLICT (site_id, participant_id) DO UPDATE SET {_later("kit_holders_at_site", "reported")};
"""
# A lot's new expiry: the latest expiry again of everyone given a kit of it.
LOT_EXPIRY = f"""
UPDATE kit_holders SET expiry = (SELECT max(l.expiry_date) {KITS.format(p="kit_holders.participant_id", at="")})
WHERE participant_id IN (SELECT d.participant_id FROM dispensings d WHERE d.lot_id = NEW.id);
UPDATE kit_holders_at_site SET expiry = (SELECT max(l.expiry_date) {
    KITS.format(p="kit_holders_at_site.participant_id", at=AT_KIT.format(s="kit_holders_at_site.site_id"))
})
WHERE participant_id IN (SELECT d.participant_id FROM dispensings d WHERE d.lot_id = NEW.id);
"""
# Stock of one site and lot changed by {q} kits.
STOCK = """
INSERT INTO stock_on_hand (site_id, lot_id, on_hand) SELECT {site}, {lot}, {q} WHERE {when}
ON CONFLICT (site_id, lot_id) DO UPDATE SET on_hand = stock_on_hand.on_hand + excluded.on_hand;
"""


def _stock(row: str, sign: str) -> str:
    return STOCK.format(
        site=f"{row}.site_id", lot=f"{row}.lot_id", q=f"{sign}{row}.quantity", when=f"{row}.deleted = false"
    )


def _person(row: str, column: str) -> str:
    """A changed or removed row's person worked out again, everywhere and at the row's site."""
    return _refresh(f"{row}.{column}") + _refresh(f"{row}.{column}", f"{row}.site_id")


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
        _stock("OLD", "") + _stock("NEW", "-") + _person("OLD", "participant_id") + _person("NEW", "participant_id"),
    ),
    ("dispensings", "DELETE", "", _stock("OLD", "") + _person("OLD", "participant_id")),
    ("reversals", "INSERT", "", NEW_REPORT),
    (
        "reversals",
        "UPDATE",
        "site_id, reporter_id, overdose_date, deleted",
        _person("OLD", "reporter_id") + _person("NEW", "reporter_id"),
    ),
    ("reversals", "DELETE", "", _person("OLD", "reporter_id")),
    ("lots", "UPDATE", "expiry_date", LOT_EXPIRY),
)

# Every tally worked out afresh from the live rows.
FILLS = (
    "DELETE FROM stock_on_hand",
    "DELETE FROM kit_holders",
    "DELETE FROM kit_holders_at_site",
    (
        "INSERT INTO stock_on_hand (site_id, lot_id, on_hand) SELECT site_id, lot_id, sum(quantity) FROM ("
        " SELECT site_id, lot_id, quantity FROM stock_movements WHERE deleted = false"
        " UNION ALL SELECT site_id, lot_id, -quantity FROM dispensings WHERE deleted = false"
        ") AS ledger GROUP BY site_id, lot_id"
    ),
    (
        "INSERT INTO kit_holders (participant_id, expiry, last_kit, reported)"
        " SELECT person, max(expiry), max(last_kit), max(reported) FROM ("
        "  SELECT d.participant_id AS person, l.expiry_date AS expiry, d.dispensed_on AS last_kit,"
        "   CAST(NULL AS DATE) AS reported FROM dispensings d JOIN lots l ON l.id = d.lot_id"
        "   WHERE d.deleted = false AND d.participant_id IS NOT NULL"
        "  UNION ALL SELECT reporter_id, CAST(NULL AS DATE), CAST(NULL AS DATE), overdose_date FROM reversals"
        "   WHERE deleted = false AND reporter_id IS NOT NULL"
        ") AS facts GROUP BY person"
    ),
    (
        "INSERT INTO kit_holders_at_site (site_id, participant_id, expiry, reported)"
        " SELECT site, person, max(expiry), max(reported) FROM ("
        "  SELECT d.site_id AS site, d.participant_id AS person, l.expiry_date AS expiry,"
        "   CAST(NULL AS DATE) AS reported"
        "   FROM dispensings d JOIN lots l ON l.id = d.lot_id WHERE d.deleted = false AND d.participant_id IS NOT NULL"
        "  UNION ALL SELECT site_id, reporter_id, CAST(NULL AS DATE), overdose_date FROM reversals"
        "   WHERE deleted = false AND reporter_id IS NOT NULL"
        ") AS facts GROUP BY site, person"
    ),
)


def _name(table: str, event: str) -> str:
    return f"tally_{table}_{event.lower()}"


def create_triggers(execute: Execute, dialect: str) -> None:
    for table, event, columns, body in TRIGGERS:
        name = _name(table, event)
        of = f" OF {columns}" if columns else ""
        if dialect == "sqlite":
            execute(f"CREATE TRIGGER {name} AFTER {event}{of} ON {table} FOR EACH ROW BEGIN {body} END")
            continue
        execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} RETURN NULL; END $$")
        execute(f"CREATE TRIGGER {name} AFTER {event}{of} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()")


def drop_triggers(execute: Execute, dialect: str) -> None:
    for table, event, _, _ in TRIGGERS:
        name = _name(table, event)
        if dialect == "sqlite":
            execute(f"DROP TRIGGER {name}")
            continue
        execute(f"DROP TRIGGER {name} ON {table}")
        execute(f"DROP FUNCTION {name}()")


def fill(execute: Execute) -> None:
    """The tallies worked out afresh from every live row (after a bulk load, or when they are made)."""
    for statement in FILLS:
        execute(statement)
