"""The program's life, day by day: people enrol and train, take kits, come back for refills, report reversals.

Each participant runs three random processes (refills, reversal reports, refresher trainings) at
rates set by their category and scaled so the whole run yields about the requested number of events.
Days are simulated in order, so stock is received before it is dispensed and lots expire on time.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Iterator
from math import log

from oend.demo import catalog
from oend.demo.people import People, age_band
from oend.demo.reference import SiteInfo, build_program
from oend.demo.rows import EVENT_TABLES, NULL, Rows, empty_rows
from oend.demo.spec import DemoSpec
from oend.demo.stock import Stock
from oend.demo.values import Calendar, Clock, Draw, Pool
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
    SupplySource,
    SupplyType,
    TrainingFormat,
)

Cat = ParticipantCategory
REFILL, REVERSAL, REFRESHER, RELEASE_KIT = range(4)
# Stored codes used on every row, looked up once.
NEW, REFILLED, USED = SupplyType.NEW.value, SupplyType.REFILL.value, RefillReason.USED_ON_SOMEONE.value
EVENT, PRISON_RELEASE = SupplySource.EVENT.value, SupplySource.PRISON_RELEASE.value
CUSTODY, PROVIDER = Cat.LEAVING_CUSTODY.value, Cat.SERVICE_PROVIDER.value
INDIVIDUAL, GROUP = TrainingFormat.INDIVIDUAL, TrainingFormat.GROUP
PRE_RELEASE_CLASS = TrainingFormat.PRE_RELEASE_CLASS
CORRECTIONAL, PHARMACY = SiteKind.CORRECTIONAL_FACILITY, SiteKind.PHARMACY
DOSES = (1, 1, 1, 2, 2, 3)  # doses given when a kit holds more than one
MEAN_SPAN_DAYS = 900  # how long a participant stays in touch with the program, on average
REFRESHERS_PER_YEAR = 0.12
REFILL_AFTER_REVERSAL = 0.6  # share of reversal reports that come with a request for a replacement kit
ANONYMOUS_PER_PARTICIPANT = 0.45  # kits handed over with no record of the person
# Keyed by the stored codes, which the event methods carry.
TRAINED_AT_ENROLMENT = {Cat.AT_RISK.value: 0.9, Cat.FAMILY_FRIEND.value: 0.95, Cat.SERVICE_PROVIDER.value: 1.0}
KIT_AT_ENROLMENT = {Cat.SERVICE_PROVIDER.value: 0.75, Cat.COMMUNITY_MEMBER.value: 0.85, Cat.LEAVING_CUSTODY.value: 0.82}
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


def _spread(total: int, weights: list[float]) -> list[int]:
    """``total`` split over the days in proportion to ``weights``, in whole numbers that add up exactly."""
    scale = total / sum(weights)
    counts, running, given = [], 0.0, 0
    for w in weights:
        running += w * scale
        n = round(running) - given
        counts.append(n)
        given += n
    return counts


class Simulation:
    """Makes the rows of a demo database: ``setup()`` first, then ``chunks()`` of events in date order."""

    def __init__(self, spec: DemoSpec):
        self.spec = spec
        start, end = spec.period()
        self.calendar = cal = Calendar(start, end)
        self.draw = draw = Draw(spec.seed)
        self.clock = Clock(draw, cal)
        self.rows = empty_rows()
        self.program = build_program(draw, self.clock, cal, spec.participants, self.rows)
        self.people = People(draw, cal)
        self.counts: dict[str, int] = dict.fromkeys(self.rows, 0)
        self._pools()
        self._plan()
        self.stock = Stock(self.program, draw, self.clock, cal, self.rows, self._monthly_kits())

    # -- set-up --------------------------------------------------------------------------------------

    def _pools(self) -> None:
        d, program = self.draw, self.program
        self.formats = {k: d.pool(FORMATS.get(k, DEFAULT_FORMATS)) for k in SiteKind}
        self.categories = {k: d.pool(catalog.CATEGORY_BY_SITE.get(k, catalog.DEFAULT_CATEGORIES)) for k in SiteKind}
        self.reasons = d.pool({r.value: w for r, w in catalog.REFILL_REASONS.items()})
        self.anonymous_categories = d.pool({c.value: w for c, w in ANONYMOUS_CATEGORIES.items()})
        self.quantities = {
            False: d.pool({1: 0.68, 2: 0.3, 3: 0.02}),
            True: d.pool({1: 0.5, 2: 0.3, 3: 0.08, 4: 0.06, 6: 0.04, 10: 0.02}),  # staff take kits for their teams
        }
        self.anonymous_quantities = d.pool({1: 0.6, 2: 0.3, 3: 0.04, 4: 0.03, 12: 0.015, 24: 0.01, 48: 0.005})
        self.topics = {
            f: d.pool({self._topic_list(f): 1.0 for _ in range(24)}) for f in TrainingFormat
        }  # a few curricula per format
        self.responders = d.pool({r.value: w for r, w in catalog.RESPONDERS.items()})
        self.outcomes = d.pool({Outcome.SURVIVED.value: 0.9, Outcome.UNKNOWN.value: 0.08, Outcome.DIED.value: 0.02})
        self.reversal_details = [self._reversal_detail() for _ in range(4096)]
        # Product choice by site kind and by era (a new product joins the mix when it comes to market).
        launches = sorted({max(p.launch_day, 0) for p in program.products})
        self.era_of_day = [sum(1 for launch in launches if launch <= day) - 1 for day in range(self.calendar.days)]
        self.product_pools: dict[SiteKind, list[Pool[int]]] = {}
        self.product_shares: dict[SiteKind, list[list[float]]] = {}
        for kind in SiteKind:
            favours = PRODUCT_FAVOURS.get(kind, {})
            pools, shares = [], []
            for launch in launches:
                weights = [
                    catalog.PRODUCT_WEIGHTS[Formulation(p.formulation)] * favours.get(Formulation(p.formulation), 1.0)
                    if max(p.launch_day, 0) <= launch
                    else 0.0
                    for p in program.products
                ]
                total = sum(weights)
                pools.append(d.pool({i: w for i, w in enumerate(weights) if w > 0}))
                shares.append([w / total for w in weights])
            self.product_pools[kind] = pools
            self.product_shares[kind] = shares

    def _topic_list(self, fmt: TrainingFormat) -> str:
        if fmt is TrainingFormat.INDIVIDUAL:
            topics = set(CORE_TOPICS) | {t for t in CurriculumTopic if self.draw.chance(0.3)}
        else:
            topics = {t for t in CurriculumTopic if t in CORE_TOPICS or self.draw.chance(0.85)}
        return json.dumps([t.value for t in CurriculumTopic if t in topics])

    def _reversal_detail(self) -> tuple[object, ...]:
        """The optional fields of one reversal report, from ``setting`` to ``fentanyl_suspected``-and-after."""
        d = self.draw
        yn = lambda yes, no: 1 if (r := d.random()) < yes else 0 if r < yes + no else NULL  # noqa: E731
        called = yn(0.45, 0.35)
        arrived = yn(0.8, 0.12) if called else (0 if called == 0 and d.chance(0.7) else NULL)
        age = d.rng.triangular(16, 70, 33)
        substances = [s.value for s in (Substance.FENTANYL, Substance.HEROIN, Substance.XYLAZINE) if d.chance(0.3)]
        return (
            d.pick(list(catalog.SETTINGS)).value if d.chance(0.9) else NULL,
            self.responders() if d.chance(0.92) else NULL,
            age_band(int(age)) if d.chance(0.8) else AgeBand.PREFER_NOT_TO_SAY.value,
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

    def _plan(self) -> None:
        """Who enrols on which day, where, in which category; and the rate that hits the event target."""
        cal, d, spec = self.calendar, self.draw, self.spec
        weights = [(0.5 + day / cal.days) * (0.4 if cal.dates[day].weekday() >= 5 else 1.0) for day in range(cal.days)]
        self.enrolments = _spread(spec.participants, weights)
        self.anonymous = _spread(round(spec.participants * ANONYMOUS_PER_PARTICIPANT), weights)
        sites = self.program.sites
        self.open_pools: list[Pool[int]] = []
        self.open_community: list[Pool[int]] = []
        opened = sorted({s.opened_day for s in sites})
        pools: dict[int, tuple[Pool[int], Pool[int]]] = {}
        for day in opened:
            open_sites = [s for s in sites if s.opened_day <= day]
            community = [s for s in open_sites if s.kind is not SiteKind.CORRECTIONAL_FACILITY]
            pools[day] = (
                d.pool({s.index: s.volume for s in open_sites}),
                d.pool({s.index: s.volume for s in community}),
            )
        current = pools[opened[0]]
        for day in range(cal.days):
            current = pools.get(day, current)
            self.open_pools.append(current[0])
            self.open_community.append(current[1])
        # Each participant's site and category, drawn now so the event rate can be set exactly.
        self.plan: list[tuple[int, str]] = []
        plan, random = self.plan, d.random
        categories = {kind: tuple(c.value for c in pool.values) for kind, pool in self.categories.items()}
        enrolled: dict[str, int] = defaultdict(int)  # by category
        years_in_touch: dict[str, float] = defaultdict(float)  # by category: the years they are expected to stay
        for day, n in enumerate(self.enrolments):
            pick_site = self.open_pools[day]
            years = MEAN_SPAN_DAYS * (1 - math.exp(-(cal.days - day) / MEAN_SPAN_DAYS)) / 365
            for _ in range(n):
                site = sites[pick_site()]
                codes = categories[site.kind]
                cat = codes[int(random() * len(codes))]  # the draw ``Pool.__call__`` makes, as a stored code
                plan.append((site.index, cat))
                enrolled[cat] += 1
                years_in_touch[cat] += years
        self.rate_factor = self._rate_factor(enrolled, years_in_touch)

    def _rate_factor(self, enrolled: dict[str, int], years_in_touch: dict[str, float]) -> float:
        """How much the refill and reversal rates are scaled so the whole run yields about the events asked for."""
        fixed = float(sum(self.anonymous)) + REFRESHERS_PER_YEAR * sum(years_in_touch.values())
        at_enrolment = {c: TRAINED_AT_ENROLMENT.get(c, 0.85) + KIT_AT_ENROLMENT.get(c, 0.95) for c in enrolled}
        fixed += sum(n * at_enrolment[c] for c, n in enrolled.items())
        per_year = {
            c: catalog.REFILLS_BY_CATEGORY[c] + catalog.REVERSALS_BY_CATEGORY[c] * (1 + REFILL_AFTER_REVERSAL)
            for c in years_in_touch
        }
        variable = sum(per_year[c] * years for c, years in years_in_touch.items())
        return max(0.0, (self.spec.target_events - fixed) / variable) if variable else 0.0

    def _monthly_kits(self) -> list[float]:
        """Each site's expected kits a month, to size its shipments."""
        total_volume = sum(s.volume for s in self.program.sites)
        kits = self.spec.target_events * 0.75 * 1.5
        months = self.calendar.days / 30.4
        return [kits * s.volume / total_volume / months for s in self.program.sites]

    def setup(self) -> Rows:
        """Sites, staff, products and lots: the rows every event points at."""
        rows, self.rows = self.rows, empty_rows()
        self.stock.rows = self.rows
        for table, table_rows in rows.items():
            self.counts[table] += len(table_rows)
        return rows

    # -- the days ------------------------------------------------------------------------------------
    # The methods below run once per event: they read what they need into locals and pick from pools'
    # value tuples inline (``values[int(random() * len(values))]``, the same draw as ``Pool.__call__``).

    def _hot_tables(self) -> None:
        """Per-category and per-kind lookups the event methods use, computed once before the days run."""
        factor = self.rate_factor
        refills = {str(c): factor * r for c, r in catalog.REFILLS_BY_CATEGORY.items()}
        reversals = {str(c): factor * r for c, r in catalog.REVERSALS_BY_CATEGORY.items()}
        # Rates in events a day (as ``expovariate`` takes them), None when the process never fires.
        self._refill_rate = {c: r / 365 if r > 0 else None for c, r in refills.items()}
        self._reversal_rate = {c: r / 365 if r > 0 else None for c, r in reversals.items()}
        self._refresher_rate = REFRESHERS_PER_YEAR / 365
        self._quantities = {c: self.quantities[c == PROVIDER].values for c in refills}
        self._reason_values = self.reasons.values
        self._sites = self.program.sites
        self._products = self.program.products
        self._product_ids = [p.id for p in self.program.products]
        self._random = self.draw.random
        self._stamp = self.clock.stamp
        self._iso = self.calendar.iso
        self._formats = {k: pool.values for k, pool in self.formats.items()}
        self._product_values = {k: [pool.values for pool in pools] for k, pools in self.product_pools.items()}
        self._community = {}  # region -> its sites that are not prisons

    def chunks(self, events_per_chunk: int = 50_000) -> Iterator[Rows]:
        """Rows of the whole period in date order, handed over every ``events_per_chunk`` events or so.

        The first chunk is a tenth of that, so the writer starts sooner.
        """
        cal, sites = self.calendar, self.program.sites
        self._hot_tables()
        self._agenda: list[list[int]] = [[] for _ in range(cal.days)]
        self._ids: list[str] = []
        self._event_site: list[int] = []
        self._category: list[str] = []
        self._until: list[int] = []
        self._groups: dict[tuple[int, int], str] = {}
        self._certificates = 0
        random = self._random
        anonymous_categories = self.anonymous_categories.values
        anonymous_quantities = self.anonymous_quantities.values
        follow_up, dispense, enrol, plan = self._follow_up, self._dispense, self._enrol, self.plan
        next_participant = 0
        hand_over_at = max(1, events_per_chunk // 10)
        for day in range(cal.days):
            if day % 7 == 0:
                self._groups.clear()  # group sessions last a day, pre-release classes a week
            for _ in range(self.enrolments[day]):
                site, cat = plan[next_participant]
                enrol(day, next_participant, sites[site], cat)
                next_participant += 1
            for item in self._agenda[day]:
                follow_up(day, item >> 2, item & 3)
            self._agenda[day] = []
            open_community = self.open_community[day]
            for _ in range(self.anonymous[day]):
                site = sites[open_community()]
                staff = site.staff[int(random() * len(site.staff))]
                category = anonymous_categories[int(random() * len(anonymous_categories))]
                quantity = anonymous_quantities[int(random() * len(anonymous_quantities))]
                source = EVENT if quantity >= 12 else site.source
                dispense(day, site, NULL, category, NEW, NULL, quantity, staff, source)
            rows = self.rows
            if len(rows["dispensings"]) + len(rows["attendance"]) + len(rows["reversals"]) >= hand_over_at:
                yield self._hand_over()
                hand_over_at = events_per_chunk
        if any(self.rows.values()):
            yield self._hand_over()

    def _hand_over(self) -> Rows:
        rows, self.rows = self.rows, empty_rows()
        self.stock.rows = self.rows
        for table, table_rows in rows.items():
            self.counts[table] += len(table_rows)
        return rows

    @property
    def events(self) -> int:
        return sum(self.counts[t] for t in EVENT_TABLES)

    def _schedule(self, person: int, kind: int, after_day: int, rate: float | None) -> None:
        """Put the next event of ``kind`` on the agenda, ``rate`` a day (an exponential wait) after ``after_day``."""
        if rate is None:
            return
        day = after_day + 1 + int(-log(1.0 - self._random()) / rate)  # what ``random.expovariate`` draws
        if day <= self._until[person]:
            self._agenda[day].append(person << 2 | kind)

    def _enrol(self, day: int, person: int, site: SiteInfo, cat: str) -> None:
        cal, random = self.calendar, self._random
        custody = cat == CUSTODY
        staff = site.staff[int(random() * len(site.staff))]
        pid, created = self._stamp(day)
        columns = self.people.make(day, site, cat, named=random() < (0.95 if custody else 0.08))
        expected = released = NULL
        start = day
        if custody:
            expected_day = day + 7 + int(random() * 144)
            released_day = expected_day - 3 + int(random() * 14)
            expected = (cal.start + dt.timedelta(days=expected_day)).isoformat()
            if released_day < cal.days:
                released, start = cal.iso[released_day], released_day
            else:
                start = cal.days  # still inside at the end of the period
        self.rows["participants"].append((pid, created, staff, site.device, *columns, expected, released))
        self._ids.append(pid)
        self._category.append(cat)
        event_site = site
        if custody or random() < 0.1:  # after release, people come back to a community site in the region
            event_site = self._community_site(site, start)
        self._event_site.append(event_site.index)
        self._until.append(min(cal.days - 1, start + int(-log(1.0 - random()) / (1 / MEAN_SPAN_DAYS))))
        session = NULL
        if random() < TRAINED_AT_ENROLMENT.get(cat, 0.85):
            formats = self._formats[site.kind]
            session = self._attend(day, person, site, formats[int(random() * len(formats))], staff)
        if random() < KIT_AT_ENROLMENT.get(cat, 0.95):
            if not custody:
                quantities = self._quantities[cat]
                quantity = quantities[int(random() * len(quantities))]
                self._dispense(day, site, pid, cat, NEW, NULL, quantity, staff, None, session)
            elif start < cal.days:
                self._agenda[start].append(person << 2 | RELEASE_KIT)
        schedule = self._schedule
        schedule(person, REFILL, start, self._refill_rate[cat])
        schedule(person, REVERSAL, start, self._reversal_rate[cat])
        schedule(person, REFRESHER, start, self._refresher_rate)

    def _community_site(self, home: SiteInfo, day: int) -> SiteInfo:
        """A site in ``home``'s region that is not a prison and is open on ``day``, else any open one."""
        region = self._community.get(home.region)
        if region is None:
            region = self._community[home.region] = [
                s for s in self.program.sites_by_region[home.region] if s.kind is not CORRECTIONAL
            ]
        day = min(day, self.calendar.days - 1)
        if region:
            random = self._random
            for _ in range(8):
                site = region[int(random() * len(region))]
                if site.opened_day <= day:
                    return site
        return self._sites[self.open_community[day]()]

    def _follow_up(self, day: int, person: int, kind: int) -> None:
        random = self._random
        site = self._sites[self._event_site[person]]
        if kind != RELEASE_KIT and random() < 0.15:
            site = self._community_site(site, day)
        cat = self._category[person]
        staff = site.staff[int(random() * len(site.staff))]
        pid = self._ids[person]
        if kind == REFILL:
            reasons = self._reason_values
            reason = reasons[int(random() * len(reasons))]
            quantities = self._quantities[cat]
            quantity = quantities[int(random() * len(quantities))]
            self._dispense(day, site, pid, cat, REFILLED, reason, quantity, staff, None)
            self._schedule(person, REFILL, day, self._refill_rate[cat])
        elif kind == REVERSAL:
            products = self._product_values[site.kind][self.era_of_day[day]]
            product = products[int(random() * len(products))]
            reversal = self._reversal(day, site, pid, product, staff)
            if random() < REFILL_AFTER_REVERSAL:
                self._dispense(day, site, pid, cat, REFILLED, USED, 1, staff, None, NULL, reversal)
            self._schedule(person, REVERSAL, day, self._reversal_rate[cat])
        elif kind == REFRESHER:
            self._attend(day, person, site, GROUP if site.kind is not PHARMACY else INDIVIDUAL, staff)
            self._schedule(person, REFRESHER, day, self._refresher_rate)
        else:  # the kit placed in the person's property is handed over at release
            home = self._sites[self.plan[person][0]]
            staff = home.staff[int(random() * len(home.staff))]
            self._dispense(day, home, pid, cat, NEW, NULL, 1, staff, PRISON_RELEASE)

    def _attend(self, day: int, person: int, site: SiteInfo, fmt: TrainingFormat, staff: str) -> str:
        """Put ``person`` in a session at ``site`` (joining the day's group or the week's class); its id."""
        random = self._random
        group = fmt is not INDIVIDUAL
        session = None
        if group:
            key = (site.index, day if fmt is not PRE_RELEASE_CLASS else -1 - day // 7)
            session = self._groups.get(key)
        if session is None:
            session, created = self._stamp(day)
            topics = self.topics[fmt]()
            self.rows["training_sessions"].append(
                (session, created, staff, site.device, self._iso[day], site.id, NULL, fmt.value, topics)
            )
            if group:
                self._groups[key] = session
        row_id, created = self._stamp(day)
        pre = post = certificate = NULL
        if group and random() < 0.5:
            pre = (3 + int(random() * 6)) * 10
            post = min(100, pre + int(random() * 5) * 10)
        completed = 0 if random() < 0.03 else 1
        if group and completed and random() < 0.6:
            self._certificates += 1
            certificate = f"C{self._certificates:08d}"
        self.rows["attendance"].append(
            (row_id, created, staff, site.device, session, self._ids[person], pre, post, completed, certificate)
        )
        return session

    def _reversal(self, day: int, site: SiteInfo, reporter: str, product_index: int, staff: str) -> str:
        random = self._random
        product = self._products[product_index]
        overdose_day = max(0, day - int(-log(1.0 - random()) / (1 / 4)))
        time = f"{int(random() * 24):02d}:{int(random() * 60):02d}:00.000000" if random() < 0.6 else NULL
        detail = self.reversal_details[int(random() * 4096)]
        doses = DOSES[int(random() * 6)] if product.doses > 1 else 1
        zip_code = f"{site.zip_prefix}{1 + int(random() * 99):02d}" if random() < 0.5 else NULL
        county = site.county if random() < 0.7 else NULL
        row_id, created = self._stamp(day)
        self.rows["reversals"].append(
            (
                row_id,
                created,
                staff,
                site.device,
                self._iso[overdose_day],
                time,
                site.id,
                reporter,
                zip_code,
                county,
                *detail[:9],
                product.id,
                doses,
                product.route,
                *detail[9:],
            )
        )
        return row_id

    def _dispense(
        self,
        day: int,
        site: SiteInfo,
        participant: str,
        category: str,
        supply: str,
        reason: str,
        quantity: int,
        staff: str,
        source: str | None,
        session: str = NULL,
        reversal: str = NULL,
    ) -> None:
        era = self.era_of_day[day]
        kind = site.kind
        products = self._product_values[kind][era]
        product = products[int(self._random() * len(products))]
        lot = self.stock.take(site, product, quantity, day, self.product_shares[kind][era][product])
        row_id, created = self._stamp(day)
        self.rows["dispensings"].append(
            (
                row_id,
                created,
                staff,
                site.device,
                self._iso[day],
                site.id,
                participant,
                category,
                self._product_ids[product],
                lot.id,
                quantity,
                supply,
                reason,
                source or site.source,
                session,
                reversal,
            )
        )
