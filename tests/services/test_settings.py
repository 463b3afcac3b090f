"""Changing the printed outputs' settings: checked field by field, audited, read back by the reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.db import Database
from oend.errors import PermissionDenied, ValidationError
from oend.model import AuditEvent
from oend.model.codes import AuditAction, Role
from oend.reporting import settings
from oend.services.settings import change_reporting_settings


def test_a_change_is_kept_and_audited_with_before_and_after(db: Database, actor: Actor, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    with db.transaction() as session:
        change_reporting_settings(session, actor, suppression_threshold=5, logo_path=logo)
    with db.transaction() as session:
        changed = change_reporting_settings(
            session, actor, program_name="  Harbor Health OEND ", suppression_threshold=0
        )
    assert changed.record.program_name == "Harbor Health OEND" and changed.record.suppression_threshold == 0
    with db.session() as session:
        stored = settings.load(session)
        assert (stored.program_name, stored.logo_path, stored.suppression_threshold) == ("Harbor Health OEND", logo, 0)
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.UPDATE)).all()
        assert {e.entity for e in events} == {"setting"}
        assert [(e.before, e.after) for e in events if "program_name" in e.after] == [
            (
                {"program_name": None, "suppression_threshold": 5},
                {"program_name": "Harbor Health OEND", "suppression_threshold": 0},
            )
        ]


def test_bad_values_are_refused_together_and_nothing_is_written(db: Database, actor: Actor) -> None:
    with db.session() as session:
        with pytest.raises(ValidationError) as refused, session.begin():
            change_reporting_settings(
                session, actor, suppression_threshold=-1, fiscal_year_start_month=13, program_name="x" * 300, colour=1
            )
        assert refused.value.fields == {"suppression_threshold", "fiscal_year_start_month", "program_name", "colour"}
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 0
        assert settings.load(session) == settings.ReportingSettings()


def test_only_coordinators_and_administrators_change_them(db: Database) -> None:
    worker = Actor(None, "w", Role.OUTREACH_WORKER, "dev")
    with db.session() as session, pytest.raises(PermissionDenied), session.begin():
        change_reporting_settings(session, worker, suppression_threshold=3)
