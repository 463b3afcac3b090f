"""One training session's attendees: add people quickly (by code, enrol inline, paste a roster) and hand out kits.

Scores of the optional knowledge check go in with each person added. "Give kit" hands the selected
person a kit in one click; "Kit to everyone" gives one to each attendee who has none yet, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.errors import OendError, ValidationError
from oend.queries.activity import AttendeeRow, attendees
from oend.queries.choices import participant_by_code, product_choices
from oend.queries.participants import search_participants
from oend.queries.stock import stock_levels
from oend.services.dispensing import kits_to_class
from oend.services.training_corrections import remove_attendee
from oend.services.trainings import Attendee, add_attendees
from oend.ui.dialogs.participant import ParticipantDialog
from oend.ui.dialogs.roster_import import open_roster_import
from oend.ui.dialogs.void_dialog import VoidDialog
from oend.ui.models.lazy_table import Column, LazyTableModel, make_table, selected_row
from oend.ui.operations import run_write
from oend.ui.outputs.certificates import print_certificates
from oend.ui.text.validation_text import error_text, field_error_text
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import button, section_label
from oend.ui.widgets.pickers import fill_choices, select_data
from oend.ui.workspace import Workspace

CODE_SPLIT = re.compile(r"[\s,;]+")


def score_box(name: str, tip: str) -> QSpinBox:
    """0-100, with "—" (not checked) below zero."""
    box = named(QSpinBox(), name)
    box.setRange(-1, 100)
    box.setValue(-1)
    box.setSpecialValueText("—")
    box.setToolTip(tip)
    box.setFixedWidth(76)
    return box


class AttendeePanel(QWidget):
    """Who attended the chosen session, adding people and giving kits; its writes are announced through the page."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.training_id: uuid.UUID | None = None
        self.site_id: uuid.UUID | None = None
        self.session_date: dt.date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.heading = section_label(self.tr("Choose a session"))
        layout.addWidget(self.heading)

        add_row = QHBoxLayout()
        self.code = named(QLineEdit(), "attendeeCode")
        self.code.setPlaceholderText(self.tr("Participant code, then Enter"))
        self.code.setMinimumWidth(140)
        self.code.returnPressed.connect(self.add_typed)
        self.pre = score_box("preScore", self.tr("Knowledge check before the session (0-100)"))
        self.post = score_box("postScore", self.tr("Knowledge check after the session (0-100)"))
        self.add_button = button(self.tr("Add"), "addAttendee")
        self.add_button.clicked.connect(self.add_typed)
        self.enrol_button = button(self.tr("Enrol new…"), "enrolAttendee", self.tr("Enrol someone and add them"))
        self.enrol_button.clicked.connect(self.enrol_new)
        self.roster_button = button(self.tr("Paste roster…"), "pasteRoster", self.tr("Add a list of codes at once"))
        self.roster_button.clicked.connect(self.ask_roster)
        self.import_button = button(
            self.tr("Import file…"), "importRoster", self.tr("Add a class from a spreadsheet or CSV roster")
        )
        self.import_button.clicked.connect(self.import_roster_file)
        add_row.addWidget(self.code, 1)
        add_row.addWidget(QLabel(self.tr("Before")))
        add_row.addWidget(self.pre)
        add_row.addWidget(QLabel(self.tr("After")))
        add_row.addWidget(self.post)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        more_row = QHBoxLayout()  # on a row of its own so the panel fits beside the sessions on a laptop
        for made in (self.enrol_button, self.roster_button, self.import_button):
            more_row.addWidget(made)
        more_row.addStretch(1)
        layout.addLayout(more_row)
        self.message = named(QLabel(), "attendeeMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        columns = self.columns()
        self.model: LazyTableModel[AttendeeRow] = LazyTableModel(workspace, columns, self._page, parent=self)
        self.table = make_table(self.model, columns, "attendeeTable")
        layout.addWidget(self.table, 1)

        kit_row = QHBoxLayout()
        self.kit_product = named(QComboBox(), "kitProduct")
        with workspace.db.session() as session:
            fill_choices(self.kit_product, product_choices(session))
        self.kit_button = button(self.tr("Give kit"), "giveKit", self.tr("One kit to the selected person"))
        self.kit_button.clicked.connect(self.kit_to_selected)
        self.kit_all_button = button(self.tr("Kit to everyone"), "kitToAll", self.tr("One kit to each without one"))
        self.kit_all_button.clicked.connect(self.kit_to_all)
        kit_row.addWidget(QLabel(self.tr("Kits:")))
        kit_row.addWidget(self.kit_product, 1)
        kit_row.addWidget(self.kit_button)
        kit_row.addWidget(self.kit_all_button)
        self.certificates_button = button(
            self.tr("Certificates…"), "printCertificates", self.tr("Print the class's certificates into one PDF")
        )
        self.certificates_button.clicked.connect(self.print_class_certificates)
        kit_row.addWidget(self.certificates_button)
        self.remove_button = button(
            self.tr("Remove…"), "removeAttendee", self.tr("Take someone entered by mistake off the list")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        kit_row.addWidget(self.remove_button)
        layout.addLayout(kit_row)
        self._enable(False)

    def columns(self) -> list[Column[AttendeeRow]]:
        def score(value: int | None) -> str:
            return "—" if value is None else str(value)

        return [
            Column(lambda: self.tr("Code"), lambda r: r.code, 150),
            Column(lambda: self.tr("Name"), lambda r: r.name or "—"),
            Column(lambda: self.tr("Before"), lambda r: score(r.pre_score), 70, right=True),
            Column(lambda: self.tr("After"), lambda r: score(r.post_score), 70, right=True),
            Column(
                lambda: self.tr("Kit"),
                lambda r: self.tr("%1 given").replace("%1", str(r.kits)) if r.kits else self.tr("not yet"),
                90,
                lambda r: "good" if r.kits else None,
            ),
        ]

    def _enable(self, on: bool) -> None:
        widgets: tuple[QWidget, ...] = (
            *(self.code, self.pre, self.post, self.add_button, self.enrol_button, self.roster_button),
            *(self.import_button, self.certificates_button),
            *(self.kit_product, self.kit_button, self.kit_all_button, self.remove_button),
        )
        for widget in widgets:
            widget.setEnabled(on)

    def _page(self, session: Any, offset: int, limit: int) -> list[AttendeeRow]:
        if self.training_id is None:
            return []
        return attendees(session, self.workspace.actor, self.training_id)[offset : offset + limit]

    def show_session(
        self, training_id: uuid.UUID | None, site_id: uuid.UUID | None, on: dt.date | None, title: str
    ) -> None:
        self.training_id, self.site_id, self.session_date = training_id, site_id, on
        self.heading.setText(title if training_id else self.tr("Choose a session"))
        self._enable(training_id is not None)
        self._say("")
        self._propose_product()
        self.model.reload()

    def _propose_product(self) -> None:
        """The product of the soonest-expiring usable lot at the session's site, as the kit to hand out."""
        if self.site_id is None:
            return
        with self.workspace.db.session() as session:
            levels = stock_levels(session, self.workspace.actor, site_id=self.site_id)
        on = self.session_date or dt.date.today()
        usable = next((lv for lv in levels if lv.expiry_date >= on and not lv.recalled), None)
        if usable is not None:
            select_data(self.kit_product, usable.product_id)

    # --- adding people --------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _score(self, box: QSpinBox) -> int | None:
        return None if box.value() < 0 else box.value()

    def _write(self, action: Callable[[Session], Changed[Any]]) -> None:
        """Run one write; a refusal is said under the add row, nothing typed is lost. A save is announced
        to the page around the panel, whose refresh shows the session again."""
        run_write(self, self.workspace, action, on_saved=lambda _: self._say(""), on_refused=self._refused)

    def _refused(self, error: OendError) -> None:
        if isinstance(error, ValidationError):
            self._say("\n".join(field_error_text(e) for e in error.errors))
        else:  # no permission, a record gone meanwhile, the database unavailable
            self._say(error_text(error))

    def add_codes(self, codes: list[str], pre: int | None = None, post: int | None = None) -> list[str]:
        """Add the people with these codes; returns the codes no one has (nothing is added then)."""
        if self.training_id is None:
            return codes
        found: list[uuid.UUID] = []
        unknown: list[str] = []
        with self.workspace.db.session() as session:
            for code in codes:
                person = self._only_match(session, code)
                (found.append(person) if person else unknown.append(code))
        if unknown:
            self._say(self.tr("No participant has the code: %1").replace("%1", ", ".join(unknown)))
            return unknown
        people = [Attendee(p, pre_score=pre, post_score=post) for p in found]
        training = self.training_id
        self._write(lambda s: add_attendees(s, self.workspace.actor, training, people))
        return []

    def _only_match(self, session: Any, text: str) -> uuid.UUID | None:
        """The person with the code ``text``, else the one person whose code or name starts with it."""
        exact = participant_by_code(session, self.workspace.actor, text)
        if exact is not None:
            return exact
        matches = search_participants(session, self.workspace.actor, text, limit=2)
        return matches[0].id if len(matches) == 1 else None

    def add_typed(self) -> None:
        codes = [c for c in CODE_SPLIT.split(self.code.text()) if c]
        if (
            codes
            and self.add_codes(codes, self._score(self.pre), self._score(self.post)) == []
            and not self.message.isVisible()
        ):
            self.code.clear()
            self.pre.setValue(-1)
            self.post.setValue(-1)
        self.code.setFocus()

    def enrol_new(self) -> None:
        dialog = ParticipantDialog(self.workspace, self)
        if dialog.exec() and dialog.result_changed is not None:
            self.add_codes([dialog.result_changed.record.code], self._score(self.pre), self._score(self.post))

    def ask_roster(self) -> None:
        """Ask for a pasted list of codes; a refused list comes back in the box, with the reason, to correct."""
        prompt = self.tr("Participant codes, one per line (or separated by commas):")
        dialog = named(QInputDialog(self), "rosterPaste")
        dialog.setWindowTitle(self.tr("Paste roster"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setLabelText(prompt)
        dialog.resize(460, 360)
        while dialog.exec():
            unknown = self.add_codes([c for c in CODE_SPLIT.split(dialog.textValue()) if c])
            if not unknown:
                return
            dialog.setLabelText(self.message.text() + "\n\n" + prompt)

    def import_roster_file(self) -> None:
        """A class list from a spreadsheet: new people are enrolled at the session's site and added to it."""
        open_roster_import(self, self.workspace, site_id=self.site_id, session_id=self.training_id)

    def print_class_certificates(self) -> None:
        if self.training_id is not None:
            print_certificates(self, self.workspace, self.training_id)

    # --- kits -----------------------------------------------------------------------------------

    def _give(self, session: Session, people: list[uuid.UUID]) -> Changed[Any]:
        assert self.training_id is not None  # the kit buttons act on the rows of a chosen session
        return kits_to_class(
            session, self.workspace.actor, self.training_id, people, product_id=self.kit_product.currentData()
        )

    def kit_to_selected(self) -> None:
        row: AttendeeRow | None = selected_row(self.table)
        if row is None:
            self._say(self.tr("Select a person first."))
            return
        self._write(lambda s: self._give(s, [row.participant_id]))

    def kit_to_all(self) -> None:
        waiting = [r.participant_id for r in self.model.rows() if r.kits == 0]
        if not waiting:
            self._say(self.tr("Everyone here has a kit."))
            return
        self._write(lambda s: self._give(s, waiting))

    def remove_selected(self) -> None:
        """Take the person chosen off the session's list, with a reason: their attendance is voided."""
        row: AttendeeRow | None = selected_row(self.table)
        training_id = self.training_id
        if row is None or training_id is None:
            self._say(self.tr("Select a person first."))
            return
        actor = self.workspace.actor
        VoidDialog(
            self.workspace,
            self.tr("%1's attendance").replace("%1", row.code),
            "participant",
            lambda session, reason: remove_attendee(session, actor, training_id, row.participant_id, reason=reason),
            self,
        ).exec()  # a removal is announced to the page around the panel, whose refresh shows the list again
