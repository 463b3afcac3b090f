"""One participant code on two records: the same person enrolled on two devices, found while applying.

Both records are kept. The one with the earlier id holds the code and the other a stand-in code derived
from its own id, so every device computes the same state whichever record arrives first. When the
earlier record arrives second, the one here is renamed: that rename is computed alike on every device
and is not logged as a change. Each pair becomes a merge offer for a coordinator (book-keeping, local).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, insert, select, update

from oend.model import Participant, SyncMergeOffer
from oend.model.base import table_of, utcnow

#: Between the code and the marker of a stand-in code; no code a person is enrolled under contains it.
MARKER = "~"
CODE_LENGTH = 40


def stand_in(code: str, row_id: uuid.UUID) -> str:
    """The code a later record holds while it shares ``code`` with an earlier one: the same on every device."""
    marker = f"{MARKER}{row_id.hex[-8:]}"
    return code[: CODE_LENGTH - len(marker)] + marker


def make_room(conn: Connection, values: dict[str, Any]) -> dict[str, Any]:
    """The decoded values of an arriving participant, under a stand-in code when an earlier record holds it.

    When the record here holding the code is the later one, it takes its stand-in instead.
    """
    people = table_of(Participant)
    code: str = values["code"]
    arriving: uuid.UUID = values["id"]
    holder = conn.execute(select(people.c.id, people.c.updated_at).where(people.c.code == code)).first()
    if holder is None:
        return values
    held, updated_at = holder
    if arriving > held:
        _offer(conn, held, arriving, code)
        return values | {"code": stand_in(code, arriving)}
    # updated_at is kept: the rename happens alike everywhere and is nobody's edit.
    conn.execute(update(people).where(people.c.id == held).values(code=stand_in(code, held), updated_at=updated_at))
    offers = table_of(SyncMergeOffer)
    conn.execute(update(offers).where(offers.c.kept_id == held).values(kept_id=arriving))
    _offer(conn, arriving, held, code)
    return values


def _offer(conn: Connection, kept: uuid.UUID, duplicate: uuid.UUID, code: str) -> None:
    conn.execute(
        insert(table_of(SyncMergeOffer)).values(
            kept_id=kept, duplicate_id=duplicate, code=code, found_at=utcnow(), resolved=False
        )
    )
