"""The one label table: every code of every code list reads as exactly one English label."""

from __future__ import annotations

from enum import StrEnum

import pytest

from oend.core import codes
from oend.core.codes import AgeBand, Outcome, RefillReason, Role, WriteOffReason
from oend.core.labels import LABELS, NOT_RECORDED, label, label_of, labels, texts

CODE_LISTS = [
    kind
    for kind in vars(codes).values()
    if isinstance(kind, type) and issubclass(kind, StrEnum) and kind.__module__ == codes.__name__
]


def test_every_code_list_a_record_makes_has_its_labels() -> None:
    assert CODE_LISTS and set(CODE_LISTS) == set(LABELS), "a new code list needs labels in oend/core/labels.py"


@pytest.mark.parametrize("kind", CODE_LISTS, ids=lambda kind: kind.__name__)
def test_every_member_has_one_label_in_declared_order(kind: type[StrEnum]) -> None:
    table = LABELS[kind]
    assert [(type(code), code) for code in table] == [(kind, member) for member in kind], "a member lacks a label"
    words = list(table.values())
    assert all(w and w == w.strip() for w in words), "labels are words, not blanks"
    assert len(set(words)) == len(words), "two codes of one list must not read alike"


def test_a_stored_code_reads_as_its_label() -> None:
    assert label(Outcome.UNKNOWN) == label_of(Outcome, "unknown") == "Not known"
    assert label(RefillReason.EXPIRED) == label(WriteOffReason.EXPIRED) == "Expired"
    assert label_of(Role, None) == NOT_RECORDED
    assert label_of(Role, "retired_role") == "retired_role", "an unknown code prints as itself"
    assert list(labels(AgeBand)) == [m.value for m in AgeBand] and labels(AgeBand)["65_plus"] == "65 or older"


def test_the_texts_to_translate_are_each_label_once() -> None:
    every = [text for table in LABELS.values() for text in table.values()]
    assert set(texts()) == set(every) and len(texts()) == len(set(every))
