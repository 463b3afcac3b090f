"""``oend sync``: a file written on one laptop read on another, the status of each, and refusals on one line."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from oend.cli import main
from oend.exchange.bundle import DAMAGED
from oend.services.sync.bundles import OWN_FILE

Laptop = Callable[[str], None]


@pytest.fixture
def laptops(program: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Laptop:
    """Switch the command line between the first laptop and a second one enrolled from a copy of it."""
    shutil.copytree(program.parent, tmp_path / "data2")
    places = {"one": (program, tmp_path / "home"), "two": (tmp_path / "data2" / program.name, tmp_path / "home2")}

    def use(name: str) -> None:
        database, home = places[name]
        monkeypatch.setenv("OEND_DATABASE", str(database))
        monkeypatch.setenv("OEND_HOME", str(home))

    return use


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_a_file_carries_one_laptops_work_to_another(
    laptops: Laptop, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    laptops("two")
    two = run(capsys, "sync", "status").splitlines()[0].split()[2].rstrip(",")
    laptops("one")
    run(capsys, "site", "add", "VAN1", "--name", "Outreach van", "--kind", "outreach")
    wrote = run(capsys, "sync", "export", "--out", str(tmp_path / "to-two.oendsync"), "--for", two)
    assert wrote.startswith("wrote ") and f"for {two} to" in wrote
    one = run(capsys, "sync", "status").splitlines()[0].split()[2].rstrip(",")
    laptops("two")
    read = run(capsys, "sync", "import", str(tmp_path / "to-two.oendsync"))
    assert read.startswith("applied ") and "0 refused" in read
    assert "VAN1" in run(capsys, "site", "list")
    status = run(capsys, "sync", "status")
    line = next(row for row in status.splitlines() if row.startswith(one))
    assert "never" not in line and "0 conflicts to review" in status and "0 changes refused" in status
    assert "WAITING TO GO  IN A SYNC FILE  FILE WRITTEN" in status and line.split()[-2:] == ["0", "-"]
    again = run(capsys, "sync", "import", str(tmp_path / "to-two.oendsync"))
    assert again.startswith("applied 0 changes")


def test_refused_files_are_said_on_one_line(
    laptops: Laptop, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    laptops("one")
    bundle = tmp_path / "all.oendsync"
    assert "for every device" in run(capsys, "sync", "export", "--out", str(bundle))
    assert main(["sync", "import", str(bundle)]) == 2
    assert capsys.readouterr().err == f"oend: {OWN_FILE}\n"
    laptops("two")
    data = bundle.read_bytes()
    bundle.write_bytes(data[:-10] + bytes([data[-10] ^ 4]) + data[-9:])
    assert main(["sync", "import", str(bundle)]) == 2
    assert capsys.readouterr().err == f"oend: {DAMAGED}\n"
    assert main(["sync", "import", str(tmp_path / "missing.oendsync")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.oendsync: does not exist" in err
    with pytest.raises(SystemExit):
        main(["sync", "export"])
    assert "--out" in capsys.readouterr().err
