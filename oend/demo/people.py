"""Participants: pseudonymous codes, optional names, and demographics with the skew programs report."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from oend.core.participant_codes import GENDER_LETTERS
from oend.demo import catalog
from oend.demo.arrays import Choice, Index, below, by_group, chance, objects
from oend.demo.places import Places
from oend.demo.rows import NULL
from oend.demo.values import Calendar
from oend.model.codes import AgeBand, Ethnicity, Gender, ParticipantCategory, Race, Residence, Substance

Cat = ParticipantCategory
CATEGORIES = tuple(Cat)  # a participant's category is its position here
CATEGORY_CODES = objects(c.value for c in CATEGORIES)
LETTERS = objects("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
AGE_BANDS: tuple[tuple[int, AgeBand], ...] = (
    (17, AgeBand.UNDER_18),
    (24, AgeBand.AGE_18_24),
    (34, AgeBand.AGE_25_34),
    (44, AgeBand.AGE_35_44),
    (54, AgeBand.AGE_45_54),
    (64, AgeBand.AGE_55_64),
    (200, AgeBand.AGE_65_PLUS),
)
# Typical age ranges at enrolment (low, peak, high) by category.
AGES = {
    Cat.AT_RISK: (18, 36, 70),
    Cat.FAMILY_FRIEND: (18, 48, 80),
    Cat.SERVICE_PROVIDER: (21, 38, 66),
    Cat.COMMUNITY_MEMBER: (16, 42, 80),
    Cat.LEAVING_CUSTODY: (18, 34, 66),
}
SUBSTANCE_SETS = {
    (Substance.FENTANYL,): 0.24,
    (Substance.FENTANYL, Substance.HEROIN): 0.16,
    (Substance.FENTANYL, Substance.COCAINE): 0.14,
    (Substance.FENTANYL, Substance.XYLAZINE): 0.08,
    (Substance.FENTANYL, Substance.METHAMPHETAMINE): 0.07,
    (Substance.HEROIN,): 0.06,
    (Substance.PRESCRIPTION_OPIOIDS,): 0.06,
    (Substance.PRESCRIPTION_OPIOIDS, Substance.BENZODIAZEPINES): 0.04,
    (Substance.METHADONE_BUPRENORPHINE,): 0.05,
    (Substance.COCAINE,): 0.04,
    (Substance.FENTANYL, Substance.ALCOHOL): 0.03,
    (Substance.OTHER,): 0.03,
}
GENDERS = {
    False: {Gender.MAN: 0.58, Gender.WOMAN: 0.36, Gender.TRANS: 0.012, Gender.NON_BINARY: 0.012}
    | {Gender.NOT_LISTED: 0.004, Gender.PREFER_NOT_TO_SAY: 0.032},
    True: {Gender.MAN: 0.86, Gender.WOMAN: 0.12, Gender.TRANS: 0.01, Gender.PREFER_NOT_TO_SAY: 0.01},
}  # by whether the person is leaving custody
RACES: dict[Race | None, float] = {Race.WHITE: 0.6, Race.BLACK: 0.18, Race.MULTIRACIAL: 0.04, Race.ASIAN: 0.02}
RACES |= {Race.AMERICAN_INDIAN_ALASKA_NATIVE: 0.015, Race.NATIVE_HAWAIIAN_PACIFIC_ISLANDER: 0.005}
RACES |= {Race.NOT_LISTED: 0.03, Race.PREFER_NOT_TO_SAY: 0.09, None: 0.02}
ETHNICITIES: dict[Ethnicity | None, float] = {Ethnicity.HISPANIC_LATINO: 0.17, Ethnicity.NOT_HISPANIC_LATINO: 0.72}
ETHNICITIES |= {Ethnicity.PREFER_NOT_TO_SAY: 0.08, None: 0.03}
RESIDENCES = {
    True: {Residence.IN_AREA: 0.7, Residence.NO_FIXED_ADDRESS: 0.19, Residence.OUTSIDE_AREA: 0.04}
    | {Residence.PREFER_NOT_TO_SAY: 0.07},
    False: {Residence.IN_AREA: 0.88, Residence.NO_FIXED_ADDRESS: 0.02, Residence.OUTSIDE_AREA: 0.05}
    | {Residence.PREFER_NOT_TO_SAY: 0.05},
}  # by whether the person is at risk themselves
ANSWERS = {
    "witnessed": {1: 0.55, 0: 0.33, NULL: 0.12},
    "experienced": {1: 0.34, 0: 0.5, NULL: 0.16},
    "other": {1: 0.2, 0: 0.45, NULL: 0.35},
}


def _age_band(age: int) -> str:
    for top, band in AGE_BANDS:
        if age <= top:
            return band.value
    return AgeBand.AGE_65_PLUS.value


BAND_OF_AGE = objects(_age_band(age) for age in range(121))


def age_bands(ages: np.ndarray) -> np.ndarray:
    return BAND_OF_AGE[np.clip(ages, 0, 120)]


def _stored(weights: Mapping[Any, float]) -> Choice:
    """A choice among codes, made as the database stores them (an absent one as ``NULL``)."""
    return Choice({getattr(code, "value", NULL) if code is not None else NULL: w for code, w in weights.items()})


def _initials(name: str) -> str:
    return "".join(c for c in name if c.isalpha())[:2].upper()


@dataclass
class Enrolled:
    """Who enrols: each participant's day, home site and category (a position in ``CATEGORIES``)."""

    days: Index
    homes: Index
    categories: Index
    named: np.ndarray  # of booleans: gave a name (most people leaving custody do)

    def __getitem__(self, rows: slice) -> Enrolled:
        return Enrolled(self.days[rows], self.homes[rows], self.categories[rows], self.named[rows])


class People:
    """Makes the participants' columns; codes follow the program's default scheme (``MALO1985F``), unique.

    Participants are made in order of enrolment, a few weeks' worth at a time.
    """

    def __init__(self, calendar: Calendar, places: Places):
        self._calendar = calendar
        self._places = places
        self._year_of_day = np.array([d.year for d in calendar.dates])
        self.genders = {custody: _stored(weights) for custody, weights in GENDERS.items()}
        self.races, self.ethnicities = _stored(RACES), _stored(ETHNICITIES)
        self.residences = {at_risk: _stored(weights) for at_risk, weights in RESIDENCES.items()}
        self.answers = {question: Choice(weights) for question, weights in ANSWERS.items()}
        self.substances = Choice({json.dumps(sorted(s.value for s in k)): w for k, w in SUBSTANCE_SETS.items()})
        self._letters = {g.value: letter for g, letter in GENDER_LETTERS.items()}
        self._first_initials = objects(_initials(n) for n in catalog.FIRST_NAMES)
        self._taken: set[str] = set()  # the codes of the participants made so far
        self._last_initials = objects(_initials(n) for n in catalog.LAST_NAMES)

    def columns(self, random: np.random.Generator, who: Enrolled) -> list[np.ndarray]:
        """The stored columns of the next participants after the sync columns, from ``code`` to ``home_site_id``."""
        count = len(who.days)
        categories = who.categories
        custody = categories == CATEGORIES.index(Cat.LEAVING_CUSTODY)
        at_risk = custody | (categories == CATEGORIES.index(Cat.AT_RISK))
        gender = self._by_flag(random, self.genders, custody)
        year = self._year_of_day[who.days]
        age = np.empty(count, dtype=np.int64)
        for category, rows in by_group(categories, len(CATEGORIES)):
            low, peak, high = AGES[CATEGORIES[category]]
            age[rows] = random.triangular(low, peak, high, len(rows)).astype(np.int64)
        named = who.named
        known = named | ~chance(random, 0.04, count)  # a name comes with a date of birth
        birth_year = np.where(known, year - age, 0)
        band = np.where(known, age_bands(age), AgeBand.PREFER_NOT_TO_SAY.value)
        first_name = np.full(count, NULL, dtype=object)
        last_name = np.full(count, NULL, dtype=object)
        date_of_birth = np.full(count, NULL, dtype=object)
        letters = (
            LETTERS[below(random, np.full(count, 26))]
            + LETTERS[below(random, np.full(count, 26))]
            + LETTERS[below(random, np.full(count, 26))]
            + LETTERS[below(random, np.full(count, 26))]
        )
        rows = np.flatnonzero(named)
        firsts = below(random, np.full(len(rows), len(catalog.FIRST_NAMES)))
        lasts = below(random, np.full(len(rows), len(catalog.LAST_NAMES)))
        first_name[rows] = objects(catalog.FIRST_NAMES)[firsts]
        last_name[rows] = objects(catalog.LAST_NAMES)[lasts]
        letters[rows] = self._first_initials[firsts] + self._last_initials[lasts]
        months, days = 1 + below(random, np.full(len(rows), 12)), 1 + below(random, np.full(len(rows), 28))
        births = zip(birth_year[rows].tolist(), months.tolist(), days.tolist(), strict=True)
        date_of_birth[rows] = [f"{y:04d}-{m:02d}-{d:02d}" for y, m, d in births]
        residence = self._by_flag(random, self.residences, at_risk)
        in_area = residence == Residence.IN_AREA.value
        homes = who.homes
        zip_code = np.full(count, NULL, dtype=object)
        local = np.flatnonzero(in_area)
        suffixes = (1 + below(random, np.full(len(local), 99))).tolist()
        prefixes = self._places.zip_prefixes[homes[local]].tolist()
        zip_code[local] = [f"{p}{n:02d}" for p, n in zip(prefixes, suffixes, strict=True)]
        county = np.where(in_area, self._places.counties[homes], NULL)
        witnessed = np.where(at_risk, self.answers["witnessed"](random, count), self.answers["other"](random, count))
        experienced = np.where(at_risk, self.answers["experienced"](random, count), NULL)
        race, ethnicity = self.races(random, count), self.ethnicities(random, count)
        substances = np.where(at_risk & chance(random, 0.8, count), self.substances(random, count), "[]")
        codes = self._codes(letters, birth_year, gender)
        return [
            codes,
            first_name,
            last_name,
            date_of_birth,
            np.where(known, birth_year.astype(object), NULL),
            band,
            CATEGORY_CODES[categories],
            gender,
            race,
            ethnicity,
            zip_code,
            residence,
            county,
            substances,
            witnessed,
            experienced,
            self._places.ids[homes],
        ]

    @staticmethod
    def _by_flag(random: np.random.Generator, choices: dict[bool, Choice], flags: np.ndarray) -> np.ndarray:
        return np.where(flags, choices[True](random, len(flags)), choices[False](random, len(flags)))

    def _codes(self, letters: np.ndarray, birth_years: np.ndarray, genders: np.ndarray) -> np.ndarray:
        """Each person's code, with ``-2``, ``-3`` ... after one already taken, in order of enrolment."""
        taken = self._taken
        codes = []
        marks = self._letters
        for start, year, gender in zip(letters.tolist(), birth_years.tolist(), genders.tolist(), strict=True):
            code = base = f"{start}{year:04d}{marks[gender] if gender else 'U'}"
            n = 2
            while code in taken:
                code, n = f"{base}-{n}", n + 1
            taken.add(code)
            codes.append(code)
        return objects(codes)
