"""Sync files: writing what another device lacks, and reading what one sent, as user actions.

A file addressed to a device holds every change it has not seen by the marks it last sent here; one
addressed to everyone holds the whole log (a coordinator's file for every laptop). Reading streams the
file into the caller's one transaction, each piece applied once it has verified: a file refused at any
piece, or an import cancelled, applies nothing (the transaction rolls back), and a file read twice, late
or out of order changes nothing twice. Each file written or read is an audit event naming how many
changes and which device sent them; a file written also notes how far it holds each device's changes, so
the Sync page can tell changes in a file from those not yet in one.

Who may sync: every signed-in user, on the laptop they work on. A file carries only what this database
already holds, sealed with the program's key, so writing one reveals nothing its user could not see; and
an outreach worker who cannot carry their own laptop's work to the coordinator loses it. Settling a
conflict stays with coordinators and administrators (``conflicts.resolve_conflict``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.errors import OendError
from oend.exchange.bundle import BundleRefused, open_bundle, write_bundle
from oend.model.codes import AuditAction
from oend.reporting.progress import CancelCheck, Progress, Tracker
from oend.services import audit
from oend.services.sync.apply import ApplyResult
from oend.services.sync.exchange import export_changes, import_changes
from oend.services.sync.keys import sync_key

#: The suffix the app offers for sync files.
SUFFIX = "oendsync"
NO_KEY = "this laptop has no sync key yet: set up the program on it, or enrol it from the coordinator's laptop"
OWN_FILE = "this sync file was written on this laptop: read it on the other device"
#: Changes written between two progress reports.
STEP = 1000


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    changes: int
    #: The device the file is for; None for a file for everyone.
    for_peer: str | None


def program_id(key: bytes) -> str:
    """The program's name on its sync files, taken from its key: a file of another program is named as such."""
    return "program-" + hashlib.sha256(b"oend program\0" + key).hexdigest()[:24]


def program_key(session: Session) -> bytes:
    """The program's sync key; refused in plain words on a laptop that has none yet."""
    key = sync_key(session)
    if key is None:
        raise OendError(NO_KEY)
    return key


def export_bundle(
    session: Session,
    actor: Actor,
    path: str | Path,
    *,
    for_peer: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Changed[ExportSummary]:
    """Write to ``path`` every change ``for_peer`` lacks (every change, for everyone), whole or not at all."""
    key = program_key(session)
    header, changes = export_changes(session, for_peer)
    header |= {"program_id": program_id(key), "changes": len(changes)}
    tracker = Tracker(len(changes), progress, cancelled)
    write_bundle(Path(path), header, _counted(changes, tracker), key)
    summary = ExportSummary(Path(path), len(changes), for_peer)
    audit.record(
        session,
        actor,
        AuditAction.EXPORT,
        "sync",
        detail=f"{len(changes)} changes for {for_peer or 'every device'} to {Path(path).name}",
        after={"for": for_peer, "held": header["seen"]},  # what the file covers, until the other side confirms
    )
    return Changed(summary, frozenset({Area.AUDIT}))


def _counted(changes: list[dict[str, Any]], tracker: Tracker) -> Iterator[dict[str, Any]]:
    """The changes as they are written, with progress (and a chance to stop) every ``STEP``."""
    tracker.check()
    for number, change in enumerate(changes, 1):
        yield change
        if number % STEP == 0:
            tracker.step(STEP)
    tracker.step(len(changes) % STEP)


def import_bundle(
    session: Session,
    actor: Actor,
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Changed[ApplyResult]:
    """Apply the sync file at ``path`` in the caller's transaction as it is read and verified.

    A cancel is heeded between batches; the caller's transaction then rolls back what was applied.

    Raises ``BundleRefused`` (the caller rolls back: nothing applied) for a file that is not a sync file of
    this program or was damaged, cut short or changed; the disk's own ``OSError`` for one that cannot be opened.
    """
    key = program_key(session)
    with open_bundle(Path(path), key, program_id(key)) as reader:
        sender = reader.header.get("from")
        if sender == actor.device_id:
            raise BundleRefused(OWN_FILE)
        total = reader.count
        tracker = Tracker(total, progress, cancelled)
        tracker.step(0)
        result = import_changes(session, actor, reader.header, reader.changes(), tracker.step)
    audit.record(
        session,
        actor,
        AuditAction.IMPORT,
        "sync",
        detail=(
            f"{total} changes from device {sender if isinstance(sender, str) else 'unknown'} in {Path(path).name}:"
            f" {result.applied} applied, {result.already_held} already here, {result.pending} waiting,"
            f" {len(result.rejected)} refused, {result.conflicts} conflicts"
        ),
    )
    return Changed(result, frozenset(Area))
