"""A dialog around one ``.ui`` form saved through one service call.

Enter saves (Save is the default button), Esc cancels; a refused save keeps everything typed and
shows each message beside its field (``FieldMessages``). Subclasses say what the values are and
which service takes them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.errors import OendError
from oend.ui.dialogs.forms import FieldMessages, child, form_in_dialog
from oend.ui.widgets.busy import make_primary
from oend.ui.workspace import Workspace


class FormDialog(QDialog):
    form_name = ""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.result_changed: Changed[Any] | None = None
        self.form = form_in_dialog(self, self.form_name)
        self.buttons = child(self.form, QDialogButtonBox, "buttons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            make_primary(save).setDefault(True)

    def start_messages(self) -> None:
        """Call once the subclass has filled its fields."""
        self.messages = FieldMessages(self.form, self.field_names())

    def field(self, kind: type, name: str) -> Any:
        return child(self.form, kind, name)

    def field_names(self) -> dict[str, str]:
        """Service field names as the user reads them, for messages with no place on the form."""
        return {}

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        raise NotImplementedError

    def save(self) -> None:
        """Save in one transaction; on a refusal keep the form open, untouched, with the messages shown."""
        try:
            with self.workspace.db.transaction() as session:
                changed = self.submit(session, self.values())
        except OendError as error:
            self.messages.refuse(error)
            return
        self.messages.clear()
        self.result_changed = changed
        self.accept()
