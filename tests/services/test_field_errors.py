"""Validation messages are templates with named values: English text for the CLI and logs, no Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from oend.core.checks import Checks
from oend.errors import FieldError, Phrase, ValidationError
from oend.model.codes import RefillReason, WriteOffReason
from oend.services import stock
from tests.support.world import World, assert_refused


def test_the_english_message_fills_the_template_with_plain_values() -> None:
    error = FieldError(
        "lot",
        "lot {lot} expired on {expiry}; reason '{reason}'; use one of: {allowed}; {scheme}; {n} left",
        row=7,
        values={
            "lot": "A100",
            "expiry": dt.date(2024, 3, 1),
            "reason": RefillReason.OTHER,
            "allowed": tuple(WriteOffReason),
            "scheme": Phrase("any code"),
            "n": 3,
        },
    )
    assert error.message == (
        "lot A100 expired on 2024-03-01; reason 'other'; use one of: expired, damaged, recalled, other; "
        "any code; 3 left"
    )
    assert str(error) == f"row 7, lot: {error.message}"
    assert error.template.startswith("lot {lot} expired on {expiry}")


def test_a_template_without_values_is_shown_as_written() -> None:
    error = FieldError("participant", "no participant has the code {x}")  # e.g. text a screen made itself
    assert error.message == "no participant has the code {x}"
    assert str(ValidationError([error])) == "participant: no participant has the code {x}"


def test_field_errors_compare_by_value_and_still_hash() -> None:
    one = FieldError("quantity", "must be at most {high}", values={"high": 100})
    assert one == FieldError("quantity", "must be at most {high}", values={"high": 100})
    assert one != FieldError("quantity", "must be at most {high}", values={"high": 99})
    assert len({one, FieldError("quantity", "must be at most {high}", values={"high": 99})}) == 2


def test_checks_keep_the_template_and_the_values_apart() -> None:
    checks = Checks(row=4)
    checks.integer("doses", 25, low=1, high=20)
    checks.text("notes", "x" * 11, max_len=10)
    checks.code("outcome", "alive", RefillReason)
    checks.date("session_date", dt.date(1899, 12, 31))
    with pytest.raises(ValidationError) as refused:
        checks.done()
    by_field = {e.field: e for e in refused.value.errors}
    assert (by_field["doses"].template, dict(by_field["doses"].values)) == ("must be at most {high}", {"high": 20})
    assert by_field["notes"].message == "is too long (at most 10 characters)"
    assert by_field["outcome"].values["allowed"] == tuple(RefillReason)
    assert by_field["outcome"].message.startswith("'alive' is not one of: used_on_someone, lost, stolen")
    assert by_field["session_date"].message == "cannot be before 1900-01-01"
    assert {e.row for e in refused.value.errors} == {4}


def test_a_service_refusal_carries_its_values(world: World) -> None:
    refused = assert_refused(
        world,
        stock.write_off_stock,
        {"quantity"},
        site_id=world.van.id,
        lot_id=world.lot.id,
        quantity=41,
        reason="damaged",
        written_off_on=dt.date.today(),
    )
    (error,) = refused.errors
    assert error.template == "only {available} kit(s) of lot {lot} in stock at this site"
    assert dict(error.values) == {"available": 40, "lot": "A100"}
    assert refused.for_field("quantity") == ["only 40 kit(s) of lot A100 in stock at this site"]
