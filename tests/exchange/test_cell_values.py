"""Cells as people type them: dates in either order and as Excel day numbers, codes by their synonyms."""

from __future__ import annotations

import datetime as dt

import pytest

from oend.exchange.cell_values import parse_code, parse_date, parse_yes_no, plain_text
from oend.model.codes import Ethnicity, Gender, ParticipantCategory, Race
from oend.queries.settings import DAY_FIRST, MONTH_FIRST


@pytest.mark.parametrize(
    ("value", "order", "expected"),
    [
        ("03/04/1990", MONTH_FIRST, dt.date(1990, 3, 4)),
        ("03/04/1990", DAY_FIRST, dt.date(1990, 4, 3)),
        ("3.4.1990", DAY_FIRST, dt.date(1990, 4, 3)),
        ("1990-04-03", DAY_FIRST, dt.date(1990, 4, 3)),  # ISO whatever the order
        ("1990-04-03 00:00:00", MONTH_FIRST, dt.date(1990, 4, 3)),
        ("3-Apr-1990", MONTH_FIRST, dt.date(1990, 4, 3)),
        ("April 3, 1990", DAY_FIRST, dt.date(1990, 4, 3)),
        (32966, MONTH_FIRST, dt.date(1990, 4, 3)),  # Excel's day number for the date
        (dt.datetime(1990, 4, 3, 0, 0), MONTH_FIRST, dt.date(1990, 4, 3)),
        ("13/04/1990", MONTH_FIRST, None),
        ("31/02/2025", DAY_FIRST, None),
        ("04/03/1990/1", DAY_FIRST, None),
        ("soon", DAY_FIRST, None),
        (True, DAY_FIRST, None),
    ],
)
def test_dates(value: object, order: str, expected: dt.date | None) -> None:
    assert parse_date(value, order) == expected


def test_a_two_digit_birth_year_is_in_the_past() -> None:
    next_year = (dt.date.today().year + 1) % 100
    assert parse_date(f"01/01/{next_year:02d}", past=True).year == 1900 + next_year
    assert parse_date("01/01/05", past=True) == dt.date(2005, 1, 1)


def test_synonyms_map_to_the_models_codes() -> None:
    assert [parse_code(Gender, v) for v in ("M", "male", "Hombre", "F", "Mujer", "woman", "Q")] == [
        "man", "man", "man", "woman", "woman", "woman", None,
    ]  # fmt: skip
    assert [parse_code(Ethnicity, v) for v in ("Y", "Sí", "Hispanic", "Latina", "no", "Not Hispanic")] == [
        "hispanic_latino", "hispanic_latino", "hispanic_latino", "hispanic_latino",
        "not_hispanic_latino", "not_hispanic_latino",
    ]  # fmt: skip
    assert parse_code(Race, "Black or African American") == "black"
    assert parse_code(ParticipantCategory, "Person leaving prison or jail") == "leaving_custody"  # its label
    assert parse_code(ParticipantCategory, "leaving_custody") == "leaving_custody"  # the code itself
    assert [parse_yes_no(v) for v in ("Y", "yes", "SÍ", "n", "No", "maybe")] == [True, True, True, False, False, None]


def test_ids_typed_in_number_cells_lose_no_digits() -> None:
    assert plain_text(1003.0) == "1003" and plain_text(" A1 ") == "A1"
