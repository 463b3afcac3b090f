"""Driving the Designer forms from a test: choose by data, click Save, read the message beside a field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.widgets.pickers import select_data


def choose(combo: QComboBox, data: object) -> None:
    assert select_data(combo, data), f"{data!r} is not offered in {combo.objectName()}"


def click_save(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def message_beside(dialog: QWidget, field: str) -> str:
    """The validation message shown next to ``field`` ('' when hidden)."""
    label = dialog.findChild(QLabel, f"{field}_error")
    assert label is not None, f"no message label for {field}"
    return label.text() if label.isVisible() else ""


def shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog
