"""One code on two records: a person enrolled on two devices, a lot of one shipment received on two, a site,
product or topic set up twice; or a code edited into another's.

A code is unique within its table (a lot's number within its product): on one device a service refuses a
taken one, but two devices apart each give it out. Every record keeps the code it was given (its wanted
code). Among the records wanting one code, the one with the earliest id holds it and each other one a
stand-in derived from its own id, so the stored codes are a function of the records alone and every device
reaches them whatever order the changes come in: nothing is refused, nothing lost (stock received into
either lot counts). Whenever a record arrives or its code changes, the codes it leaves and joins are
settled again: a record may give its code up to an earlier one, or take it back when the holder moves
away. Settling writes what every device computes alike and is nobody's edit: it is not logged and keeps
``updated_at``. Each person sharing a code with the holder is a merge offer for a coordinator
(book-keeping, local); for the others an administrator retires the one not wanted.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, or_, select, update

from oend.db.change_capture import travelling_tables
from oend.db.row_codec import decode
from oend.model import Participant, SyncMergeOffer
from oend.model.base import table_of, utcnow

#: Between the code and the marker of a stand-in code; no code a person is enrolled under contains it.
MARKER = "~"
CODE_LENGTH = 40
MARK_LENGTH = 9  # the marker and 8 hex digits of the record's id


@dataclass(frozen=True)
class Coded:
    """A table whose records hold a code unique within ``scope`` (columns), in a column of ``length``."""

    column: str
    scope: tuple[str, ...] = ()
    length: int = CODE_LENGTH


#: Every table whose code two devices may each give out; a participant's pairs are offered for merging.
CODED: dict[str, Coded] = {
    Participant.__tablename__: Coded("code"),
    "lots": Coded("lot_number", ("product_id",)),
    "sites": Coded("code", length=20),
    "products": Coded("code"),
    "curriculum_topics": Coded("code"),
}

#: A code to settle: the table, the values of its scope, the code.
Key = tuple[str, tuple[Any, ...], str]


def stand_in(code: str, row_id: uuid.UUID, length: int = CODE_LENGTH) -> str:
    """The code a later record holds while it shares ``code`` with an earlier one: the same on every device."""
    return code[: length - MARK_LENGTH] + f"{MARKER}{row_id.hex[-8:]}"


def wanted(code: str) -> str:
    """The code a record was given, read from the code it holds (a stand-in's marker removed)."""
    return code.split(MARKER, 1)[0]


def participant_code(code: str) -> Key:
    """A participant's code to settle."""
    return Participant.__tablename__, (), code


def make_room(table: Table, values: dict[str, Any], row_key: Any, current: Any) -> list[Key]:
    """A coded record's new code goes in as its stand-in (held by no other record), to be settled
    once written. ``values``: what the record takes (all of a new one's, a change's winning fields);
    ``current``: the record as it is here, None for a new one.

    Returns the codes to settle: the one the record takes and the one it leaves.
    """
    coded = CODED.get(table.name)
    if coded is None or coded.column not in values:
        return []
    code = values[coded.column]
    if not isinstance(code, str):
        return []  # no code, or not one: the database refuses it
    scope = tuple(_decoded(table, name, values[name] if name in values else current[name]) for name in coded.scope)
    keys = [(table.name, scope, wanted(code))]
    values[coded.column] = stand_in(keys[0][2], row_key, coded.length)
    if current is not None:
        keys.append((table.name, tuple(current[name] for name in coded.scope), wanted(current[coded.column])))
    return keys


def held_value(table: str, name: str, value: Any) -> Any:
    """A field's value as a device would have sent it: a code without its stand-in."""
    coded = CODED.get(table)
    return wanted(value) if coded is not None and name == coded.column and isinstance(value, str) else value


def settle(conn: Connection, keys: Iterable[Key]) -> None:
    """Give each code to the earliest record wanting it and stand-ins to the others; offer people's pairs."""
    for key in sorted(set(keys), key=str):
        _settle(conn, *key)


def _settle(conn: Connection, name: str, scope: tuple[Any, ...], code: str) -> None:
    coded, table = CODED[name], travelling_tables()[name]
    column = table.c[coded.column]
    like = code[: coded.length - MARK_LENGTH].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    within = [table.c[part] == value for part, value in zip(coded.scope, scope, strict=True)]
    found = conn.execute(
        select(table.c.id, column.label("code"), table.c.updated_at).where(
            or_(column == code, column.like(f"{like}{MARKER}%", escape="\\")), *within
        )
    ).all()
    group = sorted(
        (row for row in found if row.code in (code, stand_in(code, row.id, coded.length))), key=lambda row: row.id
    )
    holder = group[0].id if group else None
    for row in group[1:] + group[:1]:  # stand-ins first: the code is free before its holder takes it
        placed = code if row.id == holder else stand_in(code, row.id, coded.length)
        if row.code != placed:
            values = {coded.column: placed, "updated_at": row.updated_at}
            conn.execute(update(table).where(table.c.id == row.id).values(values))
    if name == Participant.__tablename__:
        _offer(conn, code, holder, [row.id for row in group[1:]])


def _decoded(table: Table, name: str, value: Any) -> Any:
    """A scope's value as stored: a change's text decoded (a UUID from its text), a value read here as it is."""
    return decode(table.c[name], value) if isinstance(value, str) else value


def _offer(conn: Connection, code: str, holder: uuid.UUID | None, others: list[uuid.UUID]) -> None:
    """The offers for ``code`` become one per record sharing it with its holder (kept where already there)."""
    offers = table_of(SyncMergeOffer)
    pairs = {(holder, other) for other in others}
    stale = []
    for row in conn.execute(select(offers.c.id, offers.c.kept_id, offers.c.duplicate_id).where(offers.c.code == code)):
        if (row.kept_id, row.duplicate_id) in pairs:
            pairs.discard((row.kept_id, row.duplicate_id))
        else:
            stale.append(row.id)
    if stale:
        conn.execute(delete(offers).where(offers.c.id.in_(stale)))
    for kept, duplicate in sorted(pairs):
        pair = (offers.c.kept_id == kept) & (offers.c.duplicate_id == duplicate)
        if conn.execute(update(offers).where(pair).values(code=code)).rowcount == 0:  # the pair met on another code
            conn.execute(
                insert(offers).values(
                    kept_id=kept, duplicate_id=duplicate, code=code, found_at=utcnow(), resolved=False
                )
            )


def stand_in_held(change: dict[str, Any]) -> bool:
    """True for a coded record arriving under a stand-in (read from a sender's row): settled, not just inserted."""
    coded = CODED.get(change["table"])
    code = change["values"].get(coded.column) if coded is not None else None
    return isinstance(code, str) and MARKER in code
