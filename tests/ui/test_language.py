"""The interface language: the Spanish translation loads, and Settings remembers the choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from oend.ui.dialogs.participant import ParticipantDialog
from oend.ui.language import chosen_language, install_translators, translations_dir
from oend.ui.main_window import MainWindow
from oend.ui.pages.settings import SettingsPage
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


def test_settings_remembers_the_language_for_the_next_start(qtbot: QtBot, window: MainWindow) -> None:
    page = window.page(SettingsPage)
    assert chosen_language() == "en"
    page.language.setCurrentIndex(page.language.findData("es"))
    assert chosen_language() == "es"
    assert "reopen" in page.restart_note.text()
