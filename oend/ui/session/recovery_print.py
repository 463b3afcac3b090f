"""The recovery key on paper: one page with the program's name, the key and where to keep it.

The key is never stored readable, so a printed page (kept in a locked drawer) is how most programs keep it.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def key_page(program: str, key: str) -> QTextDocument:
    """The printed page as a document."""
    document = QTextDocument()
    title = escape(QCoreApplication.translate("RecoveryKeyPage", "Recovery key of %1").replace("%1", program))
    keep = escape(
        QCoreApplication.translate(
            "RecoveryKeyPage",
            "If every password of this program is ever forgotten, this key is the only way to open its records. "
            "Keep this page somewhere safe, away from the laptop (a locked drawer at the office), and do not "
            "photograph it or send it by e-mail.",
        )
    )
    printed = escape(
        QCoreApplication.translate("RecoveryKeyPage", "Printed on %1").replace("%1", dt.date.today().isoformat())
    )
    document.setHtml(
        f"<h1>{title}</h1><p>{keep}</p>"
        f'<p style="font-family: monospace; font-size: 16pt; font-weight: 600; white-space: nowrap">{escape(key)}</p>'
        f"<p>{printed}</p>"
    )
    return document


def print_key_to(printer: QPrinter, program: str, key: str) -> None:
    key_page(program, key).print_(printer)


def print_key(parent: QWidget, program: str, key: str) -> bool:
    """Ask for a printer and print the page; False when the person cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyPage", "Print the recovery key"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_key_to(printer, program, key)
    return True
