"""Every page and data-entry form fits a small laptop screen (1093x614 logical) in English and in Spanish.

A failure lists each widget whose text is cut, each pair of overlapping siblings, each window too big.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.ids import uuid7
from oend.model import Participant, Site
from oend.model.codes import Role
from oend.queries.linkage import follow_ups_of, referrals_of
from oend.queries.sync_status import ConflictRow, PeerStatus, RejectionRow, SyncStatus
from oend.services.audit_chain import Break, Flaw
from oend.services.products import add_product
from oend.services.referrals import record_referral
from oend.services.stock import receive_stock, transfer_stock, write_off_stock
from oend.services.sync.apply import ApplyResult
from oend.services.trainings import record_training
from oend.ui.dialogs.enrol_laptop import EnrolLaptopDialog
from oend.ui.dialogs.participant import ParticipantDialog
from oend.ui.dialogs.participant_edit import ParticipantEditDialog
from oend.ui.dialogs.program import (
    CommonProductsDialog,
    PartnerDialog,
    ProductDialog,
    ProviderDialog,
    SiteDialog,
    TopicDialog,
)
from oend.ui.dialogs.program_settings import DefaultSiteDialog, ProgramSettingsDialog
from oend.ui.dialogs.referral import FollowUpDialog, OutcomeDialog, ReferralDialog
from oend.ui.dialogs.reversal import ReversalDialog
from oend.ui.dialogs.stock import DispenseDialog, ReceiveDialog, TransferDialog, WriteOffDialog
from oend.ui.dialogs.training import TrainingDialog
from oend.ui.dialogs.user import UserDialog
from oend.ui.language import install_translators, remove_translators
from oend.ui.main_window import FRAME, MainWindow, start_geometry
from oend.ui.pages.participant_detail import ParticipantDetail
from oend.ui.pages.sync import SyncPage
from oend.ui.session.setup import SetupDialog
from oend.ui.session.sign_in import SignInDialog
from oend.ui.session.tampering import Tampering, TamperNotice
from oend.ui.workspace import Workspace
from tests.ui.layout_check import SMALL_SCREEN, SMALL_WINDOW, cut_text, overlaps, too_big

FORMS: tuple[Callable[[Workspace], QDialog], ...] = (
    ParticipantDialog,
    DispenseDialog,
    ReceiveDialog,
    TransferDialog,
    WriteOffDialog,
    ReversalDialog,
    TrainingDialog,
    UserDialog,
    SiteDialog,
    PartnerDialog,
    ProviderDialog,
    ProductDialog,
    CommonProductsDialog,
    TopicDialog,
    ProgramSettingsDialog,
    DefaultSiteDialog,
    ReferralDialog,
    EnrolLaptopDialog,
)


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def settle(qapp: QApplication) -> None:
    for _ in range(3):
        qapp.processEvents()


def problems_of(widget: QWidget) -> list[str]:
    return cut_text(widget) + overlaps(widget)


def tabs_of(page: QWidget) -> Iterator[str]:
    """Each state of the page's tabs in turn (one, for a page without), named for a failure's message."""
    yield ""
    for tabs in page.findChildren(QTabWidget):
        for number in range(1, tabs.count()):
            tabs.setCurrentIndex(number)
            yield f" ({tabs.tabText(number)})"
        tabs.setCurrentIndex(0)


def test_every_page_fits_a_small_screen(
    language: str, open_window: Callable[[str], MainWindow], qapp: QApplication
) -> None:
    window = open_window("ada")
    found: list[str] = []
    for size in (SMALL_SCREEN, SMALL_WINDOW):
        window.resize(size)
        assert window.size() == size, "the window's minimum size does not fit the screen"
        for entry in window.entries:
            page = window.open_page(entry.page_class())
            for tab in tabs_of(page):
                settle(qapp)
                problems = too_big(page, page.size()) + problems_of(page)
                found += [f"{entry.class_name}{tab} at {size.toTuple()}: {problem}" for problem in problems]
        found += too_big(window, size) + cut_text(window.statusBar()) + problems_of(window.sidebar.parentWidget())
    assert not found, f"{language}:\n" + "\n".join(found)


def busy_sync_page(page: SyncPage) -> None:
    """The Sync page with every part shown: devices, a conflict, refusals, the server's button and outcome, a
    clock far ahead."""
    at = dt.datetime(2026, 3, 14, 9, 26, tzinfo=dt.UTC)
    device, peer = str(uuid7()), str(uuid7())
    reason = "the database refused it: participant code MALO1985F is already taken by another person"
    page.show_status(
        SyncStatus(
            device,
            at,
            [PeerStatus(peer, at, 12_345), PeerStatus(str(uuid7()), None, 7)],
            [ConflictRow(uuid7(), "participants", str(uuid7()), "county", "Suffolk", device, at, "Norfolk", peer, at)],
            1,
            [RejectionRow(peer, 812, "participants", str(uuid7()), reason, at)] * 3,
            3,
            2,
        )
    )
    page.server_button.show()
    sent = page.tr("Sent to the server: %1 changes, %2 applied there.").replace("%1", "12,345").replace("%2", "12,340")
    stopped = page.tr("Stopped: what was exchanged is kept; the rest goes at the next sync.")
    page.show_result(
        ApplyResult(1_204, 3_311, 4, [f"participants {uuid7()}: {reason}"] * 3, 1, {peer: 1440}),
        after=[f"{sent} {stopped}"],
    )


def test_the_sync_page_fits_a_small_screen_with_everything_shown(
    language: str, open_window: Callable[[str], MainWindow], qapp: QApplication, qtbot: QtBot
) -> None:
    window = open_window("ada")
    page = window.open_page(SyncPage)
    qtbot.waitUntil(lambda: page.status is not None and not page.loading)
    busy_sync_page(page)
    found: list[str] = []
    for size in (SMALL_SCREEN, SMALL_WINDOW):
        window.resize(size)
        for tab in tabs_of(page):
            settle(qapp)
            found += [f"SyncPage{tab} at {size.toTuple()}: {p}" for p in too_big(page, page.size()) + problems_of(page)]
    assert not found, f"{language}:\n" + "\n".join(found)


def made_forms(workspace: Workspace) -> Iterator[QDialog]:
    yield from (make(workspace) for make in FORMS)
    with workspace.db.transaction() as session:
        person = session.scalars(select(Participant).order_by(Participant.code).limit(1)).one()
        session.expunge(person)
    yield ParticipantEditDialog(workspace, person)
    yield ParticipantDetail(workspace, person.id)
    yield from linkage_forms(workspace, person)
    received, moved, lost, held = recorded(workspace)
    yield ReceiveDialog(workspace, movement_id=received)
    yield TransferDialog(workspace, movement_id=moved)
    yield WriteOffDialog(workspace, movement_id=lost)
    yield TrainingDialog(workspace, training_id=held)


def linkage_forms(workspace: Workspace, person: Participant) -> Iterator[QDialog]:
    """The forms of a referral's outcome and of its first follow-up."""
    actor = workspace.actor
    with workspace.db.transaction() as session:
        record_referral(
            session,
            actor,
            site_id=session.scalars(select(Site.id).where(Site.code == "DTN")).one(),
            referred_on=dt.date.today(),
            kind="recovery_community",
            participant_id=person.id,
            consent_to_follow_up=True,
        )
        referral = referrals_of(session, actor, person.id)[0]
        follow_up = follow_ups_of(session, actor, person.id)[0]
    yield OutcomeDialog(workspace, referral)
    yield FollowUpDialog(workspace, follow_up)


def recorded(workspace: Workspace) -> tuple[uuid.UUID, ...]:
    """A receipt, a transfer, a write-off and a training session, for the forms that correct them."""
    actor, today = workspace.actor, dt.date.today()
    with workspace.db.transaction() as session:
        downtown, east = (session.scalars(select(Site.id).where(Site.code == code)).one() for code in ("DTN", "EAST"))
        nasal = add_product(session, actor, code="NAS4", name="Naloxone nasal 4 mg", formulation="nasal_4mg").record
        expiry = today.replace(year=today.year + 2)
        received = receive_stock(
            session,
            actor,
            site_id=downtown,
            product_id=nasal.id,
            lot_number="A100",
            expiry_date=expiry,
            quantity=40,
            received_on=today,
            reference="INV-1",
        ).record
        lot = received.lot_id
        moved = transfer_stock(
            session, actor, from_site_id=downtown, to_site_id=east, lot_id=lot, quantity=5, moved_on=today
        ).record
        lost = write_off_stock(
            session, actor, site_id=downtown, lot_id=lot, quantity=2, reason="other", written_off_on=today, notes="wet"
        ).record
        held = record_training(
            session, actor, session_date=today, site_id=downtown, format="group", topics=["recognising", "law"]
        ).record
        return received.id, moved.id, lost.id, held.id


def test_every_form_fits_a_small_screen(
    language: str, qtbot: QtBot, qapp: QApplication, admin_window: MainWindow
) -> None:
    found: list[str] = []
    for dialog in made_forms(admin_window.workspace):
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qapp)
        found += [f"{type(dialog).__name__}: {problem}" for problem in too_big(dialog) + problems_of(dialog)]
        dialog.close()
    assert not found, f"{language}:\n" + "\n".join(found)


def test_set_up_and_sign_in_fit_a_small_screen(
    language: str, qtbot: QtBot, qapp: QApplication, program: object
) -> None:
    found: list[str] = []
    setup = SetupDialog(str(program) + ".new")
    setup.add_first_site()  # added when reached: the program is not set up here
    setup.show_join()
    for dialog in (SignInDialog(str(program)), setup):
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qapp)
        found += [f"{type(dialog).__name__}: {problem}" for problem in too_big(dialog) + problems_of(dialog)]
    for step in range(1, setup.steps.count()):
        setup.steps.setCurrentIndex(step)
        settle(qapp)
        found += [f"SetupDialog step {step + 1}: {problem}" for problem in too_big(setup) + problems_of(setup)]
    assert not found, f"{language}:\n" + "\n".join(found)


def test_the_tamper_notice_fits_a_small_screen(language: str, qtbot: QtBot, qapp: QApplication) -> None:
    """Every part at once, with more breaks than it names one by one, for both roles told of them."""
    at = dt.datetime(2026, 3, 14, 9, 26, tzinfo=dt.UTC)
    breaks = tuple(
        Break(str(uuid7()), flaw, 1207, uuid7(), at, "maria.lopez-fernandez", "update", missing=1206, checkpoint_at=at)
        for flaw in Flaw
    )
    found = Tampering(
        True, ("owen", "cora", "maria.lopez-fernandez"), True, breaks, tuple(b.text() for b in breaks), True
    )
    problems: list[str] = []
    for role in (Role.ADMINISTRATOR, Role.COORDINATOR):
        notice = TamperNotice(found, role)
        qtbot.addWidget(notice)
        notice.show()
        settle(qapp)
        problems += [f"{role}: {problem}" for problem in too_big(notice) + problems_of(notice)]
        notice.close()
    assert not problems, f"{language}:\n" + "\n".join(problems)


@pytest.mark.parametrize("available", [QRect(0, 0, 1093, 614), QRect(0, 0, 1280, 720), QRect(1366, 30, 1920, 1050)])
def test_the_window_opens_inside_the_available_screen(available: QRect) -> None:
    placed = start_geometry(available)
    assert available.contains(placed.marginsAdded(FRAME)), "the title bar and borders are on the screen too"
    assert placed.width() >= min(available.width() - FRAME.left() - FRAME.right(), 1280)


def test_the_main_window_opens_at_its_start_geometry(window: MainWindow, qapp: QApplication) -> None:
    screen = window.screen()
    assert window.geometry().size() == start_geometry(screen.availableGeometry()).size()
    minimum = window.minimumSize().expandedTo(window.minimumSizeHint())
    assert minimum.boundedTo(SMALL_SCREEN) == minimum, f"minimum {minimum} does not fit {SMALL_SCREEN}"


def test_the_checks_catch_cut_text_and_overlaps(qtbot: QtBot, qapp: QApplication) -> None:
    """A row squeezed below its minimum, the way an explicit window minimum lets it be, is reported."""
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    layout.addWidget(QLabel("A label that needs a good deal of room"))
    layout.addWidget(QPushButton("A button as wide"))
    fields = [QLineEdit(), QLineEdit()]
    for field in fields:
        field.setFixedWidth(100)
        layout.addWidget(field)
    row.setMinimumSize(10, 10)
    row.resize(150, 40)
    row.show()
    settle(qapp)
    assert len(cut_text(row)) == 2
    assert overlaps(row)
    assert too_big(row, QSize(100, 100))


def test_the_enrolment_passphrase_and_the_server_join_fit_a_small_screen(
    language: str, qtbot: QtBot, qapp: QApplication, admin_window: MainWindow, program: object
) -> None:
    """The enrolment dialog's second step with a long file name, and the join step with the server chosen."""
    enrol = EnrolLaptopDialog(admin_window.workspace)
    enrol.passphrase.setText("ABCD-EFGH-JKLM-NPQR-STUV")
    saved = enrol.tr("The enrolment file for %1 is saved as %2.")
    enrol.where.setText(saved.replace("%1", "maria.lopez, wren").replace("%2", "/home/maria/Documents/wren.oendjoin"))
    enrol.steps.setCurrentIndex(1)
    setup = SetupDialog(str(program) + ".new")
    setup.show_join()
    assert setup.join_step is not None
    setup.join_step.from_server.setChecked(True)
    found: list[str] = []
    for dialog in (enrol, setup):
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qapp)
        found += [f"{type(dialog).__name__}: {problem}" for problem in too_big(dialog) + problems_of(dialog)]
    assert not found, f"{language}:\n" + "\n".join(found)
