"""Collecting every validation problem of one action before refusing it.

A user fixing a form wants all the bad fields named at once, not one per attempt.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TypeVar

from oend.errors import FieldError, ValidationError

E = TypeVar("E", bound=StrEnum)


class Checks:
    """An accumulator of field errors; ``done()`` raises them together."""

    def __init__(self, row: int | None = None) -> None:
        self.errors: list[FieldError] = []
        self.row = row

    def fail(self, field: str, template: str, **values: object) -> None:
        """Refuse ``field``: ``template`` is English with ``{name}`` placeholders that ``values`` fill."""
        self.errors.append(FieldError(field, template, self.row, values))

    def ok(self, field: str) -> bool:
        return not any(e.field == field for e in self.errors)

    def text(self, field: str, value: str | None, *, required: bool = False, max_len: int = 200) -> str | None:
        """Strip ``value``; empty becomes None. Refuses a missing required or over-long value."""
        if value is not None and not isinstance(value, str):
            self.fail(field, "must be text")
            return None
        cleaned = (value or "").strip() or None
        if cleaned is None and required:
            self.fail(field, "is required")
        elif cleaned is not None and len(cleaned) > max_len:
            self.fail(field, "is too long (at most {max_len} characters)", max_len=max_len)
            return None
        elif cleaned is not None and any(ord(c) < 32 and c not in "\t\n" for c in cleaned):
            self.fail(field, "contains control characters")
            return None
        return cleaned

    def code(self, field: str, value: str | StrEnum | None, enum_cls: type[E], *, required: bool = False) -> E | None:
        """Turn a stable code into its enum member, naming the field when the code is unknown."""
        if value is None or value == "":
            if required:
                self.fail(field, "is required")
            return None
        try:
            return enum_cls(value)
        except ValueError:
            self.fail(field, "'{value}' is not one of: {allowed}", value=value, allowed=tuple(enum_cls))
            return None

    def codes(self, field: str, values: list[str] | None, enum_cls: type[E]) -> list[str]:
        """A list of codes, each checked; duplicates dropped, order kept."""
        result: list[str] = []
        if values is not None and not isinstance(values, (list, tuple, set, frozenset)):
            self.fail(field, "must be a list")
            return result
        for value in values or ():
            member = self.code(field, value, enum_cls)
            if member is not None and member.value not in result:
                result.append(member.value)
        return result

    def date(
        self,
        field: str,
        value: dt.date | None,
        *,
        required: bool = False,
        not_future: bool = True,
        earliest: dt.date | None = dt.date(1900, 1, 1),
    ) -> dt.date | None:
        if value is None:
            if required:
                self.fail(field, "is required")
            return None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self.fail(field, "must be a date")
            return None
        if not_future and value > dt.date.today():
            self.fail(field, "cannot be in the future")
        elif earliest is not None and value < earliest:
            self.fail(field, "cannot be before {earliest}", earliest=earliest)
        return value

    def integer(
        self,
        field: str,
        value: int | None,
        *,
        required: bool = False,
        low: int | None = None,
        high: int | None = None,
    ) -> int | None:
        if value is None:
            if required:
                self.fail(field, "is required")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(field, "must be a whole number")
            return None
        if low is not None and value < low:
            self.fail(field, "must be at least {low}", low=low)
        elif high is not None and value > high:
            self.fail(field, "must be at most {high}", high=high)
        return value

    def flag(self, field: str, value: bool | None) -> bool | None:
        """An optional yes/no answer: None means not known."""
        if value is not None and not isinstance(value, bool):
            self.fail(field, "must be yes, no or unknown")
            return None
        return value

    def done(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
