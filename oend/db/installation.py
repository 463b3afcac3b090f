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
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oend.ids import uuid7

FILE_NAME = "device.json"
#: Writers of the file in this process (several open databases, worker threads) take turns.
_WRITING = threading.RLock()


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
        """The installation kept in ``folder``, created (with a new device id) the first time.

        Created exclusively: of two programs starting at once on a new installation, one makes it. A damaged
        file is set aside and the installation starts as a new device, which can reuse no number.
        """
        path = folder / FILE_NAME
        with _WRITING:
            try:
                return cls._read(path)
            except FileNotFoundError:
                pass
            except (ValueError, KeyError, TypeError, AttributeError):  # damaged: a new id never reuses a number
                os.replace(path, path.with_name(path.name + ".damaged"))
            installation = cls(path, str(uuid7()))
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                with open(path, "x", encoding="utf-8") as new:
                    new.write(installation.text())
            except FileExistsError:
                return cls._read(path)
            return installation

    @classmethod
    def _read(cls, path: Path) -> Installation:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return cls(path, str(data["device_id"]), dict(data.get("handed_out", {})), list(data.get("retired", [])))

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
        with _WRITING:
            self._reread(database_id)
            before = self.handed_out.get(database_id, 0)
            if seq > before:
                self.handed_out[database_id] = seq
                self.save()
            return before

    def take_back(self, database_id: str, before: int, claimed: int) -> None:
        """Numbers after ``before`` were never committed, unless another window handed out more since."""
        with _WRITING:
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

    def text(self) -> str:
        data = {"device_id": self.device_id, "handed_out": self.handed_out, "retired": self.retired}
        return json.dumps(data, indent=1)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}-{threading.get_ident()}.partial")
        with _WRITING:
            partial.write_text(self.text(), encoding="utf-8")
            os.replace(partial, self.path)
