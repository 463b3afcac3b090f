"""A program's first day through the real widgets, from an empty data folder to the quarterly report.

Set up, add a partner and a site, receive kits, enrol people, train a class and give its kits, refill, record a
reversal and its replacement, correct two hand-outs; then the report and the stock must match what was done.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.model import Dispensing, Participant, Product
from oend.model.codes import SupplyType
from oend.queries.stock import stock_levels
from oend.reporting.engine import compute_report
from oend.reporting.periods import Period
from oend.reporting.tables import Table
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.dialogs.participant import ParticipantDialog
from oend.ui.dialogs.program import PartnerDialog, SiteDialog
from oend.ui.dialogs.reversal import ReversalDialog
from oend.ui.dialogs.stock import DispenseDialog, ReceiveDialog
from oend.ui.dialogs.training import TrainingDialog
from oend.ui.dialogs.void_dialog import VoidDialog
from oend.ui.main_window import MainWindow
from oend.ui.pages.administration import AdministrationPage
from oend.ui.pages.kits import KitsPage
from oend.ui.pages.participants import ParticipantsPage
from oend.ui.pages.reversals import ReversalsPage
from oend.ui.pages.trainings import TrainingsPage
from oend.ui.session.setup import SetupDialog
from oend.ui.workspace import Workspace
from tests.ui.driving import when_shown
from tests.ui.form_driving import choose, click_save, shown

RECEIVED = 50


def saved(qtbot: QtBot, dialog: FormDialog) -> None:
    """Save, and say what the form refused if it stays open."""
    click_save(qtbot, dialog)
    refused = [
        label.objectName() + ": " + label.text()
        for label in dialog.findChildren(QLabel)
        if label.objectName().endswith("_error") and label.isVisible()
    ]
    assert dialog.result() == dialog.DialogCode.Accepted, refused


def set_up(qtbot: QtBot, folder: Path) -> Workspace:
    dialog = shown(qtbot, SetupDialog(str(folder / "oend.db")))
    assert isinstance(dialog, SetupDialog)
    complete_setup(dialog)
    assert dialog.result_signed_in is not None
    return Workspace.of(dialog.result_signed_in)


def complete_setup(dialog: SetupDialog) -> None:
    """A new program, its administrator Maria, and its first site, through every step of the wizard."""
    dialog.program_name.setText("Riverside Harm Reduction")
    dialog.username.setText("maria")
    dialog.display_name.setText("Maria Lopez")
    dialog.password.setText("blue river morning coffee")
    dialog.password_again.setText("blue river morning coffee")
    dialog.create_button.click()
    dialog.confirm.setChecked(True)
    dialog.continue_button.click()
    step = dialog.first_site
    step.code.setText("DTN")
    step.name.setText("Downtown drop-in")
    choose(step.kind, "fixed_site")
    step.tick({"nasal_4mg", "im_vial_kit"})
    step.save_button.click()
    assert dialog.result() == SetupDialog.DialogCode.Accepted and dialog.result_signed_in is not None


def add_partner_and_site(qtbot: QtBot, window: MainWindow) -> None:
    page = window.open_page(AdministrationPage)

    def partner(dialog: PartnerDialog) -> None:
        dialog.name.setText("County Health Department")
        choose(dialog.category, "health_department")
        saved(qtbot, dialog)

    when_shown(PartnerDialog, partner)
    assert page.partners.add()
    made = page.partners.selected()
    assert made is not None

    def site(dialog: SiteDialog) -> None:
        dialog.code.setText("EAST")
        dialog.name.setText("Eastside outreach")
        choose(dialog.kind, "outreach")
        choose(dialog.partner, made.id)
        saved(qtbot, dialog)

    page.tabs.setCurrentWidget(page.sites)
    when_shown(SiteDialog, site)
    assert page.sites.add()
    assert [r.code for r in page.sites.model.rows()] == ["DTN", "EAST"]


def receive(qtbot: QtBot, page: KitsPage, product_id: object, site_id: object = None) -> None:
    def fill(dialog: ReceiveDialog) -> None:
        if site_id is not None:
            choose(dialog.site, site_id)
        choose(dialog.product, product_id)
        qtbot.keyClicks(dialog.lot_number, "N-1")
        dialog.expiry_date.setDate(dt.date.today() + dt.timedelta(days=400))
        dialog.quantity.setValue(RECEIVED)
        saved(qtbot, dialog)

    when_shown(ReceiveDialog, fill)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)


def enrol(qtbot: QtBot, page: ParticipantsPage, first_name: str) -> str:
    def fill(dialog: ParticipantDialog) -> None:
        dialog.first_name.setText(first_name)
        choose(dialog.category, "community_member")
        saved(qtbot, dialog)

    when_shown(ParticipantDialog, fill)
    page.create_new()
    return page.search.text()


def hand_out(
    qtbot: QtBot, page: KitsPage, code: str, expected: str, quantity: int = 1, refill_reason: str | None = None
) -> None:
    """Kits handed out from the Kits page: the form says a first kit or a refill from the person's history."""

    def fill(dialog: DispenseDialog) -> None:
        qtbot.keyClicks(dialog.participant, code)
        qtbot.keyClick(dialog.participant, Qt.Key.Key_Tab)
        assert dialog.supply_type.currentData() == expected, "proposed from the person's history"
        if refill_reason is not None:
            choose(dialog.refill_reason, refill_reason)
        dialog.quantity.setValue(quantity)
        if quantity > 2:
            dialog.reason_note.setText("for the household")
        saved(qtbot, dialog)

    when_shown(DispenseDialog, fill)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.dispense_button, Qt.MouseButton.LeftButton)


def train_and_give_class_kits(qtbot: QtBot, window: MainWindow, codes: list[str]) -> None:
    page = window.open_page(TrainingsPage)

    def fill(dialog: TrainingDialog) -> None:
        choose(dialog.format, "group")
        dialog.topics["naloxone_use"].setChecked(True)
        dialog.topics["recognising"].setChecked(True)
        saved(qtbot, dialog)

    when_shown(TrainingDialog, fill)
    with qtbot.waitSignal(page.changed):
        page.create_new()
    panel = page.attendees
    for code in codes:
        qtbot.keyClicks(panel.code, code)
        qtbot.keyClick(panel.code, Qt.Key.Key_Return)
    assert panel.model.rowCount() == len(codes)
    qtbot.mouseClick(panel.kit_all_button, Qt.MouseButton.LeftButton)
    assert [panel.model.index(r, 4).data() for r in range(len(codes))] == ["1 given"] * len(codes)


def reversal_with_replacement(qtbot: QtBot, window: MainWindow, code: str) -> None:
    page = window.open_page(ReversalsPage)

    def report(dialog: ReversalDialog) -> None:
        qtbot.keyClicks(dialog.reporter, code)
        choose(dialog.outcome, "survived")
        saved(qtbot, dialog)

    when_shown(ReversalDialog, report)
    with qtbot.waitSignal(page.changed):
        page.create_new()

    def replace(dialog: DispenseDialog) -> None:
        assert dialog.participant.text() == code
        saved(qtbot, dialog)

    when_shown(DispenseDialog, replace)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.replace_button, Qt.MouseButton.LeftButton)
    assert page.model.index(0, 7).data() == "1 kit(s) given"


def choose_hand_out(page: KitsPage, code: str, quantity: int) -> None:
    rows = page.dispensing_model.rows()
    page.dispensing_table.selectRow(
        next(n for n, r in enumerate(rows) if (r.participant_code, r.quantity) == (code, quantity))
    )


def correct_two_hand_outs(qtbot: QtBot, page: KitsPage, edited: str, voided: str) -> None:
    choose_hand_out(page, edited, 3)

    def fewer(dialog: DispenseDialog) -> None:
        dialog.quantity.setValue(2)
        saved(qtbot, dialog)

    when_shown(DispenseDialog, fewer)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)

    choose_hand_out(page, voided, 1)

    def void(dialog: VoidDialog) -> None:
        dialog.reason.setText("entered for the wrong person")
        qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)

    when_shown(VoidDialog, void)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)


def table(tables: list[Table], table_id: str) -> Table:
    return next(t for t in tables if t.id == table_id)


def test_first_day(qtbot: QtBot, styled: QApplication, tmp_path: Path) -> None:
    workspace = set_up(qtbot, tmp_path)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        add_partner_and_site(qtbot, window)
        with workspace.db.session() as session:
            nasal = session.scalars(select(Product).where(Product.code == "NASAL4")).one()
            nasal_id, doses_per_kit = nasal.id, nasal.doses_per_kit

        kits = window.open_page(KitsPage)
        receive(qtbot, kits, nasal_id)
        people = window.open_page(ParticipantsPage)
        bea, carl, dora, eve = (enrol(qtbot, people, name) for name in ("Bea", "Carl", "Dora", "Eve"))

        kits = window.open_page(KitsPage)
        hand_out(qtbot, kits, bea, "new")  # an earlier hand-out
        hand_out(qtbot, kits, eve, "new")
        train_and_give_class_kits(qtbot, window, [bea, carl, dora])  # Bea's a refill, Carl's and Dora's new
        kits = window.open_page(KitsPage)
        hand_out(qtbot, kits, eve, "refill", refill_reason="used_on_someone")  # she returns
        reversal_with_replacement(qtbot, window, eve)  # a refill
        kits = window.open_page(KitsPage)
        hand_out(qtbot, kits, carl, "refill", 3)  # a refill of 3 (no reason needed), corrected to 2
        hand_out(qtbot, kits, dora, "refill")  # voided
        correct_two_hand_outs(qtbot, kits, edited=carl, voided=dora)

        new = 1 + 1 + 2  # Bea's and Eve's first kits, Carl's and Dora's class kits (Dora's second was voided)
        refill = 1 + 1 + 1 + 2  # Bea's class kit, Eve's return, her replacement, Carl's 2 (edited from 3)
        handed_out = new + refill
        today = dt.date.today()
        with workspace.db.session() as session:
            report = compute_report(
                session, workspace.actor, "quarterly_oend", Period.quarter(today.year, (today.month - 1) // 3 + 1)
            )
            class_kits = session.execute(
                select(Participant.code, Dispensing.supply_type)
                .join(Participant, Participant.id == Dispensing.participant_id)
                .where(Dispensing.training_session_id.is_not(None))
            ).all()
            on_hand = sum(level.on_hand for level in stock_levels(session, workspace.actor))
        assert sorted(class_kits) == sorted(
            [(bea, SupplyType.REFILL), (carl, SupplyType.NEW), (dora, SupplyType.NEW)]
        ), "the one who had a kit before gets a refill in class"
        figures = [row[1] for row in table(report.tables, "key_figures").body()]
        assert figures == [3, handed_out, handed_out * doses_per_kit, RECEIVED, 1]
        by_product = table(report.tables, "kits_by_product")
        assert by_product.header[1:] == ["New kit", "Refill", "Total"]
        assert by_product.values == [[new, refill, handed_out], [new, refill, handed_out]]
        assert on_hand == RECEIVED - handed_out
    finally:
        window.session.end()
