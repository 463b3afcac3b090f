"""Refusals travel back: a change refused on one device reaches the device that made it, through every sync
file and server exchange, so its worker reads why on their own Sync page and corrects the record.

Each side sends every refusal it holds (a handful: a refusal ends where the record is corrected, see
``apply``); the receiver keeps those it holds none for, naming the device that refused. A refusal made here
is shown here; one brought from elsewhere is shown only on the device whose change it was, until that device
changes the record again (the correction is then on its way). A refusal made here is what apply itself
reads; those brought from elsewhere never change how a change applies here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session

from oend.db.change_capture import IDENTITY
from oend.model import SyncRejection
from oend.model.base import table_of

#: Longest reason kept from another device (a reason is a sentence; a longer one is cut).
MAX_REASON = 2_000
_TEXTS = ("device", "table", "row", "reason", "by")


def held_refusals(session: Session) -> list[dict[str, Any]]:
    """Every refusal this database holds, as it travels: those made here name this device as the refuser."""
    own = session.info[IDENTITY].device_id
    return [
        {
            "device": r.device_id,
            "seq": r.seq,
            "table": r.table_name,
            "row": r.row_id,
            "reason": r.reason,
            "at": r.at.isoformat(),
            "by": r.refused_by or own,
        }
        for r in session.scalars(select(SyncRejection))
    ]


def take_refusals(session: Session, refusals: Any) -> int:
    """Keep the refusals another side sent that this database holds none for; return how many.

    Anything malformed is left out: a refusal only informs, so a bad one is not worth refusing a file for.
    """
    if not isinstance(refusals, list):
        return 0
    own = session.info[IDENTITY].device_id
    conn = session.connection()
    held = {(device, seq) for device, seq in conn.execute(select(SyncRejection.device_id, SyncRejection.seq))}
    rows = []
    for refusal in refusals:
        row = _row(refusal)
        if row is None or row["refused_by"] == own or (row["device_id"], row["seq"]) in held:
            continue
        held.add((row["device_id"], row["seq"]))
        rows.append(row)
    if rows:
        conn.execute(insert(table_of(SyncRejection)), rows)
    return len(rows)


def refused_by_sender(conn: Connection, sender: str) -> None:
    """After a whole copy from ``sender``, the refusals it made itself are its, not this database's."""
    table = table_of(SyncRejection)
    conn.execute(update(table).where(table.c.refused_by.is_(None)).values(refused_by=sender))


def _row(refusal: Any) -> dict[str, Any] | None:
    if not isinstance(refusal, dict) or not all(isinstance(refusal.get(k), str) for k in (*_TEXTS, "at")):
        return None
    seq = refusal.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        return None
    try:
        at = dt.datetime.fromisoformat(refusal["at"])
    except ValueError:
        return None
    return {
        "device_id": refusal["device"][:64],
        "seq": seq,
        "table_name": refusal["table"][:64],
        "row_id": refusal["row"][:80],
        "reason": refusal["reason"][:MAX_REASON],
        "at": at if at.tzinfo else at.replace(tzinfo=dt.UTC),
        "refused_by": refusal["by"][:64],
    }
