"""Checking the audit trail's hash chains, and signing checkpoints of their heads.

``problems`` walks each device's chain in order and names the first event that does not follow: one
changed after it was written (its hash no longer matches), one removed (the next one's place or previous
hash points at nothing), one inserted. A checkpoint, signed with the authority key while an administrator
is signed in, names a chain's length and last hash: a chain that no longer reaches it was cut short, and
one that reaches it with another hash was rewritten before it, however carefully the hashes were redone.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.chain import CHECKPOINT, FIELDS, checkpoint_payload, event_hash
from oend.model import AuditCheckpoint, AuditEvent
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


def _describe(event: dict[str, object]) -> str:
    action = getattr(event["action"], "value", event["action"])
    return f"event {event['id']} (#{event['seq']}, {action} by {event['username']} at {event['at']})"


def chain_problems(session: Session) -> list[str]:
    """The first broken link of each device's chain, in plain words; none when every chain is whole."""
    problems: list[str] = []
    device: object = object()
    broken = False
    expected, prev = 1, None
    columns = [getattr(AuditEvent, name) for name in FIELDS] + [AuditEvent.hash]
    rows = session.execute(
        select(*columns).order_by(AuditEvent.device_id, AuditEvent.seq).execution_options(yield_per=BATCH)
    ).mappings()
    for row in rows:
        if row["device_id"] != device:
            device, broken, expected, prev = row["device_id"], False, 1, None
        if broken:
            continue
        problem = _link_problem(dict(row), expected, prev)
        if problem:
            problems.append(f"audit: device {device}: {problem}")
            broken = True
        expected, prev = (row["seq"] or 0) + 1, row["hash"]
    return problems


def _link_problem(event: dict[str, object], expected: int, prev: str | None) -> str | None:
    if event["seq"] is None:
        return f"{_describe(event)} has no place in the chain (written outside the app)"
    if event["seq"] != expected:
        return f"event #{expected} is missing (deleted?): the chain goes on at {_describe(event)}"
    if event["prev_hash"] != prev:
        return f"{_describe(event)} does not follow the event before it (#{expected - 1} was replaced or removed)"
    if event_hash(event) != event["hash"]:
        return f"{_describe(event)} was changed after it was written"
    return None


def checkpoint_problems(session: Session, public: str | None) -> list[str]:
    """Checkpoints that are not the authority's, or that the chains no longer reach as they were."""
    problems: list[str] = []
    for point in session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.at)):
        payload = checkpoint_payload(point.device_id, point.seq, point.event_hash)
        where = f"audit: device {point.device_id}: the checkpoint of {point.at:%Y-%m-%d %H:%M} UTC"
        if not keys.verify(public, CHECKPOINT, payload, point.signature):
            problems.append(f"{where} is not signed by the authority key")
            continue
        found = session.scalar(
            select(AuditEvent.hash).where(AuditEvent.device_id == point.device_id, AuditEvent.seq == point.seq)
        )
        if found is None:
            problems.append(f"{where} names event #{point.seq}, which is missing (deleted, or the chain cut short)")
        elif found != point.event_hash:
            problems.append(f"{where} names event #{point.seq}, which now differs: events up to it were rewritten")
    return problems
