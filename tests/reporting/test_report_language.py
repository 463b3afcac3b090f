"""A report in Spanish: every fixed word, code label, month and note in the report's language, none in English.

The words come from the app's translation file (``oend_es.ts``) through the generated ``words_es.py``, so a
screen and a report word a code the same way.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy.orm import Session

from oend.cli import main
from oend.core.actor import Actor
from oend.core.labels import texts
from oend.i18n.regenerate import (
    HERE,
    REPORT_CATALOGUE,
    finished_translations,
    report_catalogue_text,
    report_texts,
    words_module,
    words_module_text,
)
from oend.reporting.engine import list_templates, load_template
from oend.reporting.periods import Period
from oend.reporting.template_format import parse_template
from oend.reporting.words import Words
from oend.reporting.words_es import WORDS
from oend.services.reports import save_report
from oend.services.settings import change_reporting_settings
from tests.cli.conftest import program
from tests.reporting.seed import Seeded

__all__ = ["program"]

Q3 = Period.quarter(2025, 3)
TEMPLATE = parse_template(
    "spanish",
    """
title = "Informe trimestral"
publication = false

[[tables]]
id = "key"
title = "Cifras"
measures = ["kits", "doses", "people_trained"]

[[tables]]
id = "kits"
title = "Kits por producto"
measure = "kits"
rows = "product"
columns = "supply_type"

[[tables]]
id = "formulation"
title = "Dosis por presentación"
measure = "doses"
rows = "formulation"

[[tables]]
id = "months"
title = "Kits por mes"
measure = "kits"
rows = "site"
periods = "month"

[[tables]]
id = "outcome"
title = "Reversiones por resultado"
measure = "reversals"
rows = "outcome"
percent = true
suppress = true
""",
)
#: English words of the template above that must not appear in its Spanish report.
ENGLISH_WORDS = (
    "Naloxone kits dispensed",
    "Page 1 of",
    "New kit",
    "Refill",
    "Nasal spray 4 mg",
    "Not recorded",
    "July",
    "Survived",
    "Percent",
    "Reporting period",
    "All sites",
    "Suppressed:",
)


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def test_the_generated_report_words_are_current() -> None:
    assert REPORT_CATALOGUE.read_text(encoding="utf-8") == report_catalogue_text(report_texts()), (
        "run python oend/i18n/regenerate.py"
    )
    translations = finished_translations(HERE / "oend_es.ts")
    assert words_module("es").read_text(encoding="utf-8") == words_module_text("es", translations), (
        "run python oend/i18n/regenerate.py"
    )


def test_every_word_a_report_prints_has_spanish() -> None:
    missing = [text for text in (*report_texts(), *texts()) if not WORDS.get(text)]
    assert missing == [], "fill them in oend/i18n/oend_es.ts, then run python oend/i18n/regenerate.py"


def test_a_word_with_values_is_filled_after_translation() -> None:
    es = Words("es")
    assert es.month(2025, 7) == "julio de 2025"
    assert es("Percentages are of all {n} (N).", n="1,204") == "Los porcentajes son del total de 1,204 (N)."
    assert Words("en").month(2025, 7) == "July 2025"
    with pytest.raises(ValueError, match="no report language 'fr'"):
        Words("fr")


def test_a_spanish_report_prints_no_english_word(seeded: tuple[Session, Seeded], actor: Actor, tmp_path: Path) -> None:
    session, _ = seeded
    with session.begin():
        change_reporting_settings(session, actor, suppression_threshold=2)
        save_report(session, actor, TEMPLATE, Q3, None, tmp_path / "es.pdf", language="es")
        save_report(session, actor, TEMPLATE, Q3, None, tmp_path / "es.xlsx", language="es")
    text = _pdf_text((tmp_path / "es.pdf").read_bytes())
    for line in (
        "Período del informe",
        "1 de julio de 2025 a 30 de septiembre de 2025",
        "Todos los sitios",
        "Kits de naloxona entregados 22",
        "Dosis de naloxona entregadas 76",
        "Producto Kit nuevo Reposición Total",
        "Aerosol nasal de 4 mg",
        "julio de 2025",
        "Sobrevivió",
        "Porcentaje",
        "Suprimido:",
        "Página 1 de",
    ):
        assert line in text, line
    for english in ENGLISH_WORDS:
        assert english not in text, english

    wb = load_workbook(tmp_path / "es.xlsx")
    assert wb.sheetnames[0] == "Informe"
    cover = wb["Informe"]
    keys = [cover.cell(r, 1).value for r in range(3, 10)]
    assert keys == ["Programa", "Informe", "Período", "Inicio del período", "Fin del período", "Sitios", "Generado"]
    kits = wb["Kits por producto"]
    assert [c.value for c in kits[3]] == ["Producto", "Kit nuevo", "Reposición", "Total"]
    rows = {r[0].value: [c.value for c in r[1:]] for r in kits.iter_rows(min_row=4, max_row=kits.max_row)}
    assert rows["Total"] == [18, 4, 22]
    months = wb["Kits por mes"]
    assert [c.value for c in months[3]][1:4] == ["julio de 2025", "agosto de 2025", "septiembre de 2025"]
    formulation = wb["Dosis por presentación"]
    assert formulation.cell(4, 1).value == WORDS["Nasal spray 4 mg"]
    cells = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    for english in ENGLISH_WORDS:
        assert not [c for c in cells if english in c], english


@pytest.mark.parametrize(
    ("language", "title", "table", "note", "sheet"),
    [
        (
            "es",
            "Informe trimestral del programa OEND",
            "Personas capacitadas, por sitio",
            "Una persona capacitada en dos sitios se cuenta en cada uno, y una sola vez en el total.",
            "Capacitadas por sitio",
        ),
        (
            "en",
            "Quarterly OEND Program Report",
            "People trained, by site",
            "A person trained at two sites is counted at each, and once in the total.",
            "Trained by site",
        ),
    ],
)
def test_a_shipped_template_is_titled_in_the_reports_language(
    seeded: tuple[Session, Seeded], actor: Actor, tmp_path: Path, language: str, title: str, table: str, note: str,
    sheet: str,
) -> None:  # fmt: skip
    session, _ = seeded
    with session.begin():
        for fmt in ("pdf", "xlsx"):
            save_report(session, actor, "quarterly_oend", Q3, None, tmp_path / f"r.{fmt}", language=language)
    text = _pdf_text((tmp_path / "r.pdf").read_bytes())
    for words in (title, table, note):
        assert words in text, words
    other = "Quarterly OEND Program Report" if language == "es" else "Informe trimestral del programa OEND"
    assert other not in text
    wb = load_workbook(tmp_path / "r.xlsx")
    assert sheet in wb.sheetnames
    cells = {str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None}
    assert {title, table, note} <= cells
    assert other not in cells


@pytest.mark.parametrize("name", list_templates())
def test_every_shipped_template_words_itself_in_spanish(name: str) -> None:
    english, spanish = load_template(name), load_template(name).in_language("es")
    assert spanish.title != english.title and spanish.description != english.description
    for ours, theirs in zip(english.tables, spanish.tables, strict=True):
        for setting in ("title", "note", "sheet"):
            if getattr(ours, setting) is not None:
                assert getattr(theirs, setting) != getattr(ours, setting), (name, ours.id, setting)


def test_the_command_line_writes_a_spanish_report(
    program: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.xlsx"
    assert main(["report", "-t", "quarterly_oend", "-p", "2026Q3", "-o", str(out), "--language", "es"]) == 0
    key = load_workbook(out)["Cifras clave"]
    assert key.cell(3, 1).value == "Medida"
    assert [key.cell(r, 1).value for r in range(4, 6)] == ["Personas capacitadas", "Kits de naloxona entregados"]
    with pytest.raises(SystemExit) as refused:
        main(["report", "-t", "quarterly_oend", "-p", "2026Q3", "-o", str(out), "--language", "fr"])
    assert refused.value.code == 2 and "invalid choice: 'fr'" in capsys.readouterr().err
