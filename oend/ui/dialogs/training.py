"""Recording a training session: the ``training.ui`` form, with a check box for each topic the program teaches.

The topics are the program's own (Administration, Curriculum topics): those in use, in the program's order.
The same form corrects a session's details, filled from the record and saved as an edit of the version it was
opened at; a topic the session covered that is no longer taught keeps its box, and stays while the topics are
left as they were (the service refuses it among topics changed).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.model import TrainingSession
from oend.model.codes import TrainingFormat
from oend.queries.choices import Choice, site_choices, topic_choices, trainer_choices
from oend.services.training_corrections import edit_training
from oend.services.trainings import record_training
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.dialogs.forms import tab_chain
from oend.ui.text.labels import fill
from oend.ui.widgets.date_field import DateField
from oend.ui.widgets.named import named
from oend.ui.widgets.pickers import fill_choices, select_data, select_default_site
from oend.ui.workspace import Workspace

TOPIC_COLUMNS = 2


def topic_boxes(grid: QGridLayout, topics: list[Choice], boxes: dict[str, QCheckBox]) -> None:
    """A check box per topic, by code, filling ``grid`` row by row after the ``boxes`` already in it."""
    for topic in topics:
        number = len(boxes)
        box = named(QCheckBox(topic.name), f"topic_{topic.code}")
        grid.addWidget(box, number // TOPIC_COLUMNS, number % TOPIC_COLUMNS)
        boxes[topic.code] = box


class TrainingDialog(FormDialog):
    form_name = "training"

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, training_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(workspace, parent)
        self.training_id = training_id
        self.reloads = training_id is not None
        self.opened_version: int | None = None
        self.opened_topics: set[str] = set()
        self.session_date: DateField = self.field(DateField, "session_date")
        self.site: QComboBox = self.field(QComboBox, "site")
        self.format: QComboBox = self.field(QComboBox, "format")
        self.trainer: QComboBox = self.field(QComboBox, "trainer")
        self.trainer_name: QLineEdit = self.field(QLineEdit, "trainer_name")
        self.notes: QLineEdit = self.field(QLineEdit, "notes")
        self.topic_grid: QGridLayout = self.field(QGridLayout, "topic_grid")
        with workspace.db.session() as session:
            self.topics: dict[str, QCheckBox] = {}
            topic_boxes(self.topic_grid, topic_choices(session), self.topics)
            fill_choices(self.site, site_choices(session, workspace.actor))
            fill_choices(self.trainer, trainer_choices(session), self.tr("Someone else (name below)"))
        select_default_site(workspace, self.site)
        select_data(self.trainer, workspace.actor.user_id)
        tab_chain(self.notes, *self.topics.values(), self.buttons)
        fill(self.format, TrainingFormat)
        self.session_date.setDate(dt.date.today())
        self.session_date.set_maximum(dt.date.today())
        if training_id is not None:
            self.setWindowTitle(self.tr("Edit a training session"))
            self.reload_current()
        self.start_messages()
        self.session_date.setFocus()

    def reload_current(self) -> None:
        """Fill the form from the session as it stands now, and remember the version it is at."""
        with self.workspace.db.session() as session:
            row = session.get(TrainingSession, self.training_id)
            if row is None:
                return
            retired = topic_choices(session, [code for code in row.topics if code not in self.topics])
        self.opened_version, self.opened_topics = row.version, set(row.topics)
        self.session_date.setDate(row.session_date)
        select_data(self.site, row.site_id)
        select_data(self.format, row.format.value)
        if row.trainer_id is not None and not select_data(self.trainer, row.trainer_id):
            self.trainer.addItem(row.trainer_name or self.tr("The trainer recorded"), row.trainer_id)  # now inactive
            select_data(self.trainer, row.trainer_id)
        elif row.trainer_id is None:
            select_data(self.trainer, None)
        # A trainer with an account is saved under their own name: the box is for someone else's.
        self.trainer_name.setText((row.trainer_name or "") if row.trainer_id is None else "")
        self.notes.setText(row.notes or "")
        topic_boxes(self.topic_grid, retired, self.topics)
        for code, box in self.topics.items():
            box.setChecked(code in row.topics)

    def values(self) -> dict[str, Any]:
        values = {
            "session_date": self.session_date.value(),
            "site_id": self.site.currentData(),
            "format": self.format.currentData(),
            "topics": [code for code, box in self.topics.items() if box.isChecked()],
            "trainer_id": self.trainer.currentData(),
            "trainer_name": self.trainer_name.text(),
            "notes": self.notes.text(),
        }
        if self.training_id is not None and set(values["topics"]) == self.opened_topics:
            del values["topics"]  # unchanged: kept as recorded, a topic no longer taught with them
        return values

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        if self.training_id is not None:
            return edit_training(
                session, self.workspace.actor, self.training_id, expected_version=self.opened_version, **values
            )
        return record_training(session, self.workspace.actor, **values)
