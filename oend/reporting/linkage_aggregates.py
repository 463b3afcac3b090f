"""Linkage to care as report measures: what counts as a referral, a connection or a follow-up in time is
decided once, in ``oend.queries.linkage_measures``; these measures break it down for templates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import String, distinct, func, type_coerce

from oend.model import (
    Participant,
    Provider,
    Referral,
    Reversal,
)
from oend.model.codes import (
    Answer,
    ReferralKind,
    ReferralOutcome,
    ReferralSource,
)
from oend.queries import linkage_measures
from oend.queries.planner import unindexed
from oend.reporting.measure_parts import (
    Dimension,
    Measure,
    Statistic,
    dimension_table,
    month_of,
    site_dims,
    site_joins,
    yes_no,
)


def _referral_dims() -> tuple[Dimension, ...]:
    return (
        *site_dims(),
        Dimension("referral_kind", "Kind of service", Referral.kind, (), ReferralKind),
        Dimension("provider", "Provider", Provider.name, ("provider",)),
        Dimension("referral_outcome", "Outcome of the referral", Referral.outcome, (), ReferralOutcome),
        Dimension("warm_handoff", "Warm hand-off", yes_no(Referral.warm_handoff), (), Answer),
        Dimension("referral_source", "Referred from", Referral.source_kind, (), ReferralSource),
        month_of(Referral.referred_on),
    )


def _referrals(
    name: str,
    label: str,
    value: Any,
    row_value: Any = 1,
    *,
    unduplicated: bool = False,
    where: tuple[Any, ...] = (),
    statistic: Callable[[list[tuple[Any, ...]]], Statistic] | None = None,
) -> Measure:
    return Measure(
        name=name,
        label=label,
        root=Referral,
        value=value,
        date=Referral.referred_on,
        site=Referral.site_id,
        where=(Referral.deleted.is_(False), *where),
        joins={"provider": (Provider, Provider.id == Referral.provider_id), **site_joins(Referral.site_id)},
        base_joins=(),
        dimensions=dimension_table(*_referral_dims()),
        unduplicated=unduplicated,
        row_value=row_value,
        statistic=statistic,
    )


def _share_connected(rows: list[tuple[Any, ...]]) -> Statistic:
    """People connected of people referred, each person once."""
    referred = {person for person, _ in rows if person is not None}
    connected = {person for _, person in rows if person is not None}
    return Statistic.share(linkage_measures.Share(len(connected), len(referred)))


def _median_days(rows: list[tuple[Any, ...]]) -> Statistic:
    return Statistic.median(linkage_measures.median_days(rows), len(rows))


def _followed_up(name: str, label: str, days: int, root: Any, start: Any, contact: Any, site: Any) -> Measure:
    """The share of ``root`` rows (survivors, people released) in the period reached by a follow-up within
    ``days`` of ``start``."""
    where = linkage_measures.SURVIVED if root is Reversal else linkage_measures.RELEASED
    return Measure(
        name=name,
        label=label,
        root=root,
        value=None,
        date=start,
        site=site,
        where=where,
        joins=site_joins(site),
        base_joins=(),
        dimensions=dimension_table(*site_dims(), month_of(start)),
        row_value=(start, contact),
        statistic=lambda rows: Statistic.share(linkage_measures.within(rows)[days]),
    )


def linkage_measures_for_reports() -> tuple[Measure, ...]:
    followed_up = [
        _followed_up(
            f"{who}_followed_up_{days}",
            f"{label} with a follow-up within {days} days",
            days,
            root,
            start,
            contact,
            site,
        )
        for who, label, root, start, contact, site in (
            (
                "survivors",
                "Overdose survivors",
                Reversal,
                Reversal.overdose_date,
                linkage_measures.first_contact_after_reversal(),
                Reversal.site_id,
            ),
            (
                "released",
                "People released",
                Participant,
                Participant.released_on,
                linkage_measures.first_contact_after_release(),
                Participant.home_site_id,
            ),
        )
        for days in linkage_measures.WITHIN_DAYS
    ]
    return (
        _referrals("referrals", "Referrals made", func.count()),
        _referrals(
            "people_referred",
            "People referred",
            func.count(distinct(unindexed(Referral.participant_id))),
            Referral.participant_id,
            unduplicated=True,
        ),
        _referrals(
            "people_connected",
            "People connected",
            func.count(distinct(linkage_measures.connected_person())),
            linkage_measures.connected_person(),
            unduplicated=True,
        ),
        _referrals(
            "share_connected",
            "People connected, of people referred",
            None,
            # people are only told apart, never shown: their ids read as stored, not made into UUIDs per row
            tuple(type_coerce(c, String()) for c in (Referral.participant_id, linkage_measures.connected_person())),
            statistic=_share_connected,
        ),
        _referrals(
            "days_to_connection",
            "Median days from referral to connection",
            None,
            (Referral.referred_on, Referral.outcome_on),
            where=linkage_measures.CONNECTED,
            statistic=_median_days,
        ),
        *followed_up,
    )
