"""Recording an overdose reversal a participant reports back: the ``reversal.ui`` form, only the date required."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.errors import FieldError, ValidationError
from oend.model.codes import AgeBand, Gender, Outcome, ResponderRelation, ReversalSetting
from oend.queries.choices import product_choices, site_choices
from oend.services.reversals import record_reversal
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.text.labels import fill
from oend.ui.widgets.date_field import DateField
from oend.ui.widgets.pickers import fill_choices, participant_id_for, select_data, select_default_site
from oend.ui.workspace import Workspace

YES_NO_FIELDS = (
    "fentanyl_suspected",
    "conscious_before_naloxone",
    "rescue_breathing",
    "called_911",
    "ems_arrived",
    "linked_to_care",
)
CODED_FIELDS = {
    "setting": ReversalSetting,
    "responder_relation": ResponderRelation,
    "victim_age_band": AgeBand,
}


class ReversalDialog(FormDialog):
    form_name = "reversal"

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        site_id: uuid.UUID | None = None,
        reporter_code: str = "",
    ) -> None:
        super().__init__(workspace, parent)
        self.setMinimumWidth(860)
        self.overdose_date: DateField = self.field(DateField, "overdose_date")
        self.overdose_time: QLineEdit = self.field(QLineEdit, "overdose_time")
        self.site: QComboBox = self.field(QComboBox, "site")
        self.reporter: QLineEdit = self.field(QLineEdit, "reporter")
        self.zip_code: QLineEdit = self.field(QLineEdit, "zip_code")
        self.county: QLineEdit = self.field(QLineEdit, "county")
        self.product: QComboBox = self.field(QComboBox, "product")
        self.doses: QSpinBox = self.field(QSpinBox, "doses")
        self.outcome: QComboBox = self.field(QComboBox, "outcome")
        self.notes: QLineEdit = self.field(QLineEdit, "notes")
        self.victim_gender: QComboBox = self.field(QComboBox, "victim_gender")
        self.coded = {name: self.field(QComboBox, name) for name in CODED_FIELDS}
        self.yes_no = {name: self.field(QComboBox, name) for name in YES_NO_FIELDS}
        with workspace.db.session() as session:
            fill_choices(self.site, site_choices(session, workspace.actor))
            fill_choices(self.product, product_choices(session), self.tr("Not asked"))
        if site_id is None or not select_data(self.site, site_id):
            select_default_site(workspace, self.site)
        self.overdose_date.setDate(dt.date.today())
        self.overdose_date.set_maximum(dt.date.today())
        for name, kind in CODED_FIELDS.items():
            fill(self.coded[name], kind, self.tr("Not asked"))
        fill(self.victim_gender, Gender, self.tr("Not asked"))
        fill(self.outcome, Outcome)
        self.outcome.setCurrentIndex(self.outcome.findData(Outcome.UNKNOWN.value))
        for combo in self.yes_no.values():
            combo.addItem(self.tr("Not asked"), None)
            combo.addItem(self.tr("Yes"), True)
            combo.addItem(self.tr("No"), False)
        self.reporter.setText(reporter_code)
        self.start_messages()
        self.overdose_date.setFocus()

    def time_of_day(self) -> dt.time | None:
        """The time typed as HH:MM; anything else is refused beside the field."""
        text = self.overdose_time.text().strip()
        if not text:
            return None
        try:
            return dt.time.fromisoformat(text if len(text) > 2 else f"{text}:00")
        except ValueError:
            raise ValidationError([FieldError("overdose_time", self.tr("use hours and minutes, e.g. 21:30"))]) from None

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "overdose_date": self.overdose_date.value(),
            "overdose_time": self.time_of_day(),
            "site_id": self.site.currentData(),
            "reporter_id": participant_id_for(self.workspace, self.reporter.text(), "reporter"),
            "zip_code": self.zip_code.text(),
            "county": self.county.text(),
            "product_id": self.product.currentData(),
            "doses": self.doses.value() or None,
            "outcome": self.outcome.currentData(),
            "victim_gender": self.victim_gender.currentData(),
            "notes": self.notes.text(),
        }
        values |= {name: combo.currentData() for name, combo in self.coded.items()}
        values |= {name: combo.currentData() for name, combo in self.yes_no.items()}
        return values

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        return record_reversal(session, self.workspace.actor, **values)
