"""Linkage to care through the real widgets: a referral from a reversal report and from a release, follow-ups due
listed on Today and recorded there, and the linkage measures equal to the counts worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.core.actor import Actor
from oend.db import Database
from oend.model import FollowUp, Referral
from oend.model.codes import ReferralOutcome, ReferralSource
from oend.queries import linkage_measures as measures
from oend.queries.linkage_measures import Share
from oend.services import participants, program_settings, providers, referrals, reversals, trainings
from oend.services.dispensing import dispense
from oend.ui.dialogs.follow_up_list import FollowUpList
from oend.ui.dialogs.referral import FollowUpDialog, ReferralDialog
from oend.ui.pages.kits import KitsPage
from oend.ui.pages.participant_detail import ParticipantDetail
from oend.ui.pages.release import ReleasePage
from oend.ui.pages.reversals import ReversalsPage
from oend.ui.pages.today import TodayPage
from oend.ui.pages.trainings import TrainingsPage
from oend.ui.workspace import Workspace
from tests.support.world import TODAY, World, build_world
from tests.ui.driving import when_shown
from tests.ui.form_driving import choose, click_save, message_beside, shown

TEN_DAYS_AGO = TODAY - dt.timedelta(days=10)


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    return build_world(db, actor)


def stored_referrals(world: World) -> list[Referral]:
    with world.db.session() as s:
        return list(s.scalars(select(Referral).order_by(Referral.created_at)))


def due_days(world: World, referral: Referral) -> list[int]:
    with world.db.session() as s:
        stmt = select(FollowUp.due_on).where(FollowUp.referral_id == referral.id).order_by(FollowUp.due_on)
        return [(day - referral.referred_on).days for day in s.scalars(stmt)]


def test_a_referral_from_a_reversal_report(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    report = world.run(reversals.record_reversal, overdose_date=TODAY, site_id=world.van.id, outcome="survived")
    clinic = world.run(providers.add_provider, name="Harbor Recovery Centre", kind="peer_recovery")
    page = shown(qtbot, ReversalsPage(workspace))
    page.table.selectRow(0)

    def refer(dialog: ReferralDialog) -> None:
        click_save(qtbot, dialog)
        assert message_beside(dialog, "kind") == "is required"  # refused beside the field, the form kept
        choose(dialog.kind, "peer_recovery")
        choose(dialog.provider, clinic.id)
        dialog.warm_handoff.setChecked(True)
        dialog.consent.setChecked(True)
        click_save(qtbot, dialog)

    when_shown(ReferralDialog, refer)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.refer_button, Qt.MouseButton.LeftButton)
    (saved,) = stored_referrals(world)
    assert (saved.source_kind, saved.source_id, saved.participant_id) == (ReferralSource.REVERSAL, report.id, None)
    assert (saved.provider_id, saved.warm_handoff, saved.site_id) == (clinic.id, True, world.van.id)
    assert due_days(world, saved) == [7, 30, 90]


def test_a_referral_and_follow_ups_from_a_release(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    ben = world.run(
        participants.enrol_participant,
        category="leaving_custody",
        first_name="Ben",
        home_site_id=world.prison.id,
        released_on=TEN_DAYS_AGO,
    )
    page = shown(qtbot, ReleasePage(workspace))
    choose(page.facility, world.prison.id)
    page.table.selectRow(0)
    due_column = page.model.columnCount() - 1
    assert page.model.index(0, due_column).data() == "—"

    def refer(dialog: ReferralDialog) -> None:
        assert "BEN" in dialog.windowTitle().upper() or ben.code in dialog.windowTitle()
        choose(dialog.kind, "moud_methadone")
        click_save(qtbot, dialog)

    when_shown(ReferralDialog, refer)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.refer_button, Qt.MouseButton.LeftButton)
    (saved,) = stored_referrals(world)
    assert (saved.participant_id, saved.source_kind, saved.site_id) == (ben.id, ReferralSource.RELEASE, world.prison.id)
    assert due_days(world, saved) == [], "no consent to follow up, no follow-up"

    page.table.selectRow(0)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.follow_button, Qt.MouseButton.LeftButton)
    assert page.model.index(0, due_column).data() == (TEN_DAYS_AGO + dt.timedelta(days=7)).isoformat()


def test_a_referral_from_a_kit_hand_out_names_its_recipient_and_one_from_a_training_no_one(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    kit = world.run(
        dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        participant_id=world.alice.id,
        product_id=world.nasal.id,
        lot_id=world.lot.id,
    )
    training = world.run(
        trainings.record_training,
        session_date=TODAY,
        site_id=world.prison.id,
        format="group",
        topics=["recognising"],
        attendees=[trainings.Attendee(world.alice.id)],
    )

    def refer(dialog: ReferralDialog) -> None:
        choose(dialog.kind, "syringe_services")
        click_save(qtbot, dialog)

    kits = shown(qtbot, KitsPage(workspace))
    qtbot.waitUntil(lambda: kits.dispensing_model.rowCount() == 1)
    assert not kits.refer_button.isEnabled()
    kits.dispensing_table.selectRow(0)
    when_shown(ReferralDialog, refer)
    with qtbot.waitSignal(kits.changed):
        qtbot.mouseClick(kits.refer_button, Qt.MouseButton.LeftButton)

    sessions = shown(qtbot, TrainingsPage(workspace))
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 1)
    sessions.table.selectRow(0)
    when_shown(ReferralDialog, refer)
    with qtbot.waitSignal(sessions.changed):
        qtbot.mouseClick(sessions.refer_button, Qt.MouseButton.LeftButton)

    from_kit, from_training = stored_referrals(world)
    assert (from_kit.source_kind, from_kit.source_id) == (ReferralSource.DISPENSING, kit.id)
    assert from_kit.participant_id == world.alice.id  # the person the kit went to
    assert (from_training.source_kind, from_training.source_id) == (ReferralSource.TRAINING, training.id)
    assert (from_training.participant_id, from_training.site_id) == (None, world.prison.id)


def test_a_follow_up_due_on_today_is_recorded_and_the_measures_count_it(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    referral = world.run(
        referrals.record_referral,
        site_id=world.van.id,
        referred_on=TEN_DAYS_AGO,
        kind="moud_buprenorphine",
        participant_id=world.alice.id,
        consent_to_follow_up=True,
    )
    world.run(referrals.record_referral, site_id=world.prison.id, referred_on=TODAY, kind="housing")
    page = shown(qtbot, TodayPage(workspace))
    # the 7-day one; the 30- and 90-day ones are still to come
    qtbot.waitUntil(lambda: page.follow_up_heading.text() == "Follow-ups due (1)")
    assert (
        page.follow_up_list.text()
        == f"{TEN_DAYS_AGO + dt.timedelta(days=7)} · {world.alice.code} · Buprenorphine (MOUD)"
    )
    with qtbot.waitSignal(page.follow_up_button.clicked):
        qtbot.mouseClick(page.follow_up_button, Qt.MouseButton.LeftButton)
    listed = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FollowUpList) and w.isVisible())
    assert isinstance(listed, FollowUpList)
    assert [listed.model.index(0, c).data() for c in range(4)] == [
        (TEN_DAYS_AGO + dt.timedelta(days=7)).isoformat(),
        world.alice.code,
        "Buprenorphine (MOUD)",
        "VAN1",
    ]
    listed.table.selectRow(0)

    def record(dialog: FollowUpDialog) -> None:
        assert not dialog.connected.isEnabled()  # connected waits for contact
        dialog.contact_made.setChecked(True)
        dialog.connected.setChecked(True)
        qtbot.keyClicks(dialog.notes, "started at the clinic")
        click_save(qtbot, dialog)

    when_shown(FollowUpDialog, record)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(listed.record_button, Qt.MouseButton.LeftButton)
    assert listed.model.rowCount() == 0 and not listed.record_button.isEnabled()
    qtbot.waitUntil(lambda: page.follow_up_heading.text() == "Follow-ups due (0)")
    assert page.follow_up_list.text() == "No follow-up is due."
    listed.close()
    with world.db.session() as s:
        stored = s.get(Referral, referral.id)
        assert (stored.outcome, stored.outcome_on) == (ReferralOutcome.CONNECTED, TODAY)
        start = TODAY - dt.timedelta(days=30)
        assert measures.referrals_by_kind_and_provider(s, world.actor, start, TODAY) == {
            ("moud_buprenorphine", None): 1,
            ("housing", None): 1,
        }
        assert measures.people_referred(s, world.actor, start, TODAY) == 1  # the housing one was anonymous
        assert measures.people_connected(s, world.actor, start, TODAY) == Share(1, 1)
        assert measures.median_days_to_connection(s, world.actor, start, TODAY) == 10


def test_refer_from_a_participants_page_with_ctrl_r(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    detail = shown(qtbot, ParticipantDetail(workspace, world.alice.id))
    detail.activateWindow()
    qtbot.waitUntil(detail.isActiveWindow)

    def refer(dialog: ReferralDialog) -> None:
        choose(dialog.kind, "housing")
        dialog.consent.setChecked(True)
        click_save(qtbot, dialog)

    when_shown(ReferralDialog, refer)
    qtbot.keyClick(detail, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: detail.referrals.rowCount() == 1)
    assert detail.referrals.index(0, 1).data() == "Housing"
    assert detail.follow_ups.rowCount() == 3


def test_a_program_that_keeps_counts_only_is_asked_the_kind_and_day_alone(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    world.run(program_settings.change_settings, {"referral_counts_only": "yes"})
    dialog = shown(
        qtbot, ReferralDialog(workspace, site_id=world.van.id, participant_id=world.alice.id, participant_code="X")
    )
    assert not dialog.provider.isVisible() and not dialog.consent.isVisible() and not dialog.notes.isVisible()
    assert dialog.warm_handoff.isVisible() and dialog.kind.isVisible()
    choose(dialog.kind, "mental_health")
    click_save(qtbot, dialog)
    (saved,) = stored_referrals(world)
    assert (saved.kind, saved.participant_id, saved.source_kind) == ("mental_health", None, ReferralSource.PARTICIPANT)
