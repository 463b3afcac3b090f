"""A template's own age bands ("18-24", "25-44", "65+"), counted from each person's age at the event.

Funders each band ages their own way, so a template names its bands (``age_bands``) and breaks counts down
by ``age_group``; the age comes from the date of birth, else the birth year, on the day of the training or
hand-over. An age outside every band is counted as "Other ages", a person with no birth year as not recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from oend.reporting.measure_parts import Dimension

AGE_GROUP = "age_group"
OTHER_AGES = "Other ages"
_BAND = re.compile(r"\s*(\d{1,3})\s*(?:-\s*(\d{1,3})|(\+))\s*")


@dataclass(frozen=True)
class AgeBands:
    bands: tuple[tuple[int, int | None, str], ...]  # (youngest, oldest or None for "and over", label)

    @classmethod
    def parse(cls, texts: list[str]) -> AgeBands:
        """Bands from "18-24" and "65+"; ``ValueError`` names the first one that is not a band or overlaps."""
        bands: list[tuple[int, int | None, str]] = []
        for text in texts:
            m = _BAND.fullmatch(text)
            low, high = (int(m[1]), None if m[3] else int(m[2])) if m else (0, 0)
            if m is None or (high is not None and high < low):
                raise ValueError(text)
            if bands and (bands[-1][1] is None or low <= bands[-1][1]):
                raise ValueError(text)
            bands.append((low, high, f"{low}+" if high is None else f"{low}–{high}"))
        return cls(tuple(bands))

    def code(self, age: Any) -> str | None:
        """The band label of ``age`` in whole years; None when the age is not recorded."""
        if age is None:
            return None
        years = int(age)
        for low, high, label in self.bands:
            if low <= years and (high is None or years <= high):
                return label
        return OTHER_AGES

    def dimension(self) -> Dimension:
        """The breakdown ``age_group``: the bands in their order, then other ages."""
        labels = [label for _, _, label in self.bands] + [OTHER_AGES]
        codes = StrEnum("AgeGroup", [(f"B{i}", label) for i, label in enumerate(labels)])  # type: ignore[misc]
        return Dimension(AGE_GROUP, "Age group", None, (), codes)
