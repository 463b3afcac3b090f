"""Refusals travel back: a change refused on one device reaches the device that made it, through every sync
file and server exchange, so its worker reads why on their own Sync page and corrects the record.

Each side sends the refusals it made itself, as of now, and those it holds from others, each set as of the
moment its refuser sent it; the receiver replaces what it holds from a refuser with any newer set. So a
refusal that ended where it was made (the record came corrected, see ``apply.retry_refused``) ends
everywhere, even through a server or a third laptop. A set arriving late through another device is older
than the one held and changes nothing. A refusal made here is shown here; one brought from elsewhere is
shown only on the device whose change it was, until that device changes the record again (the correction
is then on its way), and never changes how a change applies here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from oend.db.change_capture import IDENTITY
from oend.model import SyncRefusalSet, SyncRejection
from oend.model.base import table_of, utcnow

#: Longest reason kept from another device (a reason is a sentence; a longer one is cut).
MAX_REASON = 2_000
_TEXTS = ("device", "table", "row", "reason", "at")


def this_side(session: Session) -> str:
    """This database as the others name its refusals: a shared server by its own id (every laptop's apply
    runs there), a laptop by its device."""
    identity = session.info[IDENTITY]
    return str(identity.database_id if session.connection().dialect.name == "postgresql" else identity.device_id)


def held_refusals(session: Session) -> dict[str, dict[str, Any]]:
    """Per refuser, the refusals held from it and as of when: this side's own as of now."""
    sets: dict[str, dict[str, Any]] = {this_side(session): {"as_of": utcnow().isoformat(), "refusals": []}}
    for refuser, as_of in session.execute(select(SyncRefusalSet.refused_by, SyncRefusalSet.as_of)):
        sets.setdefault(refuser, {"as_of": as_of, "refusals": []})
    for r in session.scalars(select(SyncRejection)):
        refuser = r.refused_by or this_side(session)
        sets.setdefault(refuser, {"as_of": "", "refusals": []})["refusals"].append(
            {
                "device": r.device_id,
                "seq": r.seq,
                "table": r.table_name,
                "row": r.row_id,
                "reason": r.reason,
                "at": r.at.isoformat(),
            }
        )
    return sets


def take_refusals(session: Session, sets: Any) -> int:
    """Hold each refuser's set that is newer than the one held from it; return the refusals now held.

    Anything malformed is left out: a refusal only informs, so a bad one is not worth refusing a file for.
    """
    if not isinstance(sets, dict):
        return 0
    own, conn = this_side(session), session.connection()
    taken = 0
    for refuser, given in sets.items():
        if refuser == own or not isinstance(refuser, str) or not isinstance(given, dict):
            continue
        as_of, refusals = given.get("as_of"), given.get("refusals")
        if not isinstance(as_of, str) or not isinstance(refusals, list) or not as_of <= _latest_moment():
            continue
        held = session.get(SyncRefusalSet, refuser)
        if held is not None and held.as_of >= as_of:
            continue
        taken += _replace(conn, refuser[:64], refusals)
        if held is None:
            session.add(SyncRefusalSet(refused_by=refuser[:64], as_of=as_of[:40]))
        else:
            held.as_of = as_of[:40]
    session.flush()
    return taken


def refused_by_sender(conn: Connection, sender: str) -> None:
    """After a whole copy from ``sender``, the refusals it made itself are its, not this database's."""
    table = table_of(SyncRejection)
    conn.execute(update(table).where(table.c.refused_by.is_(None)).values(refused_by=sender))
    sets = table_of(SyncRefusalSet)
    conn.execute(delete(sets).where(sets.c.refused_by == sender))
    conn.execute(insert(sets).values(refused_by=sender, as_of=utcnow().isoformat()))


def _replace(conn: Connection, refuser: str, refusals: list[Any]) -> int:
    """The refusals held from ``refuser`` become ``refusals`` (one a refusal made here already covers is left out)."""
    table = table_of(SyncRejection)
    conn.execute(delete(table).where(table.c.refused_by == refuser))
    held = {(device, seq) for device, seq in conn.execute(select(table.c.device_id, table.c.seq))}
    rows = []
    for refusal in refusals:
        row = _row(refusal, refuser)
        if row is not None and (row["device_id"], row["seq"]) not in held:
            held.add((row["device_id"], row["seq"]))
            rows.append(row)
    if rows:
        conn.execute(insert(table), rows)
    return len(rows)


def _latest_moment() -> str:
    """A set stamped further ahead than a day from now is a clock set wrong: it would never be replaced."""
    return (utcnow() + dt.timedelta(days=1)).isoformat()


def _row(refusal: Any, refuser: str) -> dict[str, Any] | None:
    if not isinstance(refusal, dict) or not all(isinstance(refusal.get(k), str) for k in _TEXTS):
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
        "refused_by": refuser,
    }
