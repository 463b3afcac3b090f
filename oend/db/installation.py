"""This installation's identity as a sync device, kept in a small file beside the user's data.

The device id belongs to the installation, not to the database: on a shared server every computer
writes its own changes under its own id, and one installation opening two databases is one device.
The file also keeps, per database, the last change number this device handed out there: a database
whose own record is behind it is a restored backup, and the installation takes a new id so no number
is ever given out twice.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oend.ids import uuid7

FILE_NAME = "device.json"


@dataclass
class Installation:
    path: Path
    device_id: str
    #: Database id -> the last change number this device handed out in it.
    handed_out: dict[str, int] = field(default_factory=dict)
    #: Earlier ids of this installation, newest last (each left behind by a restored backup).
    retired: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, folder: Path) -> Installation:
        """The installation kept in ``folder``, created (with a new device id) the first time."""
        path = folder / FILE_NAME
        try:
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return cls(path, str(data["device_id"]), dict(data.get("handed_out", {})), list(data.get("retired", [])))
        except FileNotFoundError:
            installation = cls(path, str(uuid7()))
            installation.save()
            return installation

    def renew(self) -> None:
        """Take a new device id: what the old one handed out stays its own."""
        self.retired.append(self.device_id)
        self.device_id = str(uuid7())
        self.handed_out = {}

    def hand_out(self, database_id: str, seq: int) -> int:
        """Remember that change ``seq`` was handed out in ``database_id``, before it is committed.

        Read again first: another window of this installation may have handed out later numbers meanwhile.
        Returns what was noted before.
        """
        self._reread(database_id)
        before = self.handed_out.get(database_id, 0)
        if seq > before:
            self.handed_out[database_id] = seq
            self.save()
        return before

    def take_back(self, database_id: str, before: int, claimed: int) -> None:
        """Numbers after ``before`` were never committed, unless another window handed out more since."""
        self._reread(database_id)
        if self.handed_out.get(database_id, 0) == claimed:
            self.handed_out[database_id] = before
            self.save()

    def _reread(self, database_id: str) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return
        if data.get("device_id") == self.device_id:
            noted = int(data.get("handed_out", {}).get(database_id, 0))
            self.handed_out[database_id] = max(noted, self.handed_out.get(database_id, 0))

    def save(self) -> None:
        data = {"device_id": self.device_id, "handed_out": self.handed_out, "retired": self.retired}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".partial")
        partial.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(partial, self.path)
