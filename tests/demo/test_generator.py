"""The demo generator makes a whole, consistent, plausible and reproducible database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import String, cast, func, select

from oend.core.actor import Actor
from oend.core.participant_codes import SCHEMES
from oend.db import Database, open_database
from oend.demo.background import RowSource
from oend.demo.spec import DemoSpec
from oend.errors import PermissionDenied, ValidationError
from oend.model import (
    Attendance,
    AuditEvent,
    Base,
    Dispensing,
    FollowUp,
    Lot,
    Participant,
    Referral,
    Reversal,
    Site,
    StockMovement,
    TrainingSession,
)
from oend.model.codes import (
    AuditAction,
    MovementKind,
    Outcome,
    ParticipantCategory,
    ReferralOutcome,
    ReferralSource,
    Role,
    SupplyType,
)
from oend.queries import linkage_measures as measures
from oend.reporting.aggregates import kits_by_site, reversals_by_quarter
from oend.reporting.periods import Period
from oend.services import demo, maintenance
from oend.services.demo import generate_demo
from tests.db.test_tallies import from_scratch, kept

END = dt.date(2026, 6, 30)
SPEC = DemoSpec(participants=400, years=4, seed=7, end=END)


@pytest.fixture
def filled(db: Database, actor: Actor) -> Database:
    generate_demo(db, actor, SPEC)
    return db


def _count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_database_is_consistent_and_sized_as_asked(db: Database, actor: Actor) -> None:
    summary = generate_demo(db, actor, SPEC)
    with db.session() as session:
        assert maintenance.check(session) == []
    assert summary.counts["participants"] == _count(db, Participant) == 400
    events = _count(db, Dispensing) + _count(db, Attendance) + _count(db, Reversal)
    assert summary.events == events
    assert 0.8 * SPEC.target_events <= events <= 1.2 * SPEC.target_events
    assert _count(db, StockMovement) > 0  # shipments received (and expired stock written off)
    with db.session() as session:
        generated = session.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.GENERATE)).all()
    assert len(generated) == 1 and "400 participants" in (generated[0].detail or "")


def test_values_are_plausible(filled: Database) -> None:
    scheme = SCHEMES["client_code"]
    with filled.session() as session:
        codes = session.scalars(select(Participant.code)).all()
        assert len(set(codes)) == len(codes)
        assert all(code == code.upper() and scheme.pattern.fullmatch(code) for code in codes)
        named = session.execute(
            select(Participant.category, func.count())
            .where(Participant.last_name.is_not(None))
            .group_by(Participant.category)
        ).all()
        assert dict(named).get(ParticipantCategory.LEAVING_CUSTODY, 0) > 0
        start, _ = SPEC.period()
        first, last = session.execute(
            select(func.min(Dispensing.dispensed_on), func.max(Dispensing.dispensed_on))
        ).one()
        assert start <= first and last <= END
        # Refills name a reason, first supplies do not; anonymous kits say who they went to.
        assert not session.scalar(
            select(func.count()).where(Dispensing.supply_type == SupplyType.REFILL, Dispensing.refill_reason.is_(None))
        )
        assert not session.scalar(
            select(func.count()).where(Dispensing.supply_type == SupplyType.NEW, Dispensing.refill_reason.is_not(None))
        )
        anonymous = select(func.count()).where(Dispensing.participant_id.is_(None))
        assert session.scalar(anonymous) > 0
        assert not session.scalar(anonymous.where(Dispensing.recipient_category.is_(None)))
        new, refills = (
            session.scalar(select(func.count()).where(Dispensing.supply_type == kind)) for kind in SupplyType
        )
        assert new > 0 and refills > 0
        # No kit leaves after its lot expired, and every lot lasts two to three years.
        expired = (
            select(func.count())
            .select_from(Dispensing)
            .join(Lot, Lot.id == Dispensing.lot_id)
            .where(Lot.expiry_date < Dispensing.dispensed_on)
        )
        assert session.scalar(expired) == 0
        outcomes = dict(session.execute(select(Reversal.outcome, func.count()).group_by(Reversal.outcome)).all())
        assert outcomes[Outcome.SURVIVED] > 5 * (outcomes.get(Outcome.DIED, 0) + outcomes.get(Outcome.UNKNOWN, 0))
        assert session.scalar(select(func.count(func.distinct(Site.kind)))) >= 5
        topics = session.scalars(select(TrainingSession.topics).limit(50)).all()
        assert all(t and "naloxone_use" in t for t in topics)
        assert not session.scalar(select(func.count()).where(Dispensing.device_id.is_(None)))
        # Each row reads as just made by the staff member who handed over the kit or ran the session.
        for model, staff in ((Dispensing, Dispensing.dispensed_by), (TrainingSession, TrainingSession.trainer_id)):
            as_made = select(func.count()).where(
                model.updated_at == model.created_at,
                model.updated_by == model.created_by,
                staff == model.created_by,
                model.deleted.is_(False),
            )
            assert session.scalar(as_made) == session.scalar(select(func.count()).select_from(model)) > 0
        received = select(func.count()).where(StockMovement.kind == MovementKind.RECEIVE)
        assert session.scalar(received) > 0


def test_an_empty_value_is_stored_as_null_never_as_an_empty_text(filled: Database) -> None:
    texts = [
        column
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, String) and column.nullable
    ]
    with filled.session() as session:
        assert not [str(c) for c in texts if session.scalar(select(func.count()).where(cast(c, String) == ""))]
        assert session.scalar(select(func.count()).where(Participant.first_name.is_(None))) > 0
        assert session.scalar(select(func.count()).where(Reversal.setting.is_(None))) > 0
        assert session.scalar(select(func.count()).where(Attendance.certificate_code.is_(None))) > 0


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path, actor: Actor) -> None:
    def dump(spec: DemoSpec, name: str) -> list[tuple[object, ...]]:
        db = open_database(str(tmp_path / name))
        try:
            generate_demo(db, actor, spec)
            with db.session() as session:
                rows = session.execute(
                    select(Dispensing.id, Dispensing.dispensed_on, Dispensing.lot_id, Dispensing.quantity).order_by(
                        Dispensing.id
                    )
                ).all()
                codes = session.scalars(select(Participant.code).order_by(Participant.code)).all()
            return [tuple(r) for r in rows] + [(c,) for c in codes]
        finally:
            db.close()

    small = DemoSpec(participants=150, years=2, seed=3, end=END)
    assert dump(small, "a.db") == dump(small, "b.db")
    assert dump(small, "c.db") != dump(DemoSpec(150, 2, 4, END), "d.db")


def test_a_separate_process_makes_the_same_rows() -> None:
    spec = DemoSpec(participants=120, years=2, seed=5, end=END)
    here_source = RowSource(spec, 500, separate_process=False)
    here = list(here_source)
    there_source = RowSource(spec, 500, separate_process=True)
    there = list(there_source)
    assert here == there and here_source.counts == there_source.counts and there_source.counts["participants"] == 120
    # Each reports the processor time the rows took to make: the child its own, here the making alone.
    assert 0 < here_source.making_seconds < 60 and 0 < there_source.making_seconds < 60


def test_rows_the_generator_process_packs_are_stored_as_if_written_one_by_one(
    tmp_path: Path, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big program's chunks arrive as SQLite databases the writer copies from; the tables come out the same."""
    spec = DemoSpec(participants=300, years=2, seed=6, end=END)

    def tables(name: str) -> dict[str, list[tuple[object, ...]]]:
        db = open_database(str(tmp_path / name))
        try:
            generate_demo(db, actor, spec, events_per_chunk=400)
            with db.engine.connect() as conn:
                return {
                    table: [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")]
                    for table in demo.PACKED
                }
        finally:
            db.close()

    packings = []
    real_source = demo.RowSource

    def source(*args: object, **kwargs: object) -> RowSource:
        packings.append(kwargs["packing"])
        return real_source(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(demo, "RowSource", source)
    monkeypatch.setattr(demo, "SEPARATE_PROCESS_FROM", 1)
    packed = tables("packed.db")
    monkeypatch.setattr(demo, "SEPARATE_PROCESS_FROM", 10**9)
    assert packed == tables("direct.db") and all(packed.values())
    assert packings[0] is not None and set(packings[0].statements) == set(demo.PACKED)


def test_refuses_a_database_that_holds_data(filled: Database, actor: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        generate_demo(filled, actor, SPEC)
    assert "database" in caught.value.fields


def test_only_an_administrator_generates(db: Database) -> None:
    worker = Actor(user_id=None, username="w", role=Role.OUTREACH_WORKER, device_id="d")
    with pytest.raises(PermissionDenied):
        generate_demo(db, worker, SPEC)
    assert _count(db, Participant) == 0


def test_core_aggregates_agree_with_the_rows(filled: Database, actor: Actor) -> None:
    """The benchmark's aggregates count what a plain walk over the rows counts."""
    with filled.session() as session:
        quarters: dict[tuple[int, int], int] = {}
        for day in session.scalars(select(Reversal.overdose_date)):
            key = (day.year, (day.month - 1) // 3 + 1)
            quarters[key] = quarters.get(key, 0) + 1
        assert [(q.year, q.quarter, q.reversals) for q in reversals_by_quarter(session, actor)] == sorted(
            (y, q, n) for (y, q), n in quarters.items()
        )
        period = Period.quarter(2025, 2)
        kits: dict[str, int] = {}
        rows = session.execute(
            select(Site.code, Dispensing.quantity)
            .join(Site, Site.id == Dispensing.site_id)
            .where(Dispensing.dispensed_on.between(period.start, period.end))
        )
        for code, quantity in rows:
            kits[code] = kits.get(code, 0) + quantity
        assert {s.site_code: s.kits for s in kits_by_site(session, actor, period)} == kits


def test_refuses_a_size_that_makes_no_sense(db: Database, actor: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        generate_demo(db, actor, DemoSpec(participants=0, years=0, events_per_participant=0.5, end=END))
    assert caught.value.fields == {"participants", "years", "events_per_participant"}
    assert _count(db, Site) == 0


def test_the_bulk_load_leaves_every_index_and_setting_as_it_found_them(db: Database, actor: Actor) -> None:
    def state() -> tuple[list[tuple[str, str]], str]:
        with db.engine.connect() as conn:
            indexes = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
            return [tuple(r) for r in indexes], conn.exec_driver_sql("PRAGMA journal_mode").scalar_one()

    before = state()
    generate_demo(db, actor, DemoSpec(participants=60, years=1, seed=9, end=END))
    assert state() == before and before[1] == "wal"
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar_one() == 2  # memory: no temporary files


def test_the_database_keeps_its_tallies_through_the_bulk_load(filled: Database) -> None:
    with filled.session() as session:
        assert kept(session) == from_scratch(session)


def test_referrals_and_follow_ups_are_whole_and_at_plausible_rates(filled: Database, actor: Actor) -> None:
    """Most referrals are not known to connect, many people are lost to contact, and every link holds."""
    start, _ = SPEC.period()
    with filled.session() as session:
        outcomes = dict(session.execute(select(Referral.outcome, func.count()).group_by(Referral.outcome)).all())
        total = sum(outcomes.values())
        assert total > 40
        assert 0.08 < outcomes[ReferralOutcome.CONNECTED] / total < 0.4
        assert outcomes[ReferralOutcome.LOST_TO_CONTACT] > outcomes[ReferralOutcome.CONNECTED]
        assert set(session.scalars(select(Referral.source_kind).distinct())) == {
            ReferralSource.PARTICIPANT,
            ReferralSource.RELEASE,
            ReferralSource.REVERSAL,
        }
        assert session.scalar(select(func.count()).where(Referral.provider_id.is_not(None))) > total / 2
        days = session.execute(select(Referral.referred_on, Referral.outcome_on, Referral.closed_on)).all()
        assert all(start <= on <= END and (out is None or on <= out <= END) for on, out, _ in days)
        assert all(closed is None or closed <= END for *_, closed in days)
        follow_ups = session.execute(
            select(FollowUp.due_on, FollowUp.done_on, FollowUp.contact_made, FollowUp.connected, FollowUp.referral_id)
        ).all()
        done = [f for f in follow_ups if f.done_on is not None]
        assert len(follow_ups) > 60 and 0.2 < len(done) / len(follow_ups) < 0.8
        assert all(f.due_on <= f.done_on <= END and f.contact_made is not None for f in done)
        assert all(f.connected is None for f in follow_ups if not f.contact_made)
        assert any(f.referral_id is None for f in follow_ups), "follow-ups after release too"
        orphans = select(func.count()).where(
            FollowUp.referral_id.is_not(None), FollowUp.referral_id.not_in(select(Referral.id))
        )
        assert session.scalar(orphans) == 0
        people = measures.people_connected(session, actor, start, END)
        assert 0 < people.n < people.total
