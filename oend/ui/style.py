"""The look: Fusion with a calm, light palette and one teal accent, plus a short style sheet.

Colours live here only, so pages never hard-code them. The icons are compiled into ``icons_rc.py``
(``pyside6-rcc oend/ui/icons/resources.qrc -o oend/ui/icons_rc.py``), so they ship as Python.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from oend.ui import icons_rc  # noqa: F401 - registers the :/oend/ icons the style sheet uses

ACCENT = "#0f766e"
ACCENT_DARK = "#115e59"
ACCENT_SOFT = "#ccfbf1"
WINDOW = "#f4f6f8"
SURFACE = "#ffffff"
SIDEBAR = "#17313a"
SIDEBAR_TEXT = "#cfdde2"
TEXT = "#1f2933"
MUTED = "#5f6c7b"
BORDER = "#d9e0e6"
ERROR = "#b42318"

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QListWidget#sidebar {{
    background: {SIDEBAR}; color: {SIDEBAR_TEXT}; border: none; outline: none;
    padding: 8px 8px; font-size: 10.5pt;
}}
QListWidget#sidebar::item {{ padding: 9px 12px; border-radius: 6px; margin: 1px 0; }}
QListWidget#sidebar::item:hover {{ background: #21434e; color: white; }}
QListWidget#sidebar::item:selected {{ background: {ACCENT}; color: white; }}
QLabel#appName {{ color: white; font-size: 13pt; font-weight: 600; padding: 18px 20px 2px 20px; }}
QLabel#appTagline {{ color: #8fb3bd; font-size: 9pt; padding: 0 20px 14px 20px; }}
QWidget#sidebarPanel {{ background: {SIDEBAR}; }}
QLabel#pageTitle {{ color: {TEXT}; font-size: 17pt; font-weight: 600; }}
QLabel#pageSubtitle, QLabel#muted {{ color: {MUTED}; }}
QLabel#emptyTitle {{ color: {TEXT}; font-size: 13pt; font-weight: 600; }}
QLabel#emptyBody {{ color: {MUTED}; font-size: 10.5pt; }}
QLabel#emptyPoint {{ color: {TEXT}; font-size: 10.5pt; }}
QLabel#emptyTick {{ color: {ACCENT}; font-weight: 700; font-size: 10.5pt; }}
QFrame#card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="formError"] {{
    color: {ERROR}; background: #fef3f2; border: 1px solid #fecdca; border-radius: 6px; padding: 8px 10px;
}}
QLineEdit, QComboBox, QDateEdit {{
    padding: 5px 8px; border: 1px solid {BORDER}; border-radius: 6px; background: {SURFACE};
    selection-background-color: {ACCENT};
}}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: 26px; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url(:/oend/chevron-down.svg); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{
    border: 1px solid {BORDER}; background: {SURFACE}; selection-background-color: {ACCENT_SOFT};
    selection-color: {TEXT}; outline: none;
}}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit#search {{ padding: 8px 12px; font-size: 11pt; }}
QPushButton {{
    padding: 6px 14px; border: 1px solid {BORDER}; border-radius: 6px; background: {SURFACE}; color: {TEXT};
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton[primary="true"] {{ background: {ACCENT}; border-color: {ACCENT}; color: white; font-weight: 600; }}
QPushButton[primary="true"]:hover {{ background: {ACCENT_DARK}; }}
QTableView {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; gridline-color: transparent;
    selection-background-color: {ACCENT_SOFT}; selection-color: {TEXT}; alternate-background-color: #f8fafb;
}}
QTableView::item {{ padding: 0 8px; }}
QHeaderView::section {{
    background: {SURFACE}; color: {MUTED}; border: none; border-bottom: 1px solid {BORDER};
    padding: 6px 8px; font-weight: 600;
}}
QScrollBar:vertical {{ background: transparent; width: 12px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: #c5ced6; border-radius: 4px; min-height: 32px; }}
QScrollBar::handle:vertical:hover {{ background: #a9b4be; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
* {{ dialogbuttonbox-buttons-have-icons: 0; }}
QStatusBar {{ background: {SURFACE}; color: {MUTED}; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QToolButton#accountButton {{
    background: #1d3c46; color: white; border: none; border-top: 1px solid #2b4f5a;
    padding: 12px 20px; text-align: left; font-weight: 600;
}}
QToolButton#accountButton:hover {{ background: #21434e; }}
QToolButton#accountButton::menu-indicator {{ image: none; width: 0; }}
QToolButton#helpButton {{
    background: transparent; color: #b8ccd2; border: none; padding: 6px 20px; text-align: left;
}}
QToolButton#helpButton:hover {{ color: white; }}
QToolButton#helpButton::menu-indicator {{ image: none; width: 0; }}
QWidget#lockScreen, QWidget#lockCover {{ background: {SIDEBAR}; }}
QFrame#lockCard {{ background: {SURFACE}; border-radius: 12px; }}
QPushButton#linkButton {{ border: none; background: transparent; color: {ACCENT}; padding: 4px 8px; }}
QPushButton#linkButton:hover {{ text-decoration: underline; }}
QFrame#keyCard {{ background: #f0fdfa; border: 1px dashed {ACCENT}; border-radius: 10px; }}
QLabel#recoveryKey {{ color: {ACCENT_DARK}; padding: 6px 0; }}
QLabel#warning {{ background: #fffbeb; border: 1px solid #fde68a; border-radius: 6px; padding: 10px 12px; }}
QLabel#notice {{ background: {ACCENT_SOFT}; border-radius: 6px; padding: 8px 10px; color: {ACCENT_DARK}; }}
QFrame#card QLineEdit, QFrame#lockCard QLineEdit {{ min-height: 22px; }}
QPlainTextEdit#damageDetails {{ border: 1px solid {BORDER}; border-radius: 6px; background: #f8fafb; }}
"""


def palette() -> QPalette:
    """A light palette: the Fusion style draws every control from it."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#f8fafb",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: TEXT,
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#8a96a3",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9aa5b1"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9aa5b1"))
    return p


def apply_style(app: QApplication) -> None:
    """Fusion everywhere (the same on Windows, macOS and Linux), our palette, a readable base font."""
    app.setStyle("Fusion")
    app.setPalette(palette())
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
