"""The hybrid logical clock: readings sort as things happened, and a clock far ahead is not followed."""

from __future__ import annotations

import pytest

from oend.core.clock import COUNTER_MAX, MAX_LEAD_MS, Clock, ClockAhead, Reading, after


class Wall:
    def __init__(self, millis: int) -> None:
        self.millis = millis

    def __call__(self) -> int:
        return self.millis


def test_readings_never_run_backward_even_when_the_wall_clock_does() -> None:
    wall = Wall(1_700_000_000_000)
    clock = Clock("b", wall=wall)
    first = clock.now()
    wall.millis -= 60_000
    second, third = clock.now(), clock.now()
    assert first < second < third
    assert Reading.parse(third) == Reading(1_700_000_000_000, 2, "b")


def test_a_reading_round_trips_through_its_text() -> None:
    reading = Reading(1_700_000_000_123, 0xBEEF, "01a2-device")
    assert str(reading) == "2023-11-14T22:13:20.123Z-BEEF-01a2-device"
    assert Reading.parse(str(reading)) == reading
    with pytest.raises(ValueError):
        Reading.parse("yesterday")


def test_an_edit_made_after_seeing_another_sorts_after_it_though_its_wall_clock_is_behind() -> None:
    ahead, behind = Clock("a", wall=Wall(1_700_000_090_000)), Clock("b", wall=Wall(1_700_000_000_000))
    seen = ahead.now()
    assert behind.observe(seen) is None
    assert behind.now() > seen


def test_a_clock_far_ahead_is_reported_and_not_followed() -> None:
    wall = Wall(1_700_000_000_000)
    here = Clock("b", wall=wall)
    far = str(Reading(wall.millis + MAX_LEAD_MS + 3 * 60_000, 0, "a"))
    warning = here.observe(far)
    assert warning == ClockAhead("a", 8)
    assert here.now() < far


def test_a_restarted_clock_continues_from_its_last_reading() -> None:
    last = str(Reading(1_700_000_000_500, 7, "b"))
    assert Clock("b", last, wall=Wall(1_700_000_000_000)).now() == str(Reading(1_700_000_000_500, 8, "b"))


def test_a_change_replacing_a_value_from_far_ahead_sorts_just_after_it() -> None:
    assert after(str(Reading(1_700_000_000_500, 7, "a")), "b") == str(Reading(1_700_000_000_500, 8, "b"))
    assert after(str(Reading(1_700_000_000_500, COUNTER_MAX, "a")), "b") == str(Reading(1_700_000_000_501, 0, "b"))
