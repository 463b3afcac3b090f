"""The exceptions a user can see. Anything else reaching the user is a bug."""

from __future__ import annotations

from dataclasses import dataclass


class OendError(Exception):
    """Base of the errors the app reports to the user in plain words."""


@dataclass(frozen=True)
class FieldError:
    """One problem with one field, optionally in one row of an import."""

    field: str
    message: str
    row: int | None = None

    def __str__(self) -> str:
        where = f"row {self.row}, " if self.row is not None else ""
        return f"{where}{self.field}: {self.message}"


class ValidationError(OendError):
    """Input refused before anything was written; names every bad field."""

    def __init__(self, errors: list[FieldError]):
        if not errors:
            raise ValueError("a ValidationError needs at least one FieldError")
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

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
