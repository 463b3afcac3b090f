"""Trainings: sessions, the topics they covered and who attended."""

from __future__ import annotations

from oend.services.context import Area
from oend.ui.pages.base import PlannedPage


class TrainingsPage(PlannedPage):
    areas = frozenset({Area.TRAININGS})

    def title(self) -> str:
        return self.tr("Trainings")

    def subtitle(self) -> str:
        return self.tr("Sessions, topics covered and attendance")

    def empty_title(self) -> str:
        return self.tr("Training sessions will be recorded here")

    def empty_body(self) -> str:
        return self.tr("Record a one-to-one talk, a group session or a pre-release class in a few steps.")

    def empty_points(self) -> list[str]:
        return [
            self.tr("Date, site, trainer and format of each session"),
            self.tr("The curriculum topics covered, ticked off"),
            self.tr("Attendees: existing participants, new enrolments or a pasted roster"),
            self.tr("Kits handed to attendees from the same screen"),
        ]
