"""Signing in: user name and password, with plain messages for a wrong password, a lockout and a busy database.

The password opens the user's key slot, so a wrong one is slow on purpose; the wait cursor says so.
A lockout shows the time left and counts it down; another window holding the database is named.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from oend.errors import DatabaseError
from oend.security.lockout import DEFAULT_POLICY, AccountLocked, LockoutPolicy, SignInError
from oend.ui.session.preload import preload_when_shown
from oend.ui.widgets.busy import busy, make_primary
from oend.ui.widgets.named import named

if TYPE_CHECKING:
    from oend.services.accounts import SignedIn

#: What signing in imports: the database code, loaded once the dialog is up (``preload``).
SIGN_IN_MODULES = ("oend.services.accounts", "oend.db.instance_lock", "oend.ui.text.validation_text")


def wait_text(seconds: float) -> str:
    """The time left before another try, in the words of the dialog's language."""
    if seconds < 90:
        n = max(1, math.ceil(seconds))
        return QCoreApplication.translate("SignInDialog", "%1 seconds").replace("%1", str(n))
    return QCoreApplication.translate("SignInDialog", "%1 minutes").replace("%1", str(math.ceil(seconds / 60)))


class SignInDialog(QDialog):
    """Accepted once someone signed in; ``signed_in`` then holds their open database."""

    def __init__(
        self,
        target: str,
        *,
        exclusive: bool = True,
        policy: LockoutPolicy = DEFAULT_POLICY,
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.exclusive = exclusive
        self.policy = policy
        self.signed_in: SignedIn | None = None
        self._wait_until = 0.0  # time.monotonic() at which the lockout ends
        self._countdown = QTimer(self, interval=250)
        self._countdown.timeout.connect(self._tick)
        self.setWindowTitle(self.tr("Sign in — OEND tracker"))
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addWidget(named(QLabel(self.tr("Sign in")), "pageTitle"))
        intro = QLabel(self.tr("Enter your user name and password to open your program's records."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notice = named(QLabel(notice), "notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        layout.addWidget(self.notice)

        card = named(QFrame(), "card")
        form = QFormLayout(card)
        form.setContentsMargins(20, 18, 20, 18)
        form.setVerticalSpacing(10)
        self.username = named(QLineEdit(), "username")
        self.username.setPlaceholderText(self.tr("for example: maria.lopez"))
        self.password = named(QLineEdit(), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        layout.addWidget(card)

        self.message = named(QLabel(), "form_error")
        self.message.setProperty("role", "formError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        database = named(QLabel(self.tr("Database: %1").replace("%1", target)), "muted")
        database.setWordWrap(True)
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(database)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        make_primary(self.sign_in_button).setDefault(True)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.username.setFocus()
        preload_when_shown(self, *SIGN_IN_MODULES)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def try_sign_in(self) -> None:
        """Check the password; on success keep the open database and close, else say why and stay."""
        if not self.username.text().strip():
            self.show_message(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        # Imported on use, not with the dialog, so the dialog shows without the database code.
        from oend.db.instance_lock import DatabaseInUse
        from oend.services import accounts
        from oend.ui.text.validation_text import error_text

        try:
            with busy():
                self.signed_in = accounts.sign_in(
                    self.target,
                    self.username.text(),
                    self.password.text(),
                    exclusive=self.exclusive,
                    policy=self.policy,
                )
        except AccountLocked as locked:
            self._start_wait(locked.retry_after)
        except SignInError as error:
            if error.template == accounts.WRONG:
                self.show_message(self.tr("That user name and password do not match. Check them and try again."))
            else:
                self.show_message(self.tr("You cannot sign in: %1.").replace("%1", error_text(error)))
            self._retry_password()
        except DatabaseInUse as error:
            self.show_message(
                self.tr("This database is already open in another OEND window. Close that window first.")
                + "\n"
                + error_text(error)
            )
        except DatabaseError as error:
            self.show_message(self.tr("The database cannot be opened: %1").replace("%1", error_text(error)))
        else:
            self.message.hide()
            self.accept()

    def _retry_password(self) -> None:
        self.password.clear()
        self.password.setFocus()

    def _start_wait(self, seconds: float) -> None:
        """A lockout: say how long, keep the button off and count down to the next try."""
        self._wait_until = time.monotonic() + seconds
        self.sign_in_button.setEnabled(False)
        self._retry_password()
        self._show_wait()
        self._countdown.start()

    def _show_wait(self) -> None:
        self.show_message(
            self.tr("Too many wrong passwords. For your safety, wait %1 before trying again.").replace(
                "%1", wait_text(self._wait_until - time.monotonic())
            )
        )

    def _tick(self) -> None:
        if time.monotonic() < self._wait_until:
            self._show_wait()
            return
        self._countdown.stop()
        self.sign_in_button.setEnabled(True)
        self.show_message(self.tr("You can try again now."))
