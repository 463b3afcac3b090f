"""A report's shared read of the rows gives exactly what the per-table queries give, on both databases."""

from __future__ import annotations

import itertools

from oend.core.actor import Actor
from oend.db import Database
from oend.reporting.aggregates import MEASURES, aggregate, read_facts
from oend.reporting.periods import Period
from tests.reporting.seed import seed

PERIODS = (Period.quarter(2025, 3), Period.parse("cumulative"))
FILTERS = {"kits": {"supply_type": ["refill"]}, "people_trained": {"training_format": ["pre_release_class", "group"]}}


def test_every_measure_and_breakdown_agrees_with_its_own_query(any_db: Database, actor: Actor) -> None:
    with any_db.session() as session:
        with session.begin():
            seed(session)
        families: dict[str, list[str]] = {}
        for name, m in MEASURES.items():
            if m.statistic is None:  # statistics read their own rows, cell by cell
                families.setdefault(m.family, []).append(name)
        compared = 0
        for period in PERIODS:
            for names in families.values():
                dims = sorted(set.intersection(*(set(MEASURES[n].dimensions) for n in names)))
                facts = read_facts(session, actor, names, dims, period)
                for name in names:
                    breakdowns = [(), *((d,) for d in dims), *itertools.islice(itertools.combinations(dims, 2), 6)]
                    for chosen in breakdowns:
                        filters = {k: v for k, v in FILTERS.get(name, {}).items() if k in dims}
                        for applied in ({}, filters):
                            expected = aggregate(session, actor, name, chosen, period, None, applied)
                            assert facts.aggregate(name, chosen, applied) == expected, (name, chosen, applied)
                            compared += 1
        assert compared > 150
