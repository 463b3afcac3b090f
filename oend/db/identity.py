"""Which device writes to a database, and the clock its changes are stamped with.

Resolved once per open database, at its first write: the database gets an id of its own (kept in a
settings row that never travels), the installation's device is registered among the devices the
database has seen, and a database that holds fewer of this device's changes than the device handed
out there is a restored backup: the installation moves to a new device id.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from oend.core.clock import Clock
from oend.db.installation import Installation
from oend.ids import uuid7
from oend.model import Device, Setting
from oend.model.base import table_of, utcnow

#: The settings row holding the database's own id; local, never synced.
DATABASE_KEY = "database"


@dataclass
class Identity:
    device_id: str
    database_id: str
    clock: Clock
    installation: Installation
    #: True when the database got its id just now: what it held before has never been logged.
    new_database: bool = False

    def handed_out(self, seq: int) -> int:
        """Note that numbers up to ``seq`` were handed out here; return what had been noted before."""
        return self.installation.hand_out(self.database_id, seq)

    def take_back(self, before: int, claimed: int) -> None:
        """Numbers after ``before`` up to ``claimed`` were never committed (their transaction was rolled back)."""
        self.installation.take_back(self.database_id, before, claimed)


def resolve(conn: Connection, folder: Path) -> Identity:
    """This installation's device in the database on ``conn`` (inside the caller's write transaction)."""
    database_id, new_database = _database_id(conn)
    devices = table_of(Device)
    installation, held = _noted_and_held(conn, folder)
    if (held or 0) < installation.handed_out.get(database_id, 0):
        old = installation.device_id
        installation.renew()
        conn.execute(update(devices).where(devices.c.device_id == old).values(replaced_by=installation.device_id))
        held = None
    if held is None:  # another window of this installation may register it at the same moment
        now = utcnow()
        row = {"device_id": installation.device_id, "last_seq": 0, "first_seen": now, "last_seen": now}
        conn.execute(_dialect_insert(conn)(devices).values(row).on_conflict_do_nothing())
    readings = dict(conn.execute(select(devices.c.device_id, devices.c.last_hlc)).all())
    clock = Clock(installation.device_id, readings.pop(installation.device_id, None))  # never behind its own
    for reading in filter(None, readings.values()):
        clock.observe(reading)  # a device far ahead is not followed here either
    installation.save()
    return Identity(installation.device_id, database_id, clock, installation, new_database)


def _noted_and_held(conn: Connection, folder: Path) -> tuple[Installation, int | None]:
    """The installation as noted once the database's row of its device is locked, and that row's last number.

    Another window of this installation may be numbering changes in a transaction not yet committed: the lock
    (on a server; SQLite's write lock already serialises) waits for it, so its numbers are held by the time
    they are compared with what the installation noted, and it is not taken for a restored backup.
    """
    devices = table_of(Device)
    device: str | None = None
    held: int | None = None
    while True:
        installation = Installation.load(folder)
        if installation.device_id == device:
            return installation, held
        device = installation.device_id
        row = select(devices.c.last_seq).where(devices.c.device_id == device).with_for_update()
        held = conn.execute(row).scalar()


def _dialect_insert(conn: Connection) -> Any:
    """The INSERT of the connection's dialect, which can skip a row already there (SQLite and PostgreSQL)."""
    return sqlite.insert if conn.dialect.name == "sqlite" else postgresql.insert


def _database_id(conn: Connection) -> tuple[str, bool]:
    """The database's id, and whether it was made just now."""
    settings = table_of(Setting)
    value = conn.execute(select(settings.c.value).where(settings.c.key == DATABASE_KEY)).scalar()
    if value is not None:
        return str(value["id"]), False
    database_id = str(uuid7())
    conn.execute(insert(settings).values(key=DATABASE_KEY, value={"id": database_id}, updated_at=utcnow()))
    return database_id, True
