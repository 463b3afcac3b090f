"""The calm screen shown over the whole window when the start-up check finds the database damaged.

It says what happened in plain words, keeps the technical details out of the way, and offers the
newest backup that passed its own check. Restoring keeps the damaged file aside; nothing is deleted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from oend.model.codes import Role
from oend.ui.session.durability import Health, describe_backup
from oend.ui.widgets.busy import make_primary
from oend.ui.widgets.empty_state import Badge
from oend.ui.widgets.named import named


class DamagedScreen(QWidget):
    """Covers its window; emits ``restore_requested`` with the backup's path, or ``close_requested``."""

    restore_requested = Signal(object)
    close_requested = Signal()

    def __init__(self, health: Health, role: Role, window: QWidget) -> None:
        super().__init__(window)
        self.health = health
        self.setObjectName("damagedScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        window.installEventFilter(self)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = named(QFrame(), "card")
        card.setFixedWidth(620)
        column = QVBoxLayout(card)
        column.setContentsMargins(36, 30, 36, 26)
        column.setSpacing(12)
        column.addWidget(Badge("!"), 0, Qt.AlignmentFlag.AlignHCenter)
        title = named(QLabel(self.tr("Your records need attention")), "emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(title)
        body = named(
            QLabel(
                self.tr(
                    "A routine check found that the database file on this computer is damaged. This can happen "
                    "when a laptop loses power while saving. Nothing has been deleted."
                )
            ),
            "emptyBody",
        )
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(body)
        self.advice = named(QLabel(self._advice(role)), "emptyPoint")
        self.advice.setWordWrap(True)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.advice)

        details = named(QPlainTextEdit("\n".join(health.problems[:50])), "damageDetails")
        details.setReadOnly(True)
        details.setMaximumHeight(90)
        details.hide()
        toggle = named(QPushButton(self.tr("Show technical details")), "linkButton")
        toggle.setFlat(True)
        toggle.clicked.connect(lambda: details.setVisible(not details.isVisible()))
        column.addWidget(toggle, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(details)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = named(QPushButton(self.tr("Close the app")), "closeApp")
        self.close_button.clicked.connect(self.close_requested)
        buttons.addWidget(self.close_button)
        self.restore_button = make_primary(named(QPushButton(self.tr("Restore the backup")), "restoreBackup"))
        self.restore_button.clicked.connect(self._restore)
        buttons.addWidget(self.restore_button)
        column.addLayout(buttons)
        # Only once it has a parent: shown before, the button opens as a window of its own and takes the focus.
        self.restore_button.setVisible(health.good_backup is not None and role == Role.ADMINISTRATOR)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setGeometry(window.rect())
        self.raise_()

    def _advice(self, role: Role) -> str:
        found = self.health.good_backup
        if found is None:
            return self.tr("No sound backup was found. Please contact your program's administrator or IT support.")
        when = describe_backup(found)
        if role != Role.ADMINISTRATOR:
            return self.tr("A sound backup from %1 exists. Ask an administrator to sign in and restore it.").replace(
                "%1", when
            )
        return self.tr(
            "The latest sound backup is from %1. Restoring it brings back everything saved up to then; "
            "the damaged file is kept aside."
        ).replace("%1", when)

    def _restore(self) -> None:
        if self.health.good_backup is not None:
            path: Path = self.health.good_backup.path
            self.restore_requested.emit(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False
