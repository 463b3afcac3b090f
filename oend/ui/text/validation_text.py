"""The messages of the services' errors, in the user's language.

The services raise each ``OendError`` (and each ``FieldError`` of a ``ValidationError``) as an English
template with named values and no Qt. A screen shows one through ``error_text`` (or ``field_error_text``):
the template is translated (Qt context "Validation"; the templates reach lupdate through the generated
``validation_templates.py``), then its values are filled in, a code shown with the label the rest of the UI
gives it, a fixed phrase or a nested error translated, and anything else as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from oend.errors import FieldError, OendError, Phrase, ValidationError, filled, plain_value
from oend.ui.text.labels import code_label

CONTEXT = "Validation"


def value_text(value: object) -> str:
    """One value of a message as the user reads it."""
    if isinstance(value, Phrase):
        return QCoreApplication.translate(CONTEXT, value)
    if isinstance(value, OendError):
        return error_text(value)
    if isinstance(value, StrEnum):
        return code_label(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(value_text(v) for v in value)
    return plain_value(value)


def message_text(template: str, values: Mapping[str, Any]) -> str:
    """A service's message: the template translated, then its values filled in as the user reads them."""
    return filled(QCoreApplication.translate(CONTEXT, template), values, value_text)


def field_error_text(error: FieldError) -> str:
    """The message of one field error, translated, its values filled in."""
    return message_text(error.template, error.values)


def field_messages(error: ValidationError, field: str) -> list[str]:
    """The translated messages about ``field``."""
    return [field_error_text(e) for e in error.errors if e.field == field]


def error_text(error: BaseException, field_labels: Mapping[str, str] | None = None) -> str:
    """What went wrong, in one line in the user's language: every screen shows an error's text through this.

    A refused input names each field (by the label the screen gives it) with its message; any other error of
    the services says its own message; anything else (the disk's ``OSError``) has only Python's words.
    """
    if isinstance(error, ValidationError):
        labels = field_labels or {}
        return "; ".join(f"{labels.get(e.field, e.field)}: {field_error_text(e)}" for e in error.errors)
    if isinstance(error, OendError):
        return message_text(error.template, error.values)
    return str(error)
