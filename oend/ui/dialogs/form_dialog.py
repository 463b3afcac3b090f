"""A dialog around one ``.ui`` form saved through one service call.

Enter saves (Save is the default button), Esc cancels; a refused save keeps everything typed and
shows each message beside its field (``FieldMessages``). Subclasses say what the values are and
which service takes them; the save itself goes the one way every write goes (``run_write``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.errors import OendError, StaleRecord
from oend.ui.dialogs.forms import FieldMessages, child, form_in_dialog
from oend.ui.operations import run_write
from oend.ui.widgets.busy import make_primary
from oend.ui.workers import Workers
from oend.ui.workspace import Workspace


class FormDialog(QDialog):
    form_name = ""
    # True for a save that may take over ~200 ms: it runs on a worker, the form waiting, the window live.
    slow = False
    # True for a form that edits a record and can fill itself again from it (``reload_current``).
    reloads = False
    # The saved ``Changed``, just before the screens are told (the dialog then closes).
    saved = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.result_changed: Changed[Any] | None = None
        self.workers = Workers(self, threads=1)
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
        """The service call; with ``slow`` it runs on a worker thread, so it must not touch a widget."""
        raise NotImplementedError

    def reload_current(self) -> None:
        """Fill the form again from the record as it stands now (for a form that ``reloads``)."""
        raise NotImplementedError

    def save(self) -> None:
        """Save in one transaction; on a refusal keep the form open, untouched, with the messages shown."""
        try:
            values = self.values()
        except OendError as error:
            self.refuse(error)
            return
        run_write(
            self,
            self.workspace,
            lambda session: self.submit(session, values),
            on_saved=self._saved,
            on_refused=self.refuse,
            workers=self.workers if self.slow else None,
        )

    def _saved(self, changed: Changed[Any]) -> None:
        self.messages.clear()
        self.result_changed = changed
        self.saved.emit(changed)
        self.accept()

    def refuse(self, error: OendError) -> None:
        """Say why the save was refused; for a record saved by someone else meanwhile, offer to reload it."""
        self.messages.refuse(error)
        if isinstance(error, StaleRecord) and self.reloads and self.ask_reload():
            self.reload_current()
            self.messages.clear()

    def ask_reload(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Changed by someone else"),
            self.tr("Reload the form with the record as it is now? What you typed here will be replaced."),
            parent=self,
        )
        box.setObjectName("reloadQuestion")
        reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep what I typed"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload)
        box.exec()
        return box.clickedButton() is reload
