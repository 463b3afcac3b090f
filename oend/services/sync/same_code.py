"""One participant code on two records: one person enrolled on two devices, or a code edited into another's.

Every record keeps the code it was given (its wanted code). Among the records wanting one code, the one
with the earliest id holds it and each other one a stand-in derived from its own id, so the stored codes
are a function of the records alone and every device reaches them whatever order the changes come in.
Whenever a record arrives or its code changes, the codes it leaves and joins are settled again: a record
may give its code up to an earlier one, or take it back when the holder moves away. Settling writes what
every device computes alike and is nobody's edit: it is not logged and keeps ``updated_at``. Each record
sharing a code with the holder is a merge offer for a coordinator (book-keeping, local).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, delete, insert, or_, select, update

from oend.model import Participant, SyncMergeOffer
from oend.model.base import table_of, utcnow

#: Between the code and the marker of a stand-in code; no code a person is enrolled under contains it.
MARKER = "~"
CODE_LENGTH = 40
MARK_LENGTH = 9  # the marker and 8 hex digits of the record's id


def stand_in(code: str, row_id: uuid.UUID) -> str:
    """The code a later record holds while it shares ``code`` with an earlier one: the same on every device."""
    return code[: CODE_LENGTH - MARK_LENGTH] + f"{MARKER}{row_id.hex[-8:]}"


def wanted(code: str) -> str:
    """The code a record was given, read from the code it holds (a stand-in's marker removed)."""
    return code.split(MARKER, 1)[0]


def settle(conn: Connection, codes: Iterable[str]) -> None:
    """Give each of ``codes`` to the earliest record wanting it and stand-ins to the others; offer the pairs."""
    for code in sorted(set(codes)):
        _settle(conn, code)


def _settle(conn: Connection, code: str) -> None:
    people = table_of(Participant)
    like = code[: CODE_LENGTH - MARK_LENGTH].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    found = conn.execute(
        select(people.c.id, people.c.code, people.c.updated_at).where(
            or_(people.c.code == code, people.c.code.like(f"{like}{MARKER}%", escape="\\"))
        )
    ).all()
    group = sorted((row for row in found if row.code in (code, stand_in(code, row.id))), key=lambda row: row.id)
    holder = group[0].id if group else None
    for row in group[1:] + group[:1]:  # stand-ins first: the code is free before its holder takes it
        placed = code if row.id == holder else stand_in(code, row.id)
        if row.code != placed:
            conn.execute(update(people).where(people.c.id == row.id).values(code=placed, updated_at=row.updated_at))
    _offer(conn, code, holder, [row.id for row in group[1:]])


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
    """True for a participant arriving under a stand-in (read from a sender's row): it is settled, not just inserted."""
    code = change["values"].get("code") if change["table"] == Participant.__tablename__ else None
    return isinstance(code, str) and MARKER in code
