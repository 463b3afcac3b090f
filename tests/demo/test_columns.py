"""Values drawn and spelled a column at a time agree with the same values made one at a time."""

from __future__ import annotations

import datetime as dt

import numpy as np

from oend.demo.arrays import Choice, ascii_table, hex_digits, texts, weighted
from oend.demo.values import Calendar, Clock, Draw


def test_a_column_of_stamps_is_spelled_as_one_stamp_at_a_time() -> None:
    calendar = Calendar(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    clock = Clock(Draw(3), calendar)
    days, times = [], []
    singles = []
    for day in (0, 59, 365, 365, 200):
        clock._bits = lambda _, time=4095 - day: time  # the time of day ``stamp`` draws, made known
        singles.append(clock.stamp(day))
        days.append(day)
        times.append(4095 - day)
    sequences = np.arange(1, len(days) + 1, dtype=np.uint64)
    columns = clock.ids(np.array(days), np.array(times), sequences), clock.created(np.array(days), np.array(times))
    assert list(zip(*columns, strict=True)) == singles
    assert len(set(columns[0])) == len(days)
    assert list(clock.reserve(3)) == [6, 7, 8]  # after the five stamped above: ids stay unique


def test_text_columns_are_python_strings_of_the_digits_asked_for() -> None:
    assert texts(hex_digits(np.array([0, 255, 2**48 - 1]), 12)) == ["000000000000", "0000000000ff", "ffffffffffff"]
    assert texts(ascii_table(["2024-01-05", "1999-12-31"])[[1, 0, 1]]) == ["1999-12-31", "2024-01-05", "1999-12-31"]


def test_weighted_draws_follow_the_weights_and_never_draw_a_zero_weight() -> None:
    random = np.random.default_rng(1)
    drawn = weighted(random, [0.0, 3.0, 0.0, 1.0], 40_000)
    counts = np.bincount(drawn, minlength=4)
    assert counts[0] == counts[2] == 0 and 2.8 < counts[1] / counts[3] < 3.2
    choice = Choice({"yes": 1.0, "": 0.0})
    assert set(choice(random, 1000).tolist()) == {"yes"}
