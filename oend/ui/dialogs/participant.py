"""Enrolling a participant: the ``participant.ui`` form, saved through ``enrol_participant``.

A refused save keeps everything typed and shows each message beside its field. The home site offers the
sites the user works at, set to their default one (or their only one): a worker bound to sites must name
one they work at, while a user of every site may leave it empty.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.core.participant_codes import CodeInputs
from oend.model.codes import Gender, ParticipantCategory
from oend.queries.choices import site_choices
from oend.queries.participant_codes import generate_code
from oend.queries.settings import default_site_id
from oend.services.participants import enrol_participant
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.dialogs.forms import child
from oend.ui.text.labels import fill
from oend.ui.widgets.date_field import DateField
from oend.ui.widgets.pickers import fill_choices, select_data
from oend.ui.workspace import Workspace


class ParticipantDialog(FormDialog):
    form_name = "participant"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.code = child(self.form, QLineEdit, "code")
        self.first_name = child(self.form, QLineEdit, "first_name")
        self.last_name = child(self.form, QLineEdit, "last_name")
        self.date_of_birth = child(self.form, DateField, "date_of_birth")
        self.date_of_birth.set_maximum(dt.date.today())
        self.category = child(self.form, QComboBox, "category")
        fill(self.category, ParticipantCategory, self.tr("Choose…"))
        self.gender = child(self.form, QComboBox, "gender")
        fill(self.gender, Gender, self.tr("Not asked"))
        self.zip_code = child(self.form, QLineEdit, "zip_code")
        self.home_site = child(self.form, QComboBox, "home_site_id")
        self.offer_sites()
        self.start_messages()
        child(self.form, QWidget, "generate").clicked.connect(self.generate)  # type: ignore[attr-defined]
        self.code.setFocus()

    def field_names(self) -> dict[str, str]:
        """The service's field names as the user reads them, for messages with no place on this form."""
        return {
            "code": self.tr("Code"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "date_of_birth": self.tr("Date of birth"),
            "category": self.tr("Category"),
            "gender": self.tr("Gender"),
            "zip_code": self.tr("ZIP code"),
            "home_site_id": self.tr("Home site"),
        }

    def values(self) -> dict[str, Any]:
        """What the user entered, as the service's plain values."""
        return {
            "code": self.code.text(),
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "date_of_birth": self.date_of_birth.value(),
            "category": self.category.currentData(),
            "gender": self.gender.currentData(),
            "zip_code": self.zip_code.text(),
        } | self.chosen_site()

    def offer_sites(self) -> None:
        """The user's sites, set to their default one, else their only one; else a choice to make."""
        actor = self.workspace.actor
        with self.workspace.db.session() as session:
            sites = site_choices(session, actor)
            default = default_site_id(session, actor.user_id)
        fill_choices(self.home_site, sites, self.tr("None") if actor.all_sites else self.tr("Choose…"))
        if not (default and select_data(self.home_site, default)) and len(sites) == 1:
            self.home_site.setCurrentIndex(self.home_site.count() - 1)

    def chosen_site(self) -> dict[str, Any]:
        """The home site as the service takes it: a user of every site who chose none leaves it out."""
        site = self.home_site.currentData()
        return {} if site is None and self.workspace.actor.all_sites else {"home_site_id": site}

    def generate(self) -> None:
        """Fill the code from the details entered so far, in the program's scheme."""
        gender = self.gender.currentData()
        inputs = CodeInputs(
            first_name=self.first_name.text() or None,
            last_name=self.last_name.text() or None,
            date_of_birth=self.date_of_birth.date(),
            gender=Gender(gender) if gender else None,
        )
        with self.workspace.db.session() as session:
            self.code.setText(generate_code(session, inputs))

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        return enrol_participant(session, self.workspace.actor, **values)
