"""What a screen shows for each stable code: the one table of ``oend.core.labels``, translated through Qt.

The table's English is the source text; lupdate finds every label through the generated ``label_texts.py``
(context ``Labels``), so a screen, a report and an export never word the same code differently.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from oend.core import labels as table

# Qt's translation context of every code label; ``oend/i18n/regenerate.py`` writes the catalogue in it.
CONTEXT = "Labels"
# What a table cell shows where nothing was recorded.
NOTHING = "—"


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def code_label(code: StrEnum) -> str:
    """The label of one code in the user's language."""
    return translated(table.label(code))


def labels(kind: type[StrEnum]) -> dict[str, str]:
    """Code -> label in the user's language for one code list, in the list's order."""
    return {code: translated(text) for code, text in table.labels(kind).items()}


def label(kind: type[StrEnum], code: str | None) -> str:
    """The label of a stored code; nothing recorded is an em dash, an unknown code shows as it is."""
    if code is None:
        return NOTHING
    try:
        return code_label(kind(code))
    except ValueError:
        return str(code)


def fill(combo: QComboBox, kind: type[StrEnum], none: str | None = None) -> None:
    """Put a code list in ``combo`` (data = the code), with an optional first "none" entry."""
    combo.clear()
    if none is not None:
        combo.addItem(none, None)
    for code, text in labels(kind).items():
        combo.addItem(text, code)


def yes_no(value: bool | None) -> str:
    if value is None:
        return NOTHING
    return QCoreApplication.translate("Labels", "Yes") if value else QCoreApplication.translate("Labels", "No")
