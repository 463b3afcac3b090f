"""Generated values a column at a time: NumPy arrays of draws, and their stored text made in one step.

A statewide program has millions of rows; drawing and formatting each value in Python cost some
12 µs an event, most of it the interpreter's own work. Whole columns cost a fraction of that.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

Index = np.ndarray  # of integers: row, site, day or value numbers
HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)


def objects(values: Iterable[Any]) -> np.ndarray:
    """A one-dimensional array of Python objects (stored values), to pick from with an index array."""
    values = list(values)
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def weighted(random: np.random.Generator, weights: Sequence[float] | np.ndarray, count: int) -> Index:
    """``count`` positions drawn in proportion to ``weights`` (a zero weight is never drawn)."""
    cumulative = np.cumsum(np.asarray(weights, dtype=float))
    return np.searchsorted(cumulative, random.random(count) * cumulative[-1], side="right")


class Choice:
    """Values and their weights, drawn a column at a time."""

    def __init__(self, weights: Mapping[Any, float]):
        self.values = objects(weights)
        self.weights = np.array(list(weights.values()), dtype=float)

    def __call__(self, random: np.random.Generator, count: int) -> np.ndarray:
        return self.values[weighted(random, self.weights, count)]


def chance(random: np.random.Generator, p: float | np.ndarray, count: int) -> np.ndarray:
    """Booleans, each true with probability ``p`` (one for all, or one per row)."""
    return random.random(count) < p


def below(random: np.random.Generator, limits: np.ndarray) -> Index:
    """For each limit, an integer from 0 up to but not including it."""
    return (random.random(len(limits)) * limits).astype(np.int64)


def hex_digits(values: np.ndarray, width: int) -> np.ndarray:
    """The lowest ``width`` hex digits of each value, as rows of ASCII codes."""
    shifts = (4 * np.arange(width - 1, -1, -1)).astype(np.uint64)
    return HEX[(values.astype(np.uint64)[:, None] >> shifts) & np.uint64(15)]


def ascii_table(texts: Sequence[str]) -> np.ndarray:
    """Texts of one length as rows of ASCII codes, to index and join with others."""
    return np.frombuffer("".join(texts).encode("ascii"), dtype=np.uint8).reshape(len(texts), -1)


def texts(chars: np.ndarray) -> list[str]:
    """Rows of ASCII codes as Python strings."""
    count, width = chars.shape
    return np.ascontiguousarray(chars, dtype=np.uint32).view(f"<U{width}").reshape(count).tolist()


def by_group(groups: Index, count: int) -> list[tuple[int, Index]]:
    """The positions of each group number that occurs among ``groups``, for draws that differ by group."""
    order = np.argsort(groups, kind="stable")
    bounds = np.searchsorted(groups[order], np.arange(count + 1))
    return [(g, order[bounds[g] : bounds[g + 1]]) for g in range(count) if bounds[g + 1] > bounds[g]]
