"""The interface language: the Spanish translation loads, and a choice in Settings applies at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from oend.ui.dialogs.participant import ParticipantDialog
from oend.ui.language import chosen_language, install_translators, translations_dir, use_language
from oend.ui.main_window import MainWindow
from oend.ui.pages.settings import SettingsPage
from oend.ui.pages.today import TodayPage
from oend.ui.workspace import Workspace


def test_the_compiled_spanish_translation_ships_in_the_package() -> None:
    assert (Path(translations_dir()) / "oend_es.qm").stat().st_size > 1000


@pytest.mark.usefixtures("spanish")
def test_spanish_changes_the_visible_labels(qtbot: QtBot, workspace: Workspace) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[:3] == ["Hoy", "Participantes", "Capacitaciones"]
    assert titles[8:10] == ["Administración", "Configuración"]
    assert titles[10:] == ["Usuarios", "Registro de auditoría"]
    assert window.page(SettingsPage).title_label.text() == "Configuración"
    built = [window.page_at(i) for i in range(len(titles))]
    assert [page.title() if page is not None else None for page in built] == titles, "pages agree with the sidebar"
    assert window.windowTitle() == "Registro OEND"


@pytest.mark.usefixtures("spanish")
def test_spanish_reaches_the_designer_forms_and_qt_buttons(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = ParticipantDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nuevo participante"
    assert dialog.category.itemText(dialog.category.findData("at_risk")) == "Persona que usa drogas / en riesgo"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"


def test_english_needs_no_translator(qapp: QApplication) -> None:
    assert install_translators(qapp, "en") == []


@pytest.fixture
def restores_english(qapp: QApplication) -> Iterator[None]:
    """The app back in English after the test, whatever language the test left in place."""
    yield
    use_language(qapp, "en")


def choose(window: MainWindow, code: str) -> SettingsPage:
    """Pick ``code`` in the shown Settings page; returns the Settings page the window shows afterwards."""
    page = window.open_page(SettingsPage)
    page.language.setCurrentIndex(page.language.findData(code))
    return window.open_page(SettingsPage)


@pytest.mark.usefixtures("restores_english")
def test_a_new_language_applies_at_once(qtbot: QtBot, admin_window: MainWindow) -> None:
    window = admin_window
    workspace = window.workspace
    window.open_page(TodayPage)  # built in English before the change
    choose(window, "es")
    assert chosen_language() == "es", "remembered for the next start too"
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Hoy")
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[8:10] == ["Administración", "Configuración"]
    assert window.windowTitle() == "Registro OEND"
    assert window.sign_out_action.text() == "Cerrar sesión"
    page = window.current_page
    assert isinstance(page, SettingsPage) and page.isVisible(), "Settings stays open"
    assert window.sidebar.currentRow() == window.index_of(SettingsPage)
    assert page.title_label.text() == "Configuración"
    assert page.language.currentText() == "Español"
    assert "Idioma" in labels_on(page)
    assert window.page(TodayPage).title_label.text() == "Hoy", "a page built before reads Spanish too"
    assert window.workspace is workspace and window.workspace.signed_in is not None, "still signed in"

    choose(window, "en")
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Today")
    page = window.open_page(SettingsPage)
    assert page.title_label.text() == "Settings"
    assert "Language" in labels_on(page)
    assert window.windowTitle() == "OEND tracker"
    assert chosen_language() == "en"


def labels_on(page: QWidget) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel)]
