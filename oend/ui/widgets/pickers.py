"""Filling the forms' drop-downs from the database: sites, products, lots (soonest expiry first), people by code."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from oend.errors import FieldError, ValidationError
from oend.queries.choices import Choice, participant_by_code
from oend.queries.settings import default_site_id
from oend.queries.stock import StockLevel, products_in_stock, stock_levels, usable
from oend.ui.workspace import Workspace

EXPIRY_WARNING_DAYS = 90
RECENT_PRODUCT = "product"


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


def fill_lots(
    workspace: Workspace,
    combo: QComboBox,
    site_id: uuid.UUID | None,
    product_id: uuid.UUID | None,
    *,
    usable_only: bool = True,
) -> None:
    """Lots in stock at the site (of the product, if chosen), soonest expiry first, each with its expiry.

    Expired and recalled lots are offered only where ``usable_only`` is off (writing them off); the
    first usable lot is chosen.
    """
    combo.clear()
    if site_id is None:
        return
    today = dt.date.today()
    with workspace.db.session() as session:
        levels = stock_levels(session, workspace.actor, site_id=site_id, product_id=product_id)
    chosen = -1
    for level in levels:
        if usable_only and not usable(level, today):
            continue
        combo.addItem(lot_text(level, today), level.lot_id)
        if chosen < 0 and usable(level, today):
            chosen = combo.count() - 1
    combo.setCurrentIndex(max(chosen, 0) if combo.count() else -1)


def lot_text(level: StockLevel, today: dt.date) -> str:
    """A lot as a worker picks it: product, lot number, expiry, kits on hand; expired or recalled said so."""
    text = (
        QCoreApplication.translate("Pickers", "%1 · lot %2 · expires %3 · %4 on hand")
        .replace("%1", level.product_name)
        .replace("%2", level.lot_number)
        .replace("%3", level.expiry_date.isoformat())
        .replace("%4", str(level.on_hand))
    )
    if level.expiry_date < today:
        text += " · " + QCoreApplication.translate("Pickers", "expired")
    if level.recalled:
        text += " · " + QCoreApplication.translate("Pickers", "recalled")
    return text


def fill_products_in_stock(workspace: Workspace, combo: QComboBox, site_id: uuid.UUID | None, none: str) -> None:
    """The products with usable kits at the site; the current choice kept, else the user's last one."""
    wanted = combo.currentData()
    choices: list[Choice] = []
    if site_id is not None:
        with workspace.db.session() as session:
            choices = products_in_stock(session, workspace.actor, site_id, dt.date.today())
    fill_choices(combo, choices, none)
    if wanted is None or not select_data(combo, wanted):
        select_data(combo, workspace.recent.get(RECENT_PRODUCT))


def remember_choice(workspace: Workspace, combo: QComboBox, key: str) -> None:
    """Keep what the user picks in ``combo`` as their choice next time (for as long as they are signed in)."""
    combo.activated.connect(lambda _index: workspace.recent.__setitem__(key, combo.currentData()))


def select_default_site(workspace: Workspace, combo: QComboBox) -> None:
    """Choose the user's default site, where they have one and it is offered."""
    with workspace.db.session() as session:
        site_id = default_site_id(session, workspace.actor.user_id)
    if site_id is not None:
        select_data(combo, site_id)


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
