"""How a program's events tend to go: the weighted choices the simulation draws from.

Formats by kind of site, categories, quantities, refill reasons, curricula, the optional answers of
reversal reports, and each product's share of a site's kits as new products come to market.
"""

from __future__ import annotations

import json

import numpy as np

from oend.demo import catalog
from oend.demo.arrays import Choice, objects
from oend.demo.people import CATEGORIES, age_bands
from oend.demo.places import KINDS
from oend.demo.reference import Program
from oend.demo.rows import NULL
from oend.demo.values import Draw
from oend.model.codes import (
    AgeBand,
    CurriculumTopic,
    Ethnicity,
    Formulation,
    Gender,
    Outcome,
    ParticipantCategory,
    Race,
    RefillReason,
    SiteKind,
    Substance,
    TrainingFormat,
)

Cat = ParticipantCategory
FORMATS_ALL = tuple(TrainingFormat)  # a training's format is its position here
REASONS = tuple(RefillReason)  # and a refill's reason
FORMATS = {
    SiteKind.CORRECTIONAL_FACILITY: {TrainingFormat.PRE_RELEASE_CLASS: 0.9, TrainingFormat.INDIVIDUAL: 0.1},
    SiteKind.OUTREACH: {TrainingFormat.INDIVIDUAL: 0.9, TrainingFormat.GROUP: 0.1},
    SiteKind.PHARMACY: {TrainingFormat.INDIVIDUAL: 0.97, TrainingFormat.VIDEO: 0.03},
    SiteKind.FIRST_RESPONDER: {TrainingFormat.GROUP: 0.85, TrainingFormat.VIDEO: 0.15},
}
DEFAULT_FORMATS = {TrainingFormat.INDIVIDUAL: 0.55, TrainingFormat.GROUP: 0.4, TrainingFormat.VIDEO: 0.05}
CORE_TOPICS = (CurriculumTopic.RECOGNISING, CurriculumTopic.RESPONDING, CurriculumTopic.NALOXONE_USE)
# Which products each kind of site favours, as multipliers of the statewide weights.
PRODUCT_FAVOURS = {
    SiteKind.CORRECTIONAL_FACILITY: {Formulation.NASAL_4MG: 3.0, Formulation.IM_VIAL_KIT: 0.0},
    SiteKind.PHARMACY: {Formulation.NASAL_3MG_OTC: 4.0, Formulation.NASAL_8MG: 2.0, Formulation.IM_VIAL_KIT: 0.1},
    SiteKind.OUTREACH: {Formulation.IM_VIAL_KIT: 2.5},
    SiteKind.FIXED_SITE: {Formulation.IM_VIAL_KIT: 2.0},
    SiteKind.FIRST_RESPONDER: {Formulation.IM_MULTIDOSE_VIAL: 6.0, Formulation.PREFILLED_SYRINGE: 3.0},
}
ANONYMOUS_CATEGORIES = {Cat.AT_RISK: 0.55, Cat.FAMILY_FRIEND: 0.15, Cat.COMMUNITY_MEMBER: 0.25}
ANONYMOUS_CATEGORIES |= {Cat.SERVICE_PROVIDER: 0.05}
QUANTITIES = {
    False: {1: 0.68, 2: 0.3, 3: 0.02},
    True: {1: 0.5, 2: 0.3, 3: 0.08, 4: 0.06, 6: 0.04, 10: 0.02},  # staff take kits for their teams
}
ANONYMOUS_QUANTITIES = {1: 0.6, 2: 0.3, 3: 0.04, 4: 0.03, 12: 0.015, 24: 0.01, 48: 0.005}
REVERSAL_DETAILS = 4096  # distinct sets of a report's optional answers, drawn per report


class Habits:
    """The choices, made once from the seed; events draw from them a column at a time."""

    def __init__(self, draw: Draw, program: Program, days: int):
        self.draw = draw
        position = {kind: i for i, kind in enumerate(FORMATS_ALL)}
        self.formats = [
            Choice({position[f]: w for f, w in FORMATS.get(kind, DEFAULT_FORMATS).items()}) for kind in KINDS
        ]
        categories = [catalog.CATEGORY_BY_SITE.get(kind, catalog.DEFAULT_CATEGORIES) for kind in KINDS]
        self.categories = [Choice({CATEGORIES.index(c): w for c, w in weights.items()}) for weights in categories]
        self.reasons = Choice({REASONS.index(r): w for r, w in catalog.REFILL_REASONS.items()})
        self.anonymous_categories = Choice({CATEGORIES.index(c): w for c, w in ANONYMOUS_CATEGORIES.items()})
        self.quantities = {provider: Choice(weights) for provider, weights in QUANTITIES.items()}
        self.anonymous_quantities = Choice(ANONYMOUS_QUANTITIES)
        self.topics = [Choice(dict.fromkeys((self._topic_list(f) for _ in range(24)), 1.0)) for f in FORMATS_ALL]
        self.responders = self.draw.pool({r.value: w for r, w in catalog.RESPONDERS.items()})
        self.outcomes = self.draw.pool(
            {Outcome.SURVIVED.value: 0.9, Outcome.UNKNOWN.value: 0.08, Outcome.DIED.value: 0.02}
        )
        details = [self._reversal_detail() for _ in range(REVERSAL_DETAILS)]
        self.reversal_details = [objects(column) for column in zip(*details, strict=True)]
        # Product choice by site kind and by era (a new product joins the mix when it comes to market).
        launches = sorted({max(p.launch_day, 0) for p in program.products})
        self.era_of_day = np.searchsorted(launches, np.arange(days), side="right") - 1
        shares = np.zeros((len(KINDS), len(launches), len(program.products)))
        for k, kind in enumerate(KINDS):
            favours = PRODUCT_FAVOURS.get(kind, {})
            for era, launch in enumerate(launches):
                for p, product in enumerate(program.products):
                    if max(product.launch_day, 0) <= launch:
                        formulation = Formulation(product.formulation)
                        shares[k, era, p] = catalog.PRODUCT_WEIGHTS[formulation] * favours.get(formulation, 1.0)
                shares[k, era] /= shares[k, era].sum()
        self.product_shares = shares  # by kind, era and product: a product's share of a site's kits

    def _topic_list(self, fmt: TrainingFormat) -> str:
        if fmt is TrainingFormat.INDIVIDUAL:
            topics = set(CORE_TOPICS) | {t for t in CurriculumTopic if self.draw.chance(0.3)}
        else:
            topics = {t for t in CurriculumTopic if t in CORE_TOPICS or self.draw.chance(0.85)}
        return json.dumps([t.value for t in CurriculumTopic if t in topics])

    def _reversal_detail(self) -> tuple[object, ...]:
        """The optional fields of one reversal report, from ``setting`` to ``fentanyl_suspected``-and-after."""
        d = self.draw

        def yn(yes: float, no: float) -> int | str:
            """1 for yes, 0 for no, else not answered."""
            r = d.random()
            return 1 if r < yes else 0 if r < yes + no else NULL

        called = yn(0.45, 0.35)
        arrived = yn(0.8, 0.12) if called else (0 if called == 0 and d.chance(0.7) else NULL)
        age = d.rng.triangular(16, 70, 33)
        substances = [s.value for s in (Substance.FENTANYL, Substance.HEROIN, Substance.XYLAZINE) if d.chance(0.3)]
        return (
            d.pick(list(catalog.SETTINGS)).value if d.chance(0.9) else NULL,
            self.responders() if d.chance(0.92) else NULL,
            age_bands(np.array([int(age)]))[0] if d.chance(0.8) else AgeBand.PREFER_NOT_TO_SAY.value,
            d.pick((Gender.MAN, Gender.MAN, Gender.WOMAN)).value if d.chance(0.85) else NULL,
            d.pick((Race.WHITE, Race.WHITE, Race.WHITE, Race.BLACK, Race.MULTIRACIAL)).value if d.chance(0.6) else NULL,
            d.pick((Ethnicity.NOT_HISPANIC_LATINO,) * 4 + (Ethnicity.HISPANIC_LATINO,)).value
            if d.chance(0.55)
            else NULL,
            json.dumps(sorted(substances)),
            yn(0.62, 0.08),
            yn(0.06, 0.7),
            # product, doses and route are filled in per report
            yn(0.35, 0.35),
            yn(0.72, 0.05),
            called,
            arrived,
            self.outcomes(),
            yn(0.5, 0.4) if arrived else NULL,
            yn(0.2, 0.3),
            yn(0.85, 0.05),
        )
