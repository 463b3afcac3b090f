"""Recording a training session: the ``training.ui`` form, with a check box for each topic the program teaches.

The topics are the program's own (Administration, Curriculum topics): those in use, in the program's order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.model.codes import TrainingFormat
from oend.queries.choices import Choice, site_choices, topic_choices, trainer_choices
from oend.services.trainings import record_training
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.dialogs.forms import tab_chain
from oend.ui.text.labels import fill
from oend.ui.widgets.date_field import DateField
from oend.ui.widgets.named import named
from oend.ui.widgets.pickers import fill_choices, select_data, select_default_site
from oend.ui.workspace import Workspace

TOPIC_COLUMNS = 2


def topic_boxes(grid: QGridLayout, topics: list[Choice]) -> dict[str, QCheckBox]:
    """A check box per topic, by code, filling ``grid`` row by row."""
    boxes: dict[str, QCheckBox] = {}
    for number, topic in enumerate(topics):
        box = named(QCheckBox(topic.name), f"topic_{topic.code}")
        grid.addWidget(box, number // TOPIC_COLUMNS, number % TOPIC_COLUMNS)
        boxes[topic.code] = box
    return boxes


class TrainingDialog(FormDialog):
    form_name = "training"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.session_date: DateField = self.field(DateField, "session_date")
        self.site: QComboBox = self.field(QComboBox, "site")
        self.format: QComboBox = self.field(QComboBox, "format")
        self.trainer: QComboBox = self.field(QComboBox, "trainer")
        self.trainer_name: QLineEdit = self.field(QLineEdit, "trainer_name")
        self.notes: QLineEdit = self.field(QLineEdit, "notes")
        with workspace.db.session() as session:
            self.topics = topic_boxes(self.field(QGridLayout, "topic_grid"), topic_choices(session))
            fill_choices(self.site, site_choices(session, workspace.actor))
            fill_choices(self.trainer, trainer_choices(session), self.tr("Someone else (name below)"))
        select_default_site(workspace, self.site)
        select_data(self.trainer, workspace.actor.user_id)
        tab_chain(self.notes, *self.topics.values(), self.buttons)
        fill(self.format, TrainingFormat)
        self.session_date.setDate(dt.date.today())
        self.session_date.set_maximum(dt.date.today())
        self.start_messages()
        self.session_date.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "session_date": self.session_date.value(),
            "site_id": self.site.currentData(),
            "format": self.format.currentData(),
            "topics": [code for code, box in self.topics.items() if box.isChecked()],
            "trainer_id": self.trainer.currentData(),
            "trainer_name": self.trainer_name.text(),
            "notes": self.notes.text(),
        }

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        return record_training(session, self.workspace.actor, **values)
