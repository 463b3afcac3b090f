"""Every command fed hostile arguments and files: one plain line on stderr, nothing written, nothing left behind.

A traceback anywhere is a failure; so is a row written by a refused command, or a file left in a folder it used.
Commands run in this process through ``main``; only those that must be killed or measured run as processes.
"""

from __future__ import annotations

import codecs
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oend.cli import main
from oend.db import open_database
from oend.model import AuditEvent, Base, Change, Participant
from oend.model.codes import AuditAction
from oend.services import accounts
from tests.security.support import PASSWORD

SIGNING = (AuditAction.SIGN_IN, AuditAction.SIGN_OUT, AuditAction.SIGN_IN_FAILED)
SIGNED_TABLES = ("audit_events", "audit_checkpoints")


def contents(database: Path) -> dict[str, int]:
    """Rows per table, sign-ins and sign-outs aside (every command signs in): what a refusal must leave alone."""
    signed = accounts.sign_in(str(database), "boss", PASSWORD)
    try:
        with signed.db.session() as session:
            counts = {
                t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables
            }
            counts.pop("audit_checkpoints")  # each administrator's sign-in may sign the trail's head
            counts["audit_events"] = (
                session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action.not_in(SIGNING)))
                or 0
            )
            # Signing in and out is logged for sync like any write: the changes of everything else count.
            counts["changes"] = (
                session.scalar(select(func.count()).select_from(Change).where(Change.table_name.not_in(SIGNED_TABLES)))
                or 0
            )
            return counts
    finally:
        accounts.sign_out(signed)


def files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run a command that must be refused; its one line on stderr."""
    try:
        code = main(list(argv))
    except SystemExit as exited:  # a mistake in the arguments, refused by the parser
        code = exited.code
    out, err = capsys.readouterr()
    assert code == 2, (code, out, err)
    assert "Traceback" not in out + err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("oend: "), err
    return lines[0]


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["report", "-t", "quarterly_oend", "-p", "2026Q9", "-o", "r.pdf"], "'2026Q9' is not a period"),
        (["export", "participants", "-o", "p.csv", "-p", "2026-02-30..2026-03-01"], "--period"),
        (["report", "-t", "quarterly_oend", "-p", "2026Q3", "-o", "r.docx"], "must end in .pdf or .xlsx"),
        (["export", "participants", "-o", "p.txt"], "must end in .xlsx or .csv"),
        (["certificates", "--session", "not-an-id", "-o", "c.pdf"], "--session"),
        (["demo", "--end", "2026-13-01"], "is not a date"),
        (["sessions", "list", "--limit", "many"], "--limit"),
        (["export", "nonsense", "-o", "x.csv"], "invalid choice"),
        (["report", "-t", "no_such_template", "-p", "2026Q3", "-o", "r.pdf"], "no_such_template"),
        (["site", "edit", "NOPE", "--name", "x"], "NOPE"),
    ],
)
def test_a_bad_argument_is_one_line_and_writes_nothing(
    program: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str], says: str
) -> None:
    monkeypatch.chdir(program.parent)
    before, folder = contents(program), files(program.parent)
    assert says in refused(capsys, *argv)
    assert contents(program) == before and files(program.parent) == folder


def test_global_options_go_before_or_after_the_command(program: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "check", "--database", str(program)]) == 0
    assert main(["--debug", "db", "check"]) == 0
    assert main(["db", "check", "--debug"]) == 0
    assert capsys.readouterr().out.count("ok:") == 3
    elsewhere = program / "x.db"  # under a file: no such folder can be made
    assert "x.db" in refused(capsys, "db", "check", "--database", str(elsewhere))


def test_debug_shows_the_traceback_of_a_refusal(program: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--debug", "import", "roster", str(program.parent / "missing.csv")]) == 2
    err = capsys.readouterr().err
    assert (
        "Traceback" in err and err.strip().splitlines()[-1] == f"oend: {program.parent / 'missing.csv'}: does not exist"
    )


ROSTER = "code,first name,last name\nZN-1,Zoë,Núñez\nFG-2,François,Groß\n"


@pytest.mark.parametrize(
    ("encoding", "separator"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"), ("cp1252", ";"), ("latin-1", ",")],
)
def test_rosters_in_every_usual_encoding_import_with_their_accents(
    program: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, encoding: str, separator: str
) -> None:
    assert main(["settings", "set", "code_scheme", "free"]) == 0  # the roster's own ids
    assert main(["site", "add", "JAIL", "--name", "County Jail", "--kind", "correctional_facility"]) == 0
    roster = tmp_path / "roster.csv"
    roster.write_bytes(ROSTER.replace(",", separator).encode(encoding))
    if encoding == "utf-16":
        assert roster.read_bytes()[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    argv = ["import", "roster", str(roster), "--category", "at_risk", "--site", "JAIL"]
    assert main(argv) == 0, capsys.readouterr()
    assert "imported: 2 enrolled" in capsys.readouterr().out
    signed = accounts.sign_in(str(program), "boss", PASSWORD)
    try:
        with signed.db.session() as session:
            names = {tuple(row) for row in session.execute(select(Participant.first_name, Participant.last_name))}
    finally:
        accounts.sign_out(signed)
    assert names == {("Zoë", "Núñez"), ("François", "Groß")}


def _bomb(path: Path) -> None:
    """A small workbook whose sheet unpacks to 300 MB of nothing."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            block = b" " * 1_000_000
            for _ in range(300):
                sheet.write(block)


def _hostile_files(folder: Path) -> Iterator[tuple[Path, str]]:
    """Each hostile file, and the words its refusal must hold."""
    random_bytes = folder / "roster.xlsx"
    random_bytes.write_bytes(os.urandom(4096))
    yield random_bytes, "not an Excel workbook"
    for empty in ("empty.xlsx", "empty.csv"):
        (folder / empty).touch()
        yield folder / empty, empty
    not_a_workbook = folder / "archive.xlsx"
    with zipfile.ZipFile(not_a_workbook, "w") as archive:
        archive.writestr("readme.txt", "hello")
    yield not_a_workbook, "cannot be read as a workbook"
    wrong_suffix = folder / "roster.pdf"
    wrong_suffix.write_text(ROSTER)
    yield wrong_suffix, "must be an .xlsx or .csv file"
    yield folder / "missing.csv", "does not exist"
    (folder / "folder.csv").mkdir()
    yield folder / "folder.csv", "is a folder"


def test_hostile_roster_files_are_refused_naming_the_file(
    program: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    before = contents(program)
    for path, says in _hostile_files(folder):
        line = refused(capsys, "import", "roster", str(path), "--category", "at_risk")
        assert path.name in line and says in line, line
    assert contents(program) == before
    assert files(program.parent) == {"oend.db", "oend.db.keys", "oend.db.keys.lock"}


MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
run = subprocess.run([sys.executable, "-m", "oend", *sys.argv[1:]], capture_output=True, text=True)
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(run.returncode, time.perf_counter() - started, peak_kb, repr(run.stderr), sep="|")
"""


@pytest.mark.parametrize("kind", ["bomb", "oversized"])
def test_a_compression_bomb_or_an_oversized_workbook_is_refused_quickly_in_little_memory(
    program: Path, tmp_path: Path, kind: str
) -> None:
    workbook = tmp_path / f"{kind}.xlsx"
    if kind == "bomb":
        _bomb(workbook)
        assert workbook.stat().st_size < 5_000_000
    else:
        with workbook.open("wb") as f:
            f.truncate(60_000_000)  # sparse: large on paper, instant to make
    argv = ["import", "roster", str(workbook), "--category", "at_risk"]
    measured = subprocess.run([sys.executable, "-c", MEASURE, *argv], capture_output=True, text=True, check=True)
    code, seconds, peak_kb, stderr = measured.stdout.strip().split("|")
    assert int(code) == 2 and f"{kind}.xlsx" in stderr and "Traceback" not in stderr, stderr
    assert stderr.count("\\n") == 1
    assert float(seconds) < 10
    assert int(peak_kb) < 300 * 1024


def test_a_damaged_database_is_refused_and_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    content = damaged.read_bytes()
    monkeypatch.setenv("OEND_DATABASE", str(damaged))
    for argv in (["db", "check"], ["site", "list"], ["backup"], ["export", "participants", "-o", "p.csv"]):
        assert "database" in refused(capsys, *argv)
    assert damaged.read_bytes() == content


def test_a_database_from_a_newer_release_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer.db"
    open_database(str(newer)).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    content = newer.read_bytes()
    for argv in (["db", "upgrade"], ["db", "check"], ["backup"]):
        assert "newer version of OEND" in refused(capsys, "--database", str(newer), *argv)
    assert newer.read_bytes() == content
    assert files(tmp_path) == {"newer.db"} | {p for p in files(tmp_path) if p.startswith("home")}


@pytest.mark.parametrize("where", ["under-a-file", "proc"])
def test_an_unwritable_output_folder_is_one_line_and_leaves_nothing(
    program: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, where: str
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    folder = blocker / "out" if where == "under-a-file" else Path("/proc")
    before, data = contents(program), files(program.parent)
    for argv in (
        ["export", "participants", "-o", str(folder / "p.xlsx")],
        ["export", "participants", "-o", str(folder / "p.csv")],
        ["report", "-t", "quarterly_oend", "-p", "2026Q3", "-o", str(folder / "r.pdf")],
        ["report", "-t", "quarterly_oend", "-p", "2026Q3", "-o", str(folder / "r.xlsx")],
    ):
        assert str(folder) in refused(capsys, *argv)
    assert contents(program) == before and files(program.parent) == data
    assert files(tmp_path) - {p for p in files(tmp_path) if p.startswith(("home", "data"))} == {"not-a-folder"}


def test_a_bug_is_logged_and_named_in_one_line(
    program: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from oend.cli import dbcmd

    def broken(args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(dbcmd, "check_db", broken)
    assert main(["db", "check"]) == 70
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unexpected error" in err[0] and "ZeroDivisionError" in err[0]
    log = Path(err[0].rsplit("log file ", 1)[1])
    assert "ZeroDivisionError: a bug" in log.read_text() and "Traceback" in log.read_text()


def _children(pid: int) -> set[int]:
    try:
        return {int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def _gone(pid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except OSError:
            return True
        if state == "Z":  # ended, waiting for its (new) parent to reap it
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process tree from /proc")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL])
def test_a_demo_stopped_halfway_leaves_no_database_and_no_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stop: signal.Signals
) -> None:
    target = tmp_path / "demo" / "demo.db"
    target.parent.mkdir()
    demo = subprocess.Popen(
        [sys.executable, "-m", "oend", "--database", str(target), "demo", "--participants", "20000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while not (generator := _children(demo.pid)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert generator, "the generator's process never started"
        time.sleep(0.5)
        demo.send_signal(stop)
        _, err = demo.communicate(timeout=30)
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.communicate()
    assert "Traceback" not in err
    assert all(_gone(pid, within=5) for pid in generator)
    assert not target.exists()
    if stop == signal.SIGTERM:
        assert err.strip().splitlines()[-1] == "oend: interrupted before the command finished"
        assert os.listdir(target.parent) == []
    with pytest.raises(SystemExit):
        main(["--version"])  # the next start sweeps what a kill left
    capsys.readouterr()
    assert os.listdir(target.parent) == []
