"""Linkage to care in the demo program: the providers it refers people to, referrals made at enrolment, at release
and after a reported overdose, and the follow-ups that come of them and of releases.

Rates follow what programs report: most referrals are not known to connect and many people are lost to contact;
a warm hand-off connects about twice as often. Laid out a column at a time like the other events, from a random
stream of its own, so adding linkage leaves every other generated value as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from oend.demo.arrays import Index, below, chance, objects, weighted
from oend.demo.reference import SETUP_DEVICE
from oend.demo.rows import NULL, Rows, synced
from oend.demo.values import Calendar, Clock
from oend.model.codes import ReferralKind, ReferralOutcome, ReferralSource

Table = dict[str, np.ndarray]
NONE = -1
Kind, Source, Result = ReferralKind, ReferralSource, ReferralOutcome
KIND_CODES = objects(k.value for k in Kind)
SOURCE_CODES = objects(s.value for s in Source)
OUTCOME_CODES = objects([*(o.value for o in Result), NULL])  # position -1: no outcome recorded yet
PROVIDERS = (
    ("Harbor Street Clinic", Kind.MOUD_BUPRENORPHINE),
    ("Bridge Methadone Program", Kind.MOUD_METHADONE),
    ("Northside Treatment Center", Kind.OTHER_TREATMENT),
    ("Peer Recovery Coaches", Kind.PEER_RECOVERY),
    ("Open Door Recovery Community Center", Kind.RECOVERY_COMMUNITY),
    ("Needle Exchange Collective", Kind.SYRINGE_SERVICES),
    ("County Housing Office", Kind.HOUSING),
    ("Riverside Mental Health", Kind.MENTAL_HEALTH),
    ("Community Health Center", Kind.PRIMARY_CARE),
    ("Benefits Navigation Desk", Kind.BENEFITS),
)
# The kinds of service referred to, by where the referral was made (weights in ``Kind`` order).
KIND_WEIGHTS = {
    Source.PARTICIPANT: (14, 5, 2, 6, 10, 12, 14, 9, 12, 10, 6),
    Source.RELEASE: (22, 10, 12, 6, 14, 10, 3, 14, 4, 5, 0),
    Source.REVERSAL: (26, 8, 2, 8, 20, 8, 4, 4, 8, 8, 4),
}
REFERRED_AT_ENROLMENT = 0.12  # of people who use drugs, when they enrol
REFERRED_AT_RELEASE = 0.45
REFERRED_AFTER_REVERSAL = 0.3
REPORTER_REFERRED = 0.5  # a referral after an overdose is for the reporter; otherwise for the survivor, not enrolled
NAMED_PROVIDER = 0.7
WARM_HANDOFF = 0.3
CONSENT = 0.55
CONNECTED, CONNECTED_IF_WARM = 0.16, 0.34
DECLINED, LOST = 0.08, 0.45  # of the rest: the remainder is "not yet"
FOLLOWED_UP_AFTER_RELEASE = 0.5
FOLLOW_UP_DAYS = np.array((7, 30, 90))
FOLLOW_UP_DONE = np.array((0.6, 0.45, 0.35))  # fewer of the later check-ups are made
CONTACT_MADE = 0.5


@dataclass(frozen=True)
class Sources:
    """The events a referral can be made from, as the simulation laid them out (positions, day numbers)."""

    enrolled_day: Index
    home: Index
    at_risk: np.ndarray  # per participant: a person who uses drugs
    released_day: Index  # per participant: the day they left custody, or past the period
    custody: np.ndarray
    report_day: Index
    report_site: Index
    reporter: Index


def provider_rows(clock: Clock, rows: Rows) -> np.ndarray:
    """The program's providers, written with its set-up; returns their stored ids by position."""
    count = len(PROVIDERS)
    days, times = np.zeros(count, dtype=np.int64), np.arange(count, dtype=np.int64)
    ids = clock.ids(days, times, clock.reserve(count))
    created = clock.created(days, times)
    for row_id, made, (name, kind) in zip(ids, created, PROVIDERS, strict=True):
        rows["providers"].append((*synced(row_id, made, NULL, SETUP_DEVICE), name, kind.value, NULL, 1))
    return objects([*ids, NULL])


def _kinds(random: np.random.Generator, source: Index) -> Index:
    kinds = np.empty(len(source), dtype=np.int64)
    for kind, weights in KIND_WEIGHTS.items():
        rows = np.flatnonzero(source == tuple(Source).index(kind))
        kinds[rows] = weighted(random, weights, len(rows))
    return kinds


def lay_out(random: np.random.Generator, calendar: Calendar, s: Sources) -> tuple[Table, Table]:
    """Referrals and follow-ups of the whole period, each table in date order of the day it was recorded."""
    last = calendar.days - 1
    people = np.arange(len(s.enrolled_day))
    enrolled = np.flatnonzero(s.at_risk & chance(random, REFERRED_AT_ENROLMENT, len(people)))
    released = np.flatnonzero(s.custody & (s.released_day <= last) & chance(random, REFERRED_AT_RELEASE, len(people)))
    reported = np.flatnonzero(chance(random, REFERRED_AFTER_REVERSAL, len(s.report_day)))
    for_reporter = chance(random, REPORTER_REFERRED, len(reported))
    index = tuple(Source).index
    referrals: Table = {
        "day": np.concatenate((s.enrolled_day[enrolled], s.released_day[released], s.report_day[reported])),
        "site": np.concatenate((s.home[enrolled], s.home[released], s.report_site[reported])),
        "person": np.concatenate((enrolled, released, np.where(for_reporter, s.reporter[reported], NONE))),
        "source": np.repeat(
            [index(Source.PARTICIPANT), index(Source.RELEASE), index(Source.REVERSAL)],
            (len(enrolled), len(released), len(reported)),
        ),
        "report": np.concatenate((np.full(len(enrolled) + len(released), NONE), reported)),
    }
    count = len(referrals["day"])
    referrals["kind"] = _kinds(random, referrals["source"])
    named = chance(random, NAMED_PROVIDER, count)
    referrals["provider"] = np.where(named, below(random, np.full(count, len(PROVIDERS))), NONE)
    referrals["warm"] = chance(random, WARM_HANDOFF, count)
    referrals["consent"] = chance(random, CONSENT, count) & (referrals["person"] != NONE)
    draw, connect = random.random(count), np.where(referrals["warm"], CONNECTED_IF_WARM, CONNECTED)
    outcome = np.select(
        [draw < connect, draw < connect + DECLINED, draw < connect + DECLINED + LOST],
        [tuple(Result).index(r) for r in (Result.CONNECTED, Result.DECLINED, Result.LOST_TO_CONTACT)],
        tuple(Result).index(Result.NOT_YET),
    )
    connected = outcome == tuple(Result).index(Result.CONNECTED)
    lag = np.where(connected, 1 + random.exponential(10, count), 7 + random.exponential(30, count)).astype(np.int64)
    known = referrals["day"] + lag <= last
    referrals["outcome"] = np.where(known, outcome, NONE)
    referrals["outcome_day"] = np.where(known, referrals["day"] + lag, NONE)
    closes = known & (outcome != tuple(Result).index(Result.NOT_YET)) & chance(random, 0.7, count)
    referrals["closed_day"] = np.where(closes, referrals["day"] + lag, NONE)
    order = np.argsort(referrals["day"], kind="stable")
    referrals = {name: column[order] for name, column in referrals.items()}
    return referrals, _follow_ups(random, last, referrals, s, people)


def _follow_ups(random: np.random.Generator, last: int, r: Table, s: Sources, people: Index) -> Table:
    """Check-ups at 7, 30 and 90 days after each consenting referral, and after some releases."""
    consented = np.flatnonzero(r["consent"])
    released = people[s.custody & (s.released_day <= last) & chance(random, FOLLOWED_UP_AFTER_RELEASE, len(people))]
    steps = len(FOLLOW_UP_DAYS)
    owners = len(consented) + len(released)
    made = np.concatenate((r["day"][consented], s.released_day[released]))
    table: Table = {
        "day": np.repeat(made, steps),
        "referral": np.repeat(np.concatenate((consented, np.full(len(released), NONE))), steps),
        "person": np.repeat(np.concatenate((r["person"][consented], released)), steps),
        "site": np.repeat(np.concatenate((r["site"][consented], s.home[released])), steps),
        "released": np.repeat(np.concatenate((np.full(len(consented), NONE), s.released_day[released])), steps),
        "due": np.repeat(made, steps) + np.tile(FOLLOW_UP_DAYS, owners),
    }
    count = len(table["day"])
    late = below(random, np.full(count, 6))
    done = (table["due"] + late <= last) & chance(random, np.tile(FOLLOW_UP_DONE, owners), count)
    table["done"] = np.where(done, table["due"] + late, NONE)
    contact = done & chance(random, CONTACT_MADE, count)
    table["contact"] = np.where(done, contact.astype(np.int64), NONE)
    of_referral = table["referral"] != NONE
    joined = np.zeros(count, dtype=bool)
    joined[of_referral] = r["outcome"][table["referral"][of_referral]] == tuple(Result).index(Result.CONNECTED)
    table["connected"] = np.where(contact & of_referral, joined.astype(np.int64), NONE)
    order = np.argsort(table["day"], kind="stable")
    return {name: column[order] for name, column in table.items()}


def flag(values: np.ndarray) -> list[object]:
    """A 0/1 column with -1 for no answer, as stored values."""
    return [NULL if v == NONE else v for v in values.tolist()]


@dataclass(frozen=True)
class Places:
    """The ids a referral row names besides people: its site's and its provider's."""

    sites: np.ndarray
    providers: np.ndarray


def referral_columns(
    r: Table, a: int, b: int, cal: Calendar, ids: dict[str, np.ndarray], places: Places
) -> list[list[object]]:
    """The columns of referrals ``a`` to ``b`` after their sync columns, in the table's order."""
    source, report = r["source"][a:b], r["report"][a:b]
    person_ids = ids["participants"][r["person"][a:b]]
    return [
        cal.iso_of(r["day"][a:b]),
        places.sites[r["site"][a:b]].tolist(),
        person_ids.tolist(),
        KIND_CODES[r["kind"][a:b]].tolist(),
        places.providers[r["provider"][a:b]].tolist(),
        r["warm"][a:b].astype(np.int64).tolist(),
        r["consent"][a:b].astype(np.int64).tolist(),
        SOURCE_CODES[source].tolist(),
        np.where(report == NONE, person_ids, ids["reversals"][report]).tolist(),
        OUTCOME_CODES[r["outcome"][a:b]].tolist(),
        cal.iso_of(r["outcome_day"][a:b]),
        cal.iso_of(r["closed_day"][a:b]),
    ]


def follow_up_columns(
    f: Table, a: int, b: int, cal: Calendar, ids: dict[str, np.ndarray], sites: np.ndarray
) -> list[list[object]]:
    """The columns of follow-ups ``a`` to ``b`` after their sync columns, in the table's order."""
    return [
        ids["referrals"][f["referral"][a:b]].tolist(),
        ids["participants"][f["person"][a:b]].tolist(),
        cal.iso_of(f["released"][a:b]),
        sites[f["site"][a:b]].tolist(),
        cal.iso_of(f["due"][a:b]),
        cal.iso_of(f["done"][a:b]),
        flag(f["contact"][a:b]),
        flag(f["connected"][a:b]),
    ]
