"""Checking the audit trail's hash chains, and signing checkpoints of their heads.

``check_trail`` walks each device's chain in order and names the first event that does not follow: one
changed after it was written (its hash no longer matches), one removed (the next one's place or previous
hash points at nothing), one inserted. A checkpoint, signed with the authority key while an administrator
is signed in, names a chain's length and last hash: a chain that no longer reaches it was cut short, and
one that reaches it with another hash was rewritten before it, however carefully the hashes were redone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.chain import CHECKPOINT, FIELDS, checkpoint_payload, event_hash
from oend.model import AuditCheckpoint, AuditEvent
from oend.reporting.progress import Tracker
from oend.security import authority as keys

BATCH = 5000


def write_checkpoints(session: Session, actor: Actor) -> int:
    """Sign each chain's head that moved since its last checkpoint; only an administrator holding the key."""
    if actor.authority is None:
        return 0
    heads = session.execute(
        select(AuditEvent.device_id, func.max(AuditEvent.seq))
        .where(AuditEvent.device_id.is_not(None))
        .group_by(AuditEvent.device_id)
    ).all()
    last = select(AuditCheckpoint.device_id, func.max(AuditCheckpoint.seq)).group_by(AuditCheckpoint.device_id)
    signed = {device: seq for device, seq in session.execute(last).all()}
    written = 0
    for device, seq in heads:
        if device is None or seq is None or signed.get(device) == seq:
            continue
        head = session.scalar(select(AuditEvent.hash).where(AuditEvent.device_id == device, AuditEvent.seq == seq))
        assert head is not None
        signed_head = keys.sign(actor.authority, CHECKPOINT, checkpoint_payload(device, seq, head))
        session.add(
            AuditCheckpoint(device_id=device, seq=seq, event_hash=head, signed_by=actor.user_id, signature=signed_head)
        )
        written += 1
    return written


class Flaw(enum.StrEnum):
    """What is wrong where a chain stops holding: the code a screen words in its own language."""

    UNPLACED = "unplaced"  # an event with no number: written outside the app
    MISSING = "missing"  # the number before this event is absent: deleted
    OUT_OF_LINE = "out_of_line"  # it does not follow the event before it: that one was replaced or removed
    CHANGED = "changed"  # its own fields no longer match its hash
    CHECKPOINT_UNSIGNED = "checkpoint_unsigned"  # a checkpoint the authority key did not sign
    CHECKPOINT_MISSING = "checkpoint_missing"  # the event a checkpoint names is gone
    CHECKPOINT_DIFFERS = "checkpoint_differs"  # the event a checkpoint names was rewritten


@dataclasses.dataclass(frozen=True)
class Break:
    """The first event of one device's chain that does not hold, or a checkpoint that does not.

    ``seq`` is the number concerned (the missing one, for ``MISSING``); the event's fields are those of the
    event found there (for ``MISSING``, the one the chain goes on at; none when a checkpoint's event is gone).
    """

    device_id: str | None
    flaw: Flaw
    seq: int | None
    event_id: uuid.UUID | None = None
    at: dt.datetime | None = None
    username: str | None = None
    action: str | None = None
    #: For ``MISSING``: the first number absent before this event.
    missing: int | None = None
    checkpoint_at: dt.datetime | None = None

    def text(self) -> str:
        """In plain English, as ``oend db check`` prints it."""
        event = f"event {self.event_id} (#{self.seq}, {self.action} by {self.username} at {self.at})"
        point = f"the checkpoint of {self.checkpoint_at:%Y-%m-%d %H:%M} UTC" if self.checkpoint_at else ""
        said = {
            Flaw.UNPLACED: f"{event} has no place in the chain (written outside the app)",
            Flaw.MISSING: f"event #{self.missing} is missing (deleted?): the chain goes on at {event}",
            Flaw.OUT_OF_LINE: f"{event} does not follow the event before it (#{(self.seq or 1) - 1} was replaced "
            "or removed)",
            Flaw.CHANGED: f"{event} was changed after it was written",
            Flaw.CHECKPOINT_UNSIGNED: f"{point} is not signed by the authority key",
            Flaw.CHECKPOINT_MISSING: f"{point} names event #{self.seq}, which is missing (deleted, or the chain "
            "cut short)",
            Flaw.CHECKPOINT_DIFFERS: f"{point} names event #{self.seq}, which now differs: events up to it were "
            "rewritten",
        }[self.flaw]
        return f"audit: device {self.device_id}: {said}"


@dataclasses.dataclass(frozen=True)
class TrailCheck:
    """What checking the whole trail found: how many events were read, and each break (none when whole)."""

    events: int
    breaks: tuple[Break, ...]

    @property
    def whole(self) -> bool:
        return not self.breaks


def check_trail(session: Session, public: str | None, tracker: Tracker | None = None) -> TrailCheck:
    """Walk every device's chain, then every checkpoint: the one check both ``oend db check`` and the Audit
    trail page run. ``tracker`` (sized by ``count_events``) is told each batch and may stop the walk."""
    events, breaks = _walk_chains(session, tracker)
    return TrailCheck(events, tuple(breaks) + tuple(_checkpoint_breaks(session, public)))


def count_events(session: Session) -> int:
    """How many events a check walks: the size of its progress."""
    return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def _walk_chains(session: Session, tracker: Tracker | None) -> tuple[int, list[Break]]:
    breaks: list[Break] = []
    device: object = object()
    broken = False
    expected, prev = 1, None
    columns = [getattr(AuditEvent, name) for name in FIELDS] + [AuditEvent.hash]
    rows = session.execute(
        select(*columns).order_by(AuditEvent.device_id, AuditEvent.seq).execution_options(yield_per=BATCH)
    ).mappings()
    read = 0
    for row in rows:
        read += 1
        if tracker is not None and read % BATCH == 0:
            tracker.step(BATCH)
        if row["device_id"] != device:
            device, broken, expected, prev = row["device_id"], False, 1, None
        if broken:
            continue
        found = _link_break(dict(row), expected, prev)
        if found is not None:
            breaks.append(found)
            broken = True
        expected, prev = (row["seq"] or 0) + 1, row["hash"]
    return read, breaks


def _link_break(event: dict[str, Any], expected: int, prev: str | None) -> Break | None:
    def found(flaw: Flaw, missing: int | None = None) -> Break:
        action = getattr(event["action"], "value", event["action"])
        named = (event["id"], event["at"], event["username"], action)
        return Break(event["device_id"], flaw, event["seq"], *named, missing=missing)

    if event["seq"] is None:
        return found(Flaw.UNPLACED)
    if event["seq"] != expected:
        return found(Flaw.MISSING, expected)
    if event["prev_hash"] != prev:
        return found(Flaw.OUT_OF_LINE)
    if event_hash(event) != event["hash"]:
        return found(Flaw.CHANGED)
    return None


def _checkpoint_breaks(session: Session, public: str | None) -> list[Break]:
    """Checkpoints that are not the authority's, or that the chains no longer reach as they were."""
    breaks: list[Break] = []
    for point in session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.at)):
        payload = checkpoint_payload(point.device_id, point.seq, point.event_hash)
        if not keys.verify(public, CHECKPOINT, payload, point.signature):
            breaks.append(Break(point.device_id, Flaw.CHECKPOINT_UNSIGNED, point.seq, checkpoint_at=point.at))
            continue
        found = session.execute(
            select(AuditEvent).where(AuditEvent.device_id == point.device_id, AuditEvent.seq == point.seq)
        ).scalar_one_or_none()
        if found is None:
            breaks.append(Break(point.device_id, Flaw.CHECKPOINT_MISSING, point.seq, checkpoint_at=point.at))
        elif found.hash != point.event_hash:
            action = found.action.value
            breaks.append(
                Break(
                    point.device_id,
                    Flaw.CHECKPOINT_DIFFERS,
                    point.seq,
                    found.id,
                    found.at,
                    found.username,
                    action,
                    checkpoint_at=point.at,
                )
            )
    return breaks
