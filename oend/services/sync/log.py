"""Reading the change log: what this database holds of each device, and what a peer still lacks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, and_, or_, select
from sqlalchemy.orm import Session

from oend.db import memberships
from oend.db.change_capture import travelling_tables
from oend.db.row_codec import decode, encode_row
from oend.model import Change, Device
from oend.model.base import table_of

#: Changes read from the database per round trip while a bundle is gathered.
BATCH = 5_000


def seen(session: Session) -> dict[str, int]:
    """Each device's newest change held here (every earlier one is held too)."""
    rows = session.execute(select(Device.device_id, Device.last_seq).where(Device.last_seq > 0))
    return {device: seq for device, seq in rows}


def changes_for(session: Session, seen_there: dict[str, int]) -> list[dict[str, Any]]:
    """Every change held here that a database holding ``seen_there`` lacks, oldest clock first.

    Each device's changes keep their own order even where its clock readings do not (a bulk load numbered
    before the rows adopted when its database got its identity): ordered by the clock alone, every change
    after such a step back would wait at the receiver, and a server's pull carries them from batch to batch.
    """
    lacking = [and_(Change.device_id == device, Change.seq > seq) for device, seq in seen_there.items()]
    if seen_there:
        lacking.append(Change.device_id.not_in(list(seen_there)))
    log = table_of(Change)
    query = select(*(log.c[name] for name in _COLUMNS.values())).order_by(log.c.device_id, log.c.seq)
    if lacking:
        query = query.where(or_(*lacking))
    # plain rows, not ORM objects: a first sync reads millions
    found = [dict(zip(_COLUMNS, row, strict=True)) for row in session.connection().execute(query)]
    found = _in_order(found)
    for change in found:
        change["id"] = str(change["id"])
    for start in range(0, len(found), BATCH):
        _fill_values(session, found[start : start + BATCH])
    return found


def logged_changes(conn: Connection, keys: Iterable[tuple[str, int]]) -> list[dict[str, Any]]:
    """The changes logged under ``keys`` (device, number) as they travel, in clock order (a few: refusals)."""
    log = table_of(Change)
    columns = [log.c[name] for name in _COLUMNS.values()]
    found = []
    for device, seq in keys:
        query = select(*columns).where(log.c.device_id == device, log.c.seq == seq)
        found += [dict(zip(_COLUMNS, row, strict=True)) for row in conn.execute(query)]
    for change in found:
        change["id"] = str(change["id"])
    return sorted(found, key=itemgetter("hlc", "device", "seq"))


def _in_order(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``changes`` (each device's in order) by the latest reading of their device up to each, then device, seq.

    Readings compare as Python compares text, byte by byte, the same on every database.
    """
    keyed: list[tuple[tuple[str, str, int], dict[str, Any]]] = []
    reading, device = "", ""
    for change in changes:
        if change["device"] != device:
            reading, device = "", change["device"]
        reading = max(reading, change["hlc"])
        keyed.append(((reading, device, change["seq"]), change))
    keyed.sort(key=itemgetter(0))
    return [change for _, change in keyed]


def _fill_values(session: Session, changes: list[dict[str, Any]]) -> None:
    """Give rows logged in bulk without values (oend.db.bulk_changes) their values as stored now."""
    bare: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in changes:
        if change["values"] is None:
            bare[change["table"]].append(change)
    for name, waiting in bare.items():
        table = travelling_tables()[name]
        (key,) = table.primary_key.columns
        keys = [decode(key, change["row"]) for change in waiting]
        membership = memberships.MEMBERSHIPS.get(name)
        rows = {}
        for row in session.execute(select(table).where(key.in_(keys))).mappings():
            values = dict(row)
            if membership is not None:
                values[membership.field] = memberships.read(session.connection(), membership, row[key.name])
            rows[str(row[key.name])] = encode_row(table, values)
        for change in waiting:
            change["values"] = rows[change["row"]]


#: Each key of a change as it travels, with the log's column holding it.
_COLUMNS = {
    "id": "id",
    "device": "device_id",
    "seq": "seq",
    "hlc": "hlc",
    "table": "table_name",
    "row": "row_id",
    "op": "operation",
    "values": "row_values",
    "fields": "fields",
    "revision": "schema_revision",
}
