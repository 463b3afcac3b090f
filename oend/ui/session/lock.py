"""The idle lock: every window of the app is covered and the password is asked again.

Nothing is closed: a form in progress stays open (disabled, under a cover) with everything typed in it,
and comes back as it was after ``unlock``. The password prompt is its own application-modal window
placed over the main window, because a modal dialog left open (a half-filled form) would otherwise
keep the keyboard away from anything inside the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from oend.errors import OendError
from oend.security.lockout import AccountLocked, SignInError
from oend.services import accounts
from oend.services.accounts import SignedIn
from oend.ui import style
from oend.ui.session.sign_in import wait_text
from oend.ui.text.labels import code_label
from oend.ui.text.validation_text import error_text
from oend.ui.widgets.busy import busy, make_primary
from oend.ui.widgets.named import named


class Cover(QWidget):
    """An opaque panel over one window's contents, following its size, so nothing can be read under it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), QColor(style.SIDEBAR))


class LockScreen(QWidget):
    """The password prompt of a locked session; emits ``unlocked`` or ``sign_out_requested``."""

    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, signed_in: SignedIn, display_name: str, over: QWidget) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.signed_in = signed_in
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Locked — OEND tracker"))
        self.setGeometry(over.geometry())

        outer = QVBoxLayout(self)
        outer.addStretch(2)
        card = named(QFrame(), "lockCard")
        card.setFixedWidth(420)
        column = QVBoxLayout(card)
        column.setContentsMargins(32, 28, 32, 24)
        column.setSpacing(10)
        column.addWidget(named(QLabel(self.tr("Locked")), "pageTitle"))
        who = named(
            QLabel(
                self.tr("%1 (%2) stepped away. Everything you had open is kept just as you left it.")
                .replace("%1", display_name)
                .replace("%2", code_label(signed_in.actor.role))
            ),
            "muted",
        )
        who.setWordWrap(True)
        who.setFixedWidth(420 - 64)  # a wrapped label needs its width to size its height
        who.setMinimumHeight(who.heightForWidth(420 - 64))
        column.addWidget(who)
        column.addSpacing(6)
        self.with_recovery_key = signed_in.actor.user_id is None  # opened with the recovery key: no password
        prompt = (
            self.tr("Recovery key")
            if self.with_recovery_key
            else self.tr("Password for %1").replace("%1", signed_in.username)
        )
        column.addWidget(QLabel(prompt))
        self.password = named(QLineEdit(), "lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_unlock)
        column.addWidget(self.password)
        self.message = named(QLabel(), "form_error")
        self.message.setProperty("role", "formError")
        self.message.setWordWrap(True)
        self.message.hide()
        column.addWidget(self.message)
        self.unlock_button = make_primary(named(QPushButton(self.tr("Unlock")), "unlock"))
        self.unlock_button.clicked.connect(self.try_unlock)
        column.addWidget(self.unlock_button)
        self.sign_out_button = named(QPushButton(self.tr("Sign out instead")), "linkButton")
        self.sign_out_button.setFlat(True)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        column.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.password.setFocus()

    def try_unlock(self) -> None:
        try:
            with busy():
                accounts.unlock(self.signed_in, self.password.text())
        except AccountLocked as locked:
            self._say(
                self.tr("Too many wrong passwords. Wait %1 before trying again.").replace(
                    "%1", wait_text(locked.retry_after)
                )
            )
        except SignInError:
            self._say(
                self.tr("That is not this database's recovery key. Try again.")
                if self.with_recovery_key
                else self.tr("That is not the password of %1. Try again.").replace("%1", self.signed_in.username)
            )
        except OendError as error:  # the key file gone or damaged since sign-in
            self._say(error_text(error))
        else:
            self.password.clear()
            self.unlocked.emit()

    def _say(self, text: str) -> None:
        self.password.clear()
        self.password.setFocus()
        self.message.setText(text)
        self.message.show()


class Locker(QObject):
    """Locks and unlocks every window of the app for one signed-in session."""

    locked_changed = Signal(bool)
    sign_out_requested = Signal()

    def __init__(self, signed_in: SignedIn, display_name: str, main: QWidget) -> None:
        super().__init__(main)
        self._signed_in = signed_in
        self._display_name = display_name
        self._main = main
        self._covers: list[Cover] = []
        self._disabled: list[QWidget] = []
        self.screen: LockScreen | None = None

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def lock(self) -> None:
        if self.screen is not None:
            return
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, LockScreen)]
        for window in windows:
            self._covers.append(Cover(window))
            if window is not self._main and window.isEnabled():
                window.setEnabled(False)  # keeps its contents; takes no keys while locked
                self._disabled.append(window)
        self.screen = LockScreen(self._signed_in, self._display_name, self._main)
        self.screen.unlocked.connect(self.unlock)
        self.screen.sign_out_requested.connect(self.sign_out_requested)
        self.screen.show()
        self.screen.raise_()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        """Take the covers away and give every window back as it was (the caller checked the password)."""
        if self.screen is None:
            return
        screen, self.screen = self.screen, None
        screen.close()
        screen.deleteLater()
        for cover in self._covers:
            if isValid(cover):  # its window may have closed meanwhile
                cover.hide()
                cover.deleteLater()
        windows = [w for w in self._disabled if isValid(w)]
        for window in windows:
            window.setEnabled(True)
        self._covers.clear()
        self._disabled.clear()
        top = windows[-1] if windows else self._main
        top.activateWindow()
        top.raise_()
        self.locked_changed.emit(False)
