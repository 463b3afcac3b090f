"""Numbers in a report's language: "1.234,5" and "12,5 %" in a Spanish PDF and its charts; the XLSX keeps numbers."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import load_workbook
from pypdf import PdfReader

from oend.reporting.numerals import NUMERALS
from oend.reporting.periods import Period
from oend.reporting.render_pdf import render_pdf
from oend.reporting.render_xlsx import render_xlsx
from oend.reporting.report_model import Report, Template
from oend.reporting.tables import Share, Table
from oend.reporting.words import Words

COUNTS = [1234, 8766]  # 12.34% and 87.66% of 10,000


def report(language: str) -> Report:
    words = Words(language)
    table = Table(
        "kits", "Kits", "Site", ["Kits"], ["North", "South"], [[n] for n in COUNTS] + [[sum(COUNTS)]],
        percent=True, chart="bar", words=words,
    )  # fmt: skip
    template = Template("t", "Kits", "", False, ())
    when = dt.datetime(2025, 10, 1, 9, 0)
    return Report(template, "Program", None, Period.quarter(2025, 3), [], when, [table], None, words=words)


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_each_language_writes_its_own_separators() -> None:
    es, en = NUMERALS["es"], NUMERALS["en"]
    assert (es.integer(1234567), es.decimal(1234.5), es.percent(0.125)) == ("1.234.567", "1.234,5", "12,5\u00a0%")
    assert (en.integer(1234567), en.decimal(1234.5), en.percent(0.125)) == ("1,234,567", "1,234.5", "12.5%")
    assert es.figure(Share(1, 8)) == "12,5\u00a0%" and es.figure("<11") == "<11" and es.figure(True) == "True"


def test_a_spanish_pdf_and_its_chart_use_spanish_separators() -> None:
    text = pdf_text(render_pdf(report("es"))).replace("\u00a0", " ")
    for figure in ("1.234", "8.766", "10.000", "12,3 %", "87,7 %", "100,0 %"):
        assert figure in text, figure
    assert "1,234" not in text and "12.3%" not in text
    assert "2.000" in text  # the chart's value axis: 0, 2.000, 4.000...
    english = pdf_text(render_pdf(report("en")))
    assert all(figure in english for figure in ("1,234", "10,000", "12.3%", "2,000"))


def test_a_spanish_spreadsheet_keeps_numbers_with_a_number_format() -> None:
    ws = load_workbook(io.BytesIO(render_xlsx(report("es")))).worksheets[1]
    row = [c for c in ws[4]]
    assert row[1].value == 1234 and row[1].number_format == "#,##0"
    assert row[2].value == 0.1234 and row[2].number_format == "0.0%"
