"""One list of a program's set-up (sites, partners, products, topics) with the buttons that change it.

The list is short (a program has tens of sites, not thousands), so it is read whole through a paged model.
A write goes the one way every write goes (``run_write``: one transaction, announced once through the page the
list sits on); the page refreshes the list when the main window passes the change back, never twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Area, Changed
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.models.lazy_table import Column, LazyTableModel, make_table
from oend.ui.operations import run_write
from oend.ui.text.validation_text import error_text
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import button
from oend.ui.workspace import Workspace

R = TypeVar("R")


def state_tone(row: Any) -> str | None:
    """Retired rows read amber in their State column."""
    return None if row.active else "warn"


class SetUpList(QWidget, Generic[R]):
    """A table of ``read``'s rows, a row of buttons above it and a note below it for what happened."""

    def __init__(
        self,
        workspace: Workspace,
        name: str,
        columns: Sequence[Column[R]],
        read: Callable[[Session], list[R]],
        areas: frozenset[Area],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.areas = areas
        self._read = read
        self._keep: uuid.UUID | None = None  # the row to select after the next reload
        self._needs_row: list[QPushButton] = []
        self._row_actions: list[Callable[[R | None], None]] = []
        self._left = 0  # buttons before the stretch
        self.model: LazyTableModel[R] = LazyTableModel(workspace, columns, self._page, parent=self)
        self.table = make_table(self.model, columns, name)
        header = self.table.horizontalHeader()
        for number, column in enumerate(columns):
            if column.width:  # short values: as wide as their longest, so the stretching column gets the rest
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self.update_buttons)
        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(8)
        self.button_row.addStretch(1)
        self.note = named(QLabel(), "setUpNote")
        self.note.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 12, 0, 0)
        self.body.setSpacing(10)
        self.body.addLayout(self.button_row)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.note)

    def _page(self, session: Session, offset: int, limit: int) -> list[R]:
        return self._read(session)[offset : offset + limit]

    def add_button(
        self, text: str, name: str, handler: Callable[[], object], *, needs_row: bool = True, primary: bool = False
    ) -> QPushButton:
        """A button in the row above the table; one that acts on the selected row is off without one."""
        made = button(text, name, primary=primary)
        made.clicked.connect(handler)
        if primary:
            self.button_row.addWidget(made)  # at the right end, after the stretch
        else:
            self.button_row.insertWidget(self._left, made)
            self._left += 1
        if needs_row:
            self._needs_row.append(made)
        return made

    def on_selection(self, action: Callable[[R | None], None]) -> None:
        """Run ``action`` with the selected row whenever the selection changes (to relabel a button)."""
        self._row_actions.append(action)

    def selected(self) -> R | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, row_id: uuid.UUID) -> bool:
        for number, row in enumerate(self.model.rows()):
            if getattr(row, "id", None) == row_id:
                self.table.selectRow(number)
                return True
        return False

    def reload(self) -> None:
        """Read the list again, keeping the selected row (or the one just written) selected."""
        current = self.selected()
        keep = self._keep or getattr(current, "id", None)
        self._keep = None
        self.model.reload()
        if keep is None or not self.select(keep):
            self.table.clearSelection()
            self.update_buttons()

    def update_buttons(self) -> None:
        row = self.selected()
        for made in self._needs_row:
            made.setEnabled(row is not None)
        for action in self._row_actions:
            action(row)

    def say(self, text: str, *, error: bool = False) -> None:
        """A line below the list: what was saved, or (in red) why a change was refused."""
        self.note.setProperty("role", "error" if error else None)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.note.setText(text)

    def open_form(self, dialog: FormDialog, note: Callable[[Any], str]) -> bool:
        """Show a form; once it saved (the form announces its change), say ``note(record)`` below the list."""
        dialog.saved.connect(lambda changed: self._saved(changed, note))
        return bool(dialog.exec()) and dialog.result_changed is not None

    def write(self, action: Callable[[Session], Changed[Any]], note: Callable[[Any], str]) -> bool:
        """Run one change; a refusal is said below the list and nothing is written."""
        outcome: list[Changed[Any]] = []

        def saved(changed: Changed[Any]) -> None:
            outcome.append(changed)
            self._saved(changed, note)

        run_write(
            self, self.workspace, action, on_saved=saved, on_refused=lambda e: self.say(error_text(e), error=True)
        )
        return bool(outcome)

    def _saved(self, changed: Changed[Any], note: Callable[[Any], str]) -> None:
        """Before the page reloads the list: keep the written row selected, and say what was saved."""
        self._keep = getattr(changed.record, "id", None)
        self.say(note(changed.record))
