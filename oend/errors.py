"""The exceptions a user can see. Anything else reaching the user is a bug."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any


class Phrase(str):
    """A fixed English phrase passed as a message value, which a screen translates like the template itself.

    Plain strings among the values are the user's own data (a code, a lot number) and are shown as they are.
    """


def plain_value(value: object) -> str:
    """A message value in English: a code as its code, a date as YYYY-MM-DD, a list joined by commas."""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(plain_value(v) for v in value)
    return str(value)


def filled(template: str, values: Mapping[str, Any], value_text: Callable[[object], str] = plain_value) -> str:
    """``template`` with its named values written by ``value_text``; a template without values stays as written."""
    if not values:
        return template
    return template.format_map({name: value_text(v) for name, v in values.items()})


class OendError(Exception):
    """Base of the errors the app reports to the user in plain words.

    Like a ``FieldError`` it carries an English ``template`` with named ``{placeholders}`` and their ``values``:
    ``str(error)`` is the English text (the command line and the logs show it), and a screen translates the
    template (Qt context "Validation") before filling it in. The template must be a literal at the raise.
    """

    def __init__(self, template: str = "", values: Mapping[str, Any] | None = None) -> None:
        self.template = template
        self.values: Mapping[str, Any] = dict(values or {})
        super().__init__(filled(template, self.values))


@dataclasses.dataclass(frozen=True)
class FieldError:
    """One problem with one field, optionally in one row of an import.

    ``template`` is the English text with named ``{placeholders}`` filled from ``values``; the services stay
    free of Qt, and a screen translates the template (Qt context "Validation") before filling it in.
    A template without values is shown exactly as written.
    """

    field: str
    template: str
    row: int | None = None
    values: Mapping[str, Any] = dataclasses.field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        """The English message, values filled in (the command line and the logs show this)."""
        return filled(self.template, self.values)

    def __str__(self) -> str:
        where = f"row {self.row}, " if self.row is not None else ""
        return f"{where}{self.field}: {self.message}"


class ValidationError(OendError):
    """Input refused before anything was written; names every bad field."""

    def __init__(self, errors: list[FieldError]):
        if not errors:
            raise ValueError("a ValidationError needs at least one FieldError")
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))  # each field error is translated on its own

    @property
    def fields(self) -> set[str]:
        return {e.field for e in self.errors}

    def for_field(self, field: str) -> list[str]:
        return [e.message for e in self.errors if e.field == field]


class NotFoundError(OendError):
    """A record the user named does not exist (or is outside their sites)."""


class PermissionDenied(OendError):
    """The signed-in user's role or site scope does not allow this action."""


class DatabaseError(OendError):
    """The database cannot be opened or used (locked, damaged, disk full, wrong key)."""


class StaleRecord(OendError):
    """Someone saved the record after this edit was opened: saving would overwrite their change unseen."""
