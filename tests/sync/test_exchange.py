"""Two and three devices exchanging changes: nothing lost, nothing applied twice, edits merged."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from oend.core.clock import Reading
from oend.ids import uuid7
from oend.model import (
    Dispensing,
    FollowUp,
    Lot,
    Participant,
    Referral,
    Site,
    SyncConflict,
    SyncPending,
    SyncRejection,
    User,
)
from oend.model.codes import ReferralOutcome
from oend.queries.sync_status import RejectionRow, sync_status
from oend.security import authority
from oend.services import (
    dispensing,
    dispensing_corrections,
    follow_ups,
    participants,
    referral_corrections,
    referrals,
    sites,
    stock,
    users,
)
from oend.services.sync import conflicts
from oend.services.sync.apply import apply_changes
from oend.services.sync.same_code import stand_in
from tests.support.world import TODAY, World, build_world
from tests.sync.replicas import Replica, content_hash, program, replica, report_counts, stock_by_ledger, sync


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Replica, Replica, Replica, World]]:
    seed = authority.new_seed()
    a, b, c = program(tmp_path, ("a", "b", "c"), seed)
    world = build_world(a.db, a.actor)
    yield a, b, c, world
    for device in (a, b, c):
        device.db.close()


def _person(device: Replica, person_id: object) -> Participant:
    with device.db.session() as session:
        found = session.get(Participant, person_id)
        assert found is not None
        return found


def test_a_device_receives_everything_once_and_again_changes_nothing(devices) -> None:
    a, b, _, world = devices
    first = sync(a, b)
    assert first.applied > 0 and first.pending == 0 and not first.rejected
    assert content_hash(b.db) == content_hash(a.db)
    header, changes = a.send(b)
    again = b.receive(header, changes)
    assert (again.applied, again.already_held) == (0, len(changes))
    assert content_hash(b.db) == content_hash(a.db)
    assert report_counts(b) == report_counts(a)
    assert _person(b, world.alice.id).code == world.alice.code


def test_changes_out_of_order_wait_for_what_they_build_on(devices) -> None:
    a, b, _, world = devices
    early = a.send(b)
    a.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="new",
        product_id=world.nasal.id,
        participant_id=world.alice.id,
    )
    header, everything = a.send(b)
    later = [c for c in everything if c["seq"] > max(e["seq"] for e in early[1])]
    waiting = b.receive(header, later)
    assert waiting.applied == 0 and waiting.pending == len(later)
    with b.db.session() as session:
        assert session.scalars(select(SyncPending.waiting_for)).first()
    done = b.receive(*early)
    assert done.pending == 0 and done.applied + done.already_held == len(early[1]) + len(later)
    assert content_hash(b.db) == content_hash(a.db)


def test_a_third_device_gets_changes_forwarded(devices) -> None:
    a, b, c, world = devices
    sync(a, b)
    b.run(participants.update_participant, world.alice.id, county="Norfolk")
    sync(b, c)
    assert content_hash(c.db) == content_hash(b.db)
    sync(c, a)
    assert _person(a, world.alice.id).county == "Norfolk"
    assert content_hash(a.db) == content_hash(b.db) == content_hash(c.db)


def test_edits_of_different_fields_merge_and_of_one_field_leave_a_conflict(devices) -> None:
    a, b, _, world = devices
    sync(a, b)
    a.run(participants.update_participant, world.alice.id, county="Kent", zip_code="02118")
    b.run(participants.update_participant, world.alice.id, notes="prefers mornings", zip_code="02119")
    sync(a, b)
    sync(b, a)
    assert content_hash(a.db) == content_hash(b.db)
    merged = _person(a, world.alice.id)
    assert (merged.county, merged.notes, merged.zip_code) == ("Kent", "prefers mornings", "02119")
    for device in (a, b):
        with device.db.session() as session:
            conflicts = session.scalars(select(SyncConflict)).all()
        assert [(c.field, c.kept_value, c.lost_value) for c in conflicts] == [("zip_code", "02119", "02118")]


def test_voids_travel_and_stock_and_reports_agree(devices) -> None:
    a, b, _, world = devices
    kit = a.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="new",
        product_id=world.nasal.id,
        participant_id=world.alice.id,
        quantity=2,
    )
    sync(a, b)
    b.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="new",
        product_id=world.nasal.id,
        recipient_category="community_member",
        quantity=3,
    )
    a.run(dispensing_corrections.void_dispensing, kit.id, reason="entered twice")
    sync(a, b)
    sync(b, a)
    assert content_hash(a.db) == content_hash(b.db)
    for device in (a, b):
        assert report_counts(device)["kits"] == 3
        stock = stock_by_ledger(device.db)
        assert stock[(str(world.van.id), str(world.lot.id))] == (37, 37)


def test_a_change_the_database_refuses_is_kept_with_its_reason(devices) -> None:
    a, b, _, _ = devices
    sync(a, b)
    for device in (a, b):
        _add_sam(device, f"Sam of {device.name}")
    result = sync(a, b)
    assert len(result.rejected) == 1 and "users" in result.rejected[0]
    with b.db.session() as session:
        (rejection,) = session.scalars(select(SyncRejection)).all()
    assert "refused" in rejection.reason
    assert sync(a, b).applied == 0, "a refused change is not tried again as new"


def test_a_row_refused_among_many_new_ones_is_kept_alone_and_the_rest_applies(devices) -> None:
    a, b, _, world = devices
    sync(a, b)
    for n in range(40):
        if n == 20:
            _add_sam(a, "Sam in the van")
        a.run(
            participants.enrol_participant,
            code=f"R{chr(65 + n // 26)}{chr(65 + n % 26)}Q1990F",
            category="at_risk",
            home_site_id=world.van.id,
        )
    _add_sam(b, "Sam at the office")
    result = sync(a, b)
    assert len(result.rejected) == 1 and "users" in result.rejected[0]
    assert result.applied == 2 * 40 + 1, "every person and audit event went in, the user's audit event too"
    with b.db.session() as session:
        assert {f"R{chr(65 + n // 26)}{chr(65 + n % 26)}Q1990F" for n in range(40)} <= set(
            session.scalars(select(Participant.code))
        )


def test_one_colliding_row_among_many_new_ones_is_found_and_every_row_applies(devices) -> None:
    a, b, c, world = devices
    sync(a, b)
    codes = [f"P{chr(65 + n // 26)}{chr(65 + n % 26)}Q1990F" for n in range(40)]
    for code in codes:
        a.run(participants.enrol_participant, code=code, category="at_risk", home_site_id=world.van.id)
    twin = b.run(participants.enrol_participant, code=codes[17], category="at_risk", home_site_id=world.van.id)
    result = sync(a, b)
    assert not result.rejected and result.pending == 0
    assert result.applied == 2 * len(codes), "every person and audit event went in"
    with b.db.session() as session:
        held = set(session.scalars(select(Participant.code)))
    assert held == {*codes, stand_in(codes[17], twin.id), world.alice.code}
    sync(b, c)  # the person given a stand-in code travels on as it came, and c finds the pair itself
    assert content_hash(c.db) == content_hash(b.db)


def test_a_malformed_change_is_refused_in_plain_words(devices) -> None:
    a, b, _, _ = devices
    _, changes = a.send(b)
    bad_clock = {**changes[0], "seq": 10**6, "hlc": "yesterday"}
    with b.db.transaction() as session:
        result = apply_changes(session, b.actor, [{"seq": "x"}, bad_clock])
    assert result.rejected == ["a change in the file is incomplete", "a change in the file has no valid clock reading"]


def test_a_restored_backup_takes_a_new_device_id(devices, tmp_path: Path) -> None:
    a, _, _, world = devices
    backup = tmp_path / "backup.db"
    a.db.close()
    backup.write_bytes((tmp_path / "a.db").read_bytes())
    restored = replica(tmp_path, "a", a.actor.authority or b"")
    restored.run(participants.update_participant, world.alice.id, county="Kent")
    restored.db.close()
    (tmp_path / "a.db").write_bytes(backup.read_bytes())
    for leftover in tmp_path.glob("a.db-*"):
        leftover.unlink()
    again = replica(tmp_path, "a", a.actor.authority or b"")
    assert again.actor.device_id != a.actor.device_id
    again.run(participants.update_participant, world.alice.id, county="Essex")
    with again.db.session() as session:
        from oend.model import Change, Device

        numbers = session.execute(select(Change.device_id, Change.seq)).all()
        old = session.get(Device, a.actor.device_id)
        assert old is not None and old.replaced_by == again.actor.device_id
    assert len(numbers) == len(set(numbers))
    assert dataclasses.asdict(again.actor)["device_id"] == again.db.device_id


def test_a_merge_of_two_records_travels_with_every_reference_it_moved(devices) -> None:
    a, b, _, world = devices
    twin = a.run(participants.enrol_participant, code="ALMO1988X", category="at_risk", home_site_id=world.van.id)
    a.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="new",
        product_id=world.nasal.id,
        participant_id=twin.id,
    )
    sync(a, b)
    a.run(participants.merge_participants, world.alice.id, twin.id)
    assert sync(a, b).pending == 0
    assert content_hash(b.db) == content_hash(a.db)
    with b.db.session() as session:
        kit = session.scalars(select(Dispensing)).one()
    assert kit.participant_id == world.alice.id


def test_a_coordinator_keeps_the_value_sync_set_aside_and_it_reaches_every_device(devices) -> None:
    a, b, _, world = devices
    sync(a, b)
    a.run(participants.update_participant, world.alice.id, county="Kent")
    b.run(participants.update_participant, world.alice.id, county="Essex")
    sync(a, b)
    sync(b, a)
    with a.db.session() as session:
        (conflict,) = conflicts.open_conflicts(session)
    assert (conflict.kept_value, conflict.lost_value) == ("Essex", "Kent")
    a.run(conflicts.resolve_conflict, conflict.id, keep="lost")
    sync(a, b)
    assert _person(b, world.alice.id).county == _person(a, world.alice.id).county == "Kent"
    with a.db.session() as session:
        assert conflicts.open_conflicts(session) == []
    assert content_hash(a.db) == content_hash(b.db)


def test_the_sites_a_user_works_at_travel_with_the_user(devices) -> None:
    a, b, _, world = devices
    a.run(
        users.add_user,
        None,
        username="sam",
        display_name="Sam",
        role="outreach_worker",
        password="a long enough pass phrase",
        site_codes=["VAN1"],
    )
    sync(a, b)
    with b.db.session() as session:
        sam = users.user_by_name(session, "sam")
        assert sam is not None and sam.site_ids == {world.van.id}
        sam_id = sam.id
    with b.db.transaction() as session:  # a write to the link table alone, as a session flushes it
        moved = session.get(User, sam_id)
        moved.sites = [session.get(Site, world.prison.id)]
    sync(b, a)
    with a.db.session() as session:
        assert session.get(User, sam_id).site_ids == {world.prison.id}
    assert content_hash(a.db) == content_hash(b.db)


def test_referrals_follow_ups_and_their_corrections_travel(devices) -> None:
    """Linkage to care travels like every other record: a referral, its follow-ups, an outcome, a void."""
    a, b, _, world = devices
    kept = a.run(
        referrals.record_referral,
        site_id=world.van.id,
        referred_on=TODAY - dt.timedelta(days=40),
        kind="moud_buprenorphine",
        participant_id=world.alice.id,
        consent_to_follow_up=True,
    )
    voided = a.run(referrals.record_referral, site_id=world.van.id, referred_on=TODAY, kind="housing")
    sync(a, b)
    with b.db.session() as session:
        first = session.scalars(
            select(FollowUp.id).where(FollowUp.referral_id == kept.id).order_by(FollowUp.due_on)
        ).first()
    b.run(follow_ups.record_follow_up, first, done_on=TODAY - dt.timedelta(days=30), contact_made=True, connected=True)
    a.run(referral_corrections.void_referral, voided.id, reason="entered twice")
    sync(a, b)
    sync(b, a)
    assert content_hash(a.db) == content_hash(b.db)
    for device in (a, b):
        with device.db.session() as session:
            referral = session.get(Referral, kept.id)
            assert referral is not None and referral.outcome is ReferralOutcome.CONNECTED
            assert session.get(Referral, voided.id).deleted
            done = session.scalars(select(FollowUp).where(FollowUp.done_on.is_not(None))).all()
            assert [f.id for f in done] == [first]


def test_an_edit_on_a_device_far_behind_of_a_value_from_one_far_ahead_wins_everywhere(devices) -> None:
    a, b, _, world = devices
    sync(a, b)
    ahead = a.db.identity.clock.wall
    a.db.identity.clock.wall = lambda: ahead() + 2 * 3600_000  # two hours ahead: b does not follow it
    a.run(participants.update_participant, world.alice.id, zip_code="02118")
    sync(a, b)
    b.run(participants.update_participant, world.alice.id, zip_code="02119")  # b saw a's value, then changed it
    sync(b, a)
    assert _person(a, world.alice.id).zip_code == _person(b, world.alice.id).zip_code == "02119"
    assert content_hash(a.db) == content_hash(b.db)


def shown_refusals(device: Replica) -> list[RejectionRow]:
    with device.db.session() as session:
        return sync_status(session, device.actor.device_id).rejections


def _add_sam(device: Replica, display_name: str) -> User:
    return device.run(
        users.add_user,
        None,
        username="sam",
        display_name=display_name,
        role="outreach_worker",
        password="a long enough pass phrase",
        site_codes=["VAN1"],
    )


def test_a_refusal_reaches_the_device_whose_change_it_was_in_plain_words(devices) -> None:
    worker, coordinator, third, _ = devices
    sync(worker, coordinator)
    _add_sam(coordinator, "Sam at the office")
    mine = _add_sam(worker, "Sam in the van")
    refused = sync(worker, coordinator).rejected
    assert any(r.startswith(f"users {mine.id}") and "username" in r for r in refused)
    assert all(r.refused_by is None for r in shown_refusals(coordinator))
    sync(coordinator, third)
    sync(third, worker)  # through a third laptop, which refused it too: refusals travel with everything else
    refusal = next(r for r in shown_refusals(worker) if r.device_id == worker.actor.device_id and r.table == "users")
    assert refusal.refused_by in {coordinator.actor.device_id, third.actor.device_id} and "username" in refusal.reason
    assert not [r for r in shown_refusals(third) if r.refused_by is not None], "shown only where the change was made"


def test_a_record_refused_comes_in_whole_once_corrected_where_it_was_made(devices) -> None:
    worker, coordinator, _, world = devices
    sync(worker, coordinator)
    _add_sam(coordinator, "Sam at the office")
    mine = _add_sam(worker, "Sam in the van")
    header, changes = worker.send(coordinator)
    assert len(coordinator.receive(header, changes).rejected) == 1
    insert = next(c for c in changes if c["table"] == "users" and c["row"] == str(mine.id))
    last = max(c["seq"] for c in changes if c["device"] == worker.actor.device_id)
    latest = Reading.parse(max(c["hlc"] for c in changes))
    corrected = insert | {  # the user renamed where made: a change of one field, carrying the whole record
        "id": str(uuid7()),
        "seq": last + 1,
        "hlc": str(Reading(latest.millis + 1, 0, worker.actor.device_id)),
        "op": "update",
        "values": insert["values"] | {"username": "sam.van"},
        "fields": {"username": insert["hlc"]},
    }
    result = coordinator.receive(header, [corrected])
    assert not result.rejected and result.applied == 2, "the correction, then the user's first change after all"
    assert shown_refusals(coordinator) == []
    with coordinator.db.session() as session:
        sam = users.user_by_name(session, "sam.van")
        assert sam is not None and sam.id == mine.id and sam.site_ids == {world.van.id}


def test_one_lot_received_on_two_laptops_and_one_site_code_set_up_twice_lose_nothing(devices) -> None:
    a, b, _, world = devices
    sync(a, b)
    for device in (a, b):
        device.run(
            stock.receive_stock,
            site_id=world.van.id,
            product_id=world.nasal.id,
            lot_number="SHIP-77",
            expiry_date=dt.date(2028, 1, 1),
            quantity=10,
            received_on=TODAY,
        )
        device.run(sites.add_site, code="CLINIC", name=f"Clinic set up on {device.name}", kind="fixed_site")
    assert not sync(a, b).rejected and not sync(b, a).rejected
    assert content_hash(a.db) == content_hash(b.db) and stock_by_ledger(a.db) == stock_by_ledger(b.db)
    with a.db.session() as session:
        numbers = sorted(session.scalars(select(Lot.lot_number).where(Lot.lot_number.like("SHIP-77%"))))
        codes = sorted(session.scalars(select(Site.code).where(Site.code.like("CLINIC%"))))
    assert numbers[0] == "SHIP-77" and numbers[1].startswith("SHIP-77~") and len(numbers) == 2
    assert codes[0] == "CLINIC" and codes[1].startswith("CLINIC~") and len(codes) == 2
    received = sum(kits for (site, _), (kits, _) in stock_by_ledger(a.db).items() if site == str(world.van.id))
    assert received >= 20, "both receipts count"
