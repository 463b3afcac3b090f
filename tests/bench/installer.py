"""Benchmarks of the Linux bundle: its size, and how fast it starts next to the same app from Python.

``bundle(bench)`` is a section of ``tests/bench/run.py``. It builds the bundle with installer/build-linux
into the benchmark folder (or takes the one in ``$OEND_BUNDLE_DIST``, a build-linux ``dist`` folder), then
times fresh processes from spawn to their "ready" line, alternating the contenders so a busy machine
slows each alike:

- the bundle: ``oend --check-start`` over a program set up beforehand, so the first window is the sign-in;
- the same app from its Python environment: ``python -m oend --check-start`` over the same program;
- a bare PySide6 main window with a table (``tests.bench.ui bare``), the floor any Qt app starts from.

The first run of each is left out: it pays for reading the files from disk, once per boot.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from oend import __version__
from tests.bench.ui import _spawn_ms

if TYPE_CHECKING:
    from tests.bench.run import Bench, Result

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7
MIB = 1024 * 1024
READY = "ready"
PASSWORD = "correct horse battery staple 42"


def _result(name: str, value: float, unit: str, target: str, ok: bool) -> Result:
    from tests.bench.run import result

    return result(name, value, unit, target, ok)


def built_dist(folder: Path) -> Path:
    """The build-linux ``dist`` folder: the one given, else a fresh build under ``folder``."""
    given = os.environ.get("OEND_BUNDLE_DIST")
    if given:
        return Path(given)
    subprocess.run([str(ROOT / "installer" / "build-linux"), str(folder / "bundle")], check=True, capture_output=True)
    return folder / "bundle" / "dist"


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _env(home: Path, database: Path) -> dict[str, str]:
    return dict(os.environ, OEND_HOME=str(home), OEND_DATABASE=str(database), QT_QPA_PLATFORM="offscreen")


def set_up_program(command: list[str], home: Path) -> Path:
    """A program set up by ``oend setup``: the sign-in is then the app's first window."""
    database = home / "oend.db"
    env = _env(home, database) | {"OEND_NEW_PASSWORD": PASSWORD}
    setup = [*command, "setup", "--program", "Bench program", "--admin", "bench", "--name", "Bench Mark"]
    subprocess.run(setup, check=True, capture_output=True, env=env)
    return database


def start_ms(command: list[str], home: Path, database: Path) -> float:
    """Wall time from spawning ``command --check-start`` to its line saying the first window is drawn."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [*command, "--check-start"], stdout=subprocess.PIPE, text=True, env=_env(home, database), cwd=home
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    child.wait(60)
    if not line.startswith(READY):
        raise RuntimeError(f"{command[0]} did not start (exit {child.returncode})")
    return elapsed


def bundle(bench: Bench) -> Iterator[Result]:
    if bench.quick and not os.environ.get("OEND_BUNDLE_DIST"):
        print("# the bundle is built at full scale only (tests/test_installer.py builds and runs it)")
        return
    dist = built_dist(bench.folder)
    unpacked = folder_bytes(dist / "oend") / MIB
    tarball = dist / f"oend-{__version__}-linux-{os.uname().machine}.tar.gz"
    packed = tarball.stat().st_size / MIB
    yield _result("Linux bundle, unpacked", unpacked, "MiB", "< 200", unpacked < 200)
    yield _result("Linux bundle, compressed (tar.gz)", packed, "MiB", "< 90", packed < 90)

    bundled = [str(dist / "oend" / "oend")]
    python = [sys.executable, "-m", "oend"]
    with tempfile.TemporaryDirectory(prefix="oend-bench-start-") as name:
        home = Path(name)
        database = set_up_program(python, home)
        times: dict[str, list[float]] = {"bundle": [], "python": [], "bare": []}
        for run in range(RUNS + 1):
            figures = {
                "bundle": start_ms(bundled, home, database),
                "python": start_ms(python, home, database),
                "bare": _spawn_ms(["bare"])[0],
            }
            if run:  # the first run of each reads its files from disk
                for key, ms in figures.items():
                    times[key].append(ms)
    med = {key: statistics.median(values) for key, values in times.items()}
    yield _result("bundled app, start to its first window (median)", med["bundle"], "ms", "-", True)
    yield _result("app from its Python environment, start to its first window (median)", med["python"], "ms", "-", True)
    bundle_ratio = med["bundle"] / med["python"]
    yield _result("start-up, bundle / Python environment", bundle_ratio, "x", "<= 1.5", bundle_ratio <= 1.5)
    python_ratio = med["python"] / med["bare"]
    yield _result(
        "start-up, Python environment / bare PySide6 window", python_ratio, "x", "<= 2.5", python_ratio <= 2.5
    )
