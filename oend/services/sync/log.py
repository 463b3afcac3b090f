"""Reading the change log: what this database holds of each device, and what a peer still lacks."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from oend.model import Change, Device

#: Changes read from the database per round trip while a bundle is gathered.
BATCH = 5_000


def seen(session: Session) -> dict[str, int]:
    """Each device's newest change held here (every earlier one is held too)."""
    rows = session.execute(select(Device.device_id, Device.last_seq).where(Device.last_seq > 0))
    return {device: seq for device, seq in rows}


def changes_for(session: Session, seen_there: dict[str, int]) -> list[dict[str, Any]]:
    """Every change held here that a database holding ``seen_there`` lacks, oldest clock first."""
    lacking = [and_(Change.device_id == device, Change.seq > seq) for device, seq in seen_there.items()]
    if seen_there:
        lacking.append(Change.device_id.not_in(list(seen_there)))
    query = select(Change).order_by(Change.hlc).execution_options(yield_per=BATCH)
    if lacking:
        query = query.where(or_(*lacking))
    return [as_dict(change) for change in session.scalars(query)]


def as_dict(change: Change) -> dict[str, Any]:
    """A change as plain JSON-safe values, as it travels."""
    return {
        "id": str(change.id),
        "device": change.device_id,
        "seq": change.seq,
        "hlc": change.hlc,
        "table": change.table_name,
        "row": change.row_id,
        "op": change.operation,
        "values": change.row_values,
        "fields": change.fields,
        "revision": change.schema_revision,
    }
