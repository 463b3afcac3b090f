"""An administrator enrols a new laptop: tick who may sign in there, save the file, tell the passphrase in person.

The file is sealed under a one-time passphrase (oend/services/enrolment.py) shown here once, large, with a
copy button; it must travel apart from the file, so the dialog says to tell it to the worker face to face.
A refusal (an account that has no key slot on this laptop, a laptop without encryption) is said in the
dialog, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oend.core.changes import Changed
from oend.errors import OendError
from oend.security.enrolment_file import SUFFIX
from oend.services.enrolment import EnrolmentWritten, write_enrolment
from oend.services.users import list_users
from oend.ui.operations import run_write
from oend.ui.outputs.files import documents_dir
from oend.ui.text.validation_text import error_text
from oend.ui.widgets.busy import make_primary
from oend.ui.widgets.named import named
from oend.ui.workers import Workers
from oend.ui.workspace import Workspace


class EnrolLaptopDialog(QDialog):
    """Two steps: the accounts and the file, then the passphrase; ``written`` holds what was written."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.written: EnrolmentWritten | None = None
        self.workers = Workers(self, threads=1)
        self.setWindowTitle(self.tr("Enrol a laptop"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._choose_step())
        self.steps.addWidget(self._passphrase_step())
        layout.addWidget(self.steps)

    # --- step 1: who, and where the file goes -------------------------------------------------------

    def _choose_step(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(named(QLabel(self.tr("Enrol a laptop")), "pageTitle"))
        intro = QLabel(
            self.tr(
                "Tick the accounts that may sign in on the new laptop. Each signs in there with the password "
                "they have here."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.accounts = named(QListWidget(), "enrolAccounts")
        with self.workspace.db.session() as session:
            rows = list_users(session, self.workspace.actor, self.workspace.keyring, include_disabled=False)
        for row in rows:
            item = QListWidgetItem(f"{row.display_name} ({row.username})")
            item.setData(Qt.ItemDataRole.UserRole, row.username)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.accounts.addItem(item)
        column.addWidget(self.accounts, 1)
        file_label = QLabel(self.tr("Save the enrolment &file as"))
        self.path = named(QLineEdit(), "enrolmentPath")
        self.path.textChanged.connect(self.path.setToolTip)  # the whole path, however narrow the field
        self._show_path(str(documents_dir() / f"enrolment.{SUFFIX}"))
        file_label.setBuddy(self.path)
        browse = named(QPushButton(self.tr("Choose…")), "chooseEnrolmentPath")
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose_path)
        picker = QHBoxLayout()
        picker.addWidget(self.path, 1)
        picker.addWidget(browse)
        column.addWidget(file_label)
        column.addLayout(picker)
        self.message = named(QLabel(), "form_error")
        self.message.setProperty("role", "formError")
        self.message.setWordWrap(True)
        self.message.hide()
        column.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = buttons.addButton(self.tr("Write the file"), QDialogButtonBox.ButtonRole.AcceptRole)
        make_primary(self.write_button).setDefault(True)
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        return page

    def _choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enrolment file"),
            self.path.text(),
            self.tr("Enrolment files (*.{suffix})").format(suffix=SUFFIX),
        )
        if path:
            self._show_path(path)

    def _show_path(self, path: str) -> None:
        """A path read from its start: the folder a person looks for first (a line edit opens at the end)."""
        self.path.setText(path)
        self.path.setCursorPosition(0)

    def chosen(self) -> list[str]:
        """The ticked accounts' user names."""
        items = (self.accounts.item(number) for number in range(self.accounts.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def write(self) -> None:
        """Write the file on a worker (the passphrase's key derivation takes a moment); a refusal is said here."""
        actor, keyring, names = self.workspace.actor, self.workspace.keyring, self.chosen()
        path = Path(self.path.text().strip())
        if path.suffix != f".{SUFFIX}":
            path = path.with_name(f"{path.name}.{SUFFIX}")
        run_write(
            self,
            self.workspace,
            lambda session: write_enrolment(session, actor, keyring, path, names),
            on_saved=self._written,
            on_refused=self._refused,
            workers=self.workers,
        )

    def _refused(self, error: OendError) -> None:
        self.message.setText(error_text(error, {"accounts": self.tr("Accounts")}))
        self.message.show()

    def _written(self, changed: Changed[Any]) -> None:
        self.written = changed.record
        assert self.written is not None
        self.passphrase.setText(self.written.passphrase)
        self.where.setText(
            self.tr("The enrolment file for %1 is saved as %2.")
            .replace("%1", ", ".join(self.written.usernames))
            .replace("%2", str(self.written.path))
        )
        self.steps.setCurrentIndex(1)
        self.close_button.setFocus()

    # --- step 2: the passphrase, shown once ---------------------------------------------------------

    def _passphrase_step(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.where = named(QLabel(), "enrolmentWritten")
        self.where.setWordWrap(True)
        column.addWidget(self.where)
        card = named(QFrame(), "keyCard")
        inside = QVBoxLayout(card)
        inside.setContentsMargins(20, 18, 20, 18)
        self.passphrase = named(QLabel(), "enrolmentPassphrase")
        self.passphrase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(18)
        font.setWeight(QFont.Weight.DemiBold)
        self.passphrase.setFont(font)
        inside.addWidget(self.passphrase)
        # Added to the card's layout before the button goes in, so the card owns it (see the set-up wizard).
        row = QHBoxLayout()
        inside.addLayout(row)
        self.copy_button = named(QPushButton(self.tr("Copy")), "copyPassphrase")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self._copy)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        column.addWidget(card)
        tell = named(
            QLabel(
                self.tr(
                    "<b>Tell this passphrase to the worker in person.</b> Never write it down with the file or "
                    "send it the same way: anyone holding both could open the program's records. It is not "
                    "shown again."
                )
            ),
            "warning",
        )
        tell.setWordWrap(True)
        column.addWidget(tell)
        column.addStretch(1)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("Done"), QDialogButtonBox.ButtonRole.AcceptRole)
        make_primary(self.close_button)
        buttons.accepted.connect(self.accept)
        column.addWidget(buttons)
        return page

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.passphrase.text())

    def done(self, result: int) -> None:
        """The passphrase is not kept on screen longer than needed."""
        self.workers.wait()
        self.passphrase.clear()
        super().done(result)
