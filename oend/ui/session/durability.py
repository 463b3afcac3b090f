"""Keeping the data safe while the app runs: the start-up integrity check and the backups.

The check and the daily backup run on the window's worker pool, so a big database never delays the
window; the backup on close runs before the database is closed, since it needs the open connection.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from oend.errors import OendError
from oend.services import backup, maintenance
from oend.services.backup import Backup
from oend.services.maintenance import Trust
from oend.ui.text.validation_text import error_text
from oend.ui.workers import Workers
from oend.ui.workspace import Workspace

log = logging.getLogger(__name__)
BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000  # look hourly whether the daily backup is due


@dataclass(frozen=True)
class Health:
    """What the start-up check found, and the newest backup that passed its own check (if any).

    ``problems`` is damage, which a backup puts right; ``trust`` is what was changed outside the app (rights,
    the key's setting, the audit trail), which a person must look into: a backup would only hide it.
    """

    problems: list[str]
    good_backup: Backup | None = None
    trust: Trust | None = None

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def check_health(workspace: Workspace) -> Health:
    """Check the open database; when it is damaged, also find the newest sound backup."""
    db = workspace.db
    keyring = workspace.keyring
    trust = None
    try:
        with db.session() as session:
            problems = maintenance.damage(session)
            trust = maintenance.verify_trust(session, keyring.file if keyring is not None else None)
    except Exception as exc:  # a damaged file often fails outright instead of reporting rows
        why = QCoreApplication.translate("Durability", "The database cannot be read: %1")
        problems = [why.replace("%1", error_text(exc))]
    if not problems or db.path is None:
        return Health(problems, trust=trust)
    for candidate in backup.list_backups(db.path):
        if not backup.check_backup(candidate.path, db.key):
            return Health(problems, candidate, trust)
    return Health(problems, trust=trust)


class Durability(QObject):
    """Runs the checks and backups of one signed-in window."""

    checked = Signal(object)  # Health, once the start-up check is done
    backed_up = Signal(object)  # Path of a backup taken in the background

    def __init__(self, workspace: Workspace, workers: Workers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.workers = workers
        self.health: Health | None = None
        self.daily = QTimer(self, interval=BACKUP_CHECK_INTERVAL_MS)
        self.daily.timeout.connect(self.backup_if_due)

    def start(self) -> None:
        """The integrity check now, in the background, and the daily backup on its timer."""
        self.workers.run(lambda: check_health(self.workspace), self._checked, self._check_failed)
        if self.workspace.db.path is not None:
            self.daily.start()

    def _checked(self, health: Health) -> None:
        self.health = health
        self.checked.emit(health)

    def _check_failed(self, error: BaseException) -> None:
        why = QCoreApplication.translate("Durability", "The check could not run: %1")
        self._checked(Health([why.replace("%1", error_text(error))]))

    def backup_if_due(self) -> None:
        """The daily backup, in the background."""
        db, actor = self.workspace.db, self.workspace.actor
        self.workers.run(lambda: backup.backup_if_due(db, actor), self._backed_up, self._backup_failed)

    def _backed_up(self, path: Path | None) -> None:
        if path is not None:
            self.backed_up.emit(path)

    def _backup_failed(self, error: BaseException) -> None:
        log.warning("the daily backup failed: %s", type(error).__name__)

    def backup_on_close(self) -> Path | None:
        """The backup taken on close, before the database is closed (a failure never blocks closing)."""
        self.daily.stop()
        self.workers.wait()
        if self.health is not None and self.health.damaged:
            return None  # never let a damaged file push a good backup out of the rotation
        try:
            return backup.backup_if_due(self.workspace.db, self.workspace.actor, closing=True)
        except (OendError, OSError) as error:
            log.warning("the backup on close failed: %s", type(error).__name__)
            return None


def describe_backup(found: Backup) -> str:
    """When a backup was taken, in local time, for the damage screen."""
    return found.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
