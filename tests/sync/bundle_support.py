"""Devices of one program holding its sync key, and what a sync file may not change on them."""

from __future__ import annotations

from sqlalchemy import func, select

from oend.db.change_capture import travelling_tables
from oend.model import AuditEvent
from oend.services.sync.keys import keep_sync_key
from tests.sync.replicas import Replica

KEY = bytes(range(32))


def keyed(devices: list[Replica], key: bytes = KEY) -> list[Replica]:
    """The devices of one program hold its sync key, as enrolment gives them."""
    for device in devices:
        with device.db.transaction() as session:
            keep_sync_key(session, key)
    return devices


def counts(device: Replica) -> dict[str, int]:
    """Rows of every table that travels, audit events aside (reading a file is itself an audit event)."""
    with device.db.session() as session:
        return {
            name: session.scalar(select(func.count()).select_from(table)) or 0
            for name, table in travelling_tables().items()
            if name != AuditEvent.__tablename__
        }
