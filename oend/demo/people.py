"""Participants: pseudonymous codes, optional names, and demographics with the skew programs report."""

from __future__ import annotations

import json
from typing import Any

from oend.demo import catalog
from oend.demo.reference import SiteInfo
from oend.demo.rows import NULL
from oend.demo.values import Calendar, Draw, Pool
from oend.model.codes import AgeBand, Ethnicity, Gender, ParticipantCategory, Race, Residence, Substance
from oend.services.participant_codes import GENDER_LETTERS

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
AGE_BANDS = ((17, AgeBand.UNDER_18), (24, AgeBand.AGE_18_24), (34, AgeBand.AGE_25_34), (44, AgeBand.AGE_35_44))
AGE_BANDS += ((54, AgeBand.AGE_45_54), (64, AgeBand.AGE_55_64), (200, AgeBand.AGE_65_PLUS))
# Typical age ranges at enrolment (low, peak, high) by category.
AGES = {
    ParticipantCategory.AT_RISK: (18, 36, 70),
    ParticipantCategory.FAMILY_FRIEND: (18, 48, 80),
    ParticipantCategory.SERVICE_PROVIDER: (21, 38, 66),
    ParticipantCategory.COMMUNITY_MEMBER: (16, 42, 80),
    ParticipantCategory.LEAVING_CUSTODY: (18, 34, 66),
}
CUSTODY, AT_RISK = ParticipantCategory.LEAVING_CUSTODY.value, ParticipantCategory.AT_RISK.value
IN_AREA, PREFER_NOT_TO_SAY = Residence.IN_AREA.value, AgeBand.PREFER_NOT_TO_SAY.value
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


def _age_band(age: int) -> str:
    for top, band in AGE_BANDS:
        if age <= top:
            return band.value
    return AgeBand.AGE_65_PLUS.value


BAND_OF_AGE = [_age_band(age) for age in range(121)]  # looked up for every participant


def age_band(age: int) -> str:
    return BAND_OF_AGE[age] if 0 <= age <= 120 else _age_band(age)


def _stored(pool: Pool[Any]) -> tuple[str, ...]:
    """A pool's values as the database stores them, in the same order, so the same draw picks the same value."""
    return tuple(v.value if v is not None else NULL for v in pool.values)


class People:
    """Makes participant rows; codes follow the program's default scheme (``MALO1985F``), unique."""

    def __init__(self, draw: Draw, calendar: Calendar):
        self._draw = draw
        self._calendar = calendar
        self._codes: set[str] = set()
        d = draw
        self.gender = {
            False: d.pool({Gender.MAN: 0.58, Gender.WOMAN: 0.36, Gender.TRANS: 0.012, Gender.NON_BINARY: 0.012}
                          | {Gender.NOT_LISTED: 0.004, Gender.PREFER_NOT_TO_SAY: 0.032}),
            True: d.pool({Gender.MAN: 0.86, Gender.WOMAN: 0.12, Gender.TRANS: 0.01, Gender.PREFER_NOT_TO_SAY: 0.01}),
        }  # fmt: skip
        self.race = d.pool(
            {Race.WHITE: 0.6, Race.BLACK: 0.18, Race.MULTIRACIAL: 0.04, Race.ASIAN: 0.02}
            | {Race.AMERICAN_INDIAN_ALASKA_NATIVE: 0.015, Race.NATIVE_HAWAIIAN_PACIFIC_ISLANDER: 0.005}
            | {Race.NOT_LISTED: 0.03, Race.PREFER_NOT_TO_SAY: 0.09, None: 0.02}
        )
        self.ethnicity = d.pool(
            {Ethnicity.HISPANIC_LATINO: 0.17, Ethnicity.NOT_HISPANIC_LATINO: 0.72}
            | {Ethnicity.PREFER_NOT_TO_SAY: 0.08, None: 0.03}
        )
        self.residence = {
            True: d.pool({Residence.IN_AREA: 0.7, Residence.NO_FIXED_ADDRESS: 0.19, Residence.OUTSIDE_AREA: 0.04}
                         | {Residence.PREFER_NOT_TO_SAY: 0.07}),
            False: d.pool({Residence.IN_AREA: 0.88, Residence.NO_FIXED_ADDRESS: 0.02, Residence.OUTSIDE_AREA: 0.05}
                          | {Residence.PREFER_NOT_TO_SAY: 0.05}),
        }  # fmt: skip
        self.ages = {c: self._age_pool(*spread) for c, spread in AGES.items()}
        self._genders = {custody: _stored(pool) for custody, pool in self.gender.items()}
        self._races, self._ethnicities = _stored(self.race), _stored(self.ethnicity)
        self._residences = {at_risk: _stored(pool) for at_risk, pool in self.residence.items()}
        self._letters = {g.value: letter for g, letter in GENDER_LETTERS.items()}
        self.substances = d.pool({json.dumps(sorted(s.value for s in k)): w for k, w in SUBSTANCE_SETS.items()})
        self.yes_no_unknown = {
            "witnessed": d.pool({1: 0.55, 0: 0.33, NULL: 0.12}),
            "experienced": d.pool({1: 0.34, 0: 0.5, NULL: 0.16}),
            "other": d.pool({1: 0.2, 0: 0.45, NULL: 0.35}),
        }

    def _age_pool(self, low: int, peak: int, high: int) -> Pool[int]:
        return self._draw.pool({int(self._draw.rng.triangular(low, high, peak)): 1.0 for _ in range(400)})

    def _code(self, letters: str, year: int | str, gender: str) -> str:
        base = f"{letters}{year or 0:04d}{self._letters[gender] if gender else 'U'}"
        code, n = base, 2
        while code in self._codes:
            code, n = f"{base}-{n}", n + 1
        self._codes.add(code)
        return code

    def make(self, day: int, site: SiteInfo, category: str, named: bool) -> tuple[object, ...]:
        """The stored columns of a participant after the sync columns, from ``code`` to ``home_site_id``."""
        random = self._draw.random
        custody = category == CUSTODY
        at_risk = custody or category == AT_RISK
        genders = self._genders[custody]
        gender = genders[int(random() * len(genders))]
        year = self._calendar.dates[day].year
        age = self.ages[category]()
        if random() < 0.04:
            birth_year, band = NULL, PREFER_NOT_TO_SAY
        else:
            birth_year, band = year - age, age_band(age)
        first = last = dob = NULL
        if named:
            first = catalog.FIRST_NAMES[int(random() * len(catalog.FIRST_NAMES))]
            last = catalog.LAST_NAMES[int(random() * len(catalog.LAST_NAMES))]
            birth_year = birth_year or year - age
            band = age_band(year - birth_year)
            dob = f"{birth_year:04d}-{1 + int(random() * 12):02d}-{1 + int(random() * 28):02d}"
            letters = (first[:2] + "".join(c for c in last if c.isalpha())[:2]).upper()
        else:
            letters = LETTERS[int(random() * 26)] + LETTERS[int(random() * 26)]
            letters += LETTERS[int(random() * 26)] + LETTERS[int(random() * 26)]
        residences = self._residences[at_risk]
        residence = residences[int(random() * len(residences))]
        in_area = residence == IN_AREA
        zip_code = f"{site.zip_prefix}{1 + int(random() * 99):02d}" if in_area else NULL
        county = site.county if in_area else NULL
        answers = self.yes_no_unknown
        witnessed = answers["witnessed" if at_risk else "other"]()
        experienced = answers["experienced"]() if at_risk else NULL
        races, ethnicities = self._races, self._ethnicities
        race = races[int(random() * len(races))]
        ethnicity = ethnicities[int(random() * len(ethnicities))]
        return (
            self._code(letters, birth_year, gender),
            first,
            last,
            dob,
            birth_year,
            band,
            category,
            gender,
            race,
            ethnicity,
            zip_code,
            residence,
            county,
            self.substances() if at_risk and random() < 0.8 else "[]",
            witnessed,
            experienced,
            site.id,
        )
