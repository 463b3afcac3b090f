"""Where sync stands on this database: the devices it has met, what each still lacks, what needs a person.

What a peer lacks is counted from the marks alone: each device's changes are held without gaps up to
``Device.last_seq``, and a peer has seen a device's changes up to the mark it last sent, so the changes
waiting for it are the differences, whatever the size of the log. A device never met directly holds at
least its own changes.

A sync file written here is not a sync: until the peer reads it and says so, its changes still wait. But
the user should know they are in a file: each file written notes how far it holds each device, so of the
changes waiting for a peer, those in the newest file for it (or for every device) are told apart.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from oend.core.clock import Reading
from oend.model import AuditEvent, Change, Device, SyncConflict, SyncPeer, SyncPending, SyncRejection
from oend.model.codes import AuditAction
from oend.queries.settings import stored

#: The settings row of sync (it travels: a coordinator sets it for every laptop).
SYNC_SETTINGS = "sync"
DEFAULT_WARNING_DAYS = 7
#: Rows of conflicts and rejections read for a screen; the totals are counted apart.
SHOWN = 200


@dataclass(frozen=True)
class PeerStatus:
    device_id: str
    #: When a sync file or a server exchange from it was last read here (None: its changes came through others).
    last_synced: dt.datetime | None
    #: Changes held here that it has not seen.
    waiting: int
    #: Of those, how many are in the newest sync file written here for it (or for every device), and when.
    in_file: int = 0
    file_written: dt.datetime | None = None


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    table: str
    row_id: str
    field: str
    kept_value: Any
    kept_device: str
    kept_at: dt.datetime
    other_value: Any
    other_device: str
    other_at: dt.datetime


@dataclass(frozen=True)
class RejectionRow:
    device_id: str
    seq: int
    table: str
    row_id: str
    reason: str
    at: dt.datetime
    #: The device (or server) that refused this device's change; None for a refusal made here.
    refused_by: str | None = None


@dataclass(frozen=True)
class SyncStatus:
    device_id: str
    last_synced: dt.datetime | None
    peers: list[PeerStatus]
    conflicts: list[ConflictRow]
    conflict_count: int
    rejections: list[RejectionRow]
    rejection_count: int
    #: Changes received before what they build on, applied once it arrives.
    pending: int


def held(session: Session) -> dict[str, int]:
    """Each device's newest change held here."""
    return {device: seq for device, seq in session.execute(select(Device.device_id, Device.last_seq))}


def marks_of(session: Session) -> dict[str, dict[str, int]]:
    """How far each peer said it has seen each device."""
    marks: dict[str, dict[str, int]] = {}
    for peer, device, seq in session.execute(select(SyncPeer.peer_id, SyncPeer.device_id, SyncPeer.seq)):
        marks.setdefault(peer, {})[device] = seq
    return marks


def waiting_for(held_here: dict[str, int], seen_there: dict[str, int]) -> int:
    """Changes held here that a database holding ``seen_there`` lacks."""
    return sum(max(0, seq - seen_there.get(device, 0)) for device, seq in held_here.items())


def last_synced(session: Session) -> dt.datetime | None:
    """When this database last received from another device."""
    at: dt.datetime | None = session.scalar(select(func.max(SyncPeer.at)))
    return at


def sync_status(session: Session, device_id: str) -> SyncStatus:
    """Everything the Sync page shows about this database, whose own device is ``device_id``."""
    held_here = held(session)
    marks = marks_of(session)
    synced = dict(session.execute(select(SyncPeer.peer_id, func.max(SyncPeer.at)).group_by(SyncPeer.peer_id)).all())
    others = session.scalars(
        select(Device.device_id).where(Device.device_id != device_id, Device.replaced_by.is_(None))
    ).all()
    met = set(others) | set(marks)
    files = files_written(session, device_id, met)
    peers = sorted(
        (
            _peer(peer, synced.get(peer), held_here, marks.get(peer, {peer: held_here.get(peer, 0)}), files.get(peer))
            for peer in met
        ),
        key=lambda p: (p.last_synced is None, -(p.last_synced.timestamp() if p.last_synced else 0), p.device_id),
    )
    open_conflicts = select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
    rejections = select(SyncRejection).where(_shown_refusals(device_id))
    return SyncStatus(
        device_id=device_id,
        last_synced=max((p.last_synced for p in peers if p.last_synced), default=None),
        peers=peers,
        conflicts=[_conflict(c) for c in session.scalars(open_conflicts.order_by(SyncConflict.found_at).limit(SHOWN))],
        conflict_count=_count(session, open_conflicts),
        rejections=[
            RejectionRow(r.device_id, r.seq, r.table_name, r.row_id, r.reason, r.at, r.refused_by)
            for r in session.scalars(
                rejections.order_by(SyncRejection.at.desc(), SyncRejection.seq.desc()).limit(SHOWN)
            )
        ],
        rejection_count=_count(session, rejections),
        pending=_count(session, select(SyncPending)),
    )


def _shown_refusals(device_id: str) -> ColumnElement[bool]:
    """The refusals a person here acts on: those made here, and those of this device's own changes made
    elsewhere until this device changes the record again (its correction is then on its way)."""
    corrected = exists().where(
        Change.device_id == SyncRejection.device_id,
        Change.seq > SyncRejection.seq,
        Change.table_name == SyncRejection.table_name,
        Change.row_id == SyncRejection.row_id,
    )
    elsewhere = and_(SyncRejection.refused_by.is_not(None), SyncRejection.device_id == device_id, ~corrected)
    return or_(SyncRejection.refused_by.is_(None), elsewhere)


def _peer(
    peer: str,
    synced: dt.datetime | None,
    held_here: dict[str, int],
    seen_there: dict[str, int],
    file: tuple[dt.datetime, dict[str, int]] | None,
) -> PeerStatus:
    waiting = waiting_for(held_here, seen_there)
    if file is None:
        return PeerStatus(peer, synced, waiting)
    at, in_file = file
    covered = {device: min(seq, in_file.get(device, 0)) for device, seq in held_here.items()}
    return PeerStatus(peer, synced, waiting, waiting_for(covered, seen_there), at)


def files_written(session: Session, device_id: str, peers: set[str]) -> dict[str, tuple[dt.datetime, dict[str, int]]]:
    """For each peer, when the newest sync file for it (or for every device) was written here, and how far
    it holds each device; walked newest first, until a file for every device answers for all the rest."""
    written = (
        select(AuditEvent.at, AuditEvent.after)
        .where(AuditEvent.action == AuditAction.EXPORT, AuditEvent.entity == "sync", AuditEvent.device_id == device_id)
        .order_by(AuditEvent.at.desc())
    )
    found: dict[str, tuple[dt.datetime, dict[str, int]]] = {}
    for at, after in session.execute(written):
        held_then = (after or {}).get("held")
        if not isinstance(held_then, dict):
            continue  # written before files noted what they hold
        target = after.get("for")
        for peer in (peers if target is None else {target} & peers) - found.keys():
            found[peer] = (at, held_then)
        if target is None or found.keys() >= peers:
            break
    return found


def _count(session: Session, query: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _conflict(conflict: SyncConflict) -> ConflictRow:
    kept, other = Reading.parse(conflict.kept_hlc), Reading.parse(conflict.lost_hlc)
    return ConflictRow(
        conflict.id,
        conflict.table_name,
        conflict.row_id,
        conflict.field,
        conflict.kept_value,
        kept.node,
        _moment(kept),
        conflict.lost_value,
        other.node,
        _moment(other),
    )


def _moment(reading: Reading) -> dt.datetime:
    return dt.datetime.fromtimestamp(reading.millis / 1000, dt.UTC)


def sync_warning_days(session: Session) -> int:
    """After how many days without a sync Today warns."""
    value = stored(session, SYNC_SETTINGS).get("warning_days")
    return value if isinstance(value, int) and value > 0 else DEFAULT_WARNING_DAYS


def days_without_sync(session: Session, device_id: str, now: dt.datetime) -> int | None:
    """Whole days since this laptop last synced when more than the program allows, else None.

    Writing a sync file here counts as a sync (the warning asks for one; the coordinator reads it later).
    A laptop that never synced counts from its first change; one that has written nothing is not warned.
    """
    written = select(func.max(AuditEvent.at)).where(
        AuditEvent.action == AuditAction.EXPORT, AuditEvent.entity == "sync", AuditEvent.device_id == device_id
    )
    since = max((at for at in (last_synced(session), session.scalar(written)) if at is not None), default=None)
    if since is None:
        first = session.scalar(select(Change.hlc).where(Change.device_id == device_id).order_by(Change.seq).limit(1))
        if first is None:
            return None
        since = _moment(Reading.parse(first))
    days = (now - since).days
    return days if days > sync_warning_days(session) else None
