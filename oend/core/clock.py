"""A hybrid logical clock: readings that sort in the order things happened across devices.

After Actual Budget's ``crdt/timestamp.ts``: a reading is the wall time in milliseconds, a counter for
readings within one millisecond, and the device id, so two readings never tie. It never runs backward,
and a reading received from another device moves it forward, so an edit made after seeing another
sorts after it even when the other device's wall clock is ahead. A device whose clock is far ahead
would drag every clock with it and win every later edit: a reading more than ``MAX_LEAD`` ahead of
this machine's wall clock is not followed, and ``observe`` says so for the Sync page.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

#: How far ahead of this machine's wall clock another device's reading may pull the clock.
MAX_LEAD_MS = 5 * 60 * 1000
COUNTER_MAX = 0xFFFF
_TIME = "%Y-%m-%dT%H:%M:%S"
_SHAPE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z-[0-9A-Fa-f]{4}-.+", re.ASCII | re.DOTALL)


@dataclass(frozen=True, order=True)
class Reading:
    millis: int
    counter: int
    node: str

    def __str__(self) -> str:
        moment = dt.datetime.fromtimestamp(self.millis / 1000, dt.UTC)
        return f"{moment.strftime(_TIME)}.{self.millis % 1000:03d}Z-{self.counter:04X}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Reading:
        """A reading from its text; ValueError for anything else."""
        if not is_reading(text):
            raise ValueError(f"not a clock reading: {text!r}")
        counter, node = text[25:29], text[30:]
        moment = dt.datetime.fromisoformat(text[:19]).replace(tzinfo=dt.UTC)  # strptime is 10x slower
        millis = int(moment.timestamp()) * 1000 + int(text[20:23])
        return cls(millis, int(counter, 16), node)


def is_reading(text: object) -> bool:
    """True for the text of a clock reading, checked without making one (a sixth of a parse's time)."""
    if not isinstance(text, str) or _SHAPE.fullmatch(text) is None:
        return False
    try:
        dt.datetime.fromisoformat(text[:19])
    except ValueError:
        return False
    return True


def after(replaced: str, node: str) -> str:
    """The reading for a change at ``node`` that replaces a value stamped ``replaced`` by a clock far ahead.

    The person saw that value before changing it, so the change sorts after it on every device, as it
    shows here; this device's clock itself stays where it is (a far-ahead clock drags no one along).
    """
    last = Reading.parse(replaced)
    if last.counter >= COUNTER_MAX:
        return str(Reading(last.millis + 1, 0, node))
    return str(Reading(last.millis, last.counter + 1, node))


@dataclass(frozen=True)
class ClockAhead:
    """Another device's clock reading further ahead of this machine's than a clock may lead: by how much."""

    device: str
    minutes: int


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


class Clock:
    """One device's clock; thread-safe, starting from the last reading it gave (kept by the caller)."""

    def __init__(self, node: str, last: str | None = None, wall: Callable[[], int] = wall_millis) -> None:
        self.node = node
        self.wall = wall  # this machine's time in milliseconds (a test sets a machine's clock wrong)
        self._lock = threading.Lock()
        start = Reading.parse(last) if last else Reading(0, 0, node)
        self._millis, self._counter = start.millis, start.counter

    def now(self) -> str:
        """The reading for a change made here, later than every reading given or followed."""
        with self._lock:
            wall = self.wall()
            if wall > self._millis:
                self._millis, self._counter = wall, 0
            else:
                self._advance_counter()
            return str(Reading(self._millis, self._counter, self.node))

    def observe(self, remote: str) -> ClockAhead | None:
        """Follow another device's reading so later changes here sort after it.

        A reading too far ahead of the wall clock is not followed: the change keeps its reading, but this
        clock stays at its own; the returned ClockAhead says by how much, for the person to be told.
        """
        reading = Reading.parse(remote)
        with self._lock:
            wall = self.wall()
            if reading.millis - wall > MAX_LEAD_MS:
                return ClockAhead(reading.node, round((reading.millis - wall) / 60_000))
            if reading.millis > self._millis:
                self._millis, self._counter = reading.millis, reading.counter
            elif reading.millis == self._millis and reading.counter > self._counter:
                self._counter = reading.counter
        return None

    def _advance_counter(self) -> None:
        self._counter += 1
        if self._counter > COUNTER_MAX:  # 65,536 readings in one millisecond: borrow the next one
            self._millis, self._counter = self._millis + 1, 0
