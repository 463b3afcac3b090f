"""An administrator gives a user a new password: a temporary one is suggested, or typed instead.

The user's key slot is rewrapped with it (no data is re-encrypted), and a disabled account comes back.
"""

from __future__ import annotations

import secrets
from typing import Any

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from oend.core.changes import Changed
from oend.errors import OendError, ValidationError
from oend.services.users import UserRow, reset_password
from oend.ui.operations import run_write
from oend.ui.text.validation_text import error_text, field_messages
from oend.ui.widgets.busy import make_primary
from oend.ui.widgets.named import named
from oend.ui.workers import Workers
from oend.ui.workspace import Workspace

_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read out loud or copied by hand


def temporary_password(groups: int = 3, size: int = 4) -> str:
    """A random password easy to read aloud: three groups of four, about 60 bits."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(size)) for _ in range(groups))


class ResetPasswordDialog(QDialog):
    def __init__(self, workspace: Workspace, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.user = user
        self.result_changed: Changed[Any] | None = None
        self.workers = Workers(self, threads=1)
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Give this temporary password to %1 in person. They can change it once signed in. "
                "You can also type one of your own."
            ).replace("%1", f"{user.display_name} ({user.username})")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if not user.active:
            note = QLabel(self.tr("The account is disabled: resetting the password turns it back on."))
            note.setObjectName("muted")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.password = named(QLineEdit(temporary_password()), "newPassword")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(13)
        font.setWeight(QFont.Weight.DemiBold)
        self.password.setFont(font)
        layout.addWidget(self.password)
        self.message = named(QLabel(), "form_error")
        self.message.setProperty("role", "formError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        reset = self.buttons.addButton(self.tr("Reset password"), QDialogButtonBox.ButtonRole.AcceptRole)
        make_primary(reset).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.selectAll()
        self.password.setFocus()

    def save(self) -> None:
        """Reset on a worker (the new password is hashed and its key slot made); a refusal is said here."""
        actor, keyring, username, password = (
            self.workspace.actor,
            self.workspace.keyring,
            self.user.username,
            self.password.text(),
        )
        run_write(
            self,
            self.workspace,
            lambda session: reset_password(session, actor, keyring, username, password),
            on_saved=self._saved,
            on_refused=self._refused,
            workers=self.workers,
        )

    def _refused(self, error: OendError) -> None:
        if isinstance(error, ValidationError):
            self.message.setText(self.tr("Password: %1").replace("%1", "; ".join(field_messages(error, "password"))))
        else:
            self.message.setText(error_text(error))
        self.message.show()

    def _saved(self, changed: Changed[Any]) -> None:
        self.result_changed = changed
        self.accept()
