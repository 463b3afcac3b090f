"""The stock forms: hand out a kit or a refill, receive a shipment, transfer between sites, write off; each one
also corrects a record of its kind."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.model import Dispensing, Participant
from oend.model.codes import ParticipantCategory, RefillReason, SupplyType, WriteOffReason
from oend.queries.choices import all_site_choices, participant_by_code, product_choices, site_choices
from oend.queries.movements import MovementDetail
from oend.queries.supply import supply_type_for
from oend.services.dispensing import dispense
from oend.services.dispensing_corrections import edit_dispensing
from oend.services.stock import receive_stock, transfer_stock, write_off_stock
from oend.services.stock_corrections import edit_receipt, edit_transfer, edit_write_off
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.dialogs.movement_form import MovementForm
from oend.ui.text.labels import fill
from oend.ui.widgets.date_field import DateField
from oend.ui.widgets.pickers import (
    RECENT_PRODUCT,
    fill_choices,
    fill_lots,
    fill_products_in_stock,
    participant_id_for,
    remember_choice,
    select_data,
    select_default_site,
)
from oend.ui.workspace import Workspace


class DispenseDialog(FormDialog):
    """A new kit or a refill, to a participant (by code) or anonymously; the lot soonest to expire is proposed.

    Given ``dispensing_id``, the form corrects that hand-over instead: filled from the record, saved as an edit
    of the version it was opened at.
    """

    form_name = "dispense"

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        site_id: uuid.UUID | None = None,
        participant_code: str = "",
        refill_reason: RefillReason | None = None,
        reversal_id: uuid.UUID | None = None,
        training_session_id: uuid.UUID | None = None,
        dispensing_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.dispensing_id = dispensing_id
        self.reloads = dispensing_id is not None
        self.opened_version: int | None = None
        self.reversal_id = reversal_id
        self.training_session_id = training_session_id
        self.site: QComboBox = self.field(QComboBox, "site")
        self.dispensed_on: DateField = self.field(DateField, "dispensed_on")
        self.participant: QLineEdit = self.field(QLineEdit, "participant")
        self.recipient_category: QComboBox = self.field(QComboBox, "recipient_category")
        self.product: QComboBox = self.field(QComboBox, "product")
        self.lot: QComboBox = self.field(QComboBox, "lot")
        self.quantity: QSpinBox = self.field(QSpinBox, "quantity")
        self.supply_type: QComboBox = self.field(QComboBox, "supply_type")
        self.refill_reason: QComboBox = self.field(QComboBox, "refill_reason")
        self.reason_note: QLineEdit = self.field(QLineEdit, "reason_note")
        with workspace.db.session() as session:
            fill_choices(self.site, site_choices(session, workspace.actor))
        if site_id is None or not select_data(self.site, site_id):
            select_default_site(workspace, self.site)
        self.refresh_products()
        remember_choice(workspace, self.product, RECENT_PRODUCT)
        self.dispensed_on.setDate(dt.date.today())
        fill(self.recipient_category, ParticipantCategory, self.tr("No — a participant (code above)"))
        fill(self.supply_type, SupplyType)
        fill(self.refill_reason, RefillReason, self.tr("Not a refill"))
        self.participant.setText(participant_code)
        # A new hand-out to a participant is a first kit or a refill as their history says, unless the worker picks.
        self.supply_from_history = dispensing_id is None and refill_reason is None
        self._proposing = False
        if refill_reason is not None:
            self.supply_type.setCurrentIndex(self.supply_type.findData(SupplyType.REFILL.value))
            self.refill_reason.setCurrentIndex(self.refill_reason.findData(refill_reason.value))
        self.site.currentIndexChanged.connect(self.refresh_products)
        self.product.currentIndexChanged.connect(self.refresh_lots)
        self.supply_type.currentIndexChanged.connect(self._supply_changed)
        self.supply_type.currentIndexChanged.connect(self._supply_chosen)
        self.participant.textChanged.connect(self.propose_supply)
        self.dispensed_on.dateChanged.connect(self.propose_supply)
        self.refresh_lots()
        self._supply_changed()
        self.propose_supply()
        if dispensing_id is not None:
            self.setWindowTitle(self.tr("Edit a hand-out"))
            self.reload_current()
        self.start_messages()
        (self.product if participant_code else self.participant).setFocus()

    def reload_current(self) -> None:
        """Fill the form from the hand-out as it stands now, and remember the version it is at."""
        with self.workspace.db.session() as session:
            row = session.get(Dispensing, self.dispensing_id)
            if row is None:
                return
            participant = session.get(Participant, row.participant_id) if row.participant_id else None
            code = participant.code if participant is not None else ""
        self.opened_version = row.version
        self.reversal_id, self.training_session_id = row.reversal_id, row.training_session_id
        select_data(self.site, row.site_id)
        self.dispensed_on.setDate(row.dispensed_on)
        self.participant.setText(code)
        select_data(self.recipient_category, row.recipient_category.value if row.recipient_category else None)
        if not select_data(self.product, row.product_id):
            self.product.addItem(self.tr("The product handed out"), row.product_id)  # none of it left in stock
            select_data(self.product, row.product_id)
        if not select_data(self.lot, row.lot_id):
            self.lot.addItem(self.tr("The lot handed out"), row.lot_id)
            select_data(self.lot, row.lot_id)
        self.quantity.setValue(row.quantity)
        select_data(self.supply_type, row.supply_type.value)
        select_data(self.refill_reason, row.refill_reason.value if row.refill_reason else None)
        self.reason_note.setText(row.reason_note or "")

    def refresh_products(self) -> None:
        """Offer the products in stock at the chosen site, then their lots."""
        fill_products_in_stock(self.workspace, self.product, self.site.currentData(), self.tr("Any product in stock"))
        self.refresh_lots()

    def refresh_lots(self) -> None:
        fill_lots(self.workspace, self.lot, self.site.currentData(), self.product.currentData())

    def _supply_type(self) -> str | None:
        """None while the worker has not picked for a participant: the service decides from the same history, and
        a refill so decided needs no reason."""
        if self.supply_from_history and self.participant.text().strip():
            return None
        value: str | None = self.supply_type.currentData()
        return value

    def _supply_chosen(self) -> None:
        if not self._proposing:  # the worker picked: their choice stands
            self.supply_from_history = False

    def propose_supply(self) -> None:
        """Show what the person's history makes this kit: a refill after an earlier one, else a first kit."""
        code, on = self.participant.text().strip(), self.dispensed_on.value()
        if not self.supply_from_history or not code or on is None:
            return
        with self.workspace.db.session() as session:
            person = participant_by_code(session, self.workspace.actor, code)
            if person is not None:
                self._proposing = True
                try:
                    select_data(self.supply_type, supply_type_for(session, person, on).value)
                finally:
                    self._proposing = False

    def _supply_changed(self) -> None:
        refill = self.supply_type.currentData() == SupplyType.REFILL.value
        self.refill_reason.setEnabled(refill)
        if not refill:
            self.refill_reason.setCurrentIndex(0)

    def field_names(self) -> dict[str, str]:
        return {"training_session": self.tr("Training session"), "reversal": self.tr("Reversal")}

    def values(self) -> dict[str, Any]:
        return {
            "site_id": self.site.currentData(),
            "dispensed_on": self.dispensed_on.value(),
            "participant_id": participant_id_for(self.workspace, self.participant.text(), "participant"),
            "recipient_category": self.recipient_category.currentData(),
            "product_id": self.product.currentData(),
            "lot_id": self.lot.currentData(),
            "quantity": self.quantity.value(),
            "supply_type": self._supply_type(),
            "refill_reason": self.refill_reason.currentData(),
            "reason_note": self.reason_note.text(),
            "reversal_id": self.reversal_id,
            "training_session_id": self.training_session_id,
        }

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        if self.dispensing_id is not None:
            return edit_dispensing(
                session, self.workspace.actor, self.dispensing_id, expected_version=self.opened_version, **values
            )
        return dispense(session, self.workspace.actor, **values)


class ReceiveDialog(MovementForm):
    form_name = "receive"
    record = receive_stock
    correct = edit_receipt

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, movement_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(workspace, parent, movement_id)
        self.site: QComboBox = self.field(QComboBox, "site")
        self.product: QComboBox = self.field(QComboBox, "product")
        self.lot_number: QLineEdit = self.field(QLineEdit, "lot_number")
        self.expiry_date: DateField = self.field(DateField, "expiry_date")
        self.quantity: QSpinBox = self.field(QSpinBox, "quantity")
        self.received_on: DateField = self.field(DateField, "received_on")
        self.reference: QLineEdit = self.field(QLineEdit, "reference")
        with workspace.db.session() as session:
            fill_choices(self.site, site_choices(session, workspace.actor))
            fill_choices(self.product, product_choices(session), self.tr("Choose…"))
        select_default_site(workspace, self.site)
        self.received_on.setDate(dt.date.today())
        self.expiry_date.setDate(QDate.currentDate().addYears(2).toPython())  # a usual shelf life
        self.start_editing(self.tr("Edit a receipt"))
        self.start_messages()
        self.site.setFocus()

    def fill_from(self, detail: MovementDetail) -> None:
        select_data(self.site, detail.site_id)
        select_data(self.product, detail.product_id)
        self.lot_number.setText(detail.lot_number)
        self.expiry_date.setDate(detail.expiry_date)
        self.quantity.setValue(detail.quantity)
        self.received_on.setDate(detail.moved_on)
        self.reference.setText(detail.reference or "")

    def values(self) -> dict[str, Any]:
        return {
            "site_id": self.site.currentData(),
            "product_id": self.product.currentData(),
            "lot_number": self.lot_number.text(),
            "expiry_date": self.expiry_date.value(),
            "quantity": self.quantity.value(),
            "received_on": self.received_on.value(),
            "reference": self.reference.text(),
        }


class TransferDialog(MovementForm):
    form_name = "transfer"
    record = transfer_stock
    correct = edit_transfer

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, movement_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(workspace, parent, movement_id)
        self.from_site: QComboBox = self.field(QComboBox, "from_site")
        self.lot: QComboBox = self.field(QComboBox, "lot")
        self.to_site: QComboBox = self.field(QComboBox, "to_site")
        self.quantity: QSpinBox = self.field(QSpinBox, "quantity")
        self.moved_on: DateField = self.field(DateField, "moved_on")
        with workspace.db.session() as session:
            fill_choices(self.from_site, site_choices(session, workspace.actor))
            fill_choices(self.to_site, all_site_choices(session), self.tr("Choose…"))
        select_default_site(workspace, self.from_site)
        self.moved_on.setDate(dt.date.today())
        self.from_site.currentIndexChanged.connect(self.refresh_lots)
        self.refresh_lots()
        self.start_editing(self.tr("Edit a transfer"))
        self.start_messages()
        self.from_site.setFocus()

    def fill_from(self, detail: MovementDetail) -> None:
        select_data(self.from_site, detail.site_id)
        select_data(self.to_site, detail.to_site_id)
        self.keep_lot(self.lot, detail)
        self.quantity.setValue(detail.quantity)
        self.moved_on.setDate(detail.moved_on)

    def refresh_lots(self) -> None:
        fill_lots(self.workspace, self.lot, self.from_site.currentData(), None)

    def values(self) -> dict[str, Any]:
        return {
            "from_site_id": self.from_site.currentData(),
            "to_site_id": self.to_site.currentData(),
            "lot_id": self.lot.currentData(),
            "quantity": self.quantity.value(),
            "moved_on": self.moved_on.value(),
        }


class WriteOffDialog(MovementForm):
    form_name = "write_off"
    record = write_off_stock
    correct = edit_write_off

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, movement_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(workspace, parent, movement_id)
        self.site: QComboBox = self.field(QComboBox, "site")
        self.lot: QComboBox = self.field(QComboBox, "lot")
        self.quantity: QSpinBox = self.field(QSpinBox, "quantity")
        self.reason: QComboBox = self.field(QComboBox, "reason")
        self.written_off_on: DateField = self.field(DateField, "written_off_on")
        self.notes: QPlainTextEdit = self.field(QPlainTextEdit, "notes")
        with workspace.db.session() as session:
            fill_choices(self.site, site_choices(session, workspace.actor))
        select_default_site(workspace, self.site)
        fill(self.reason, WriteOffReason)
        self.written_off_on.setDate(dt.date.today())
        self.site.currentIndexChanged.connect(self.refresh_lots)
        self.refresh_lots()
        self.start_editing(self.tr("Edit a write-off"))
        self.start_messages()
        self.site.setFocus()

    def fill_from(self, detail: MovementDetail) -> None:
        select_data(self.site, detail.site_id)
        self.keep_lot(self.lot, detail)
        self.quantity.setValue(detail.quantity)
        select_data(self.reason, detail.write_off_reason)
        self.written_off_on.setDate(detail.moved_on)
        self.notes.setPlainText(detail.notes or "")

    def refresh_lots(self) -> None:
        fill_lots(self.workspace, self.lot, self.site.currentData(), None, usable_only=False)

    def values(self) -> dict[str, Any]:
        return {
            "site_id": self.site.currentData(),
            "lot_id": self.lot.currentData(),
            "quantity": self.quantity.value(),
            "reason": self.reason.currentData(),
            "written_off_on": self.written_off_on.value(),
            "notes": self.notes.toPlainText(),
        }
