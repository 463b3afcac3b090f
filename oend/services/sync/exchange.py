"""One exchange with a peer: the header and changes a bundle or a server carries, and peers' marks.

The header says who sent it, for whom, and how far the sender has seen every device; the receiver
remembers that, so what it sends back later holds only what the sender still lacks. Changes apply
``APPLY_BATCH`` at a time in the caller's one transaction, so a file of millions is never held whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.db.change_capture import IDENTITY
from oend.db.revision import SCHEMA_REVISION
from oend.model import SyncPeer
from oend.model.base import table_of, utcnow
from oend.services.sync.apply import ApplyResult, apply_changes, retry_refused
from oend.services.sync.log import changes_for, seen
from oend.services.sync.refusals import held_refusals, take_refusals

FORMAT = 1
#: Changes applied together while a long stream is read (what waits carries over to the next batch).
APPLY_BATCH = 5_000


def export_changes(session: Session, peer: str | None = None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """What ``peer`` lacks by what it last told us (everything, for everyone, without a peer)."""
    header = {
        "format": FORMAT,
        "from": session.info[IDENTITY].device_id if IDENTITY in session.info else None,
        "to": peer,
        "seen": seen(session),
        "revision": SCHEMA_REVISION,
        "at": utcnow().isoformat(),
        "refusals": held_refusals(session),
    }
    return header, changes_for(session, peer_seen(session, peer) if peer else {})


def import_changes(
    session: Session,
    actor: Actor,
    header: dict[str, Any],
    changes: Iterable[dict[str, Any]],
    applied: Callable[[int], None] | None = None,
) -> ApplyResult:
    """Apply a peer's changes and remember how far it has seen, in the caller's transaction.

    ``changes`` are taken ``APPLY_BATCH`` at a time; ``applied`` hears how many after each batch (and may
    raise to stop: the caller's transaction then rolls back whatever was applied).
    """
    result: ApplyResult | None = None
    stream = iter(changes)
    while batch := list(islice(stream, APPLY_BATCH)):
        part = apply_changes(session, actor, batch)
        if result is None:
            result = part
        else:
            result.add(part)
        if applied is not None:
            applied(len(batch))
    if result is None:  # no changes: what waits from earlier is still tried
        result = apply_changes(session, actor, [])
    retry_refused(session, result)
    take_refusals(session, header.get("refusals"))
    sender, marks = header.get("from"), header.get("seen")
    if isinstance(sender, str) and isinstance(marks, dict):
        remember_peer(session, sender, {d: s for d, s in marks.items() if isinstance(d, str) and isinstance(s, int)})
    return result


def peer_seen(session: Session, peer: str) -> dict[str, int]:
    rows = session.execute(select(SyncPeer.device_id, SyncPeer.seq).where(SyncPeer.peer_id == peer))
    return dict(rows.all())


def remember_peer(session: Session, peer: str, marks: dict[str, int]) -> None:
    """Keep the higher of what we knew and ``marks`` as how far ``peer`` has seen each device."""
    known = peer_seen(session, peer)
    merged = {d: max(s, known.get(d, 0)) for d, s in marks.items()} | {d: s for d, s in known.items() if d not in marks}
    table = table_of(SyncPeer)
    session.execute(delete(table).where(table.c.peer_id == peer))
    now = utcnow()
    if merged:
        session.execute(
            insert(table), [{"peer_id": peer, "device_id": d, "seq": s, "at": now} for d, s in merged.items()]
        )
