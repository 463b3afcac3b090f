"""Kits and inventory: stock on hand per site and lot always in view, kits handed out and stock movements (each
one open to correct or void), and the stock forms."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTabWidget, QVBoxLayout, QWidget

from oend.core.changes import Area
from oend.model.codes import ParticipantCategory, ReferralSource, RefillReason, SupplyType
from oend.queries.activity import DispensingRow, dispensings
from oend.queries.stock import StockLevel, stock_levels
from oend.services.dispensing_corrections import void_dispensing
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.dialogs.referral import ReferralDialog
from oend.ui.dialogs.stock import DispenseDialog, ReceiveDialog, TransferDialog, WriteOffDialog
from oend.ui.dialogs.void_dialog import VoidDialog
from oend.ui.models.lazy_table import Column, LazyTableModel, make_table, selected_row
from oend.ui.pages.base import Page
from oend.ui.text.labels import label
from oend.ui.widgets.movement_panel import MovementPanel
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import button, section_label, site_filter
from oend.ui.widgets.pickers import EXPIRY_WARNING_DAYS
from oend.ui.workspace import Workspace


def expiry_tone(level: StockLevel) -> str | None:
    """Expired or recalled lots in red, lots expiring within 90 days in amber."""
    today = dt.date.today()
    if level.recalled or level.expiry_date < today:
        return "bad"
    if level.expiry_date <= today + dt.timedelta(days=EXPIRY_WARNING_DAYS):
        return "warn"
    return None


class KitsPage(Page):
    areas = frozenset({Area.STOCK, Area.DISPENSING})

    def stock_columns(self) -> list[Column[StockLevel]]:
        return [
            Column(lambda: self.tr("Site"), lambda r: r.site_code, 110),
            Column(lambda: self.tr("Product"), lambda r: r.product_name),
            Column(lambda: self.tr("Lot"), lambda r: r.lot_number, 120),
            Column(lambda: self.tr("Expires"), lambda r: r.expiry_date.isoformat(), 120, expiry_tone),
            Column(lambda: self.tr("On hand"), lambda r: str(r.on_hand), 90, right=True),
        ]

    def dispensing_columns(self) -> list[Column[DispensingRow]]:
        return [
            Column(lambda: self.tr("Date"), lambda r: r.dispensed_on.isoformat(), 100),
            Column(lambda: self.tr("Site"), lambda r: r.site_code, 80),
            Column(
                lambda: self.tr("To"),
                lambda r: (
                    r.participant_code
                    or self.tr("Anonymous · %1").replace("%1", label(ParticipantCategory, r.recipient_category))
                ),
                160,
            ),
            Column(lambda: self.tr("Product"), lambda r: r.product_name),
            Column(lambda: self.tr("Kits"), lambda r: str(r.quantity), 60, right=True),
            Column(lambda: self.tr("Supply"), lambda r: label(SupplyType, r.supply_type), 90),
            Column(
                lambda: self.tr("Refill reason"),
                lambda r: label(RefillReason, r.refill_reason) if r.refill_reason else "",
                150,
            ),
        ]

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.dispense_button = button(
            self.tr("Hand out a kit"), "dispense", self.tr("A new kit or a refill (Ctrl+N)"), True
        )
        self.receive_button = button(self.tr("Receive shipment"), "receive")
        self.transfer_button = button(self.tr("Transfer"), "transfer", self.tr("Move kits to another site"))
        self.write_off_button = button(self.tr("Write off"), "writeOff", self.tr("Remove expired or damaged kits"))
        for made, dialog in (
            (self.receive_button, ReceiveDialog),
            (self.transfer_button, TransferDialog),
            (self.write_off_button, WriteOffDialog),
            (self.dispense_button, DispenseDialog),
        ):
            made.clicked.connect(lambda _=False, d=dialog: self.open_form(d))
            self.header_actions.addWidget(made)

        self.site = site_filter(workspace)
        self.site.currentIndexChanged.connect(lambda: self.refresh(self.areas))
        self._stock: list[StockLevel] = []  # the stock list, read whole (it is a sum per lot)
        self.stock_model: LazyTableModel[StockLevel] = LazyTableModel(
            workspace, self.stock_columns(), self._stock_page, parent=self
        )
        self.stock_table = make_table(self.stock_model, self.stock_columns(), "stockTable")
        self.dispensing_model: LazyTableModel[DispensingRow] = LazyTableModel(
            workspace, self.dispensing_columns(), self._dispensing_page, parent=self
        )
        self.dispensing_table = make_table(self.dispensing_model, self.dispensing_columns(), "dispensingTable")
        self.dispensing_table.doubleClicked.connect(self.edit_dispensing)
        self.dispensing_table.selectionModel().currentRowChanged.connect(self._dispensing_selected)
        self.edit_button = button(self.tr("Edit…"), "editDispensing", self.tr("Correct the hand-out chosen"))
        self.edit_button.clicked.connect(self.edit_dispensing)
        self.void_button = button(self.tr("Void…"), "voidDispensing", self.tr("Void a hand-out entered by mistake"))
        self.void_button.clicked.connect(self.void_dispensing)
        self.refer_button = button(
            self.tr("Refer…"), "referFromDispensing", self.tr("Refer the person given kits to a service")
        )
        self.refer_button.clicked.connect(self.refer)
        self._dispensing_selected()
        self.movements = MovementPanel(workspace, self.site.currentData)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._section(self.tr("Stock on hand"), self.stock_table, self.site))
        self.lists = named(QTabWidget(), "kitLists")
        self.lists.addTab(
            self._section(None, self.dispensing_table, self.refer_button, self.edit_button, self.void_button),
            self.tr("Kits handed out"),
        )
        self.lists.addTab(self.movements, self.tr("Stock movements"))
        splitter.addWidget(self.lists)
        splitter.setSizes([320, 300])
        self.body.addWidget(splitter, 1)

    def _section(self, title: str | None, table: QWidget, *extra: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 4, 0, 4)
        column.setSpacing(6)
        heading = QHBoxLayout()
        if title is None:
            heading.addStretch(1)
        else:
            heading.addWidget(section_label(title), 1)
        for widget in extra:
            heading.addWidget(widget)
        column.addLayout(heading)
        column.addWidget(table, 1)
        return holder

    def title(self) -> str:
        return self.tr("Kits and inventory")

    def subtitle(self) -> str:
        return self.tr("Stock on hand per site and lot; amber lots expire within 90 days")

    def _stock_page(self, session: Any, offset: int, limit: int) -> list[StockLevel]:
        return self._stock[offset : offset + limit]

    def _dispensing_page(self, session: Any, offset: int, limit: int) -> list[DispensingRow]:
        return dispensings(session, self.workspace.actor, site_id=self.site.currentData(), offset=offset, limit=limit)

    def refresh(self, areas: frozenset[Area]) -> None:
        """Kits handed out are a page of an index; stock sums every site's ledger, so it is read on the worker."""
        self.dispensing_model.reload()
        self._dispensing_selected()
        self.movements.reload()
        actor, site_id = self.workspace.actor, self.site.currentData()
        self.loader.load(lambda session: stock_levels(session, actor, site_id=site_id), self._show_stock)

    def _show_stock(self, levels: list[StockLevel]) -> None:
        self._stock = levels
        self.stock_model.reload()

    def _dispensing_selected(self) -> None:
        chosen = selected_row(self.dispensing_table) is not None
        self.edit_button.setEnabled(chosen)
        self.void_button.setEnabled(chosen)
        self.refer_button.setEnabled(chosen)

    def refer(self) -> ReferralDialog | None:
        """A referral made from the hand-out chosen (for its recipient, when known)."""
        row: DispensingRow | None = selected_row(self.dispensing_table)
        if row is None:
            return None
        dialog = ReferralDialog(
            self.workspace,
            self,
            participant_code=row.participant_code or "",
            source_kind=ReferralSource.DISPENSING,
            source_id=row.id,
        )
        dialog.exec()
        return dialog

    def edit_dispensing(self) -> None:
        """Correct the hand-out chosen in the form it was entered with."""
        row: DispensingRow | None = selected_row(self.dispensing_table)
        if row is not None:
            self.open_form(DispenseDialog, dispensing_id=row.id)

    def void_dispensing(self) -> None:
        """Void the hand-out chosen, with a reason; its kits go back to stock."""
        row: DispensingRow | None = selected_row(self.dispensing_table)
        if row is None:
            return
        what = self.tr("the hand-out of %1 kit(s) on %2").replace("%1", str(row.quantity))
        actor = self.workspace.actor
        dialog = VoidDialog(
            self.workspace,
            what.replace("%2", row.dispensed_on.isoformat()),
            "dispensing",
            lambda session, reason: void_dispensing(session, actor, row.id, reason=reason),
            self,
        )
        dialog.exec()  # a void is announced to every page, this one included

    def open_form(self, dialog_class: type[FormDialog], **options: Any) -> FormDialog:
        if dialog_class is DispenseDialog:
            options.setdefault("site_id", self.site.currentData())
        dialog = dialog_class(self.workspace, self, **options)
        dialog.exec()  # a save is announced to every page, this one included
        return dialog

    def create_new(self) -> bool:
        self.open_form(DispenseDialog)
        return True
