"""The stock movements of the Kits page: receipts, transfers and write-offs, newest first, each one open to correct
in the form it was entered with, or to void with a reason. Voided movements leave the list."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from oend.model.codes import MovementKind, WriteOffReason
from oend.queries.movements import MovementRow, stock_movements
from oend.services.stock_corrections import void_movement
from oend.ui.dialogs.movement_form import MovementForm
from oend.ui.dialogs.stock import ReceiveDialog, TransferDialog, WriteOffDialog
from oend.ui.dialogs.void_dialog import VoidDialog
from oend.ui.models.lazy_table import Column, LazyTableModel, make_table, selected_row
from oend.ui.text.labels import label
from oend.ui.widgets.page_parts import button
from oend.ui.workspace import Workspace

FORMS: dict[str, type[MovementForm]] = {
    MovementKind.RECEIVE: ReceiveDialog,
    MovementKind.TRANSFER_OUT: TransferDialog,
    MovementKind.WRITE_OFF: WriteOffDialog,
}


class MovementPanel(QWidget):
    """The list with its Edit and Void buttons; ``site`` gives the page's site filter (None: all the user's)."""

    def __init__(
        self, workspace: Workspace, site: Callable[[], uuid.UUID | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.site = site
        columns = self.columns()
        self.model: LazyTableModel[MovementRow] = LazyTableModel(workspace, columns, self._page, parent=self)
        self.table = make_table(self.model, columns, "movementTable")
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.edit_button = button(self.tr("Edit…"), "editMovement", self.tr("Correct the movement chosen"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.void_button = button(self.tr("Void…"), "voidMovement", self.tr("Void a movement entered by mistake"))
        self.void_button.clicked.connect(self.void_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(6)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.void_button)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self._selected()

    def columns(self) -> list[Column[MovementRow]]:
        return [
            Column(lambda: self.tr("Date"), lambda r: r.moved_on.isoformat(), 110),
            Column(lambda: self.tr("Movement"), lambda r: label(MovementKind, r.kind), 140),
            Column(lambda: self.tr("Site"), self._sites, 140),
            Column(lambda: self.tr("Product"), lambda r: r.product_name),
            Column(lambda: self.tr("Lot"), lambda r: r.lot_number, 110),
            Column(lambda: self.tr("Kits"), lambda r: str(r.quantity), 60, right=True),
            Column(lambda: self.tr("Reference or reason"), self._detail, 170),
        ]

    def _sites(self, row: MovementRow) -> str:
        if row.to_site_code is None:
            return row.site_code
        return self.tr("%1 → %2").replace("%1", row.site_code).replace("%2", row.to_site_code)

    def _detail(self, row: MovementRow) -> str:
        if row.write_off_reason is not None:
            return label(WriteOffReason, row.write_off_reason)
        return row.reference or ""

    def _page(self, session: Any, offset: int, limit: int) -> list[MovementRow]:
        return stock_movements(session, self.workspace.actor, site_id=self.site(), offset=offset, limit=limit)

    def reload(self) -> None:
        self.model.reload()
        self._selected()

    def _selected(self) -> None:
        chosen = selected_row(self.table) is not None
        self.edit_button.setEnabled(chosen)
        self.void_button.setEnabled(chosen)

    def edit_selected(self) -> None:
        """Correct the movement chosen in the form of its kind, filled from the record."""
        row: MovementRow | None = selected_row(self.table)
        if row is not None:
            FORMS[row.kind](self.workspace, self, movement_id=row.id).exec()  # a save is announced to every page

    def describe(self, row: MovementRow) -> str:
        """The movement as the user knows it, for the void dialog."""
        what = {
            MovementKind.RECEIVE: self.tr("the receipt of %1 kit(s) on %2"),
            MovementKind.TRANSFER_OUT: self.tr("the transfer of %1 kit(s) on %2"),
            MovementKind.WRITE_OFF: self.tr("the write-off of %1 kit(s) on %2"),
        }[MovementKind(row.kind)]
        return what.replace("%1", str(row.quantity)).replace("%2", row.moved_on.isoformat())

    def void_selected(self) -> None:
        """Void the movement chosen (a transfer's two legs together), with a reason; refused once its kits left."""
        row: MovementRow | None = selected_row(self.table)
        if row is None:
            return
        actor = self.workspace.actor
        VoidDialog(
            self.workspace,
            self.describe(row),
            "movement",
            lambda session, reason: void_movement(session, actor, row.id, reason=reason, expected_version=row.version),
            self,
        ).exec()  # a void is announced to every page, this one included
