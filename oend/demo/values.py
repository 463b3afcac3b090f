"""Seeded random values in the form the database stores them, and the calendar and clock of the period.

The program's set-up (sites, staff, products, lots) is drawn here one value at a time, from weighted
pools picked by one ``random()`` call; events are drawn a column at a time (``arrays``). Ids, dates
and times are built as the strings SQLite stores (see ``rows``), singly or a column at once.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from typing import Generic, TypeVar

import numpy as np

from oend.demo.arrays import ascii_table, hex_digits, objects, texts

T = TypeVar("T")

POOL_SIZE = 1000
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
VARIANT = 0b10 << 62  # the variant bits of a UUID
SPREAD = 0x2545F4914F6CDD1D  # odd, so multiplying by it permutes 62-bit numbers: unique, random-looking bits
MASK62 = (1 << 62) - 1
TIME_BITS = 12  # a row is stamped with one of 4,096 times of day, drawn as random bits
MARK = 1 << 48  # set above a 48-bit count of milliseconds, so that hex() spells out all 12 of its digits


class Pool(Generic[T]):
    """Values repeated in proportion to their weights, so a weighted draw is one index."""

    __slots__ = ("_random", "size", "values")

    def __init__(self, rng: random.Random, weights: Mapping[T, float], size: int = POOL_SIZE):
        total = sum(weights.values())
        values: list[T] = []
        for value, weight in weights.items():
            values += [value] * max(1, round(size * weight / total)) if weight > 0 else []
        self.values = tuple(values)
        self.size = len(values)
        self._random = rng.random

    def __call__(self) -> T:
        return self.values[int(self._random() * self.size)]


class Draw:
    """The generator's one source of randomness: same seed, same data."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.random = self.rng.random
        self.bits = self.rng.getrandbits

    def pool(self, weights: Mapping[T, float], size: int = POOL_SIZE) -> Pool[T]:
        return Pool(self.rng, weights, size)

    def chance(self, p: float) -> bool:
        return self.random() < p

    def pick(self, values: Sequence[T]) -> T:
        return values[int(self.random() * len(values))]

    def between(self, low: int, high: int) -> int:
        """An integer in ``low`` .. ``high`` inclusive."""
        return low + int(self.random() * (high - low + 1))


class Calendar:
    """The days of the generated period, with their stored forms precomputed."""

    def __init__(self, start: dt.date, end: dt.date):
        self.start = start
        self.end = end
        self.days = (end - start).days + 1
        self.dates = [start + dt.timedelta(days=i) for i in range(self.days)]
        self.iso = [d.isoformat() for d in self.dates]
        midnight = dt.datetime.combine(start, dt.time(), dt.UTC)
        self.epoch_ms = [int((midnight - EPOCH).total_seconds() * 1000) + i * 86_400_000 for i in range(self.days)]
        # Stored dates for day numbers, as far as a year after the end; position -1 is no date.
        after = [(start + dt.timedelta(days=i)).isoformat() for i in range(self.days, self.days + 366)]
        self._iso_column = objects([*self.iso, *after, ""])

    def day_of(self, date: dt.date) -> int:
        return (date - self.start).days

    def iso_of(self, days: np.ndarray) -> list[str]:
        """The stored dates of day numbers (from the start, up to a year after the end; -1 for none)."""
        return self._iso_column[days].tolist()


class Clock:
    """Stamps new rows: a UUIDv7 id and created_at for something recorded on a given day, as stored.

    Times of day fall in office hours (08:00-20:00 Eastern, stored in UTC), one of 4,096 per day. The
    id carries the same instant (the layout of ``oend.ids.uuid7``); its remaining 74 bits hold a
    running sequence (12 bits as the counter, the next 16 through a seeded table of random-looking
    tails), so ids are unique for 268 million rows and reproducible. ``stamp`` makes one row's;
    ``reserve``, ``ids`` and ``created`` a column's, spelled the same way.
    """

    def __init__(self, draw: Draw, calendar: Calendar):
        self._offsets = sorted(
            draw.between(13 * 3600, 24 * 3600 - 1) * 1000 + draw.between(0, 999) for _ in range(1 << TIME_BITS)
        )
        self._texts = [
            f" {ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}000"
            for ms in self._offsets
        ]
        self._counters = [f"7{n:03x}" for n in range(4096)]  # the version digit, then the counter
        self._tails = [f"{VARIANT | (n * SPREAD) & MASK62:016x}" for n in range(1 << 16)]
        draw.rng.shuffle(self._tails)
        self._bits = draw.bits
        self._marked_ms = [ms | MARK for ms in calendar.epoch_ms]
        self._iso = calendar.iso
        self._sequence = 0
        # The same parts as arrays, to stamp a whole column of rows at once.
        self._offsets_ms = np.array(self._offsets, dtype=np.uint64)
        self._epoch_ms = np.array(calendar.epoch_ms, dtype=np.uint64)
        self._tail_chars = ascii_table(self._tails)
        self._iso_chars = ascii_table(calendar.iso)
        self._text_chars = ascii_table(self._texts)

    def stamp(self, day: int) -> tuple[str, str]:
        """A new row's stored id and created_at for something recorded on ``day``."""
        k = self._bits(TIME_BITS)
        self._sequence = n = self._sequence + 1
        instant = hex(self._marked_ms[day] + self._offsets[k])[3:]  # after "0x1": half the time of a format spec
        row_id = f"{instant}{self._counters[n & 0xFFF]}{self._tails[n >> 12 & 0xFFFF]}"
        return row_id, self._iso[day] + self._texts[k]

    def reserve(self, count: int) -> np.ndarray:
        """The sequence numbers of ``count`` new rows, which ``ids`` turns into their ids."""
        first = self._sequence + 1
        self._sequence += count
        return np.arange(first, first + count, dtype=np.uint64)

    def ids(self, days: np.ndarray, times: np.ndarray, sequences: np.ndarray) -> list[str]:
        """The stored ids of rows recorded on ``days`` at time numbers ``times`` (0-4095), as ``stamp`` spells them."""
        chars = np.empty((len(days), 32), dtype=np.uint8)
        chars[:, :12] = hex_digits(self._epoch_ms[days] + self._offsets_ms[times], 12)
        chars[:, 12] = ord("7")
        chars[:, 13:16] = hex_digits(sequences & np.uint64(0xFFF), 3)
        chars[:, 16:] = self._tail_chars[(sequences >> np.uint64(12)) & np.uint64(0xFFFF)]
        return texts(chars)

    def created(self, days: np.ndarray, times: np.ndarray) -> list[str]:
        """The stored created_at of rows recorded on ``days`` at time numbers ``times``."""
        return texts(np.concatenate((self._iso_chars[days], self._text_chars[times]), axis=1))
