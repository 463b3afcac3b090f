"""Editing a participant: the ``participant_edit.ui`` form, saved through ``update_participant``.

The edit carries the version the record had when the form was filled: if someone saves the record
meanwhile, the save is refused naming them, and the form offers to fill itself again from the record.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.model import Participant
from oend.model.codes import Gender, ParticipantCategory
from oend.queries.choices import site_choices
from oend.services.participants import update_participant
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.text.labels import fill
from oend.ui.widgets.date_field import DateField
from oend.ui.widgets.pickers import fill_choices, select_data
from oend.ui.workspace import Workspace


class ParticipantEditDialog(FormDialog):
    form_name = "participant_edit"
    reloads = True

    def __init__(self, workspace: Workspace, participant: Participant, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setMinimumWidth(820)
        self.participant_id = participant.id
        self.setWindowTitle(self.tr("Edit %1").replace("%1", participant.code))
        self.first_name: QLineEdit = self.field(QLineEdit, "first_name")
        self.last_name: QLineEdit = self.field(QLineEdit, "last_name")
        self.date_of_birth: DateField = self.field(DateField, "date_of_birth")
        self.category: QComboBox = self.field(QComboBox, "category")
        self.gender: QComboBox = self.field(QComboBox, "gender")
        self.zip_code: QLineEdit = self.field(QLineEdit, "zip_code")
        self.home_site: QComboBox = self.field(QComboBox, "home_site_id")
        self.expected_release_date: DateField = self.field(DateField, "expected_release_date")
        self.released_on: DateField = self.field(DateField, "released_on")
        self.notes: QPlainTextEdit = self.field(QPlainTextEdit, "notes")
        self.code: QLineEdit = self.field(QLineEdit, "code")
        fill(self.category, ParticipantCategory, self.tr("Choose…"))
        fill(self.gender, Gender, self.tr("Not asked"))
        with workspace.db.session() as session:
            fill_choices(self.home_site, site_choices(session, workspace.actor), self.tr("None"))
        self.show_record(participant)
        self.start_messages()
        self.first_name.setFocus()

    def show_record(self, participant: Participant) -> None:
        """Show the record's values, and remember the version they are from."""
        self.opened_version = participant.version
        self.first_name.setText(participant.first_name or "")
        self.last_name.setText(participant.last_name or "")
        self.date_of_birth.setDate(participant.date_of_birth)
        select_data(self.category, participant.category.value)
        select_data(self.gender, participant.gender.value if participant.gender else None)
        self.zip_code.setText(participant.zip_code or "")
        select_data(self.home_site, participant.home_site_id)
        self.expected_release_date.setDate(participant.expected_release_date)
        self.released_on.setDate(participant.released_on)
        self.notes.setPlainText(participant.notes or "")
        self.code.setText(participant.code)

    def reload_current(self) -> None:
        with self.workspace.db.session() as session:
            participant = session.get(Participant, self.participant_id)
        if participant is not None:
            self.show_record(participant)

    def values(self) -> dict[str, Any]:
        return {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "date_of_birth": self.date_of_birth.value(),
            "category": self.category.currentData(),
            "gender": self.gender.currentData(),
            "zip_code": self.zip_code.text(),
            "home_site_id": self.home_site.currentData(),
            "expected_release_date": self.expected_release_date.value(),
            "released_on": self.released_on.value(),
            "notes": self.notes.toPlainText(),
            "code": self.code.text(),
        }

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        return update_participant(
            session, self.workspace.actor, self.participant_id, expected_version=self.opened_version, **values
        )
