"""The program's life: people enrol and train, take kits, come back for refills, report reversals, are referred
to services and followed up (``oend.demo.linkage``).

Each participant runs three random processes (refills, reversal reports, refresher trainings) at
rates set by their category and scaled so the whole run yields about the requested number of events.
The whole period is laid out first, a column at a time (``oend.demo.arrays``); its rows are then
made a few weeks at a time, in date order, the order stock is followed in: shipments arrive before
they are dispensed and lots expire on time (``Stock``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from oend.demo import catalog, linkage
from oend.demo.arrays import Index, below, by_group, chance, objects
from oend.demo.habits import FORMATS_ALL, REASONS, REVERSAL_DETAILS, Habits
from oend.demo.people import CATEGORIES, CATEGORY_CODES, Enrolled, People
from oend.demo.places import KINDS, Places
from oend.demo.reference import build_program
from oend.demo.rows import EVENT_TABLES, NULL, Row, Rows, empty_rows
from oend.demo.spec import DemoSpec
from oend.demo.stock import Stock
from oend.demo.values import Calendar, Clock, Draw
from oend.model.codes import (
    ParticipantCategory,
    RefillReason,
    SiteKind,
    SupplySource,
    SupplyType,
    TrainingFormat,
)

Cat = ParticipantCategory
Table = dict[str, np.ndarray]  # one array per field, a row per position
CUSTODY, PROVIDER = CATEGORIES.index(Cat.LEAVING_CUSTODY), CATEGORIES.index(Cat.SERVICE_PROVIDER)
FORMAT_CODES = objects(f.value for f in FORMATS_ALL)
INDIVIDUAL, GROUP = FORMATS_ALL.index(TrainingFormat.INDIVIDUAL), FORMATS_ALL.index(TrainingFormat.GROUP)
PRE_RELEASE_CLASS = FORMATS_ALL.index(TrainingFormat.PRE_RELEASE_CLASS)
REASON_CODES = objects([*(r.value for r in REASONS), NULL])  # position -1: no reason
USED, LOST = REASONS.index(RefillReason.USED_ON_SOMEONE), REASONS.index(RefillReason.LOST)
SUPPLY_CODES = objects((SupplyType.NEW.value, SupplyType.REFILL.value))
NEW, REFILL = 0, 1
SOURCES = tuple(SupplySource)
SOURCE_CODES = objects(s.value for s in SOURCES)
EVENT, PRISON_RELEASE = SOURCES.index(SupplySource.EVENT), SOURCES.index(SupplySource.PRISON_RELEASE)
NONE = -1  # no row referred to, no reason given, or the site's own supply source
DOSES = np.array((1, 1, 1, 2, 2, 3))  # doses given when a kit holds more than one
MEAN_SPAN_DAYS = 900  # how long a participant stays in touch with the program, on average
REFRESHERS_PER_YEAR = 0.12
REFILL_AFTER_REVERSAL = 0.6  # share of reversal reports that come with a request for a replacement kit
ANONYMOUS_PER_PARTICIPANT = 0.45  # kits handed over with no record of the person
MOVED_FOR_A_VISIT = 0.15  # share of return visits made at another community site of the region
TRAINED_AT_ENROLMENT = {Cat.AT_RISK: 0.9, Cat.FAMILY_FRIEND: 0.95, Cat.SERVICE_PROVIDER: 1.0}
KIT_AT_ENROLMENT = {Cat.SERVICE_PROVIDER: 0.75, Cat.COMMUNITY_MEMBER: 0.85, Cat.LEAVING_CUSTODY: 0.82}
TRAINED = np.array([TRAINED_AT_ENROLMENT.get(c, 0.85) for c in CATEGORIES])
KIT = np.array([KIT_AT_ENROLMENT.get(c, 0.95) for c in CATEGORIES])


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


def _by_day(table: Table) -> Table:
    """The rows of ``table`` in date order (rows of one day keep their order)."""
    order = np.argsort(table["day"], kind="stable")
    return {name: column[order] for name, column in table.items()}


def _joined(*parts: Table) -> Table:
    return {name: np.concatenate([part[name] for part in parts]) for name in parts[0]}


class Simulation:
    """Makes the rows of a demo database: ``setup()`` first, then ``chunks()`` of events in date order.

    ``chunks()`` first lays out the whole period, which holds some 1.5 KB a participant.
    """

    def __init__(self, spec: DemoSpec):
        self.spec = spec
        start, end = spec.period()
        self.calendar = cal = Calendar(start, end)
        self.draw = draw = Draw(spec.seed)
        self.random = np.random.default_rng(spec.seed)
        self.clock = Clock(draw, cal)
        self.rows = empty_rows()
        self.program = build_program(draw, self.clock, cal, spec.participants, self.rows)
        self.provider_ids = linkage.provider_rows(self.clock, self.rows)
        self.linkage_random = np.random.default_rng([spec.seed, 19])  # its own stream: the rest stays as it was
        self.places = Places(self.program, cal.days)
        self.people = People(cal, self.places)
        self.counts: dict[str, int] = dict.fromkeys(self.rows, 0)
        self.habits = Habits(draw, self.program, cal.days)
        self._plan()
        self.stock = Stock(self.program, draw, self.clock, cal, self._monthly_kits())

    # -- set-up --------------------------------------------------------------------------------------

    def _plan(self) -> None:
        """Who enrols on which day, where, in which category; and the rate that hits the event target."""
        cal, spec, random = self.calendar, self.spec, self.random
        weights = [(0.5 + day / cal.days) * (0.4 if cal.dates[day].weekday() >= 5 else 1.0) for day in range(cal.days)]
        self.anonymous = _spread(round(spec.participants * ANONYMOUS_PER_PARTICIPANT), weights)
        days = np.repeat(np.arange(cal.days), _spread(spec.participants, weights))
        homes = self.places.by_volume(random, days)
        categories = np.empty(len(days), dtype=np.int64)
        for kind, rows in by_group(self.places.kind[homes], len(KINDS)):
            categories[rows] = self.habits.categories[kind](random, len(rows))
        named = chance(random, np.where(categories == CUSTODY, 0.95, 0.08), len(days))
        self.enrolled = Enrolled(days, homes, categories, named)
        years = MEAN_SPAN_DAYS * (1 - np.exp(-(cal.days - days) / MEAN_SPAN_DAYS)) / 365
        self.rate_factor = self._rate_factor(
            np.bincount(categories, minlength=len(CATEGORIES)),
            np.bincount(categories, weights=years, minlength=len(CATEGORIES)),
        )

    def _rate_factor(self, enrolled: np.ndarray, years_in_touch: np.ndarray) -> float:
        """How much the refill and reversal rates are scaled so the whole run yields about the events asked for."""
        fixed = float(sum(self.anonymous)) + REFRESHERS_PER_YEAR * years_in_touch.sum()
        fixed += float((enrolled * (TRAINED + KIT)).sum())
        per_year = np.array(
            [
                catalog.REFILLS_BY_CATEGORY[c] + catalog.REVERSALS_BY_CATEGORY[c] * (1 + REFILL_AFTER_REVERSAL)
                for c in CATEGORIES
            ]
        )
        variable = float((per_year * years_in_touch).sum())
        return max(0.0, (self.spec.target_events - fixed) / variable) if variable else 0.0

    def _monthly_kits(self) -> list[float]:
        """Each site's expected kits a month, to size its shipments."""
        total_volume = sum(s.volume for s in self.program.sites)
        kits = self.spec.target_events * 0.75 * 1.5
        months = self.calendar.days / 30.4
        return [kits * s.volume / total_volume / months for s in self.program.sites]

    def setup(self) -> Rows:
        """Sites, staff, products and lots: the rows every event points at."""
        for table, table_rows in self.rows.items():
            self.counts[table] += len(table_rows)
        return self.rows

    # -- the period, laid out ------------------------------------------------------------------------

    def _lay_out(self) -> None:
        """Every participant's life and every event of the period, as columns in date order."""
        cal, random, places, who = self.calendar, self.random, self.places, self.enrolled
        count, categories, homes = len(who.days), who.categories, who.homes
        custody = categories == CUSTODY
        expected = who.days + 7 + below(random, np.full(count, 144))
        released = expected - 3 + below(random, np.full(count, 14))
        self.start = start = np.where(custody, np.minimum(released, cal.days), who.days)  # inside until released
        moves = np.flatnonzero(custody | chance(random, 0.1, count))  # come back to a community site of the region
        self.event_site = homes.copy()
        self.event_site[moves] = places.nearby(random, homes[moves], start[moves])
        self.until = np.minimum(cal.days - 1, start + random.exponential(MEAN_SPAN_DAYS, count).astype(np.int64))
        trained, kit = chance(random, TRAINED[categories], count), chance(random, KIT[categories], count)
        staff = places.staff(random, homes)
        self.participants = {"day": who.days, "site": homes, "staff": staff, "expected": expected, "released": released}
        enrolment_session = self._trainings(np.flatnonzero(trained), staff)
        self._reports()
        self._hand_overs(kit, staff, enrolment_session)
        self._linkage(custody, released)

    def _linkage(self, custody: np.ndarray, released: Index) -> None:
        """Referrals at enrolment, at release and after reported overdoses, and the follow-ups they bring."""
        who, r, random = self.enrolled, self.reversals, self.linkage_random
        at_risk = who.categories == CATEGORIES.index(Cat.AT_RISK)
        sources = linkage.Sources(who.days, who.homes, at_risk, released, custody, r["day"], r["site"], r["person"])
        self.referrals, self.follow_ups = linkage.lay_out(random, self.calendar, sources)
        for table in (self.referrals, self.follow_ups):
            table["staff"] = self.places.staff(random, table["site"])

    def _trainings(self, first: Index, staff: Index) -> Index:
        """Trainings at enrolment (of the people ``first``, by the staff who enrolled them) and refreshers later.

        Returns each participant's session at enrolment, or ``NONE``.
        """
        random, places, homes = self.random, self.places, self.enrolled.homes
        formats = np.empty(len(first), dtype=np.int64)
        for kind, rows in by_group(places.kind[homes[first]], len(KINDS)):
            formats[rows] = self.habits.formats[kind](random, len(rows))
        people, days = self._renewals(np.full(len(homes), REFRESHERS_PER_YEAR / 365))
        sites, refresher_staff = self._visit(people, days)
        pharmacy = places.kind[sites] == KINDS.index(SiteKind.PHARMACY)
        attendance = _joined(
            {"day": self.enrolled.days[first], "site": homes[first], "person": first, "format": formats},
            {"day": days, "site": sites, "person": people, "format": np.where(pharmacy, INDIVIDUAL, GROUP)},
        )
        attendance["staff"] = np.concatenate((staff[first], refresher_staff))
        attendance["enrolment"] = np.arange(len(attendance["day"])) < len(first)
        self._sessions(_by_day(attendance))
        enrolment_session = np.full(len(homes), NONE)
        rows = np.flatnonzero(self.attendance["enrolment"])
        enrolment_session[self.attendance["person"][rows]] = self.attendance["session"][rows]
        return enrolment_session

    def _reports(self) -> None:
        """Reversal reports, at rates by category."""
        rates = self.rate_factor * np.array([catalog.REVERSALS_BY_CATEGORY[c] for c in CATEGORIES]) / 365
        people, days = self._renewals(rates[self.enrolled.categories])
        sites, staff = self._visit(people, days)
        self.reversals = _by_day({"day": days, "site": sites, "person": people, "staff": staff})
        self._reversal_fields()

    def _hand_overs(self, kit: np.ndarray, staff: Index, enrolment_session: Index) -> None:
        """Kits at enrolment (at release, for people leaving custody), refills, replacements, and anonymous ones."""
        cal, random, who, r = self.calendar, self.random, self.enrolled, self.reversals
        custody = who.categories == CUSTODY
        given = np.flatnonzero(kit & ~custody)
        at_release = np.flatnonzero(kit & custody & (self.start < cal.days))
        rates = self.rate_factor * np.array([catalog.REFILLS_BY_CATEGORY[c] for c in CATEGORIES]) / 365
        refill_people, refill_days = self._renewals(rates[who.categories])
        refill_sites, refill_staff = self._visit(refill_people, refill_days)
        replaced = np.flatnonzero(chance(random, REFILL_AFTER_REVERSAL, len(r["day"])))
        anonymous_days = np.repeat(np.arange(cal.days), self.anonymous)
        anonymous_quantities = self.habits.anonymous_quantities(random, len(anonymous_days)).astype(np.int64)
        dispensings = _joined(
            self._kits(
                who.days[given], who.homes[given], given, NEW, staff=staff[given], session=enrolment_session[given]
            ),
            self._kits(
                self.start[at_release], who.homes[at_release], at_release, NEW, source=PRISON_RELEASE, quantity=1
            ),
            self._kits(refill_days, refill_sites, refill_people, REFILL, reason=None, staff=refill_staff),
            self._kits(
                r["day"][replaced],
                r["site"][replaced],
                r["person"][replaced],
                REFILL,
                reason=USED,
                staff=r["staff"][replaced],
                quantity=1,
                reversal=replaced,
            ),
            self._kits(
                anonymous_days,
                self.places.by_volume(random, anonymous_days, community=True),
                np.full(len(anonymous_days), NONE),
                NEW,
                source=np.where(anonymous_quantities >= 12, EVENT, NONE),
                quantity=anonymous_quantities,
            ),
        )
        self._first_then_refills(dispensings)
        anonymous = dispensings["person"] == NONE
        dispensings["category"] = who.categories[dispensings["person"]]  # anonymous ones get theirs here:
        dispensings["category"][anonymous] = self.habits.anonymous_categories(random, int(anonymous.sum()))
        self.dispensings = _by_day(dispensings)
        self._products(self.dispensings)

    def _first_then_refills(self, kits: Table) -> None:
        """A person's kits of their first day are new and later ones refills, as the app decides from history
        (a first kit from this program may replace one from elsewhere, and a kit at release follow a refill)."""
        known = np.flatnonzero(kits["person"] != NONE)
        people, days = kits["person"][known], kits["day"][known]
        first = np.full(len(self.enrolled.days), np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(first, people, days)
        on_first = days == first[people]
        kits["supply"][known[on_first]] = NEW
        kits["reason"][known[on_first]] = NONE
        later = known[~on_first]
        became = later[kits["supply"][later] == NEW]
        kits["supply"][became] = REFILL
        kits["reason"][became] = LOST

    def _renewals(self, rates: np.ndarray) -> tuple[Index, Index]:
        """The people and days of a process that fires ``rates`` times a day for each person in touch.

        The wait after each event (or after the person's first day) is exponential, at most one a day.
        """
        people = np.flatnonzero(rates > 0)
        day, rate, until = self.start[people], rates[people], self.until[people]
        found_people, found_days = [], []
        while len(people):
            day = day + 1 + (self.random.exponential(1.0, len(people)) / rate).astype(np.int64)
            keep = day <= until
            people, day, rate, until = people[keep], day[keep], rate[keep], until[keep]
            found_people.append(people)
            found_days.append(day)
        return np.concatenate(found_people), np.concatenate(found_days)

    def _visit(self, people: Index, days: Index) -> tuple[Index, Index]:
        """Where each return visit happens and who sees the person: mostly their usual site."""
        sites = self.event_site[people]
        moved = np.flatnonzero(chance(self.random, MOVED_FOR_A_VISIT, len(people)))
        sites[moved] = self.places.nearby(self.random, sites[moved], days[moved])
        return sites, self.places.staff(self.random, sites)

    def _kits(
        self,
        days: Index,
        sites: Index,
        people: Index,
        supply: int,
        *,
        reason: int | None = NONE,
        staff: Index | None = None,
        source: int | Index = NONE,
        session: int | Index = NONE,
        quantity: int | Index | None = None,
        reversal: int | Index = NONE,
    ) -> Table:
        """Hand-overs as columns; ``None`` for a reason, staff member or quantity means one drawn here."""
        count, random = len(days), self.random

        def each(value: int | Index) -> Index:
            return np.full(count, value, dtype=np.int64) if np.isscalar(value) else np.asarray(value, dtype=np.int64)

        if quantity is None:
            quantity = np.empty(count, dtype=np.int64)
            provider = self.enrolled.categories[people] == PROVIDER
            for flag in (False, True):
                rows = np.flatnonzero(provider == flag)
                quantity[rows] = self.habits.quantities[flag](random, len(rows))
        return {
            "day": days,
            "site": sites,
            "person": people,
            "supply": each(supply),
            "reason": each(self.habits.reasons(random, count) if reason is None else reason),
            "quantity": each(quantity),
            "staff": self.places.staff(random, sites) if staff is None else staff,
            "source": each(source),
            "session": each(session),
            "reversal": each(reversal),
        }

    def _sessions(self, attendance: Table) -> None:
        """The sessions people attend: their own, or the day's group or the week's pre-release class at the site."""
        cal, random = self.calendar, self.random
        count = len(attendance["day"])
        fmt, day = attendance["format"], attendance["day"]
        group = fmt != INDIVIDUAL
        slot = np.where(fmt == PRE_RELEASE_CLASS, cal.days + day // 7, day)
        key = np.where(group, attendance["site"] * (3 * cal.days) + slot, -1 - np.arange(count))
        _, first, session = np.unique(key, return_index=True, return_inverse=True)
        order = np.argsort(first, kind="stable")  # sessions in the order their first attendee came
        number = np.empty(len(order), dtype=np.int64)
        number[order] = np.arange(len(order))
        attendance["session"] = number[session.ravel()]
        first = first[order]
        self.sessions = {
            "day": day[first],
            "site": attendance["site"][first],
            "staff": attendance["staff"][first],
            "format": fmt[first],
        }
        self.sessions["topics"] = np.empty(len(first), dtype=object)
        for f, rows in by_group(self.sessions["format"], len(FORMATS_ALL)):
            self.sessions["topics"][rows] = self.habits.topics[f](random, len(rows))
        scored = np.flatnonzero(group & chance(random, 0.5, count))
        pre = np.full(count, NULL, dtype=object)
        post = np.full(count, NULL, dtype=object)
        pre_scores = (3 + below(random, np.full(len(scored), 6))) * 10
        pre[scored] = pre_scores.tolist()
        post[scored] = np.minimum(100, pre_scores + below(random, np.full(len(scored), 5)) * 10).tolist()
        completed = ~chance(random, 0.03, count)
        certified = group & completed & chance(random, 0.6, count)
        certificate = np.full(count, NULL, dtype=object)
        certificate[certified] = [f"C{n:08d}" for n in range(1, int(certified.sum()) + 1)]
        attendance |= {"pre": pre, "post": post, "completed": completed.astype(np.int64), "certificate": certificate}
        self.attendance = attendance

    def _reversal_fields(self) -> None:
        """What each report says: when the overdose happened, what was given, and its optional answers."""
        r, random, places = self.reversals, self.random, self.places
        count = len(r["day"])
        r["product"] = self._product_of(r["day"], r["site"])
        r["overdose_day"] = np.maximum(0, r["day"] - random.exponential(4, count).astype(np.int64))
        r["minutes"] = np.where(chance(random, 0.6, count), below(random, np.full(count, 24 * 60)), NONE)
        r["detail"] = below(random, np.full(count, REVERSAL_DETAILS))
        multi = np.array([p.doses > 1 for p in self.program.products])[r["product"]]
        r["doses"] = np.where(multi, DOSES[below(random, np.full(count, len(DOSES)))], 1)
        r["zip"] = np.where(chance(random, 0.5, count), 1 + below(random, np.full(count, 99)), NONE)
        r["county"] = np.where(chance(random, 0.7, count), places.counties[r["site"]], NULL)

    def _product_of(self, days: Index, sites: Index) -> Index:
        """A product for each hand-over or report, by the kind of site and the products on the market then."""
        group = self.places.kind[sites] * self.habits.product_shares.shape[1] + self.habits.era_of_day[days]
        products = np.empty(len(days), dtype=np.int64)
        for g, rows in by_group(group, self.habits.product_shares.shape[0] * self.habits.product_shares.shape[1]):
            kind, era = divmod(g, self.habits.product_shares.shape[1])
            cumulative = np.cumsum(self.habits.product_shares[kind, era])
            products[rows] = np.searchsorted(cumulative, self.random.random(len(rows)) * cumulative[-1], side="right")
        return products

    def _products(self, dispensings: Table) -> None:
        dispensings["product"] = product = self._product_of(dispensings["day"], dispensings["site"])
        kind, era = self.places.kind[dispensings["site"]], self.habits.era_of_day[dispensings["day"]]
        dispensings["share"] = self.habits.product_shares[kind, era, product]

    # -- rows, a few weeks at a time -----------------------------------------------------------------

    def chunks(self, events_per_chunk: int = 50_000) -> Iterator[Rows]:
        """Rows of the whole period in date order, handed over every ``events_per_chunk`` events or so.

        The first chunk is a tenth of that, so the writer starts sooner.
        """
        self._lay_out()
        self._stamp_all()
        days = self.calendar.days
        event_days = np.concatenate([self.dispensings["day"], self.attendance["day"], self.reversals["day"]])
        per_day = np.cumsum(np.bincount(event_days, minlength=days))
        start, handed, want = 0, 0, max(1, events_per_chunk // 10)
        while start < days:
            end = min(days, int(np.searchsorted(per_day, handed + want)) + 1)
            yield self._rows(start, end)
            handed, start, want = int(per_day[end - 1]), end, events_per_chunk

    @property
    def events(self) -> int:
        return sum(self.counts[t] for t in EVENT_TABLES)

    def _stamp_all(self) -> None:
        """Each row's time of day and sequence number; the ids other rows refer to, spelled out."""
        for table in (self.participants, self.sessions, self.attendance, self.reversals, self.dispensings):
            count = len(table["day"])
            table["time"] = self.random.integers(0, 4096, count)
            table["sequence"] = self.clock.reserve(count)
        for table in (self.referrals, self.follow_ups):  # from linkage's own stream, after every other draw
            table["time"] = self.linkage_random.integers(0, 4096, len(table["day"]))
            table["sequence"] = self.clock.reserve(len(table["day"]))
        referred = {
            "participants": self.participants,
            "sessions": self.sessions,
            "reversals": self.reversals,
            "referrals": self.referrals,
        }
        self._ids = {  # position -1: none
            name: objects([*self.clock.ids(t["day"], t["time"], t["sequence"]), NULL]) for name, t in referred.items()
        }

    def _rows(self, start: int, end: int) -> Rows:
        """The rows of days ``start`` to ``end`` (not included), with the shipments and write-offs their kits need."""
        rows = empty_rows()
        self.stock.rows = rows
        tables = (
            ("participants", self.participants, self._participant_rows),
            ("training_sessions", self.sessions, self._session_rows),
            ("attendance", self.attendance, self._attendance_rows),
            ("reversals", self.reversals, self._reversal_rows),
            ("dispensings", self.dispensings, self._dispensing_rows),
            ("referrals", self.referrals, self._referral_rows),
            ("follow_ups", self.follow_ups, self._follow_up_rows),
        )
        for name, table, make in tables:
            a, b = np.searchsorted(table["day"], (start, end))
            rows[name] = make(int(a), int(b)) if b > a else []
        for name, table_rows in rows.items():
            self.counts[name] += len(table_rows)
        return rows

    def _synced(self, table: Table, a: int, b: int, ids: list[str] | None = None) -> list[list[Any]]:
        """The sync columns of rows ``a`` to ``b``: id, created_at, created_by, device_id."""
        day, time = table["day"][a:b], table["time"][a:b]
        if ids is None:
            ids = self.clock.ids(day, time, table["sequence"][a:b])
        staff = self.places.staff_ids[table["staff"][a:b]].tolist()
        return [ids, self.clock.created(day, time), staff, self.places.devices[table["site"][a:b]].tolist()]

    def _participant_rows(self, a: int, b: int) -> list[Row]:
        p, cal = self.participants, self.calendar
        custody = self.enrolled.categories[a:b] == CUSTODY
        expected = np.where(custody, p["expected"][a:b], NONE)
        released = np.where(custody & (p["released"][a:b] < cal.days), p["released"][a:b], NONE)
        columns = self._synced(p, a, b, self._ids["participants"][a:b].tolist())
        columns += [column.tolist() for column in self.people.columns(self.random, self.enrolled[a:b])]
        columns += [cal.iso_of(expected), cal.iso_of(released)]
        return list(zip(*columns, strict=True))

    def _session_rows(self, a: int, b: int) -> list[Row]:
        s = self.sessions
        columns = self._synced(s, a, b, self._ids["sessions"][a:b].tolist())
        columns += [
            self.calendar.iso_of(s["day"][a:b]),
            self.places.ids[s["site"][a:b]].tolist(),
            [NULL] * (b - a),
            FORMAT_CODES[s["format"][a:b]].tolist(),
            s["topics"][a:b].tolist(),
        ]
        return list(zip(*columns, strict=True))

    def _attendance_rows(self, a: int, b: int) -> list[Row]:
        t = self.attendance
        columns = self._synced(t, a, b)
        columns += [
            self._ids["sessions"][t["session"][a:b]].tolist(),
            self._ids["participants"][t["person"][a:b]].tolist(),
            t["pre"][a:b].tolist(),
            t["post"][a:b].tolist(),
            t["completed"][a:b].tolist(),
            t["certificate"][a:b].tolist(),
        ]
        return list(zip(*columns, strict=True))

    def _reversal_rows(self, a: int, b: int) -> list[Row]:
        r, places, products = self.reversals, self.places, self.program.products
        sites, details = r["site"][a:b], r["detail"][a:b]
        zips = [
            f"{prefix}{n:02d}" if n != NONE else NULL
            for prefix, n in zip(places.zip_prefixes[sites].tolist(), r["zip"][a:b].tolist(), strict=True)
        ]
        product = r["product"][a:b].tolist()
        columns = self._synced(r, a, b, self._ids["reversals"][a:b].tolist())
        columns += [
            self.calendar.iso_of(r["overdose_day"][a:b]),
            [f"{m // 60:02d}:{m % 60:02d}:00.000000" if m != NONE else NULL for m in r["minutes"][a:b].tolist()],
            places.ids[sites].tolist(),
            self._ids["participants"][r["person"][a:b]].tolist(),
            zips,
            r["county"][a:b].tolist(),
            *(column[details].tolist() for column in self.habits.reversal_details[:9]),
            [products[p].id for p in product],
            r["doses"][a:b].tolist(),
            [products[p].route for p in product],
            *(column[details].tolist() for column in self.habits.reversal_details[9:]),
        ]
        return list(zip(*columns, strict=True))

    def _dispensing_rows(self, a: int, b: int) -> list[Row]:
        d, places = self.dispensings, self.places
        sites = d["site"][a:b]
        take, program_sites, products = self.stock.take, self.program.sites, self.program.products
        lots = [
            take(program_sites[site], product, quantity, day, share).id
            for site, product, quantity, day, share in zip(
                sites.tolist(),
                d["product"][a:b].tolist(),
                d["quantity"][a:b].tolist(),
                d["day"][a:b].tolist(),
                d["share"][a:b].tolist(),
                strict=True,
            )
        ]
        source = d["source"][a:b]
        source = np.where(source == NONE, places.sources[sites], SOURCE_CODES[source])
        columns = self._synced(d, a, b)
        columns += [
            self.calendar.iso_of(d["day"][a:b]),
            places.ids[sites].tolist(),
            self._ids["participants"][d["person"][a:b]].tolist(),
            CATEGORY_CODES[d["category"][a:b]].tolist(),
            [products[p].id for p in d["product"][a:b].tolist()],
            lots,
            d["quantity"][a:b].tolist(),
            SUPPLY_CODES[d["supply"][a:b]].tolist(),
            REASON_CODES[d["reason"][a:b]].tolist(),
            source.tolist(),
            self._ids["sessions"][d["session"][a:b]].tolist(),
            self._ids["reversals"][d["reversal"][a:b]].tolist(),
        ]
        return list(zip(*columns, strict=True))

    def _referral_rows(self, a: int, b: int) -> list[Row]:
        ids = self._ids
        columns = self._synced(self.referrals, a, b, ids["referrals"][a:b].tolist())
        places = linkage.Places(self.places.ids, self.provider_ids)
        columns += linkage.referral_columns(self.referrals, a, b, self.calendar, ids, places)
        return list(zip(*columns, strict=True))

    def _follow_up_rows(self, a: int, b: int) -> list[Row]:
        columns = self._synced(self.follow_ups, a, b)
        columns += linkage.follow_up_columns(self.follow_ups, a, b, self.calendar, self._ids, self.places.ids)
        return list(zip(*columns, strict=True))
