"""A report's shared read of the rows gives exactly what the per-table queries give, on both databases."""

from __future__ import annotations

import itertools

from oend.core.actor import Actor
from oend.core.codes import PartnerCategory
from oend.db import Database
from oend.model import Partner
from oend.reporting.aggregates import MEASURES, Facts, aggregate, read_facts
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


SITE_DIMS = ("site", "site_kind", "region", "partner", "partner_category", "site_county")


def test_site_rollups_read_by_site_id_agree_with_joined_queries(any_db: Database, actor: Actor) -> None:
    """Region, partner and its category come from each site's own fields or its partner's, as a join gives them."""
    with any_db.session() as session:
        with session.begin():
            seeded = seed(session)
            partner = Partner(name="Essex Coalition", category=PartnerCategory.CORRECTIONS, region="North East")
            session.add(partner)
            session.flush()
            seeded.sites["JAIL"].partner_id = partner.id  # region and name from the partner
            seeded.sites["NORTH"].region, seeded.sites["NORTH"].partner = "Coast", "Harbour Health"  # from the site
        period = PERIODS[0]
        breakdowns = [*((d,) for d in SITE_DIMS), ("region", "partner", "site"), ("partner_category", "gender")]
        for names in (["kits", "dispensing_events", "people_supplied"], ["people_trained"]):
            facts = read_facts(session, actor, names, [*SITE_DIMS, "gender"], period)
            for name in names:
                for chosen in breakdowns:
                    expected = aggregate(session, actor, name, chosen, period)
                    assert facts.aggregate(name, chosen) == expected, (name, chosen)
        regions = read_facts(session, actor, ["kits"], ["region"], period).aggregate("kits", ["region"])
        assert regions == {("North East",): 4, ("Coast",): 14, (None,): 4}  # JAIL, NORTH, SOUTH


def test_people_are_counted_once_per_cell_and_a_cell_of_anonymous_records_counts_none() -> None:
    rows = [
        ("north", "female", "p1"),
        ("north", "male", "p1"),  # the same person in two groups of one region
        ("south", "female", "p2"),
        ("east", "female", None),  # anonymous records only
        ("south", "male", "p1"),
    ]
    facts = Facts("dispensings", ("region", "gender"), ("people_supplied",), rows)
    assert list(facts.aggregate("people_supplied", ["region"]).items()) == [
        (("north",), 1),
        (("south",), 2),
        (("east",), 0),
    ]
    assert facts.aggregate("people_supplied", ["region", "gender"]) == {
        ("north", "female"): 1,
        ("north", "male"): 1,
        ("south", "female"): 1,
        ("east", "female"): 0,
        ("south", "male"): 1,
    }
    assert facts.aggregate("people_supplied", []) == {(): 2}
    assert Facts("dispensings", ("region",), ("people_supplied",), []).aggregate("people_supplied", []) == {}
