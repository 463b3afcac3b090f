"""Filling the forms' drop-downs from the database: sites, products, lots (soonest expiry first), people by code."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from oend.errors import FieldError, ValidationError
from oend.queries.choices import Choice, participant_by_code
from oend.queries.stock import stock_levels
from oend.ui.workspace import Workspace

EXPIRY_WARNING_DAYS = 90


def find_data(combo: QComboBox, value: object) -> int:
    """The index of the item whose data equals ``value`` (Qt's findData cannot compare Python objects such as UUIDs)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def select_data(combo: QComboBox, value: object) -> bool:
    """Choose the item holding ``value``; False when it is not offered."""
    index = find_data(combo, value)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def fill_choices(combo: QComboBox, choices: list[Choice], none: str | None = None) -> None:
    """``combo`` lists ``choices`` as "CODE — name" (data = the id), keeping the current choice if still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none is not None:
        combo.addItem(none, None)
    for choice in choices:
        combo.addItem(f"{choice.code} — {choice.name}" if choice.code != choice.name else choice.name, choice.id)
    found = find_data(combo, current) if current is not None else -1
    combo.setCurrentIndex(found if found >= 0 else 0)
    combo.blockSignals(False)


def fill_lots(workspace: Workspace, combo: QComboBox, site_id: uuid.UUID | None, product_id: uuid.UUID | None) -> None:
    """Lots in stock at the site (of the product, if chosen), soonest expiry first; the first usable one chosen."""
    combo.clear()
    if site_id is None:
        return
    today = dt.date.today()
    with workspace.db.session() as session:
        levels = stock_levels(session, workspace.actor, site_id=site_id, product_id=product_id)
    chosen = -1
    for level in levels:
        text = (
            QCoreApplication.translate("Pickers", "%1 · lot %2 · expires %3 · %4 on hand")
            .replace("%1", level.product_name)
            .replace("%2", level.lot_number)
            .replace("%3", level.expiry_date.isoformat())
            .replace("%4", str(level.on_hand))
        )
        if level.recalled:
            text += " · " + QCoreApplication.translate("Pickers", "recalled")
        combo.addItem(text, level.lot_id)
        if chosen < 0 and level.expiry_date >= today and not level.recalled:
            chosen = combo.count() - 1
    combo.setCurrentIndex(max(chosen, 0) if combo.count() else -1)


def participant_id_for(workspace: Workspace, code: str, field: str) -> uuid.UUID | None:
    """The id of the participant with ``code``; an unknown code is refused by ``field``, like a service would."""
    if not code.strip():
        return None
    with workspace.db.session() as session:
        found = participant_by_code(session, workspace.actor, code)
    if found is None:
        message = QCoreApplication.translate("Pickers", "no participant has the code %1").replace("%1", code.strip())
        raise ValidationError([FieldError(field, message)])
    return found
