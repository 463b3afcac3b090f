"""Validation messages from the services, in the user's language.

The services raise each ``FieldError`` as an English template with named values and no Qt. A screen shows
one through ``field_error_text``: the template is translated (Qt context "Validation"; the templates reach
lupdate through the generated ``validation_templates.py``), then its values are filled in, a code shown
with the label the rest of the UI gives it, a fixed phrase translated, and anything else as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from oend.errors import FieldError, OendError, Phrase, ValidationError, plain_value
from oend.model.codes import Gender, ParticipantCategory, Role
from oend.ui.choice_labels import labels
from oend.ui.labels import category_labels, gender_labels
from oend.ui.roles import role_labels

CONTEXT = "Validation"


def code_label(code: StrEnum) -> str:
    """The label a screen gives ``code``; a code list the UI has no labels for shows its code."""
    if isinstance(code, ParticipantCategory):
        return category_labels()[code]
    if isinstance(code, Gender):
        return gender_labels()[code]
    if isinstance(code, Role):
        return role_labels()[code]
    try:
        return labels(type(code))[code.value]
    except KeyError:
        return code.value


def value_text(value: object) -> str:
    """One value of a message as the user reads it."""
    if isinstance(value, Phrase):
        return QCoreApplication.translate(CONTEXT, value)
    if isinstance(value, StrEnum):
        return code_label(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(value_text(v) for v in value)
    return plain_value(value)


def field_error_text(error: FieldError) -> str:
    """The message of one field error, translated, its values filled in."""
    template = QCoreApplication.translate(CONTEXT, error.template)
    if not error.values:
        return template
    return template.format_map({name: value_text(v) for name, v in error.values.items()})


def field_messages(error: ValidationError, field: str) -> list[str]:
    """The translated messages about ``field``."""
    return [field_error_text(e) for e in error.errors if e.field == field]


def error_text(error: OendError, field_labels: Mapping[str, str]) -> str:
    """A refusal in one line: each field (by the label the screen gives it) with its translated message."""
    if not isinstance(error, ValidationError):
        return str(error)
    return "; ".join(f"{field_labels.get(e.field, e.field)}: {field_error_text(e)}" for e in error.errors)
