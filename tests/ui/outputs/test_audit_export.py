"""The audit trail's CSV: text that could run as a formula is written as text."""

from __future__ import annotations

import csv
from pathlib import Path

from oend.core.cells import FORMULA_FIRST
from oend.model.codes import AuditAction
from oend.queries.audit import AuditFilter
from oend.services import audit
from oend.ui.outputs.audit_export import export_audit_csv
from oend.ui.workspace import Workspace

FORMULA = '=HYPERLINK("http://x","y")'


def test_audit_csv_cells_never_start_a_formula(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.db.transaction() as session:
        for detail in (FORMULA, "＠cmd", "-2+3"):
            audit.record(session, workspace.actor, AuditAction.IMPORT, "roster", detail=detail)
    out = tmp_path / "audit.csv"
    with workspace.db.transaction() as session:
        assert export_audit_csv(session, workspace.actor, AuditFilter(), out).record == 3
    with out.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    details = sorted(r[header.index("detail")] for r in rows)
    assert details == sorted(["'" + FORMULA, "'＠cmd", "'-2+3"])
    assert not [cell for row in rows for cell in row if cell[:1] in FORMULA_FIRST]
