"""Small pieces the daily pages share: section headings, a site filter, a tidy button row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from oend.queries.choices import site_choices
from oend.ui.widgets.busy import make_primary
from oend.ui.widgets.named import named
from oend.ui.widgets.pickers import fill_choices
from oend.ui.workspace import Workspace


def section_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A heading inside a page, a step below the page title."""
    label = named(QLabel(text, parent), "sectionTitle")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    return label


def site_filter(workspace: Workspace, name: str = "siteFilter") -> QComboBox:
    """The sites the user works at, with "All my sites" first (data None)."""
    combo = named(QComboBox(), name)
    combo.setMinimumWidth(220)
    with workspace.db.session() as session:
        fill_choices(combo, site_choices(session, workspace.actor), QCoreApplication.translate("Pages", "All my sites"))
    return combo


def button(text: str, name: str, tip: str = "", primary: bool = False) -> QPushButton:
    made = named(QPushButton(text), name)
    made.setToolTip(tip)
    made.setAutoDefault(False)
    return make_primary(made) if primary else made
