"""Recording an overdose reversal a participant reports back: the ``reversal.ui`` form, only the date required.

The same form corrects a report already saved: filled from the record, saved as an edit of the version it was
opened at.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.errors import FieldError, ValidationError
from oend.model import Participant, Reversal
from oend.model.codes import AgeBand, Gender, Outcome, ResponderRelation, ReversalSetting
from oend.queries.choices import product_choices, site_choices
from oend.services.reversal_corrections import edit_reversal
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
        reversal_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.reversal_id = reversal_id
        self.reloads = reversal_id is not None
        self.opened_version: int | None = None
        self.opened_product: uuid.UUID | None = None
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
        if reversal_id is not None:
            self.setWindowTitle(self.tr("Edit a reversal report"))
            self.reload_current()
        self.start_messages()
        self.overdose_date.setFocus()

    def reload_current(self) -> None:
        """Fill the form from the report as it stands now, and remember the version it is at."""
        with self.workspace.db.session() as session:
            report = session.get(Reversal, self.reversal_id)
            if report is None:
                return
            reporter = session.get(Participant, report.reporter_id) if report.reporter_id else None
            code = reporter.code if reporter is not None else ""
        self.opened_version, self.opened_product = report.version, report.product_id
        self.overdose_date.setDate(report.overdose_date)
        self.overdose_time.setText(report.overdose_time.strftime("%H:%M") if report.overdose_time else "")
        select_data(self.site, report.site_id)
        self.reporter.setText(code)
        self.zip_code.setText(report.zip_code or "")
        self.county.setText(report.county or "")
        select_data(self.product, report.product_id)
        self.doses.setValue(report.doses or 0)
        select_data(self.outcome, report.outcome.value)
        select_data(self.victim_gender, report.victim_gender.value if report.victim_gender else None)
        self.notes.setText(report.notes or "")
        for name, combo in self.coded.items():
            code_value = getattr(report, name)
            select_data(combo, code_value.value if code_value is not None else None)
        for name, combo in self.yes_no.items():
            select_data(combo, getattr(report, name))

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
        if self.reversal_id is None:
            return record_reversal(session, self.workspace.actor, **values)
        if values["product_id"] == self.opened_product:
            del values["product_id"]  # an unchanged product keeps the route recorded with it
        return edit_reversal(
            session, self.workspace.actor, self.reversal_id, expected_version=self.opened_version, **values
        )
