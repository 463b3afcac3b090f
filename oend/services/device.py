"""The identity of this database's device, stamped on every row it writes."""

from __future__ import annotations

from oend.db import Database
from oend.ids import uuid7
from oend.model import Setting

DEVICE_KEY = "device"


def device_id(db: Database) -> str:
    """This database's device id, created the first time it is asked for."""
    with db.transaction() as session:
        setting = session.get(Setting, DEVICE_KEY)
        if setting is None:
            setting = Setting(key=DEVICE_KEY, value={"id": str(uuid7())})
            session.add(setting)
        return str(setting.value["id"])
