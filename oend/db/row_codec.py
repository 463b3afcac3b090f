"""A row's values as portable JSON and back: the same text from SQLite and PostgreSQL, on every device.

UUIDs as their hyphenated text, times and dates in ISO 8601, choices by their stable code.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import Column, Table, TypeDecorator


def _python_type(column: Column[Any]) -> type | None:
    kind = column.type
    try:
        return (kind.impl_instance if isinstance(kind, TypeDecorator) else kind).python_type
    except NotImplementedError:
        return None


def encode(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, list):
        return [encode(v) for v in value]
    return value


def decode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = _python_type(column)
    if kind is uuid.UUID:
        return uuid.UUID(value)
    if kind is dt.datetime:
        moment = dt.datetime.fromisoformat(value)
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if kind is dt.time:
        return dt.time.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    return value


def encode_row(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Every column of ``values`` (keyed by column name) encoded."""
    return {name: encode(value) for name, value in values.items()}


def decode_row(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """The columns of ``table`` among ``values`` decoded for a Core statement; unknown names are left out."""
    return {name: decode(table.c[name], value) for name, value in values.items() if name in table.c}


def row_key(table: Table, values: dict[str, Any]) -> str:
    """The text naming a row: its primary key (one column in every travelling table)."""
    (key,) = table.primary_key.columns
    return str(values[key.name])
