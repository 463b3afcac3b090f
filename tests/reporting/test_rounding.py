"""Counts rounded where a funder asks (``round_to``), after suppression: a suppressed cell keeps its mark."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.reporting.engine import compute_report
from oend.reporting.periods import Period
from oend.reporting.tables import rounded
from oend.reporting.template_format import TemplateError, parse_template
from tests.reporting.seed import Seeded

Q3 = Period.quarter(2025, 3)
TEMPLATE = """
title = "Rounded"
threshold = 3
round_to = 5

[[tables]]
id = "kits"
title = "Kits by site"
measure = "kits"
rows = "site"
"""


def test_rounding_to_the_nearest_multiple() -> None:
    assert [rounded(n, 5) for n in (0, 2, 3, 12, 13, 14, 22)] == [0, 0, 5, 10, 15, 15, 20]
    assert rounded(149, 100) == 100 and rounded(150, 100) == 200


def test_counts_are_rounded_after_suppression(seeded: tuple[Session, Seeded], actor: Actor) -> None:
    session, _ = seeded
    table = compute_report(session, actor, parse_template("r", TEMPLATE), Q3).tables[0]
    true = {label: row[0] for label, row in zip([*table.row_labels, "Total"], table.values, strict=True)}
    assert true == {
        "County House of Correction": 4,
        "North Shore Harm Reduction": 14,
        "South End Outreach Van": 4,
        "Total": 22,
    }
    assert {row[0]: row[1] for row in table.body()} == {
        "County House of Correction": 5,
        "North Shore Harm Reduction": 15,
        "South End Outreach Van": 5,
        "Total": 20,
    }
    assert "Counts are rounded to the nearest 5" in " ".join(table.notes())

    suppressed = parse_template("r", TEMPLATE.replace("threshold = 3", "threshold = 4"))
    body = {row[0]: row[1] for row in compute_report(session, actor, suppressed, Q3).tables[0].body()}
    assert body == {
        "County House of Correction": "<5",
        "North Shore Harm Reduction": 15,
        "South End Outreach Van": "<5",
        "Total": 20,
    }


@pytest.mark.parametrize("value", ["5", 1, 0, -5, 5.5, True])
def test_a_wrong_rounding_is_refused(value: object) -> None:
    text = TEMPLATE.replace("round_to = 5", f"round_to = {value!r}".replace("True", "true").replace("'", '"'))
    with pytest.raises(TemplateError) as refused:
        parse_template("r", text)
    assert [(p.field, p.row) for p in refused.value.problems] == [("round_to", 4)]
