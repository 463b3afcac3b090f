"""Where an output goes and telling the user it is there: the save dialog and the "saved" message.

Shared by the Reports page, the export action and certificate printing, so every output asks and
answers the same way. The message is not blocking: the window stays usable while it is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from oend.ui.text.validation_text import error_text


def filter_text(fmt: str) -> str:
    return {
        "pdf": QCoreApplication.translate("ReportFiles", "PDF document (*.pdf)"),
        "xlsx": QCoreApplication.translate("ReportFiles", "Excel workbook (*.xlsx)"),
        "csv": QCoreApplication.translate("ReportFiles", "CSV file (*.csv)"),
    }[fmt]


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def ask_save_path(parent: QWidget | None, caption: str, suggested: str, formats: list[str]) -> tuple[Path, str] | None:
    """The path the user chose and its format (from the chosen filter or the suffix typed), or None."""
    filters = [filter_text(f) for f in formats]
    start = str(documents_dir() / suggested)
    chosen, selected = QFileDialog.getSaveFileName(parent, caption, start, ";;".join(filters))
    if not chosen:
        return None
    path = Path(chosen)
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in formats:
        fmt = formats[filters.index(selected)] if selected in filters else formats[0]
        path = path.with_name(f"{path.name}.{fmt}")
    return path, fmt


def open_folder(path: Path) -> None:
    """Show the folder holding ``path`` in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def show_saved(parent: QWidget | None, text: str, path: Path) -> QMessageBox:
    """A message that ``path`` is written, with an "Open folder" button; returned so a caller may close it."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ReportFiles", "Saved"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("savedMessage")
    box.setInformativeText(str(path))
    folder = box.addButton(QCoreApplication.translate("ReportFiles", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    folder.setObjectName("openFolder")
    folder.clicked.connect(lambda: open_folder(path))
    box.open()
    return box


def show_problem(parent: QWidget | None, text: str, error: BaseException) -> QMessageBox:
    """A failed output said plainly (the engine's message names what was wrong)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ReportFiles", "Not saved"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("problemMessage")
    box.setInformativeText(error_text(error))
    box.open()
    return box
