"""Where sync stands, for the command line (which reads through services): the Sync page's own query."""

from __future__ import annotations

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.queries.sync_status import SyncStatus, sync_status


def status(session: Session, actor: Actor) -> SyncStatus:
    """This device, the devices it has met with what each lacks, and what needs a person."""
    return sync_status(session, actor.device_id)
