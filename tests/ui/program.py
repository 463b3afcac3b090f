"""A real encrypted program for the UI tests: made once with ``setup_program``, copied for each test.

Setting up and adding users runs Argon2id several times (seconds), so a template is built once per
run; each test gets its own copy of the database and key files, then signs in for real.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from oend.core.database_files import key_file_for
from oend.services import accounts, users
from oend.services.accounts import SignedIn
from oend.services.sites import add_site
from tests.ui.people import enrol_people

PASSWORD = "correct horse battery staple"
ADMIN, OUTREACH, COORDINATOR = "ada", "owen", "cora"


def build_template(folder: Path) -> Path:
    """An encrypted program with a site, an administrator, an outreach worker, a coordinator and people."""
    path = folder / "oend.db"
    accounts.setup_program(str(path), "Riverside OEND", ADMIN, "Ada Administrator", PASSWORD)
    admin = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        with admin.db.transaction() as session:
            add_site(session, admin.actor, code="DTN", name="Downtown drop-in", kind="fixed_site")
            add_site(session, admin.actor, code="EAST", name="Eastside outreach", kind="outreach")
        for username, name, role, sites in (
            (OUTREACH, "Owen Outreach", "outreach_worker", ["DTN"]),
            (COORDINATOR, "Cora Coordinator", "coordinator", []),
        ):
            with admin.db.transaction() as session:
                users.add_user(
                    session,
                    admin.actor,
                    admin.keyring,
                    username=username,
                    display_name=name,
                    role=role,
                    password=PASSWORD,
                    site_codes=sites,
                )
        enrol_people(admin.db, admin.actor, 250)
    finally:
        accounts.sign_out(admin)
    return path


def copy_program(template: Path, folder: Path) -> Path:
    """A private copy of the template's database and key files."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / template.name
    for source in (template, key_file_for(template)):
        shutil.copy2(source, folder / source.name)
    return target


def sign_in(path: Path, username: str = ADMIN) -> SignedIn:
    return accounts.sign_in(str(path), username, PASSWORD, exclusive=True)
