"""Keeping exported text from running as a spreadsheet formula (CSV/formula injection).

A participant's name or a note typed as ``=HYPERLINK(...)`` or ``@SUM(...)`` would run when the
export is opened. In a CSV the only defence is a leading apostrophe; in an XLSX the text is stored
as a plain string cell with Excel's "quote prefix" (``oend.exchange.export.xlsx_text``), so it shows
unchanged and stays text even if edited. No spreadsheet library here: the app imports this at start.
"""

from __future__ import annotations

DANGEROUS_FIRST = frozenset("=+-@\t\r")


def is_dangerous(text: str) -> bool:
    return bool(text) and text[0] in DANGEROUS_FIRST


def csv_text(value: str) -> str:
    """``value`` as a CSV field a spreadsheet will show as text."""
    return "'" + value if value and value[0] in DANGEROUS_FIRST else value
