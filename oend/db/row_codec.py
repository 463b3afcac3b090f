"""A row's values as portable JSON and back: the same text from SQLite and PostgreSQL, on every device.

UUIDs as their hyphenated text, times and dates in ISO 8601, choices by their stable code.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from collections.abc import Callable
from functools import cache
from typing import Any

from sqlalchemy import Column, Table, TypeDecorator


def _python_type(column: Column[Any]) -> type | None:
    kind = column.type
    try:
        return (kind.impl_instance if isinstance(kind, TypeDecorator) else kind).python_type
    except NotImplementedError:
        return None


def encode(value: Any) -> Any:
    plain = _AS_THEY_ARE.get(type(value))  # most values of a row: one look-up instead of every check below
    if plain is not None:
        return value if plain else str(value)
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


#: Exact types encoded as they are (True) or as their text (False: a UUID's hyphenated form).
_AS_THEY_ARE: dict[type, bool] = {str: True, int: True, float: True, bool: True, uuid.UUID: False}


def decode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    convert = decoder(column)
    return value if convert is None else convert(value)


_UNKNOWN_SAFETY = uuid.SafeUUID.unknown  # read once: an enum member's lookup costs as much as the parse
UUID_SHAPE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)


def parse_uuid(value: str) -> uuid.UUID:
    """``uuid.UUID(value)`` for the form rows travel in; its general parsing costs most of a large import."""
    if not isinstance(value, str) or UUID_SHAPE.fullmatch(value) is None:
        return uuid.UUID(value)  # any other spelling, or the ValueError it deserves
    made = object.__new__(uuid.UUID)
    object.__setattr__(made, "int", int(value.replace("-", ""), 16))
    object.__setattr__(made, "is_safe", _UNKNOWN_SAFETY)
    return made


def parse_moment(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


@cache  # columns live as long as the models; decoding many rows asks each column often
def decoder(column: Column[Any]) -> Callable[[Any], Any] | None:
    """What turns the column's JSON value into its Python value (None: it is used as it is)."""
    kind = _python_type(column)
    if kind is uuid.UUID:
        return parse_uuid
    if kind is dt.datetime:
        return parse_moment
    if kind is dt.date:
        return dt.date.fromisoformat
    if kind is dt.time:
        return dt.time.fromisoformat
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind
    return None


@cache
def _decoders(table: Table) -> dict[str, Callable[[Any], Any] | None]:
    return {column.name: decoder(column) for column in table.columns}


def encode_row(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Every column of ``values`` (keyed by column name) encoded."""
    return {name: encode(value) for name, value in values.items()}


def decode_row(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """The columns of ``table`` among ``values`` decoded for a Core statement; unknown names are left out."""
    decoders = _decoders(table)
    return {
        name: value if value is None or (convert := decoders[name]) is None else convert(value)
        for name, value in values.items()
        if name in decoders
    }


def row_key(table: Table, values: dict[str, Any]) -> str:
    """The text naming a row: its primary key (one column in every travelling table)."""
    (key,) = table.primary_key.columns
    return str(values[key.name])
