"""The columns the generator fills for each table, in the order its row tuples hold them.

Rows are tuples of stored values (ids as 32 hex digits, dates and times as ISO text, booleans as
0/1, lists as JSON text, an empty value as ``NULL``): SQLite takes them as they are, other databases
after ``services.demo`` converts them by column type.

An empty value is an empty string rather than None because Python's SQLite driver binds None
through its adapter lookup, which took about 1 µs a value here, a third of a whole dispensing's
binding; the insert turns it back into NULL (``NULLIF``). No generated value is otherwise empty.

A tuple carries only what varies: a generated row was last written when and by whom it was made
and is not deleted, so those columns are filled in from the others by the insert itself
(``IMPLIED``, ``CONSTANT``). Every value handed to SQLite costs the writer a copy, and the writer
is the slower half of the generation.
"""

from __future__ import annotations

SYNC = ("id", "created_at", "created_by", "device_id")

COLUMNS: dict[str, tuple[str, ...]] = {
    "sites": (*SYNC, "code", "name", "kind", "region", "partner", "county", "zip_code", "active"),
    "users": (*SYNC, "username", "display_name", "role", "active", "failed_sign_ins"),
    "user_sites": ("user_id", "site_id"),
    "products": (*SYNC, "code", "name", "formulation", "route", "doses_per_kit", "active"),
    "lots": (*SYNC, "product_id", "lot_number", "expiry_date", "recalled"),
    "providers": (*SYNC, "name", "kind", "region", "active"),
    "participants": (
        *SYNC,
        "code",
        "first_name",
        "last_name",
        "date_of_birth",
        "birth_year",
        "age_band",
        "category",
        "gender",
        "race",
        "ethnicity",
        "zip_code",
        "residence",
        "county",
        "substances",
        "overdose_witnessed",
        "overdose_experienced",
        "home_site_id",
        "expected_release_date",
        "released_on",
    ),
    "training_sessions": (*SYNC, "session_date", "site_id", "trainer_name", "format", "topics"),
    "attendance": (*SYNC, "session_id", "participant_id", "pre_score", "post_score", "completed", "certificate_code"),
    "reversals": (
        *SYNC,
        "overdose_date",
        "overdose_time",
        "site_id",
        "reporter_id",
        "zip_code",
        "county",
        "setting",
        "responder_relation",
        "victim_age_band",
        "victim_gender",
        "victim_race",
        "victim_ethnicity",
        "substances",
        "fentanyl_suspected",
        "conscious_before_naloxone",
        "product_id",
        "doses",
        "route",
        "rescue_breathing",
        "stayed_with_person",
        "called_911",
        "ems_arrived",
        "outcome",
        "transported",
        "linked_to_care",
        "replacement_offered",
    ),
    "dispensings": (
        *SYNC,
        "dispensed_on",
        "site_id",
        "participant_id",
        "recipient_category",
        "product_id",
        "lot_id",
        "quantity",
        "supply_type",
        "refill_reason",
        "supply_source",
        "training_session_id",
        "reversal_id",
    ),
    "stock_movements": (
        *SYNC,
        "movement_date",
        "site_id",
        "lot_id",
        "kind",
        "quantity",
        "write_off_reason",
        "reference",
    ),
    "referrals": (
        *SYNC,
        "referred_on",
        "site_id",
        "participant_id",
        "kind",
        "provider_id",
        "warm_handoff",
        "consent_to_follow_up",
        "source_kind",
        "source_id",
        "outcome",
        "outcome_on",
        "closed_on",
    ),
    "follow_ups": (
        *SYNC,
        "referral_id",
        "participant_id",
        "released_on",
        "site_id",
        "due_on",
        "done_on",
        "contact_made",
        "connected",
    ),
}
_SAME_AS_CREATED = {"updated_at": "created_at", "updated_by": "created_by"}
# Stored columns a tuple does not carry, each a copy of one it does: the staff member who made a
# row is the one who ran the session or handed over the kit.
IMPLIED: dict[str, dict[str, str]] = {
    table: _SAME_AS_CREATED
    | {"training_sessions": {"trainer_id": "created_by"}, "dispensings": {"dispensed_by": "created_by"}}.get(table, {})
    for table, columns in COLUMNS.items()
    if columns[: len(SYNC)] == SYNC
}
CONSTANT: dict[str, dict[str, object]] = {table: {"deleted": 0} for table in IMPLIED}
# Parents before children, so every foreign key points at a row already written.
WRITE_ORDER = tuple(COLUMNS)
EVENT_TABLES = ("dispensings", "attendance", "reversals")

NULL = ""  # an empty value in a row tuple (see above)

Row = tuple[object, ...]
Rows = dict[str, list[Row]]


def empty_rows() -> Rows:
    return {table: [] for table in WRITE_ORDER}


def synced(row_id: str, created: str, by: str, device: str) -> Row:
    """The sync columns a new row carries: made at ``created`` by ``by`` on ``device``."""
    return (row_id, created, by, device)
