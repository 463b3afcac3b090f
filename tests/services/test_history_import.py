"""A program's history from its own sheets: sessions with attendance, hand-outs and reversal reports, written
through the app's services (same checks, same audit), refused whole with every bad row named, dry run first."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.db import Database
from oend.errors import ValidationError
from oend.exchange.history_import import guess_history_mapping, read_history, validate_history
from oend.model import Attendance, AuditEvent, Dispensing, Reversal, TrainingSession
from oend.model.codes import AuditAction
from oend.services.history_import import file_digest, import_history
from tests.support.world import LAST_MONTH, World, build_world

DAY = [(LAST_MONTH + dt.timedelta(days=d)).strftime("%d/%m/%Y") for d in range(1, 6)]  # typed day first


@pytest.fixture
def program(db: Database, actor: Actor) -> World:
    from oend.services.program_settings import change_settings

    world = build_world(db, actor)
    world.run(change_settings, {"date_order": "day_first"})
    return world


def _sheet(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["Outreach log kept in a spreadsheet"])
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _import(world: World, kind: str, path: Path, *, dry_run: bool = False):
    sheet = read_history(kind, path)
    with world.db.transaction() as session:
        preview = validate_history(session, kind, sheet, guess_history_mapping(kind, sheet.headers))
        return import_history(session, world.actor, preview, file_digest(path), dry_run=dry_run).record


def _count(world: World, model: type) -> int:
    with world.db.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))


def test_sessions_dispensings_and_reversals_come_in_through_the_services(program: World, tmp_path: Path) -> None:
    alice = program.alice.code
    sessions = _sheet(
        tmp_path / "trainings.csv",
        ["Date", "Site", "Format", "Trainer", "Topics", "Participant", "Post score"],
        [
            [DAY[0], "VAN1", "Group", "Rosa", "naloxone_use; Recognising an overdose", alice, "90"],
            [DAY[0], "VAN1", "Group", "Rosa", "naloxone_use; Recognising an overdose", "", ""],
            [DAY[1], "HOC", "class", "Rosa", "naloxone_use", "", ""],
        ],
    )
    assert _import(program, "sessions", sessions, dry_run=True).records == 2
    assert _count(program, TrainingSession) == 0  # a dry run writes nothing
    assert _import(program, "sessions", sessions).records == 2
    with program.db.session() as session:
        [attended] = session.scalars(select(Attendance)).all()
        assert attended.participant_id == program.alice.id and attended.post_score == 90
    dispensings = _sheet(
        tmp_path / "kits.csv",
        ["Date", "Site", "Participant", "Category", "Product", "Lot", "Kits", "Supply", "Reason"],
        [
            [DAY[3], "VAN1", alice, "", "NAS4", "A100", "1", "refill", "Used"],  # sorted after her first kit
            [DAY[2], "VAN1", alice, "", "NAS4", "A100", "1", "", ""],
            [DAY[2], "VAN1", "", "family", "NAS4", "", "2", "first", ""],
        ],
    )
    assert _import(program, "dispensings", dispensings).records == 3
    with program.db.session() as session:
        kinds = [d.supply_type.value for d in session.scalars(select(Dispensing).order_by(Dispensing.dispensed_on))]
        assert sorted(kinds) == ["new", "new", "refill"]
    reversals = _sheet(
        tmp_path / "reversals.csv",
        ["Date of overdose", "Site", "Reporter", "Doses", "Outcome", "911 called", "Rescue breathing"],
        [[DAY[4], "VAN1", alice, "2", "alive", "Y", "no"]],
    )
    assert _import(program, "reversals", reversals).records == 1
    with program.db.session() as session:
        report = session.scalars(select(Reversal)).one()
        assert (report.outcome.value, report.called_911, report.rescue_breathing, report.doses) == (
            "survived", True, False, 2,
        )  # fmt: skip
        imports = session.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.IMPORT)).all()
        assert [e.entity for e in imports] == ["sessions", "dispensings", "reversals"]
        created = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.entity == "dispensing"))
        assert created == 3  # each hand-out audited by its own service, as from the screen
    with pytest.raises(ValidationError, match="imported already"):
        _import(program, "reversals", reversals)
    assert _count(program, Reversal) == 1


def test_a_file_with_bad_rows_is_refused_whole_with_each_row_named(program: World, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "kits.csv",
        ["Date", "Site", "Participant", "Product", "Kits"],
        [
            [DAY[2], "VAN1", program.alice.code, "NAS4", "1"],  # row 3: good
            [DAY[2], "MOON", "", "NAS4", "1"],  # row 4: no such site
            ["31/02/2020", "VAN1", "", "NAS4", "1"],  # row 5: no such date
            [DAY[2], "VAN1", program.alice.code, "NAS4", "500"],  # row 6: the service refuses (stock, reason)
            [DAY[2], "HOC", "", "NAS4", "one"],  # row 7: not a number
        ],
    )
    for dry_run in (True, False):
        with pytest.raises(ValidationError) as refused:
            _import(program, "dispensings", path, dry_run=dry_run)
        rows = sorted({e.row for e in refused.value.errors})
        assert rows == [4, 5, 6, 7]
        assert any(e.row == 6 and e.field == "reason_note" for e in refused.value.errors)  # the service's own check
        assert any(e.row == 4 and "MOON" in e.message for e in refused.value.errors)
        assert _count(program, Dispensing) == 0  # nothing written, the good row neither
