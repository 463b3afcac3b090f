"""The audit trail refuses edits and deletes in raw SQL on both engines, and can be browsed and filtered."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from oend.core.actor import Actor
from oend.db import Database
from oend.errors import PermissionDenied
from oend.model import AuditEvent
from oend.model.codes import AuditAction, Role
from oend.queries.audit import AuditFilter, browse_audit, count_audit
from oend.services import audit


def _write_events(db: Database) -> None:
    ana = Actor(None, "ana", Role.OUTREACH_WORKER, "laptop-1")
    bo = Actor(None, "bo", Role.COORDINATOR, "laptop-2")
    with db.transaction() as session:
        for n in range(30):
            who = ana if n % 3 else bo
            action = AuditAction.VIEW if n % 2 else AuditAction.CREATE
            event = audit.record(session, who, action, "participant" if n < 20 else "kit", detail=f"event {n}")
            event.at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=n)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_events SET detail = 'rewritten'",
        "DELETE FROM audit_events",
        "UPDATE audit_events SET username = 'someone else' WHERE detail = 'event 3'",
    ],
)
def test_raw_sql_cannot_change_or_remove_the_trail(any_db: Database, statement: str) -> None:
    _write_events(any_db)
    with pytest.raises(DBAPIError, match="append-only"), any_db.engine.begin() as conn:
        conn.execute(text(statement))
    with any_db.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 30
        assert session.scalar(select(func.count()).where(AuditEvent.detail == "rewritten")) == 0


def test_the_orm_cannot_change_or_remove_the_trail_either(any_db: Database) -> None:
    _write_events(any_db)
    for stmt in (update(AuditEvent).values(detail="x"), delete(AuditEvent)):
        with pytest.raises(DBAPIError, match="append-only"), any_db.transaction() as session:
            session.execute(stmt)


def test_browse_filters_by_user_action_entity_and_dates_a_page_at_a_time(any_db: Database, actor: Actor) -> None:
    _write_events(any_db)
    with any_db.session() as s:
        everything = browse_audit(s, actor, limit=1000)
        assert len(everything) == count_audit(s, actor) == 30
        assert [r.at for r in everything] == sorted((r.at for r in everything), reverse=True)
        page1 = browse_audit(s, actor, limit=7)
        page2 = browse_audit(s, actor, limit=7, offset=7)
        assert [r.id for r in page1 + page2] == [r.id for r in everything[:14]]

        assert count_audit(s, actor, AuditFilter(username="bo")) == 10
        assert {r.username for r in browse_audit(s, actor, AuditFilter(username="bo"))} == {"bo"}
        assert count_audit(s, actor, AuditFilter(action=AuditAction.VIEW)) == 15
        assert count_audit(s, actor, AuditFilter(entity="kit")) == 10
        assert count_audit(s, actor, AuditFilter(username="ana", action=AuditAction.CREATE, entity="participant")) == 6
        window = AuditFilter(
            since=dt.datetime(2026, 1, 6, tzinfo=dt.UTC), until=dt.datetime(2026, 1, 11, tzinfo=dt.UTC)
        )
        assert [r.detail for r in browse_audit(s, actor, window)] == [f"event {n}" for n in (9, 8, 7, 6, 5)]


def test_outreach_workers_cannot_browse_the_trail(db: Database) -> None:
    worker = Actor(None, "ana", Role.OUTREACH_WORKER, "laptop-1")
    with db.session() as s, pytest.raises(PermissionDenied):
        browse_audit(s, worker)
