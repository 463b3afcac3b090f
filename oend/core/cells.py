"""Keeping text the app writes into a spreadsheet from running as a formula (CSV/formula injection).

A participant's name, a county or a note typed as ``=HYPERLINK(...)`` or ``@SUM(...)`` would run when
the file is opened. Spreadsheets read a cell as a formula when it starts with ``= + - @`` (full-width
forms included: some spreadsheets fold ``＝`` into ``=``), and some strip a leading tab or carriage
return first. Every writer asks ``could_run`` of each piece of text: in a CSV the only defence is a
leading apostrophe (``csv_text``); in an XLSX the text is stored as a string cell with the "quote
prefix" Excel uses for typed-in text, so it shows unchanged and stays text even when edited. Numbers
and dates are never text and stay as they are. No spreadsheet library here: every layer imports this.
"""

from __future__ import annotations

FORMULA_FIRST = frozenset("=+-@\t\r＝＋－＠")


def could_run(value: object) -> bool:
    """True for text a spreadsheet could read as a formula."""
    return isinstance(value, str) and value[:1] in FORMULA_FIRST and value != ""


def csv_text(value: str) -> str:
    """``value`` as a CSV field a spreadsheet will show as text."""
    return "'" + value if could_run(value) else value
