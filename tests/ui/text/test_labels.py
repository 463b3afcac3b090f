"""Codes read the same on a screen, in a report and in an export, and in Spanish on every screen.

The screens translate the one table of ``oend.core.labels`` (listed for lupdate by the generated
``label_texts.py``); the report renderer and the export print its English as it is.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.labels import LABELS, texts
from oend.i18n.regenerate import HERE, LABEL_CATALOGUE, LABEL_CONTEXT, label_catalogue_text
from oend.model import Dispensing
from oend.model.codes import ParticipantCategory, SupplyType
from oend.reporting.periods import Period
from oend.services.exports import export_list
from oend.services.reports import save_report
from oend.ui.dialogs.stock import DispenseDialog
from oend.ui.text import label_texts
from oend.ui.text.labels import CONTEXT, code_label, fill
from oend.ui.workspace import Workspace
from tests.reporting.conftest import seeded
from tests.reporting.seed import Seeded

__all__ = ["seeded"]

#: Labels a Spanish reader reads as they are: numbers, and words Spanish shares with English.
SAME_IN_SPANISH = {"18–24", "25–34", "35–44", "45–54", "55–64", "Trans", "Nasal", "Alcohol", "No"}


def combo_words(combo: QComboBox) -> dict[str, str]:
    """Code -> text of a combo's coded items (its "none" entry left out)."""
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count()) if combo.itemData(i) is not None}


def test_the_generated_catalogue_lists_every_label_in_the_ui_context() -> None:
    assert LABEL_CONTEXT == CONTEXT
    assert LABEL_CATALOGUE.read_text(encoding="utf-8") == label_catalogue_text(texts()), (
        "run python oend/i18n/regenerate.py"
    )
    assert list(label_texts.LABELS) == texts()


def test_every_label_has_a_finished_spanish_translation() -> None:
    root = ET.parse(HERE / "oend_es.ts").getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == CONTEXT)
    finished = {
        m.findtext("source"): translation.text
        for m in context.iter("message")
        if (translation := m.find("translation")) is not None and translation.get("type") is None
    }
    assert [text for text in texts() if not finished.get(text)] == [], "fill them in oend/i18n/oend_es.ts"


def test_a_screen_the_report_and_the_export_use_the_same_words(
    qtbot: QtBot,
    seeded: tuple[Session, Seeded],
    workspace: Workspace,
    actor: Actor,
    tmp_path: Path,
) -> None:
    session, _ = seeded
    dialog = DispenseDialog(workspace)
    qtbot.addWidget(dialog)
    supply, category = combo_words(dialog.supply_type), combo_words(dialog.recipient_category)
    assert supply == {"new": "New kit", "refill": "Refill"}

    with session.begin():
        save_report(session, actor, "quarterly_oend", Period.quarter(2025, 3), None, tmp_path / "q.xlsx")
    report = load_workbook(tmp_path / "q.xlsx")
    kits = report["Kits by product"]
    assert [c.value for c in kits[3]][1:-1] == [supply[code] for code in SupplyType]
    trained = report["Trained by category"]
    rows = [trained.cell(r, 1).value for r in range(4, 4 + len(ParticipantCategory))]
    assert rows == [category[code] for code in ParticipantCategory]

    with session.begin():
        export_list(session, actor, "dispensing", tmp_path / "d.xlsx")
    sheet = load_workbook(tmp_path / "d.xlsx")["Dispensing"]
    exported = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    stored_supply = session.scalars(select(Dispensing.supply_type).distinct()).all()
    assert {row[7] for row in exported} == {supply[code] for code in stored_supply}
    assert {row[3] for row in exported} <= set(category.values())


@pytest.mark.usefixtures("spanish")
def test_in_spanish_every_code_shows_a_translated_label(qapp: QApplication) -> None:
    untranslated = [
        f"{kind.__name__}.{code.name}: {english}"
        for kind, table in LABELS.items()
        for code, english in table.items()
        if code_label(code) == english and english not in SAME_IN_SPANISH
    ]
    assert untranslated == []
    combo = QComboBox()
    fill(combo, ParticipantCategory, "—")
    assert combo_words(combo)["at_risk"] == "Persona que usa drogas / en riesgo"
    assert code_label(SupplyType.REFILL) == "Reposición"
