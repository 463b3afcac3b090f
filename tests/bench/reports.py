"""Benchmarks of the report engine on the benchmark database: every shipped template's quarterly report,
the list export's XLSX rate against a bare xlsxwriter loop, and a list longer than a sheet opened by LibreOffice.

    templates(bench)     # per shipped template: seconds to save the last full quarter as PDF and as XLSX (< 5 s)
    xlsx_writers(bench)  # the app's export rate / bare xlsxwriter's on the same rows (both in fresh processes),
                         # on the database's dispensing list and on 200,000 generated rows
    long_export(bench)   # 1.6 million rows written, then counted sheet by sheet as LibreOffice opens them

Each is a section of ``tests/bench/run.py`` (it yields ``run.result`` lines).
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.db import open_database
from oend.exchange.export import write_list, write_xlsx
from oend.exchange.lists import get_list
from oend.model import Dispensing
from oend.reporting.periods import Period
from oend.reporting.progress import Tracker
from tests.bench.outputs import _app, _in_child, _peak_kb
from tests.support.list_rows import dispensing_rows
from tests.support.office import csv_rows, every_sheet

if TYPE_CHECKING:
    from tests.bench.run import Bench


def shipped_templates() -> list[str]:
    return sorted(
        p.name.removesuffix(".toml") for p in resources.files("oend.reports").iterdir() if p.name.endswith(".toml")
    )


def last_full_quarter(day: dt.date) -> Period:
    """The calendar quarter before the one ``day`` falls in: what a coordinator reports on."""
    this = Period.quarter(day.year, (day.month - 1) // 3 + 1)
    before = this.start - dt.timedelta(days=1)
    return Period.quarter(before.year, (before.month - 1) // 3 + 1)


def templates(bench: Bench) -> Iterator[dict[str, Any]]:
    """Seconds to compute and save each shipped template's quarterly report, statewide (target < 5 s each)."""
    from oend.services.reports import save_report
    from tests.bench.run import result

    period = last_full_quarter(bench.spec.end)
    with tempfile.TemporaryDirectory() as tmp:
        for name in shipped_templates():
            for fmt in ("pdf", "xlsx"):
                with bench.db.transaction() as session:
                    started = time.perf_counter()
                    save_report(session, bench.actor, name, period, None, Path(tmp) / f"{name}.{fmt}")
                    seconds = time.perf_counter() - started
                yield result(f"report {name} {period.label} as {fmt.upper()}", seconds, "s", "< 5", seconds < 5)


REALISTIC_ROWS = 200_000  # a statewide quarter's dispensing, the size the writers are compared at
LONG_ROWS = 1_600_000  # more than a sheet holds: the list continues on a second sheet


def _bare_xlsxwriter(out: str, rows: Iterable[Sequence[Any]]) -> int:
    """``rows`` under the dispensing list's headers, written by xlsxwriter in its constant-memory mode."""
    import xlsxwriter  # type: ignore[import-untyped]

    wb = xlsxwriter.Workbook(out, {"constant_memory": True, "tmpdir": str(Path(out).parent)})
    ws = wb.add_worksheet("Dispensing")
    ws.write_row(0, 0, [c.header for c in get_list("dispensing").columns])
    n = 0
    dates = wb.add_format({"num_format": "yyyy-mm-dd"})
    for row in rows:
        n += 1
        for col, value in enumerate(row):
            if isinstance(value, dt.date):
                ws.write_datetime(n, col, dt.datetime.combine(value, dt.time()), dates)
            elif value is not None:
                ws.write(n, col, value)
    wb.close()
    return n


def _xlsxwriter(target: str, out: str) -> tuple[float, int, int]:
    """The same rows as the app's dispensing export, written by a bare xlsxwriter loop."""
    from oend.exchange.lists import statement

    db = open_database(target, upgrade=False)
    actor = Actor.system("bench", "bench")
    started = time.process_time()
    with db.session() as session:
        stmt = statement(get_list("dispensing"), actor).execution_options(yield_per=5000)
        n = _bare_xlsxwriter(out, session.execute(stmt))
    return time.process_time() - started, n, _peak_kb()


def _generated_xlsxwriter(rows: int, out: str) -> tuple[float, int, int]:
    started = time.process_time()
    n = _bare_xlsxwriter(out, dispensing_rows(rows))
    return time.process_time() - started, n, _peak_kb()


def _generated_app(rows: int, out: str) -> tuple[float, int, int]:
    started = time.process_time()
    n = write_xlsx(Path(out), get_list("dispensing"), dispensing_rows(rows), Tracker(rows, None, None))
    return time.process_time() - started, n, _peak_kb()


def _best_of(runs: int, theirs: Any, ours: Any, source: str | int, tmp: Path) -> tuple[float, float, int]:
    """CPU seconds of each writer's best of ``runs`` alternating runs on ``source`` (a database or a number of
    generated rows), each in a fresh process; and the rows."""
    their_s = our_s = float("inf")
    for _ in range(runs):
        seconds, their_rows, _ = _in_child(theirs, source, str(tmp / "xlsxwriter.xlsx"))
        their_s = min(their_s, seconds)
        seconds, our_rows, _ = _in_child(ours, source, str(tmp / "app.xlsx"))
        our_s = min(our_s, seconds)
        assert their_rows == our_rows
    return their_s, our_s, our_rows


def xlsx_writers(bench: Bench) -> Iterator[dict[str, Any]]:
    """The app's list export rate as a ratio to a bare xlsxwriter loop's on the same rows (CPU time, best of a few
    runs, each side in a fresh process): above 1 the app is faster. Target >= 0.8: the app adds little.

    Measured on the database's dispensing list, and on ``REALISTIC_ROWS`` generated rows whatever its size."""
    from tests.bench.run import result

    assert bench.db.path is not None
    runs = 1 if bench.quick else 3
    with tempfile.TemporaryDirectory() as tmp:
        theirs, ours, rows = _best_of(runs, _xlsxwriter, _app, str(bench.db.path), Path(tmp))
        ratio = theirs / ours if ours else 0.0
        yield result(f"list export of {rows} rows, app rate / xlsxwriter rate", ratio, "x", ">= 0.8", ratio >= 0.8)
        yield result("xlsxwriter rate", rows / theirs if theirs else 0.0, "rows/s", "-", True)
        yield result("app export rate", rows / ours if ours else 0.0, "rows/s", "-", True)
        size = 20_000 if bench.quick else REALISTIC_ROWS
        theirs, ours, rows = _best_of(runs, _generated_xlsxwriter, _generated_app, size, Path(tmp))
        ratio = theirs / ours if ours else 0.0
        yield result(f"{rows} generated rows, app rate / xlsxwriter rate", ratio, "x", ">= 0.8", ratio >= 0.8)


def _write_long(bench: Bench, out: Path, rows: int) -> int:
    """The statewide dispensing list when the database holds ``rows`` of it, else ``rows`` generated ones."""
    with bench.db.session() as session:
        have = session.scalar(select(func.count()).select_from(Dispensing)) or 0
        if have >= rows:
            return write_list(session, bench.actor, "dispensing", out).rows
    return write_xlsx(out, get_list("dispensing"), dispensing_rows(rows), Tracker(rows, None, None))


def long_export(bench: Bench) -> Iterator[dict[str, Any]]:
    """A list of 1.6 million rows to XLSX, opened by LibreOffice headless: the rows it finds on every sheet
    against the rows written (target: all of them), and the seconds to write and to open."""
    from tests.bench.run import result

    rows = 5_000 if bench.quick else LONG_ROWS
    with tempfile.TemporaryDirectory(prefix="oend-bench-", dir=bench.folder) as tmp:
        out = Path(tmp) / "dispensing.xlsx"
        started = time.perf_counter()
        written = _write_long(bench, out, rows)
        write_s = time.perf_counter() - started
        started = time.perf_counter()
        sheets = every_sheet(out, Path(tmp) / "opened", timeout=3600)
        found = sum(sum(1 for _ in csv_rows(path)) - 1 for path in sheets.values())  # less each sheet's header
        open_s = time.perf_counter() - started
    ok = found == written
    yield result(
        f"rows LibreOffice opens of {written} written, on {len(sheets)} sheets", found, "rows", f"== {written}", ok
    )
    yield result(f"write {written} rows to XLSX", write_s, "s", "-", True)
    yield result(f"LibreOffice opens {written} rows and saves them as CSV", open_s, "s", "-", True)
