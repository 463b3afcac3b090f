"""The wheel carries what the app loads at run time (migrations, forms, templates, fonts)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_migrations_and_data_files(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("oend-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"oend/db/migrations/env.py", "oend/db/migrations/script.py.mako"}
    expected |= {f"oend/db/migrations/versions/{p.name}" for p in (ROOT / "oend/db/migrations/versions").glob("0*.py")}
    for folder, installed, pattern in (
        ("forms", "oend/forms", "*.ui"),
        ("reports", "oend/reports", "*.toml"),
        ("oend/assets/fonts", "oend/assets/fonts", "*.ttf"),
    ):
        expected |= {f"{installed}/{p.name}" for p in (ROOT / folder).glob(pattern)}
    assert expected <= names, sorted(expected - names)
