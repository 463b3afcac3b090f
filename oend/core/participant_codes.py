"""Pseudonymous participant codes: configurable schemes that generate and validate them.

Programs use schemes a returning person can reproduce from memory without giving a name,
such as two letters of the first and last names, the birth year and a gender letter.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from oend.core.codes import Gender
from oend.errors import Phrase

SCHEME_SETTING = "participant_code_scheme"
GENDER_LETTERS = {
    Gender.WOMAN: "F",
    Gender.MAN: "M",
    Gender.TRANS: "T",
    Gender.NON_BINARY: "N",
    Gender.NOT_LISTED: "X",
    Gender.PREFER_NOT_TO_SAY: "U",
}


@dataclass(frozen=True)
class CodeInputs:
    first_name: str | None = None
    last_name: str | None = None
    birth_year: int | None = None
    date_of_birth: dt.date | None = None
    gender: Gender | None = None


@dataclass(frozen=True)
class CodeScheme:
    name: str
    description: str  # a shipped scheme's is a Phrase (translated on screen); a custom one's is its own pattern
    pattern: re.Pattern[str]
    make: Callable[[CodeInputs], str]


def _letters(name: str | None, count: int) -> str:
    """The first ``count`` letters of a name, accents removed; X where the name is short or absent."""
    plain = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().upper()
    letters = "".join(c for c in plain if c in string.ascii_uppercase)
    return (letters + "X" * count)[:count]


def _year(inputs: CodeInputs) -> str:
    year = inputs.birth_year or (inputs.date_of_birth.year if inputs.date_of_birth else None)
    return f"{year:04d}" if year else "0000"


def _gender_letter(inputs: CodeInputs) -> str:
    return GENDER_LETTERS[inputs.gender] if inputs.gender else "U"


def _name_letters(inputs: CodeInputs) -> str:
    """2+2 letters of the names; random letters when no name is given, so codes stay distinct."""
    if not (inputs.first_name or inputs.last_name):
        return "".join(secrets.choice(string.ascii_uppercase) for _ in range(4))
    return _letters(inputs.first_name, 2) + _letters(inputs.last_name, 2)


def _client_code(inputs: CodeInputs) -> str:
    return f"{_name_letters(inputs)}{_year(inputs)}{_gender_letter(inputs)}"


def _gender_first(inputs: CodeInputs) -> str:
    return f"{_gender_letter(inputs)}{_name_letters(inputs)}{_year(inputs)}"


def _name_dob(inputs: CodeInputs) -> str:
    dob = inputs.date_of_birth.strftime("%m%d%y") if inputs.date_of_birth else "000000"
    return f"{_letters(inputs.first_name, 2)}{_letters(inputs.last_name, 2)}{dob}"


def _random(_: CodeInputs) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
    return "P" + "".join(secrets.choice(alphabet) for _ in range(7))


SUFFIX = r"(-[0-9]{1,3})?"
SCHEMES: dict[str, CodeScheme] = {
    s.name: s
    for s in (
        CodeScheme(
            "client_code",
            Phrase("2 letters of first name, 2 of last name, birth year, gender letter (e.g. MALO1985F)"),
            re.compile(rf"[A-Z]{{4}}[0-9]{{4}}[FMTNXU]{SUFFIX}"),
            _client_code,
        ),
        CodeScheme(
            "gender_first",
            Phrase("gender letter, 2+2 letters of first and last name, birth year (e.g. FMALO1985)"),
            re.compile(rf"[FMTNXU][A-Z]{{4}}[0-9]{{4}}{SUFFIX}"),
            _gender_first,
        ),
        CodeScheme(
            "name_dob",
            Phrase("2+2 letters of first and last name and birth date as MMDDYY (e.g. MALO031585)"),
            re.compile(rf"[A-Z]{{4}}[0-9]{{6}}{SUFFIX}"),
            _name_dob,
        ),
        CodeScheme("random", Phrase("a random code such as P7KQ3ZT2"), re.compile(r"P[A-HJ-NP-Z2-9]{7}"), _random),
        CodeScheme(
            "free",
            Phrase("any code of 3-40 letters, digits and dashes"),
            re.compile(r"[A-Z0-9][A-Z0-9-]{2,39}"),
            _random,
        ),
    )
}
DEFAULT_SCHEME = "client_code"
CUSTOM = "custom"
#: Whose details the example of a scheme is made from, so every scheme is shown on the same person.
EXAMPLE = CodeInputs(
    first_name="Maria", last_name="Lopez", date_of_birth=dt.date(1985, 3, 15), birth_year=1985, gender=Gender.WOMAN
)
#: The letters of a custom pattern: a run of F or L takes that many letters of the first or last name, YYYY or
#: YY the birth year, MM and DD the birth month and day, G the gender letter; a dash stays as it is.
PATTERN_HELP = Phrase("F, L (letters of the first and last name), YYYY or YY, MM, DD (birth date), G (gender) and -")
_RUN = re.compile(r"F+|L+|Y+|M+|D+|G+|-+|.")
_RUN_LENGTHS = {"Y": (2, 4), "M": (2,), "D": (2,), "G": (1,)}


def pattern_problems(pattern: str) -> list[str]:
    """What is wrong with a custom pattern, as the runs that cannot be read (empty when it is usable)."""
    if not 3 <= len(pattern) <= 30:
        return [pattern]
    runs = _RUN.findall(pattern)
    bad = [r for r in runs if r[0] not in "FLYMDG-" or len(r) not in _RUN_LENGTHS.get(r[0], (len(r),))]
    return bad if bad or any(r[0] != "-" for r in runs) else [pattern]


def _run_value(run: str, inputs: CodeInputs, names: str) -> str:
    dob = inputs.date_of_birth
    match run[0]:
        case "F" | "L":
            offset = 0 if run[0] == "F" else 20
            return names[offset : offset + len(run)]
        case "Y":
            return _year(inputs)[-len(run) :]
        case "M":
            return f"{dob.month:02d}" if dob else "00"
        case "D":
            return f"{dob.day:02d}" if dob else "00"
        case "G":
            return _gender_letter(inputs)
    return run


def _run_regex(run: str) -> str:
    kind = {"F": "[A-Z]", "L": "[A-Z]", "Y": "[0-9]", "M": "[0-9]", "D": "[0-9]", "G": "[FMTNXU]"}.get(run[0])
    return f"{kind}{{{len(run)}}}" if kind else re.escape(run)


def custom_scheme(pattern: str) -> CodeScheme:
    """The scheme a program spells with a pattern such as FFLLYYYYG; ``pattern_problems`` must be empty."""
    runs = _RUN.findall(pattern)

    def make(inputs: CodeInputs) -> str:
        if inputs.first_name or inputs.last_name:
            names = _letters(inputs.first_name, 20) + _letters(inputs.last_name, 20)
        else:  # random letters, as the shipped schemes use, so people without names get distinct codes
            names = "".join(secrets.choice(string.ascii_uppercase) for _ in range(40))
        return "".join(_run_value(run, inputs, names) for run in runs)

    regex = re.compile("".join(_run_regex(run) for run in runs) + SUFFIX)
    return CodeScheme(CUSTOM, f"{pattern} (e.g. {make(EXAMPLE)})", regex, make)


def scheme_from_setting(value: dict[str, object] | None) -> CodeScheme:
    """The scheme a stored setting names: a shipped one, or a custom pattern; anything unusable gives the default."""
    name = (value or {}).get("name", DEFAULT_SCHEME)
    pattern = (value or {}).get("pattern")
    if name == CUSTOM and isinstance(pattern, str) and not pattern_problems(pattern):
        return custom_scheme(pattern)
    return SCHEMES.get(name if isinstance(name, str) else DEFAULT_SCHEME, SCHEMES[DEFAULT_SCHEME])


def normalise(code: str) -> str:
    return code.strip().upper()


def is_valid(scheme: CodeScheme, code: str) -> bool:
    return scheme.pattern.fullmatch(code) is not None
