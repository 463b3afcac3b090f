"""What to generate: how many participants, over how many years, from which seed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

EVENTS_PER_PARTICIPANT = 6.9  # trainings attended, kits and reversals: 300,000 people give over 2 million


@dataclass(frozen=True)
class DemoSpec:
    """The size of a demo database; the events follow from the participants.

    ``end`` defaults to today; give it to make the same data on any day.
    """

    participants: int = 2000
    years: int = 6
    seed: int = 1
    end: dt.date | None = None
    events_per_participant: float = EVENTS_PER_PARTICIPANT

    def period(self) -> tuple[dt.date, dt.date]:
        """From 1 January ``years - 1`` years before the end year, to the end day."""
        end = self.end or dt.date.today()
        return dt.date(end.year - self.years + 1, 1, 1), end

    @property
    def target_events(self) -> int:
        return round(self.participants * self.events_per_participant)
