"""Messages reach the screen in the user's language: every template (of a field error or of any other error a
user reads) is listed for lupdate and translated, the values are filled in as the UI shows them, and a refused
save in Spanish says why in Spanish."""

from __future__ import annotations

import datetime as dt
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oend.core.actor import Actor
from oend.core.participant_codes import SCHEMES
from oend.db import Database
from oend.errors import FieldError, Phrase, ValidationError
from oend.i18n.regenerate import CATALOGUE, CONTEXT, HERE, catalogue_text, collect_templates
from oend.model.codes import ParticipantCategory, WriteOffReason
from oend.services.accounts import WRONG
from oend.ui.dialogs.stock import DispenseDialog, WriteOffDialog
from oend.ui.text.validation_templates import TEMPLATES
from oend.ui.text.validation_text import error_text, field_error_text
from oend.ui.workspace import Workspace
from tests.support.world import World, build_world
from tests.ui.form_driving import choose, click_save, message_beside, shown


def spanish_translations() -> dict[str, tuple[str, str | None]]:
    """Source -> (translation, its type) for the Validation context of oend_es.ts."""
    root = ET.parse(HERE / "oend_es.ts").getroot()
    found: dict[str, tuple[str, str | None]] = {}
    for context in root.iter("context"):
        if context.findtext("name") == CONTEXT:
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                found[message.findtext("source") or ""] = (translation.text or "", translation.get("type"))
    return found


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_template_of_the_services_is_in_the_generated_catalogue() -> None:
    templates, computed = collect_templates()
    assert (
        "must be at most {high}" in templates
        and "only {available} kit(s) of lot {lot} in stock at this site" in templates
    )
    assert {s.description for s in SCHEMES.values()} <= set(templates), "phrases passed as values are collected too"
    assert {
        "you cannot disable your own account",  # raised errors, not only field errors
        "the backup was not restored: {problems}",
        WRONG,  # a module constant raised by name
        "too many failed attempts for {username}: try again in {minutes} minutes",  # built in the error's __init__
    } <= set(templates)
    assert computed == [], "templates must be plain literals"
    assert CATALOGUE.read_text(encoding="utf-8") == catalogue_text(templates), "run python oend/i18n/regenerate.py"
    assert list(TEMPLATES) == templates


def test_the_collector_finds_literals_and_flags_computed_templates(tmp_path: Path) -> None:
    package = tmp_path / "oend"
    (package / "services").mkdir(parents=True)
    (package / "ui").mkdir()
    (package / "cli").mkdir()
    (package / "errors.py").write_text(
        "class OendError(Exception):\n"
        "    def __init__(self, template='', values=None):\n"
        "        super().__init__(filled(template, values))\n"
        "class ValidationError(OendError):\n"
        "    def __init__(self, errors):\n"
        "        super().__init__('; '.join(map(str, errors)))\n"
        "class NotFoundError(OendError):\n"
        "    pass\n",
        encoding="utf-8",
    )
    (package / "services" / "x.py").write_text(
        "checks.fail('a', 'is odd')\n"
        "FieldError('b', template='is {n}', values={'n': 1})\n"
        "checks.fail('c', f'is {n}')\n"
        "raise ValidationError([FieldError('d', message)])\n"
        "Phrase('a kind of code')\n",
        encoding="utf-8",
    )
    (package / "services" / "z.py").write_text(
        "GONE = 'has gone'\n"
        "class Refused(errors.NotFoundError):\n"
        "    def __init__(self, who):\n"
        "        super().__init__('{who} is refused', values={'who': who})\n"
        "class Late(Refused):\n"
        "    def __init__(self, minutes):\n"
        "        super().__init__(f'late by {minutes}')\n"
        "raise NotFoundError('no {thing}', values={'thing': x})\n"
        "raise Refused(name)\n"
        "raise NotFoundError(GONE)\n"
        "raise NotFoundError(f'no {thing}')\n"
        "raise errors.NotFoundError(reason)\n",
        encoding="utf-8",
    )
    (package / "ui" / "y.py").write_text("FieldError('e', tr('made by a screen'))\n", encoding="utf-8")
    (package / "cli" / "w.py").write_text("raise NotFoundError(f'the command line speaks English')\n", encoding="utf-8")
    assert collect_templates(package) == (
        ["a kind of code", "has gone", "is odd", "is {n}", "no {thing}", "{who} is refused"],
        [
            "oend/services/x.py:3",
            "oend/services/x.py:4",
            "oend/services/z.py:7",
            "oend/services/z.py:11",
            "oend/services/z.py:12",
        ],
    )


def test_every_template_has_a_finished_spanish_translation_with_the_same_placeholders() -> None:
    spanish = spanish_translations()
    for template in TEMPLATES:
        assert template in spanish, f"not in oend_es.ts: {template!r} (run python oend/i18n/regenerate.py)"
        text, kind = spanish[template]
        assert text and kind is None, f"not translated yet: {template!r}"
        assert placeholders(text) == placeholders(template), f"{template!r} -> {text!r}"


@pytest.mark.usefixtures("spanish")
def test_a_message_is_translated_then_filled_with_the_ui_labels(qapp: QApplication) -> None:
    reason = FieldError("notes", "say why when the reason is '{reason}'", values={"reason": WriteOffReason.OTHER})
    assert field_error_text(reason) == "explique por qué cuando el motivo es «Otro»"
    allowed = FieldError(
        "category",
        "'{value}' is not one of: {allowed}",
        values={"value": "x", "allowed": tuple(ParticipantCategory)[:2]},
    )
    assert (
        field_error_text(allowed)
        == "«x» no está entre las opciones: Persona que usa drogas / en riesgo, Familiar o amistad"
    )
    scheme = FieldError(
        "code", "{code} does not follow the scheme: {scheme}", 3, {"code": "ZZ", "scheme": SCHEMES["free"].description}
    )
    assert field_error_text(scheme) == "ZZ no sigue el esquema: cualquier código de 3 a 40 letras, dígitos y guiones"
    dated = FieldError("lot", "lot {lot} expired on {expiry}", values={"lot": "A100", "expiry": dt.date(2024, 3, 1)})
    assert field_error_text(dated) == "el lote A100 venció el 2024-03-01"
    made_by_a_screen = FieldError("participant", "ningún participante tiene el código {X}")
    assert field_error_text(made_by_a_screen) == "ningún participante tiene el código {X}"
    refused = ValidationError([FieldError("duplicate", "does not exist"), FieldError("keep", "is required")])
    assert error_text(refused, {"duplicate": "MALO1985F"}) == "MALO1985F: no existe; keep: campo obligatorio"


def test_in_english_the_values_take_the_ui_labels_too(qapp: QApplication) -> None:
    reason = FieldError("notes", "say why when the reason is '{reason}'", values={"reason": WriteOffReason.OTHER})
    assert field_error_text(reason) == "say why when the reason is 'Other'"
    assert reason.message == "say why when the reason is 'other'"  # the command line keeps the code
    assert (
        field_error_text(FieldError("x", "is not {p}", values={"p": Phrase("a real phrase")})) == "is not a real phrase"
    )


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    return build_world(db, actor)


@pytest.mark.usefixtures("spanish")
def test_a_refused_dispensing_says_why_in_spanish_beside_each_field(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    dialog = shown(qtbot, DispenseDialog(workspace, site_id=world.van.id))
    qtbot.keyClicks(dialog.participant, world.alice.code)
    dialog.quantity.setValue(41)
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert message_beside(dialog, "quantity") == "solo hay 40 kit(s) del lote A100 en el inventario de este sitio"
    assert message_beside(dialog, "reason_note") == "el motivo es obligatorio para más de 2 kits"


@pytest.mark.usefixtures("spanish")
def test_a_refused_write_off_names_the_reason_with_its_spanish_label(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    dialog = shown(qtbot, WriteOffDialog(workspace))
    choose(dialog.site, world.van.id)
    choose(dialog.reason, WriteOffReason.OTHER.value)
    click_save(qtbot, dialog)
    assert message_beside(dialog, "notes") == "explique por qué cuando el motivo es «Otro»"
