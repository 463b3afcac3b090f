"""The Linux bundle, built from a clean environment by installer/build-linux, runs without the project's Python.

It is built once per test session (a few minutes) into a temporary folder and started the way a person's
computer starts it: with a fresh data folder and no display. It runs its self-test, says its version, opens
the desktop app's first window, and upgrades a database made by the previous schema revision in place,
keeping a copy and every row; a database from a newer release is refused, untouched.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import tarfile
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from oend import __version__
from oend.db import migrate, open_database
from oend.db.revision import SCHEMA_REVISION
from tests.db.test_migrations import fill_first_release

ROOT = Path(__file__).resolve().parents[1]
BUILD_TIMEOUT_S = 900
RUN_TIMEOUT_S = 120

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Build:
    dist: Path
    seconds: float

    @property
    def executable(self) -> Path:
        return self.dist / "oend" / "oend"


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """installer/build-linux run once for the session: a fresh venv, PyInstaller, the tar.gz and the .deb."""
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    done = subprocess.run(
        [str(ROOT / "installer" / "build-linux"), str(out)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        env={k: v for k, v in os.environ.items() if not k.startswith(("OEND_", "VIRTUAL_ENV"))},
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return Build(out / "dist", time.monotonic() - started)


def run_bundle(build: Build, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The bundled ``oend`` with ``home`` as its data folder, no display, nothing of this test's environment."""
    home.mkdir(parents=True, exist_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "OEND_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(build.executable), *args], capture_output=True, text=True, timeout=RUN_TIMEOUT_S, env=env, cwd=home
    )


def test_the_bundle_runs_its_self_test_in_a_fresh_data_folder(build: Build, tmp_path: Path) -> None:
    print(f"build-linux took {build.seconds:.0f} s")
    home = tmp_path / "home"
    done = run_bundle(build, home, "--smoke")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke test passed (encrypted database, certificates.pdf" in done.stdout
    assert "report.xlsx" in done.stdout
    assert not list(home.glob("*.db")), "the self-test leaves the user's data folder without a database"
    version = run_bundle(build, home, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"oend {__version__}"


def test_the_bundled_app_draws_its_first_window(build: Build, tmp_path: Path) -> None:
    done = run_bundle(build, tmp_path / "home", "--check-start")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ready: the first window is drawn" in done.stdout


def test_a_failure_is_one_plain_line_and_an_error_exit(build: Build, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "not-a-database.db").write_bytes(b"this is not SQLite" * 100)
    done = run_bundle(build, home, "--database", str(home / "not-a-database.db"), "db", "upgrade")
    assert done.returncode != 0
    assert done.stderr.startswith("oend: ") and "Traceback" not in done.stderr, done.stderr


def previous_revision() -> str:
    revision = ScriptDirectory.from_config(migrate.alembic_config()).get_revision(SCHEMA_REVISION)
    assert revision is not None and isinstance(revision.down_revision, str)
    return revision.down_revision


def row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables if t != "alembic_version"}


def test_the_bundle_upgrades_a_database_of_the_previous_schema_in_place(build: Build, tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = home / "oend.db"
    home.mkdir()
    fill_first_release(path)  # rows as the first release wrote them, then the previous release's migrations
    older = previous_revision()
    db = open_database(str(path), upgrade=False)
    migrate.upgrade(db.engine, path, older)
    db.close()
    before = row_counts(path)
    assert before["participants"] == 1 and before["audit_events"] >= 1

    done = run_bundle(build, home, "--database", str(path), "db", "upgrade")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"schema revision {SCHEMA_REVISION}" in done.stdout
    after = row_counts(path)
    assert all(after[t] >= count for t, count in before.items()), "every row of the older database is still there"
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_REVISION
        assert [r[0] for r in conn.execute("SELECT code FROM participants")] == ["MALO1985F"]
        assert [r[0] for r in conn.execute("SELECT lot_number FROM lots")] == ["A1"]
    copy = path.with_name(f"oend.db.before-{older}")
    assert row_counts(copy) == before, "the copy kept before the upgrade is the older database, whole"


def contents(path: Path) -> str:
    """A digest of every table's rows and the schema, whatever the pages they sit on."""
    with closing(sqlite3.connect(path)) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


def test_the_bundle_refuses_a_database_from_a_newer_release_and_leaves_it_alone(build: Build, tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = home / "oend.db"
    home.mkdir()
    open_database(str(path)).close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    digest = contents(path)
    done = run_bundle(build, home, "--database", str(path), "db", "upgrade")
    assert done.returncode != 0
    assert "made by a newer version of OEND" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert contents(path) == digest
    assert not list(home.glob("oend.db.before-*"))


def test_the_packages_hold_the_bundle_its_desktop_entry_and_checksums(build: Build, tmp_path: Path) -> None:
    tarball = build.dist / f"oend-{__version__}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    top = f"oend-{__version__}"
    assert {f"{top}/oend", f"{top}/oend.desktop", f"{top}/oend.png"} <= names
    assert any(n.startswith(f"{top}/_internal/oend/db/migrations/versions/") for n in names)
    debs = list(build.dist.glob(f"oend_{__version__}_*.deb"))
    assert len(debs) == 1
    listing = subprocess.run(["dpkg-deb", "-c", str(debs[0])], capture_output=True, text=True, check=True).stdout
    for member in ("./opt/oend/oend", "./usr/bin/oend", "./usr/share/applications/oend.desktop", "oend.png"):
        assert member in listing
    control = subprocess.run(["dpkg-deb", "-f", str(debs[0])], capture_output=True, text=True, check=True).stdout
    floor = (build.dist / "glibc-floor").read_text().strip()
    assert f"Version: {__version__}" in control and f"libc6 (>= {floor})" in control
    sums = (build.dist / "SHA256SUMS").read_text()
    assert tarball.name in sums and debs[0].name in sums
    checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=build.dist, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
