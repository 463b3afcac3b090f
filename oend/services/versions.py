"""Refusing an edit made to an out-of-date copy of a record (no lost updates).

An edit form carries the ``version`` of the row it was opened at; the service checks it against the row
as it stands inside the write transaction before changing anything. The ORM raises the version on every
update of a travelling row (``Synced.version``), so a second editor's save is refused, never silently
overwriting the first one's.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from oend.errors import Phrase, StaleRecord
from oend.model import User
from oend.model.base import Synced

STALE_TEXT = (
    "{who} changed this record at {when}, after you opened it; nothing was saved. "
    "Reload it to see their change, then make yours again"
)


def check_version(session: Session, record: Synced, expected_version: int | None) -> None:
    """Raise ``StaleRecord`` when ``record`` has moved on from ``expected_version`` (None: no check asked)."""
    if expected_version is None or record.version == expected_version:
        return
    raise StaleRecord(STALE_TEXT, values={"who": _writer(session, record), "when": _local_time(record.updated_at)})


def _writer(session: Session, record: Synced) -> str:
    user = session.get(User, record.updated_by) if record.updated_by is not None else None
    if user is None:
        return Phrase("Someone else")
    return user.display_name or user.username


def _local_time(at: dt.datetime) -> str:
    """The time as the clock on the wall shows it (stored in UTC)."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M")
