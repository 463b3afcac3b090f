"""Reading one cell of a spreadsheet a program kept: dates in any of the usual shapes, codes by their synonyms.

People type "M", "Male" or "Hombre" for the same gender, "Y", "yes" or "sí" for the same answer, and dates in
the order their machine uses; Excel stores a date as a day number that a bare cell shows as 32217. Every door
that reads a sheet (rosters, a program's history) reads its cells here, through one table of synonyms.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum
from typing import Any, Final

from oend.core.labels import labels
from oend.model.codes import (
    AgeBand,
    Ethnicity,
    Gender,
    Outcome,
    ParticipantCategory,
    Race,
    RefillReason,
    SupplyType,
    TrainingFormat,
)
from oend.queries.settings import DAY_FIRST, MONTH_FIRST

EXCEL_EPOCH = dt.date(1899, 12, 30)  # day 0 of Excel's (and LibreOffice's) serial dates
EXCEL_LAST_DAY = 2_958_465  # 9999-12-31
_NAMED_MONTH_FORMATS = ("%d %b %Y", "%d %b %y", "%d %B %Y", "%b %d %Y", "%B %d %Y")
_NUMERIC = re.compile(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")

#: Words a sheet uses for a code, by the code's kind (compared after ``simplify``). The codes themselves
#: and their English labels are understood without being listed here.
SYNONYMS: Final[dict[type[StrEnum], dict[str, StrEnum]]] = {
    Gender: {
        **dict.fromkeys(("m", "male", "h", "hombre", "masculino", "varon"), Gender.MAN),
        **dict.fromkeys(("f", "female", "w", "mujer", "femenino"), Gender.WOMAN),
        **dict.fromkeys(("t", "transgender", "trans man", "trans woman"), Gender.TRANS),
        **dict.fromkeys(("nb", "non binary", "nonbinary", "no binario", "genderqueer"), Gender.NON_BINARY),
        **dict.fromkeys(("other", "otro", "otra"), Gender.NOT_LISTED),
        **dict.fromkeys(("u", "unknown", "declined", "refused", "prefiere no decir"), Gender.PREFER_NOT_TO_SAY),
    },
    Ethnicity: {
        **dict.fromkeys(
            ("y", "yes", "si", "hispanic", "latino", "latina", "latinx", "latine", "hispano", "hispana"),
            Ethnicity.HISPANIC_LATINO,
        ),
        **dict.fromkeys(
            ("n", "no", "non hispanic", "not hispanic", "not hispanic or latino", "no hispano"),
            Ethnicity.NOT_HISPANIC_LATINO,
        ),
        **dict.fromkeys(("unknown", "declined", "refused"), Ethnicity.PREFER_NOT_TO_SAY),
    },
    Race: {
        **dict.fromkeys(("w", "white", "caucasian", "blanco", "blanca"), Race.WHITE),
        **dict.fromkeys(("b", "black", "african american", "black or african american"), Race.BLACK),
        **dict.fromkeys(("a", "asian", "asiatico", "asiatica"), Race.ASIAN),
        **dict.fromkeys(
            ("american indian", "native american", "alaska native", "indigenous", "ai an"),
            Race.AMERICAN_INDIAN_ALASKA_NATIVE,
        ),
        **dict.fromkeys(
            ("pacific islander", "native hawaiian", "nhpi", "nh pi"), Race.NATIVE_HAWAIIAN_PACIFIC_ISLANDER
        ),
        **dict.fromkeys(("multiracial", "two or more races", "multiple", "mixed", "biracial"), Race.MULTIRACIAL),
        **dict.fromkeys(("other", "otro", "otra"), Race.NOT_LISTED),
        **dict.fromkeys(("unknown", "declined", "refused"), Race.PREFER_NOT_TO_SAY),
    },
    ParticipantCategory: {
        **dict.fromkeys(
            ("inmate", "incarcerated", "releasee", "reentry", "re entry", "prisoner", "detainee", "recluso"),
            ParticipantCategory.LEAVING_CUSTODY,
        ),
        **dict.fromkeys(("pwud", "pwid", "client", "at risk", "person who uses drugs"), ParticipantCategory.AT_RISK),
        **dict.fromkeys(("family", "friend", "family member", "familia"), ParticipantCategory.FAMILY_FRIEND),
        **dict.fromkeys(("staff", "provider", "service provider"), ParticipantCategory.SERVICE_PROVIDER),
        **dict.fromkeys(("community", "community member", "public"), ParticipantCategory.COMMUNITY_MEMBER),
    },
    AgeBand: {"65": AgeBand.AGE_65_PLUS, "65 and over": AgeBand.AGE_65_PLUS, "under 18": AgeBand.UNDER_18},
    SupplyType: {
        **dict.fromkeys(("first", "first kit", "initial", "n"), SupplyType.NEW),
        **dict.fromkeys(("replacement", "repeat", "r"), SupplyType.REFILL),
    },
    RefillReason: {"used": RefillReason.USED_ON_SOMEONE, "administered": RefillReason.USED_ON_SOMEONE},
    Outcome: {
        **dict.fromkeys(("alive", "lived", "revived", "yes"), Outcome.SURVIVED),
        **dict.fromkeys(("dead", "death", "deceased", "fatal"), Outcome.DIED),
    },
    TrainingFormat: {
        **dict.fromkeys(("1 1", "one on one", "one to one"), TrainingFormat.INDIVIDUAL),
        **dict.fromkeys(("class", "pre release", "prerelease"), TrainingFormat.PRE_RELEASE_CLASS),
    },
}
YES_NO: Final[dict[str, bool]] = {
    **dict.fromkeys(("y", "yes", "si", "true", "1", "x"), True),
    **dict.fromkeys(("n", "no", "false", "0"), False),
}


def simplify(text: str) -> str:
    """``text`` lower-case, accents off, punctuation as single spaces: how headers and synonyms are compared."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


def code_words(kind: type[StrEnum]) -> dict[str, str]:
    """Every word a sheet may use for a code of ``kind``: the code, its label, and its synonyms."""
    words = {simplify(m.value): m.value for m in kind}
    words |= {simplify(text): code for code, text in labels(kind).items()}
    words |= {word: code.value for word, code in SYNONYMS.get(kind, {}).items()}
    return words


def parse_code(kind: type[StrEnum], value: Any) -> str | None:
    """The code ``value`` stands for, or None when it stands for none."""
    return code_words(kind).get(simplify(str(value)))


def parse_yes_no(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    return YES_NO.get(simplify(str(value)))


def plain_text(value: Any) -> str:
    """A cell as text: a whole number without ``.0`` (an ID typed in a number cell), a date in ISO form."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    return str(value).strip()


def _year(text: str, *, past: bool) -> int:
    """A year as typed; two digits fall in the century that keeps a past date (a birth) from being ahead."""
    year = int(text)
    if len(text) > 2:
        return year
    this_year = dt.date.today().year
    return 2000 + year if 2000 + year <= this_year + (0 if past else 20) else 1900 + year


def parse_date(value: Any, order: str = MONTH_FIRST, *, past: bool = False) -> dt.date | None:
    """The date a cell holds: a date cell, an Excel day number, ISO text, or text in the program's ``order``.

    ``past`` reads a two-digit year as the most recent such year (a date of birth).
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return EXCEL_EPOCH + dt.timedelta(days=int(value)) if 1 <= value <= EXCEL_LAST_DAY else None
    text = str(value).strip()
    text = re.sub(r"[ T]00:00(:00)?$", "", text)  # a date written with its midnight
    found = _NUMERIC.fullmatch(text)
    try:
        if found:
            first, second, third = found.groups()
            if len(first) == 4:
                return dt.date(int(first), int(second), int(third))
            if len(third) not in (2, 4):
                return None
            month, day = (second, first) if order == DAY_FIRST else (first, second)
            return dt.date(_year(third, past=past), int(month), int(day))
    except ValueError:
        return None
    cleaned = re.sub(r"[,\-]", " ", text)
    cleaned = re.sub(r"\s+", " ", cleaned)
    for fmt in _NAMED_MONTH_FORMATS:
        try:
            parsed = dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        if fmt.endswith("%y"):
            parsed = parsed.replace(year=_year(f"{parsed.year % 100:02d}", past=past))
        return parsed
    return None
