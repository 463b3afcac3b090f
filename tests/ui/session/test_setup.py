"""The set-up wizard from an empty data folder: the program, its administrator, the recovery key on paper,
then the first site and the products it hands out, every problem shown at once."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oend.queries.choices import product_choices, site_choices
from oend.services import accounts
from oend.ui.session.recovery_print import print_key_to
from oend.ui.session.setup import FIRST_SITE, RECOVERY, SetupDialog
from tests.ui.form_driving import message_beside, shown

PASSWORD = "blue river morning coffee"


def fill_details(dialog: SetupDialog, password_again: str = PASSWORD) -> None:
    dialog.program_name.setText("Riverside Harm Reduction")
    dialog.username.setText("maria")
    dialog.display_name.setText("Maria Lopez")
    dialog.password.setText(PASSWORD)
    dialog.password_again.setText(password_again)


def test_every_problem_with_the_details_shows_at_once(qtbot: QtBot, styled: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "new.db"
    dialog = shown(qtbot, SetupDialog(str(target)))
    dialog.username.setText("Not Valid!")
    dialog.password.setText("short")
    dialog.password_again.setText("other")
    dialog.create_button.click()
    for field in ("program_name", "username", "display_name", "password", "password_again"):
        assert message_beside(dialog, field), f"no message beside {field}"
    assert dialog.steps.currentIndex() == 0 and not target.exists()


def test_the_wizard_creates_the_program_its_first_site_and_products(
    qtbot: QtBot, styled: QApplication, tmp_path: Path
) -> None:
    target = tmp_path / "new.db"
    dialog = shown(qtbot, SetupDialog(str(target)))
    fill_details(dialog)
    dialog.create_button.click()
    assert dialog.steps.currentIndex() == RECOVERY
    key = dialog.recovery_key.text()

    pdf = tmp_path / "key.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    print_key_to(printer, dialog.program_name.text(), key)
    words = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert key in words.split(), "the key prints whole, on one line"
    assert "Recovery key of Riverside Harm Reduction" in words

    dialog.confirm.setChecked(True)
    dialog.continue_button.click()
    assert dialog.steps.currentIndex() == FIRST_SITE
    step = dialog.first_site
    step.tick(set())
    step.save_button.click()  # nothing filled in, nothing ticked: every problem at once
    for field in ("code", "name", "kind", "formulations"):
        assert message_beside(step, field), f"no message beside {field}"
    assert dialog.isVisible()
    step.code.setText("van1")
    step.name.setText("Outreach van")
    step.kind.setCurrentIndex(step.kind.findData("outreach"))
    step.tick({"nasal_4mg", "im_vial_kit"})
    step.save_button.click()
    assert dialog.result() == SetupDialog.DialogCode.Accepted

    signed_in = dialog.result_signed_in
    assert signed_in is not None and signed_in.actor.username == "maria"
    try:
        with signed_in.db.session() as session:
            assert [(s.code, s.name) for s in site_choices(session, signed_in.actor)] == [("VAN1", "Outreach van")]
            assert sorted(p.code for p in product_choices(session)) == ["IMKIT", "NASAL4"]
    finally:
        accounts.sign_out(signed_in)
