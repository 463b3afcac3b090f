"""The identity of this installation's device, stamped on every row and change it writes."""

from __future__ import annotations

from oend.db import Database


def device_id(db: Database) -> str:
    """This installation's device id in ``db`` (oend.db.identity): one per installation, new after a restore."""
    return db.device_id
