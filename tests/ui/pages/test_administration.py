"""The Administration page: a coordinator sets the program up from it, and outreach workers never see it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from oend.queries.choices import topic_choices
from oend.queries.linkage import counts_only, follow_up_days
from oend.services import sites, trainings
from oend.ui.dialogs.program import PartnerDialog, ProductDialog, SiteDialog, TopicDialog
from oend.ui.dialogs.program_settings import ProgramSettingsDialog
from oend.ui.dialogs.stock import DispenseDialog
from oend.ui.dialogs.training import TrainingDialog
from oend.ui.main_window import MainWindow
from oend.ui.pages.administration import AdministrationPage
from tests.ui.driving import when_shown
from tests.ui.form_driving import choose, click_save, message_beside
from tests.ui.program import ADMIN, COORDINATOR, OUTREACH


def titles(window: MainWindow) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_only_coordinators_and_administrators_see_administration(open_window: Callable[[str], MainWindow]) -> None:
    outreach = open_window(OUTREACH)
    assert "Administration" not in titles(outreach)
    assert not outreach.findChildren(AdministrationPage)
    outreach.session.end()
    assert "Administration" in titles(open_window(COORDINATOR))


def select(table_list: object, **match: object) -> None:
    rows = table_list.model.rows()  # type: ignore[attr-defined]
    number = next(n for n, r in enumerate(rows) if all(getattr(r, k) == v for k, v in match.items()))
    table_list.table.selectRow(number)  # type: ignore[attr-defined]


def test_a_coordinator_sets_up_partners_sites_products_and_topics(
    qtbot: QtBot, open_window: Callable[[str], MainWindow]
) -> None:
    window = open_window(COORDINATOR)
    page = window.open_page(AdministrationPage)
    assert [r.code for r in page.sites.model.rows()] == ["DTN", "EAST"]
    resets: list[int] = []
    page.sites.model.modelReset.connect(lambda: resets.append(1))

    def add_partner(dialog: PartnerDialog) -> None:
        dialog.name.setText("County Health Department")
        choose(dialog.category, "health_department")
        click_save(qtbot, dialog)

    when_shown(PartnerDialog, add_partner)
    assert page.partners.add()
    partner = page.partners.selected()
    assert partner is not None and partner.name == "County Health Department" and partner.sites == 0

    def add_site(dialog: SiteDialog) -> None:
        click_save(qtbot, dialog)  # nothing filled in: each required field says so beside it
        assert all(message_beside(dialog, f) for f in ("code", "name", "kind"))
        dialog.code.setText("van2")
        dialog.name.setText("Northside van")
        choose(dialog.kind, "outreach")
        choose(dialog.partner, partner.id)
        dialog.county.setText("Hampden")
        click_save(qtbot, dialog)

    page.tabs.setCurrentWidget(page.sites)
    resets.clear()
    when_shown(SiteDialog, add_site)
    assert page.sites.add()
    assert len(resets) == 1, "one write, one reload"
    site = page.sites.selected()
    assert site is not None and (site.code, site.partner, site.county) == (
        "VAN2",
        "County Health Department",
        "Hampden",
    )
    assert "VAN2" in page.sites.note.text()

    def add_product(dialog: ProductDialog) -> None:
        dialog.code.setText("KLOX")
        dialog.name.setText("Kloxxado nasal spray 8 mg")
        choose(dialog.formulation, "nasal_8mg")
        dialog.strength.setText("8 mg")
        assert dialog.doses_per_kit.value() == 2, "doses per kit follow the formulation"
        click_save(qtbot, dialog)

    when_shown(ProductDialog, add_product)
    assert page.products.add()
    assert [(p.code, p.doses_per_kit) for p in page.products.model.rows()] == [("KLOX", 2)]

    def add_topic(dialog: TopicDialog) -> None:
        dialog.label.setText("Fentanyl test strips")
        click_save(qtbot, dialog)

    when_shown(TopicDialog, add_topic)
    assert page.topics.add()
    assert page.topics.model.rows()[-1].label == "Fentanyl test strips"

    def rename(dialog: TopicDialog) -> None:
        dialog.label.setText("Testing the supply: fentanyl strips")
        click_save(qtbot, dialog)

    when_shown(TopicDialog, rename)
    assert page.topics.rename_selected()
    assert page.topics.move_selected(-1) and page.topics.move_selected(-1)
    with window.workspace.db.session() as session:
        labels = [t.name for t in topic_choices(session)]
    assert labels[-3] == "Testing the supply: fentanyl strips" and len(labels) == 10
    assert page.topics.selected().label == labels[-3]  # type: ignore[union-attr]
    training = TrainingDialog(window.workspace)
    qtbot.addWidget(training)
    assert [box.text() for box in training.topics.values()] == labels, "the training form ticks the same topics"


def test_a_retired_site_is_no_longer_offered_but_old_records_keep_it(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(ADMIN)
    workspace = window.workspace
    with workspace.db.transaction() as session:
        east = sites.site_id_for_code(session, "EAST")
        trainings.record_training(
            session, workspace.actor, session_date=dt.date.today(), site_id=east, format="group", topics=["law"]
        )
    page = window.open_page(AdministrationPage)
    select(page.sites, code="EAST")
    assert page.sites.retire_button.text() == "Retire"
    asked: list[str] = []

    def answer_no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    qtbot.mouseClick(page.sites.retire_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Retire it?" in asked[0], "the button asks first"
    assert page.sites.selected().active is True  # type: ignore[union-attr]
    assert page.sites.toggle_selected(confirm=False)
    assert page.sites.selected().active is False  # type: ignore[union-attr]
    assert page.sites.retire_button.text() == "Reinstate"
    dispense = DispenseDialog(workspace)
    qtbot.addWidget(dispense)
    offered = [dispense.site.itemText(i) for i in range(dispense.site.count())]
    assert offered and not any(text.startswith("EAST") for text in offered)
    with workspace.db.session() as session:
        assert [s.site_code for s in trainings.list_sessions(session, workspace.actor)] == ["EAST"]


def test_a_custom_code_pattern_shows_its_example_as_it_is_typed(
    qtbot: QtBot, open_window: Callable[[str], MainWindow]
) -> None:
    window = open_window(COORDINATOR)
    page = window.open_page(AdministrationPage)
    page.tabs.setCurrentWidget(page.settings)
    assert "2 letters of first name" in page.settings.values["code_scheme"].text()
    examples: list[str] = []

    def custom(dialog: ProgramSettingsDialog) -> None:
        assert dialog.example == "MALO1985F" and not dialog.code_pattern.isVisible()
        choose(dialog.code_scheme, "custom")
        assert dialog.code_pattern.isVisible() and dialog.example == ""
        for key in "GFFLLYY":
            qtbot.keyClicks(dialog.code_pattern, key)
            examples.append(dialog.example)
        choose(dialog.fiscal_year_start_month, 7)
        click_save(qtbot, dialog)

    when_shown(ProgramSettingsDialog, custom)
    assert page.settings.change()
    assert examples == ["", "", "FMA", "FMAL", "FMALO", "", "FMALO85"], "a usable pattern shows its code"
    assert "GFFLLYY" in page.settings.values["code_scheme"].text()
    assert "FMALO85" in page.settings.values["code_scheme"].text()
    assert page.settings.values["fiscal_year_start_month"].text() == "July"


@pytest.mark.usefixtures("spanish")
def test_the_page_speaks_spanish(open_window: Callable[[str], MainWindow]) -> None:
    window = open_window(ADMIN)
    page = window.open_page(AdministrationPage)
    assert page.title_label.text() == "Administración"
    assert [page.tabs.tabText(i) for i in range(2)] == ["Sitios", "Socios"]


def test_a_coordinator_sets_the_follow_up_days_and_keeps_referral_counts_only(
    qtbot: QtBot, open_window: Callable[[str], MainWindow]
) -> None:
    window = open_window(COORDINATOR)
    page = window.open_page(AdministrationPage)
    page.tabs.setCurrentWidget(page.settings)
    refused: list[str] = []

    def linkage(dialog: ProgramSettingsDialog) -> None:
        assert dialog.follow_up_days.text() == "7,30,90" and not dialog.referral_counts_only.isChecked()
        dialog.follow_up_days.setText("7, soon")
        click_save(qtbot, dialog)
        refused.append(message_beside(dialog, "follow_up_days"))
        dialog.follow_up_days.setText("14, 60")
        qtbot.mouseClick(dialog.referral_counts_only, Qt.MouseButton.LeftButton)
        click_save(qtbot, dialog)

    when_shown(ProgramSettingsDialog, linkage)
    assert page.settings.change()
    assert refused == ["must be days separated by commas, such as 7,30,90"]
    with window.workspace.db.session() as session:
        assert follow_up_days(session) == (14, 60) and counts_only(session)
