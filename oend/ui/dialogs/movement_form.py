"""What the receipt, transfer and write-off forms share: one form records a new movement or corrects one.

Given a movement's id, the form fills itself from the record and saves an edit of the version it was opened at,
so a movement someone else corrected meanwhile is refused (and the form offers to fill again from it).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Changed
from oend.queries.movements import MovementDetail, movement_detail
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.widgets.pickers import select_data
from oend.ui.workspace import Workspace


class MovementForm(FormDialog):
    """Subclasses name the service that records (``record``) and the one that corrects (``correct``), and fill
    their fields from a movement (``fill_from``)."""

    record: ClassVar[Callable[..., Changed[Any]]]
    correct: ClassVar[Callable[..., Changed[Any]]]

    def __init__(self, workspace: Workspace, parent: QWidget | None, movement_id: uuid.UUID | None) -> None:
        super().__init__(workspace, parent)
        self.movement_id = movement_id
        self.reloads = movement_id is not None
        self.opened_version: int | None = None

    def start_editing(self, title: str) -> None:
        """Call once the fields are set up: a correction takes ``title`` and the record's values."""
        if self.movement_id is not None:
            self.setWindowTitle(title)
            self.reload_current()

    def reload_current(self) -> None:
        """Fill the form from the movement as it stands now, and remember the version it is at."""
        assert self.movement_id is not None
        with self.workspace.db.session() as session:
            detail = movement_detail(session, self.movement_id)
        if detail is not None:
            self.opened_version = detail.version
            self.fill_from(detail)

    def field_names(self) -> dict[str, str]:
        return {"movement": self.tr("Movement")}

    def fill_from(self, detail: MovementDetail) -> None:
        raise NotImplementedError

    def keep_lot(self, combo: QComboBox, detail: MovementDetail) -> None:
        """Choose the movement's lot, offered even when none of it is left at the site (it all moved on)."""
        if not select_data(combo, detail.lot_id):
            text = self.tr("Lot %1 · expires %2").replace("%1", detail.lot_number)
            combo.addItem(text.replace("%2", detail.expiry_date.isoformat()), detail.lot_id)
            select_data(combo, detail.lot_id)

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        actor: Actor = self.workspace.actor
        if self.movement_id is None:
            return type(self).record(session, actor, **values)
        return type(self).correct(session, actor, self.movement_id, expected_version=self.opened_version, **values)
