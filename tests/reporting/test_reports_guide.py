"""The coordinators' guide (reports/README.md) names every measure, breakdown and setting, and its examples work."""

from __future__ import annotations

import re
from importlib import resources

from oend.reporting.age_bands import AGE_GROUP
from oend.reporting.aggregates import MEASURES
from oend.reporting.periods import SPANS, UNITS
from oend.reporting.template_format import TABLE_KEYS, TEMPLATE_KEYS, parse_template

GUIDE = (resources.files("oend.reports") / "README.md").read_text(encoding="utf-8")


def test_the_guide_names_every_measure_breakdown_period_and_setting() -> None:
    named = set(re.findall(r'`"?([a-z_0-9]+)"?`', GUIDE))
    dimensions = {d for m in MEASURES.values() for d in m.dimensions} | {AGE_GROUP}
    for word in (*MEASURES, *dimensions, *UNITS, *SPANS, *TABLE_KEYS, *(TEMPLATE_KEYS - {"tables"})):
        assert word in named, word
    assert "`[[tables]]`" in GUIDE


def test_every_example_in_the_guide_is_a_good_template() -> None:
    blocks = re.findall(r"```toml\n(.*?)```", GUIDE, flags=re.S)
    assert len(blocks) >= 8
    for block in blocks:
        text = (
            block
            if block.lstrip().startswith(("title", "#")) and "title =" in block.split("[[")[0]
            else ('title = "Example"\n' + block)
        )
        parse_template("example", text)  # refused with its reason if the guide went wrong
