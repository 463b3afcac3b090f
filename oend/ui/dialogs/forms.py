"""Data-entry forms: Qt Designer ``.ui`` files kept in the top-level ``forms/`` folder (``oend.forms`` once
installed) and loaded at run time.

Designers edit the layout without touching code; the Python side only finds widgets by name.
Convention: a field ``x`` may have a label ``x_error`` beside it where its validation message appears,
and the form may have a ``form_error`` label for messages that name no field on the form.
"""

from __future__ import annotations

from importlib import resources
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QDialog, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from oend.errors import OendError, ValidationError
from oend.ui.text.validation_text import error_text, field_messages
from oend.ui.widgets.date_field import DateField

W = TypeVar("W", bound=QWidget)
#: The narrowest a form dialog opens, so short forms do not look cramped.
MIN_FORM_WIDTH = 480


class FormError(RuntimeError):
    """A form file is missing or does not have a widget the code expects (a packaging bug)."""


def form_path(name: str) -> str:
    return str(resources.files("oend.forms") / f"{name}.ui")


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of ``forms/<name>.ui`` (its texts pass through the installed translators)."""
    file = QFile(form_path(name))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot open the form {name}.ui: {file.errorString()}")
    try:
        loader = QUiLoader()
        loader.registerCustomWidget(DateField)
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise FormError(f"cannot load the form {name}.ui")
    return widget


def form_in_dialog(dialog: QDialog, name: str) -> QWidget:
    """Load the form ``name`` as the whole of ``dialog``, which takes the form's title."""
    form = load_form(name, dialog)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(0)
    layout.addWidget(form)
    # A floor for short forms, as a spacer: a minimum set on the dialog or the form would replace the one
    # their layouts work out, and a long label or check box could then be squeezed under its neighbour.
    layout.addItem(QSpacerItem(MIN_FORM_WIDTH, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed))
    dialog.setWindowTitle(form.windowTitle())
    return form


def child(form: QWidget, kind: type[W], name: str) -> W:
    """The widget called ``name`` in ``form``; a missing one is a bug in the .ui file, said plainly."""
    found = form.findChild(kind, name)
    if found is None:
        raise FormError(f"the form {form.objectName()} has no {kind.__name__} named {name}")
    return found


class FieldMessages:
    """Shows validation messages next to the fields they name, and clears them on the next try."""

    def __init__(self, form: QWidget, labels: dict[str, str]) -> None:
        """``labels`` maps a service's field name to the words the user sees for it."""
        self._form = form
        self._labels = labels
        self._general = form.findChild(QLabel, "form_error")
        for label in self._error_labels():
            label.setProperty("role", "formError" if label is self._general else "error")
        self.clear()

    def _error_labels(self) -> list[QLabel]:
        return [label for label in self._form.findChildren(QLabel) if label.objectName().endswith("_error")]

    def _label_for(self, field: str) -> QLabel | None:
        return self._form.findChild(QLabel, f"{field}_error")

    def clear(self) -> None:
        for label in self._error_labels():
            label.clear()
            label.hide()

    def show(self, error: ValidationError) -> list[str]:
        """Put each message, translated, beside its field; the rest go to the form's general label.

        Returns the fields shown beside their widgets.
        """
        self.clear()
        general: list[str] = []
        shown: list[str] = []
        for field in dict.fromkeys(e.field for e in error.errors):
            text = "\n".join(field_messages(error, field))
            label = self._label_for(field)
            if label is not None:
                label.setText(text)
                label.show()
                shown.append(field)
            else:
                general.append(f"{self._labels.get(field, field)}: {text}")
        if general and self._general is not None:
            self._general.setText("\n".join(general))
            self._general.show()
        return shown

    def refuse(self, error: OendError) -> None:
        """Say why a save was refused, and put the cursor in the first field named.

        A refusal that names no field (no permission, a record gone meanwhile, the database
        unavailable) goes to the form's general label: the form stays open with everything typed.
        """
        if isinstance(error, ValidationError):
            shown = self.show(error)
        else:
            self.clear()
            shown = []
            if self._general is not None:
                self._general.setText(error_text(error))
                self._general.show()
        self._form.window().adjustSize()  # make room for the messages
        first = self._form.findChild(QWidget, shown[0]) if shown else None
        if first is not None:
            first.setFocus()


def tab_chain(*widgets: QWidget) -> None:
    """Tab from each widget to the next: widgets made in code after the form loaded come in their place."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)
