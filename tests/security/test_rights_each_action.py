"""Rights are verified again at every privileged action, from the signed user rows, not only at sign-in.

A coordinator signs in; then their row is raised to administrator in raw SQL (with the database key every
user holds) while the session stays open. Their next settings change, set-up change or correction is refused
and says why, and the forged row is reported to the next administrator. Rights taken away by an
administrator meanwhile (in the app, signed) count at once as well.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.errors import PermissionDenied, ValidationError
from oend.model import Participant, Setting, Site
from oend.model.codes import Role
from oend.services import accounts, backup, maintenance, participants, program_settings, settings, sites, users
from oend.services.accounts import SignedIn
from oend.services.corrections import DEFAULT_CORRECTION_DAYS, correction_days
from tests.security.support import ADMIN, PASSWORD, enrol_known, set_up

COORDINATOR = "cora"
COORDINATOR_PASSWORD = "plum harbour lantern quietly"


@pytest.fixture
def program(tmp_path: Path) -> Path:
    """A program with an administrator, one site, one enrolled person and a coordinator, signed out."""
    path = tmp_path / "oend.db"
    set_up(path)
    admin = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        with admin.db.transaction() as session:
            sites.add_site(session, admin.actor, code="DTN", name="Downtown", kind="fixed_site")
            users.add_user(
                session,
                admin.actor,
                admin.keyring,
                username=COORDINATOR,
                display_name="Cora Coordinator",
                role=Role.COORDINATOR,
                password=COORDINATOR_PASSWORD,
            )
        enrol_known(admin)
    finally:
        accounts.sign_out(admin)
    return path


@pytest.fixture
def coordinator(program: Path) -> Iterator[SignedIn]:
    signed = accounts.sign_in(str(program), COORDINATOR, COORDINATOR_PASSWORD)
    assert signed.actor.role is Role.COORDINATOR
    yield signed
    accounts.sign_out(signed)


def _raise_in_raw_sql(signed: SignedIn, username: str, role: Role) -> None:
    """What the user can do beside the app: the same key opens the file to any SQL."""
    with signed.db.engine.begin() as conn:
        conn.execute(text("UPDATE users SET role = :role WHERE username = :u"), {"role": role.value, "u": username})


def _person(session: Session) -> uuid.UUID:
    person: uuid.UUID | None = session.scalar(select(Participant.id))
    assert person is not None
    return person


Action = Callable[[Session, Actor], Any]
ACTIONS: dict[str, Action] = {
    "reporting settings": lambda s, a: settings.change_reporting_settings(s, a, program_name="Mallory's program"),
    "program settings": lambda s, a: program_settings.change_settings(s, a, {"correction_days": 365}),
    "set-up": lambda s, a: sites.add_site(s, a, code="FAKE", name="Not a site", kind="fixed_site"),
    "correction": lambda s, a: participants.void_participant(s, a, _person(s), reason="not a real person"),
}


@pytest.mark.parametrize("action", ACTIONS.values(), ids=ACTIONS.keys())
def test_a_role_raised_in_raw_sql_mid_session_is_refused_at_the_next_privileged_action(
    program: Path, coordinator: SignedIn, action: Action
) -> None:
    _raise_in_raw_sql(coordinator, COORDINATOR, Role.ADMINISTRATOR)

    with pytest.raises(PermissionDenied) as refused, coordinator.db.transaction() as session:
        action(session, coordinator.actor)
    assert refused.value.template.endswith("rights were changed outside the app: an administrator must review them")
    with coordinator.db.session() as session:
        assert session.scalar(select(Setting.value).where(Setting.key == "reporting")) is None
        assert session.scalar(select(Site).where(Site.code == "FAKE")) is None
        assert session.scalar(select(Participant.voided_at)) is None

    admin = accounts.sign_in(str(program), ADMIN, PASSWORD)
    accounts.sign_out(admin)
    assert any(f"user {COORDINATOR}: rights changed outside the app" in n for n in admin.notices), admin.notices


def test_rights_an_administrator_takes_away_mid_session_count_at_once(program: Path, coordinator: SignedIn) -> None:
    admin = accounts.sign_in(str(program), ADMIN, PASSWORD)
    try:
        with admin.db.transaction() as session:
            users.disable_user(session, admin.actor, admin.keyring, COORDINATOR)
    finally:
        accounts.sign_out(admin)
    with pytest.raises(PermissionDenied, match="may no longer do this"), coordinator.db.transaction() as session:
        settings.change_reporting_settings(session, coordinator.actor, program_name="Still mine")


def test_deleting_backups_is_refused_once_the_administrators_own_row_is_forged(program: Path, tmp_path: Path) -> None:
    admin = accounts.sign_in(str(program), ADMIN, PASSWORD)
    try:
        folder = tmp_path / "backups"
        ten_days_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=10)
        old = backup.backup_now(admin.db, admin.actor, folder=folder, now=ten_days_ago)
        for _ in range(backup.MIN_KEEP_NEWEST):
            backup.backup_now(admin.db, admin.actor, folder=folder)
        with admin.db.engine.begin() as conn:  # a site given to their own row by hand: not the row signed
            conn.execute(
                text(
                    "INSERT INTO user_sites (user_id, site_id) "
                    "SELECT users.id, sites.id FROM users, sites WHERE users.username = :u"
                ),
                {"u": ADMIN},
            )
        with pytest.raises(PermissionDenied, match="rights were changed outside the app"):
            backup.expire_backups(admin.db, admin.actor, keep_days=backup.MIN_KEEP_DAYS, folder=folder)
        assert old.exists()
    finally:
        accounts.sign_out(admin)


def test_the_correction_window_counts_only_as_an_administrator_signed_it(program: Path, coordinator: SignedIn) -> None:
    """The days an outreach worker may correct their entries widen what they may do: a coordinator cannot set
    them, a window written in raw SQL counts as the default and is reported, an administrator's counts."""
    with pytest.raises(ValidationError) as refused, coordinator.db.transaction() as session:
        program_settings.change_settings(session, coordinator.actor, {"correction_days": 30})
    assert [e.field for e in refused.value.errors] == ["correction_days"]

    admin = accounts.sign_in(str(program), ADMIN, PASSWORD)
    try:
        with admin.db.transaction() as session:
            program_settings.change_settings(session, admin.actor, {"correction_days": 14})
        with admin.db.session() as session:
            assert correction_days(session) == 14
            assert maintenance.verify_trust(session).settings == ()
        with admin.db.engine.begin() as conn:  # what anyone holding the database key can write
            conn.execute(
                text("UPDATE settings SET value = :v WHERE key = 'corrections'"),
                {"v": json.dumps({"outreach_days": 365, "signature": "forged"})},
            )
        with admin.db.session() as session:
            assert correction_days(session) == DEFAULT_CORRECTION_DAYS
            problems = maintenance.check(session)
        assert any(p.startswith("settings: the days outreach workers may correct") for p in problems), problems
    finally:
        accounts.sign_out(admin)
