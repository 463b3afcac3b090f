"""Voiding a record entered by mistake: a reason is asked for, and the service says whether the void may be made.

The reason stays on the record and in the audit trail; whether it is required, and who may void, is the
service's rule, so a refusal is shown beside the reason field or above it, and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.ui.dialogs.forms import FieldMessages
from oend.ui.operations import run_write
from oend.ui.widgets.busy import make_primary
from oend.ui.widgets.named import named
from oend.ui.workspace import Workspace

VoidAction = Callable[[Session, str], Changed[Any]]


class VoidDialog(QDialog):
    def __init__(
        self, workspace: Workspace, what: str, field: str, action: VoidAction, parent: QWidget | None = None
    ) -> None:
        """``what`` names the record as the user knows it, and a refusal the service gives by the record's own
        ``field`` (kits still linked to it, say); ``action`` voids it with the reason typed."""
        super().__init__(parent)
        self.workspace = workspace
        self.action = action
        self.setObjectName("voidDialog")
        self.setWindowTitle(self.tr("Void %1").replace("%1", what))
        layout = QVBoxLayout(self)
        prompt = QLabel(
            self.tr("Void %1? It stays in the audit trail but leaves every list and count.").replace("%1", what)
        )
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        general = named(QLabel(), "form_error")
        general.setWordWrap(True)
        layout.addWidget(general)
        fields = QFormLayout()
        self.reason = named(QLineEdit(), "reason")
        self.reason.setPlaceholderText(self.tr("For example: entered twice"))
        fields.addRow(self.tr("&Reason"), self.reason)
        reason_error = named(QLabel(), "reason_error")
        reason_error.setWordWrap(True)
        fields.addRow("", reason_error)
        layout.addLayout(fields)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        void = self.buttons.addButton(self.tr("Void"), QDialogButtonBox.ButtonRole.AcceptRole)
        make_primary(void).setDefault(True)
        self.void_button = void
        self.buttons.accepted.connect(self.void)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.messages = FieldMessages(self, {"reason": self.tr("Reason"), field: what})
        self.reason.setFocus()

    def void(self) -> None:
        reason = self.reason.text()
        run_write(
            self,
            self.workspace,
            lambda session: self.action(session, reason),
            on_saved=lambda _changed: self.accept(),
            on_refused=self.messages.refuse,
        )
