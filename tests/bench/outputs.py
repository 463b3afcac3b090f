"""Benchmarks of the program's outputs: the quarterly report, a million-row export, a class of certificates.

Each function takes an open database and returns plain figures, so the main benchmark script can
call them on its statewide database:

    from tests.bench import outputs
    outputs.quarterly_report(db, actor, Period.parse("2026Q3"), tmp_dir)    # {"pdf_s", "xlsx_s"}
    outputs.dispensing_export(db_target, rows=1_000_000, out_dir=tmp_dir)   # ratio to bare openpyxl + peak MB
    outputs.certificates(db, actor, size=40)                                # {"seconds", "pages"}

``python -m tests.bench.outputs [ROWS]`` runs all three on a database of its own.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.db import Database, open_database
from oend.ids import uuid7
from oend.model import Dispensing
from oend.reporting.periods import Period


def quarterly_report(db: Database, actor: Actor, period: Period, out_dir: Path) -> dict[str, float]:
    """Seconds to build the quarterly OEND report as PDF and as XLSX (target: under 5 s each)."""
    from oend.services.reports import save_report

    figures: dict[str, float] = {}
    for fmt in ("pdf", "xlsx"):
        with db.transaction() as session:
            started = time.perf_counter()
            save_report(session, actor, "quarterly_oend", period, None, out_dir / f"quarterly.{fmt}")
            figures[f"{fmt}_s"] = time.perf_counter() - started
    return figures


def certificates(db: Database, actor: Actor, size: int = 40) -> dict[str, float]:
    """Seconds to print a class of ``size`` certificates into one PDF (target: under 2 s for 40)."""
    from oend.model import Site
    from oend.model.codes import SiteKind
    from oend.services.certificates import issue_certificates
    from tests.reporting.seed import add_class

    tag = uuid7().hex[-8:].upper()
    with db.session() as session:  # rolled back at the end: the class exists only for the timing
        site = Site(code=f"CERT{tag}", name="House of Correction", kind=SiteKind.CORRECTIONAL_FACILITY)
        session.add(site)
        session.flush()
        session_id = add_class(session, site.id, size, prefix=f"C{tag}")
        started = time.perf_counter()
        pdf = issue_certificates(session, actor, session_id).record
        seconds = time.perf_counter() - started
        session.rollback()
    return {"seconds": seconds, "bytes": float(len(pdf))}


# the export benchmark runs each side in a fresh process, so peak memory is the export's own


def _peak_kb() -> int:
    """This process's peak resident memory in kB since it started its program.

    ``ru_maxrss`` also counts the copy of the parent a new process begins as before it loads its
    program (a parent that just generated the database holds its page cache); Linux's VmHWM does not.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _bare(target: str, out: str) -> tuple[float, int, int]:
    """The library's own speed: the same rows, straight into a write-only workbook."""
    from oend.exchange.lists import get_list, statement

    db = open_database(target, upgrade=False)
    actor = Actor.system("bench", "bench")
    started = time.process_time()
    with db.session() as session:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Dispensing")
        spec = get_list("dispensing")
        ws.append([c.header for c in spec.columns])
        n = 0
        for row in session.execute(statement(spec, actor).execution_options(yield_per=5000)):
            ws.append(tuple(row))
            n += 1
        wb.save(out)
    return time.process_time() - started, n, _peak_kb()


def _app(target: str, out: str) -> tuple[float, int, int]:
    from oend.services.exports import export_list

    db = open_database(target, upgrade=False)
    actor = Actor.system("bench", "bench")
    started = time.process_time()
    with db.transaction() as session:
        result = export_list(session, actor, "dispensing", out, progress=lambda done, total: None).record
    return time.process_time() - started, result.rows, _peak_kb()


def _in_child(fn: Any, *args: Any) -> tuple[float, int, int]:
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(fn, args)


def add_dispensings(db: Database, rows: int) -> None:
    """Top the database up to ``rows`` dispensing rows (synthetic, spread over 2025) for the export benchmark."""
    from tests.reporting.seed import seed

    with db.transaction() as session:
        have = session.scalar(select(func.count()).select_from(Dispensing)) or 0
        if have >= rows:
            return
        data = seed(session)
        sites = [s.id for s in data.sites.values()]
        people = [p.id for p in data.people.values()]
        lot, product = data.lots["NAS4"].id, data.products["NAS4"].id
        have = session.scalar(select(func.count()).select_from(Dispensing)) or 0
    start = dt.date(2025, 1, 1)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    sql = (
        "INSERT INTO dispensings (id, created_at, updated_at, deleted, dispensed_on, site_id, participant_id,"
        " recipient_category, product_id, lot_id, quantity, supply_type, refill_reason, supply_source, notes)"
        " VALUES (?, ?, ?, 0, ?, ?, ?, 'at_risk', ?, ?, ?, ?, ?, 'outreach', ?)"
    )
    batch = 50_000
    for offset in range(have, rows, batch):
        chunk = [
            (
                uuid7().hex, now, now, (start + dt.timedelta(days=i % 365)).isoformat(), sites[i % len(sites)].hex,
                people[i % len(people)].hex if i % 4 else None, product.hex, lot.hex, 1 + i % 3,
                "refill" if i % 5 == 0 else "new", "lost" if i % 5 == 0 else None,
                "=1+1" if i % 1000 == 0 else (f"note {i}" if i % 50 == 0 else None),  # notes are rare
            )
            for i in range(offset, min(offset + batch, rows))
        ]  # fmt: skip
        with db.engine.begin() as conn:
            conn.exec_driver_sql(sql, chunk)


def dispensing_export(target: str, out_dir: Path, repeats: int = 2) -> dict[str, float]:
    """The app's XLSX export of every dispensing row as a ratio to a bare openpyxl loop (target >= 0.9),
    and the export's peak memory in MB (target under 300).

    Each side runs in a fresh process, alternating, and is timed in CPU seconds (best of ``repeats``),
    so other work on the machine does not tilt the ratio.
    """
    bare_s = app_s = float("inf")
    app_rss_kb = 0
    for _ in range(repeats):
        seconds, bare_rows, _ = _in_child(_bare, target, str(out_dir / "bare.xlsx"))
        bare_s = min(bare_s, seconds)
        seconds, app_rows, rss = _in_child(_app, target, str(out_dir / "app.xlsx"))
        app_s, app_rss_kb = min(app_s, seconds), max(app_rss_kb, rss)
        assert bare_rows == app_rows
    return {
        "rows": float(app_rows),
        "bare_rows_per_s": bare_rows / bare_s,
        "app_rows_per_s": app_rows / app_s,
        "ratio": bare_s / app_s,
        "peak_mb": app_rss_kb / 1024,
    }


def main(rows: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        target = str(out / "bench.db")
        db = open_database(target)
        actor = Actor.system("bench", "bench")
        started = time.perf_counter()
        add_dispensings(db, rows)
        print(f"setup: {rows} dispensing rows in {time.perf_counter() - started:.1f} s")
        report = quarterly_report(db, actor, Period.quarter(2025, 3), out)
        print(f"quarterly report: PDF {report['pdf_s']:.2f} s, XLSX {report['xlsx_s']:.2f} s (target < 5 s)")
        certs = certificates(db, actor, 40)
        print(f"40 certificates: {certs['seconds']:.2f} s (target < 2 s)")
        db.close()
        export = dispensing_export(target, out, repeats=1 if rows > 200_000 else 2)
        print(
            f"export {int(export['rows'])} dispensing rows to XLSX (CPU time):"
            f" app {export['app_rows_per_s']:.0f} rows/s,"
            f" bare openpyxl {export['bare_rows_per_s']:.0f} rows/s, ratio {export['ratio']:.2f} (target >= 0.9),"
            f" peak {export['peak_mb']:.0f} MB (target < 300)"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
