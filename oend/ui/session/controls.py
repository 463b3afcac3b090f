"""One signed-in session in the main window: the idle lock, sign-out, the checks and backups, and close.

The window stays about pages; this object decides when the session locks, how it ends (a backup,
then the sign-out recorded and the database closed) and what happens when the check finds damage.
The sign-in, lock, backup and damage code loads only for a signed-in session, when it gets there: a
window over a database opened directly (a test, the benchmark) never needs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from shiboken6 import isValid
from sqlalchemy import select

from oend.errors import OendError
from oend.model import User
from oend.ui.session.idle import IdleWatcher, idle_minutes
from oend.ui.text.validation_text import error_text
from oend.ui.widgets.busy import busy
from oend.ui.workers import Workers
from oend.ui.workspace import Workspace

if TYPE_CHECKING:
    from oend.services.accounts import SignedIn
    from oend.services.maintenance import Trust
    from oend.ui.session.damaged import DamagedScreen
    from oend.ui.session.durability import Durability, Health
    from oend.ui.session.lock import Locker
    from oend.ui.session.tampering import TamperNotice


def display_name_of(workspace: Workspace) -> str:
    """The signed-in person's full name (the user name when the session has no user row)."""
    actor = workspace.actor
    if actor.user_id is None:
        return actor.username
    with workspace.db.session() as session:
        return session.scalar(select(User.display_name).where(User.id == actor.user_id)) or actor.username


class SessionControls(QObject):
    """Emits ``signed_out`` when the user signed out, ``restored`` (a notice) after a restore."""

    signed_out = Signal()
    restored = Signal(str)

    def __init__(self, workspace: Workspace, window: QMainWindow) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.display_name = display_name_of(workspace)
        self.ended = False
        self.damaged_screen: DamagedScreen | None = None
        self.tamper_notice: TamperNotice | None = None
        self.workers = Workers(self)
        signed = workspace.signed_in
        self.durability: Durability | None = None
        self.locker: Locker | None = None
        self.idle: IdleWatcher | None = None
        if signed is None:
            return
        from oend.ui.session.durability import Durability

        self.durability = Durability(workspace, self.workers, self)
        from oend.ui.session.lock import Locker  # every session locks: one opened with the recovery key asks for it

        self.locker = Locker(signed, self.display_name, window)
        self.locker.sign_out_requested.connect(self.sign_out)
        self.idle = IdleWatcher(idle_minutes() * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.locker.locked_changed.connect(self._lock_changed)

    def start(self) -> None:
        """After the window is shown: the idle count and the background integrity check."""
        if self.idle is not None:
            self.idle.start()
        if self.durability is not None:
            self.durability.checked.connect(self._checked)
            self.durability.start()

    @property
    def signed_in(self) -> SignedIn | None:
        return self.workspace.signed_in

    @property
    def can_lock(self) -> bool:
        return self.locker is not None

    def _lock_changed(self, locked: bool) -> None:
        if not locked and self.idle is not None and not self.ended:
            self.idle.start()  # count again from the unlock

    def lock(self) -> None:
        if self.locker is not None and not self.ended:
            if self.idle is not None:
                self.idle.stop()
            self.locker.lock()

    # --- the damage check ------------------------------------------------------------------------------

    def _checked(self, health: Health) -> None:
        if self.ended:
            return
        if health.damaged:
            self.show_damage(health)
        else:
            self.show_tampering(health.trust)

    def show_tampering(self, trust: Trust | None) -> None:
        """Tell the user what was found changed outside the app (what concerns them), when anything was."""
        from oend.ui.session.tampering import Tampering, TamperNotice

        signed = self.signed_in
        role = self.workspace.actor.role
        found = Tampering.found(signed.standing if signed is not None else None, trust, role)
        if not found.any:
            return
        notice = TamperNotice(found, role, self.window)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notice.open()
        self.tamper_notice = notice

    def show_damage(self, health: Health) -> None:
        from oend.ui.session.damaged import DamagedScreen

        screen = DamagedScreen(health, self.workspace.actor.role, self.window)
        screen.restore_requested.connect(self.restore)
        screen.close_requested.connect(self.window.close)
        screen.show()
        self.damaged_screen = screen

    def restore(self, backup_path: Path) -> None:
        """Put the backup in place of the damaged file, then start again at the sign-in."""
        signed = self.signed_in
        db = self.workspace.db
        if signed is None or db.path is None:
            return
        from oend.services import backup

        self.workers.wait()
        db.close()
        try:
            with busy():
                done = backup.restore(
                    db.path, backup_path, key=db.key, actor=self.workspace.actor, instance_lock=signed.instance_lock
                )
        except (OendError, OSError) as error:
            notice = self.tr("The backup could not be restored: %1").replace("%1", error_text(error))
        else:
            notice = (
                self.tr("The backup %1 was restored. The damaged file was kept as %2.")
                .replace("%1", done.restored_from.name)
                .replace("%2", done.set_aside.name)
            )
        finally:
            self._finish(signed)
        self.restored.emit(notice)
        self.window.close()

    # --- ending the session ------------------------------------------------------------------------------

    def sign_out(self) -> None:
        """Close any open form, end the session and go back to the sign-in (from the event loop's top)."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and isValid(widget):
                widget.reject()  # ends a nested exec() so the window can close cleanly
        QTimer.singleShot(0, self._sign_out_now)

    def _sign_out_now(self) -> None:
        self.end()
        self.signed_out.emit()
        self.window.close()

    def end(self) -> None:
        """The backup on close and the recorded sign-out; safe to call twice."""
        if self.ended:
            return
        self.ended = True
        if self.idle is not None:
            self.idle.stop()
        if self.locker is not None and self.locker.locked:
            self.locker.unlock()
        signed = self.signed_in
        if signed is None:
            return
        from oend.services import accounts

        with busy():
            if self.durability is not None:
                self.durability.backup_on_close()
            else:
                self.workers.wait()
            try:
                accounts.sign_out(signed)
            except OendError:
                self._finish(signed)

    def _finish(self, signed: SignedIn) -> None:
        """Close without recording anything (after a restore, or when the database cannot be written)."""
        self.ended = True
        signed.db.close()
        if signed.instance_lock is not None:
            signed.instance_lock.release()
