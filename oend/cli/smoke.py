"""``oend --smoke``: a headless self-test that an installed copy (a bundle above all) has all it needs.

It sets a program up in a throwaway folder through the same services the app uses (an encrypted database,
its migrations, a site, a trainee with a name beyond Latin-1, a training session), prints the session's
certificates and a funder report as PDF and XLSX, and reads each file back. The shipped data files it
does not otherwise touch (forms, translations) are checked to be there. Nothing outside the folder changes.
"""

from __future__ import annotations

import datetime as dt
import secrets
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from oend import __version__
from oend.core.actor import Actor
from oend.core.database_files import SQLITE_HEADER, file_is_plaintext
from oend.errors import OendError
from oend.reporting.engine import write_atomically
from oend.reporting.periods import Period
from oend.services import accounts, certificates, exports, participants, reports, sites, topics, trainings

TEMPLATE = "quarterly_oend"
TRAINEE = ("Nguyễn Thị", "Mai")  # the shipped font must print it (ReportLab's Helvetica cannot)
#: The data files the app loads at run time: (package, folder in it, suffix).
SHIPPED = (
    ("oend.forms", "", ".ui"),
    ("oend.reports", "", ".toml"),
    ("oend", "i18n", ".qm"),
    ("oend.assets", "fonts", ".ttf"),
)


def _check(condition: bool, failure: str) -> None:
    if not condition:
        raise OendError(f"smoke test failed: {failure}")


def check_shipped_data() -> None:
    """Each kind of data file the app loads at run time is found where the package says it is."""
    for package, folder, suffix in SHIPPED:
        place = resources.files(package) / folder if folder else resources.files(package)
        found = place.is_dir() and any(p.name.endswith(suffix) for p in place.iterdir())
        _check(found, f"no {suffix} files in {package} {folder}".rstrip())


def check_pdf(path: Path) -> None:
    data = path.read_bytes()
    _check(data.startswith(b"%PDF-") and b"%%EOF" in data[-64:] and len(data) > 1000, f"{path.name} is not a PDF")


def check_xlsx(path: Path) -> None:
    from openpyxl import load_workbook

    _check(zipfile.is_zipfile(path), f"{path.name} is not an XLSX file")
    workbook = load_workbook(path, read_only=True)
    try:
        cells = [v for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True) for v in row]
    finally:
        workbook.close()
    _check(any(v not in (None, "") for v in cells), f"{path.name} has no cells")


def _program(folder: Path) -> tuple[str, str, str]:
    """A new encrypted program in ``folder``: its database, administrator and password."""
    target = str(folder / "oend.db")
    password = secrets.token_urlsafe(18)
    accounts.setup_program(target, "Smoke test program", "smoke", "Smoke Test", password)
    _check(not file_is_plaintext(Path(target)), "the new database is not encrypted")
    _check(Path(target).read_bytes()[: len(SQLITE_HEADER)] != SQLITE_HEADER, "the database header is readable")
    return target, "smoke", password


def _training(signed: accounts.SignedIn) -> uuid.UUID:
    """A site, a trainee and a session they completed; returns the session's id."""
    actor: Actor = signed.actor
    with signed.db.transaction() as session:
        site = sites.add_site(session, actor, code="SMK", name="Smoke test site", kind="outreach").record
        first, last = TRAINEE
        person = participants.enrol_participant(
            session, actor, category="at_risk", first_name=first, last_name=last, birth_year=1990, home_site_id=site.id
        ).record
        covered = [t.code for t in topics.list_topics(session, actor, include_retired=False)][:2]
        training = trainings.record_training(
            session,
            actor,
            session_date=dt.date.today(),
            site_id=site.id,
            format="group",
            topics=covered,
            trainer_name="Smoke Test",
            attendees=[trainings.Attendee(person.id)],
        ).record
        training_id: uuid.UUID = training.id
        return training_id


def _outputs(signed: accounts.SignedIn, folder: Path) -> list[tuple[Path, Callable[[Path], None]]]:
    """The session's certificates, the participants list and the funder report, written into ``folder``."""
    training_id = _training(signed)
    written: list[tuple[Path, Callable[[Path], None]]] = []
    with signed.db.transaction() as session:
        pdf = certificates.issue_certificates(session, signed.actor, training_id).record
        path = folder / "certificates.pdf"
        write_atomically(path, pdf)
        written.append((path, check_pdf))
    path = folder / "participants.xlsx"
    with signed.db.transaction() as session:
        exports.export_list(session, signed.actor, "participants", path)
    written.append((path, check_xlsx))
    for suffix, check in ((".pdf", check_pdf), (".xlsx", check_xlsx)):
        path = folder / f"report{suffix}"
        with signed.db.transaction() as session:
            reports.save_report(session, signed.actor, TEMPLATE, Period.cumulative(), None, path)
        written.append((path, check))
    return written


def run_smoke() -> int:
    """Run every step in a temporary folder; one line says it worked (a failure is raised, said by the caller)."""
    check_shipped_data()
    with tempfile.TemporaryDirectory(prefix="oend-smoke-") as name:
        folder = Path(name)
        target, username, password = _program(folder)
        signed = accounts.sign_in(target, username, password)
        try:
            _check(signed.db.is_encrypted, "the program's database was opened without its key")
            written = _outputs(signed, folder)
        finally:
            accounts.sign_out(signed)
        for path, check in written:
            check(path)
        sizes = ", ".join(f"{path.name} {path.stat().st_size // 1024} KiB" for path, _ in written)
    print(f"oend {__version__}: smoke test passed (encrypted database, {sizes})")
    return 0
