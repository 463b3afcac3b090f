"""The house rules on where code may write and which way imports point, checked on the source text.

Nothing is imported or run: every module of ``oend`` is parsed with ``ast``, so the checks take about
a second and see imports inside functions too. Each check returns the offending lines in words;
the last test feeds the checks a small made-up package to show that each of them can fail.
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import oend

PACKAGE = Path(oend.__file__).parent

#: Importable by every package: they import nothing of oend themselves.
BASE = frozenset({"oend", "errors", "config", "ids", "logs", "staging"})
#: Package -> the packages below it that it may import (besides BASE). ``core`` sits under the model: the
#: codes are vocabulary the ORM's columns use, so the actor, the labels and the first window load no ORM.
LAYERS: dict[str, frozenset[str]] = {
    "__main__": frozenset({"cli"}),
    "assets": frozenset(),
    "i18n": frozenset({"core", "model", "reporting"}),  # the translation tool reads the labels and report words
    "model": frozenset({"core"}),
    "core": frozenset(),
    "db": frozenset({"model", "core"}),
    "security": frozenset({"model", "core", "db"}),
    "queries": frozenset({"model", "core", "db"}),
    "reporting": frozenset({"queries", "model", "core"}),
    # exchange sits just above reporting: its lists filter by reporting periods, its files show codes with
    # the labels reports use, and it reports progress the same way
    "exchange": frozenset({"reporting", "queries", "model", "core"}),
    "demo": frozenset({"model", "core"}),
    "services": frozenset({"queries", "reporting", "exchange", "security", "demo", "model", "db", "core"}),
    "cli": frozenset({"services", "queries", "reporting", "exchange", "security", "demo", "model", "db", "core"}),
    "ui": frozenset({"services", "queries", "reporting", "exchange", "security", "model", "db", "core"}),
}
#: Single modules allowed one import more than their package: the command line's launcher opens the app.
EXTRA: dict[str, frozenset[str]] = {"oend.cli": frozenset({"ui"})}
#: Where writing is the point: the services, the schema migrations, the demo generator's bulk loader, and the
#: change log, written from the session's flush in the transaction of the write it records (with the device's
#: registration and the link rows that travel as a field), and the loader sync applies arriving rows through.
WRITERS = (
    "oend.services",
    "oend.db.migrations",
    "oend.demo",
    "oend.db.change_capture",
    "oend.db.bulk_changes",
    "oend.db.identity",
    "oend.db.memberships",
    "oend.db.row_loader",
    "oend.db.table_copy",
)

SESSION_WRITES = frozenset({"add", "add_all", "delete", "flush", "merge"})
DML = frozenset({"insert", "update", "delete"})
AUDIT_MODULE = "oend.services.audit"
AUDIT_WRITES = frozenset({"record", "stamp"})
RAW_DML = re.compile(r"\s*(insert|update|delete|replace)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Module:
    name: str
    file: str  # the path from the package's parent, as a message names it
    tree: ast.Module

    @property
    def package(self) -> str:
        """The dotted name relative imports start from."""
        return self.name if self.file.endswith("__init__.py") else self.name.rpartition(".")[0]


def _name(root: Path, path: Path) -> str:
    parts = [root.name, *path.relative_to(root).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def scan(root: Path) -> dict[str, Module]:
    """Every module under the package directory ``root``, parsed."""
    return {
        _name(root, path): Module(
            _name(root, path), path.relative_to(root.parent).as_posix(), ast.parse(path.read_bytes(), str(path))
        )
        for path in sorted(root.rglob("*.py"))
    }


def _absolute(module: Module, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.package.split(".")
    base = base[: len(base) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def _nearest(modules: dict[str, Module], dotted: str) -> str | None:
    """The module ``dotted`` names, or the package it lies in (``from oend.model import Site`` -> oend.model)."""
    while dotted and dotted not in modules:
        dotted = dotted.rpartition(".")[0]
    return dotted or None


def imports(modules: dict[str, Module], module: Module) -> set[str]:
    """The oend modules ``module`` imports anywhere in its text, each as named (not its parent packages)."""
    root = next(iter(modules)).split(".")[0]
    found: set[str | None] = set()
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            found |= {_nearest(modules, a.name) for a in node.names if a.name.split(".")[0] == root}
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, node)
            if base.split(".")[0] != root:
                continue
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.add(child if child in modules else _nearest(modules, base))
    found.discard(None)
    found.discard(module.name)
    return {name for name in found if name is not None}


def layer(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def layer_violations(modules: dict[str, Module]) -> list[str]:
    """Every import of a package the importer's layer may not use."""
    problems = []
    for module in modules.values():
        own = layer(module.name)
        if own not in LAYERS and own not in BASE:
            problems.append(f"{module.name}: package '{own}' has no place in the layer table")
            continue
        allowed = LAYERS.get(own, frozenset()) | BASE | {own} | EXTRA.get(module.name, frozenset())
        problems += [
            f"{module.name} imports {target}: {own} may not import {layer(target)}"
            for target in sorted(imports(modules, module))
            if layer(target) not in allowed
        ]
    return sorted(problems)


def import_cycles(modules: dict[str, Module]) -> list[str]:
    """Every group of modules that import one another round a loop (two importing each other, or longer)."""
    graph = {name: imports(modules, module) for name, module in modules.items()}
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[str] = []

    def visit(name: str) -> None:  # Tarjan's strongly connected components
        order[name] = low[name] = len(order)
        stack.append(name)
        for target in sorted(graph[name]):
            if target not in order:
                visit(target)
                low[name] = min(low[name], low[target])
            elif target in stack:
                low[name] = min(low[name], order[target])
        if low[name] == order[name]:
            group = stack[stack.index(name) :]
            del stack[stack.index(name) :]
            if len(group) > 1:
                cycles.append(" <-> ".join(sorted(group)))

    for name in sorted(graph):
        if name not in order:
            visit(name)
    return sorted(cycles)


def _audit_names(module: Module) -> tuple[set[str], set[str]]:
    """The local names bound to the audit module, and to its writing functions."""
    modules: set[str] = set()
    functions: set[str] = set()
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name == AUDIT_MODULE}
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == AUDIT_MODULE.rpartition(".")[0]:
                modules |= {a.asname or a.name for a in node.names if a.name == AUDIT_MODULE.rpartition(".")[2]}
            elif node.module == AUDIT_MODULE:
                functions |= {a.asname or a.name for a in node.names if a.name in AUDIT_WRITES}
    return modules, functions


def _dml_names(module: Module) -> tuple[set[str], set[str]]:
    """The local names bound to SQLAlchemy's insert/update/delete, and to SQLAlchemy modules."""
    functions: set[str] = set()
    packages: set[str] = set()
    for node in ast.walk(module.tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy":
            functions |= {a.asname or a.name for a in node.names if a.name in DML}
        elif isinstance(node, ast.Import):
            packages |= {a.asname or a.name for a in node.names if a.name.split(".")[0] == "sqlalchemy"}
    return functions, packages


def _write(call: ast.Call, audit: tuple[set[str], set[str]], dml: tuple[set[str], set[str]]) -> str | None:
    """What ``call`` writes, in words, or None."""
    func = call.func
    if isinstance(func, ast.Name):
        if func.id in audit[1]:
            return f"calls the audit trail's {func.id}()"
        if func.id in dml[0]:
            return f"builds an {func.id.upper()} statement"
        if func.id == "text" and any(
            isinstance(a, ast.Constant) and isinstance(a.value, str) and RAW_DML.match(a.value) for a in call.args
        ):
            return "runs raw SQL that changes rows"
        return None
    if not isinstance(func, ast.Attribute):
        return None
    receiver = ast.unparse(func.value)
    if func.attr in SESSION_WRITES and "session" in receiver.lower():
        return f"calls {receiver}.{func.attr}()"
    if func.attr in AUDIT_WRITES and receiver in audit[0]:
        return f"calls {receiver}.{func.attr}()"
    if func.attr in DML and (receiver in dml[1] or receiver.endswith("__table__")):
        return f"builds an {func.attr.upper()} statement"
    if func.attr in ("execute", "exec_driver_sql") and any(
        isinstance(a, ast.Constant) and isinstance(a.value, str) and RAW_DML.match(a.value) for a in call.args
    ):
        return "runs raw SQL that changes rows"
    return None


def write_violations(modules: dict[str, Module], writers: tuple[str, ...] = WRITERS) -> list[str]:
    """Every write (session add/delete/flush/merge, DML, the audit recorder) outside the writing packages."""
    problems: list[tuple[str, int, str]] = []
    for module in modules.values():
        if any(module.name == w or module.name.startswith(f"{w}.") for w in writers):
            continue
        audit, dml = _audit_names(module), _dml_names(module)
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Call) and (what := _write(node, audit, dml)):
                problems.append((module.file, node.lineno, what))
    return [f"{file}:{line} {what}" for file, line, what in sorted(problems)]


# --- the rules, on the real package ------------------------------------------------------------------


def test_only_services_write() -> None:
    assert write_violations(scan(PACKAGE)) == []


def test_layers_point_one_way() -> None:
    assert layer_violations(scan(PACKAGE)) == []


def test_no_modules_import_each_other() -> None:
    assert import_cycles(scan(PACKAGE)) == []


def test_every_package_has_a_layer() -> None:
    packages = {layer(name) for name in scan(PACKAGE)}
    assert packages <= set(LAYERS) | BASE
    assert {"services", "ui", "cli", "reporting", "exchange", "queries", "model", "core"} <= packages  # scan saw them


# --- the checks can fail ---------------------------------------------------------------------------


def _tree(root: Path, files: dict[str, str]) -> dict[str, Module]:
    for relative, text in files.items():
        path = root / "oend" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return scan(root / "oend")


def test_the_checks_catch_a_made_up_package(tmp_path: Path) -> None:
    modules = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "errors.py": "",
            "model/__init__.py": "from oend.core import actor\n",
            "core/__init__.py": "",
            "core/actor.py": "from oend.model import Role\n",  # the vocabulary reaching up
            "services/__init__.py": "",
            "services/audit.py": "def record(*a): ...\n",
            "services/trainings.py": "def add(session, row):\n    session.add(row)\n",
            "reporting/__init__.py": "",
            "reporting/engine.py": (
                "from oend.services import audit\n"
                "from oend.errors import X\n"
                "def build(session):\n"
                "    from oend.reporting import render\n"
                "    audit.record(session)\n"
                "    session.flush()\n"
            ),
            "reporting/render.py": "from oend.reporting.engine import Report\n",
            "exchange/__init__.py": "",
            "exchange/load.py": (
                "from sqlalchemy import insert, text\n"
                "from oend.services.audit import record as note\n"
                "from . import fine, ring\n"
                "def load(conn, db_session, t):\n"
                "    conn.execute(insert(t))\n"
                "    conn.execute(text('DELETE FROM t'))\n"
                "    db_session.merge(t)\n"
                "    note(db_session)\n"
            ),
            "exchange/fine.py": "def ok(seen, xs):\n    seen.add(1)\n    xs.insert(0, 2)\n    seen.update(xs)\n",
            "exchange/ring.py": "import oend.exchange.round\n",
            "exchange/round.py": "from oend.exchange.load import load\n",
            "demo/__init__.py": "def load(session, rows):\n    session.add_all(rows)\n",
            "sync/__init__.py": "",
        },
    )
    assert write_violations(modules) == [
        "oend/exchange/load.py:5 builds an INSERT statement",
        "oend/exchange/load.py:6 runs raw SQL that changes rows",
        "oend/exchange/load.py:7 calls db_session.merge()",
        "oend/exchange/load.py:8 calls the audit trail's note()",
        "oend/reporting/engine.py:5 calls audit.record()",
        "oend/reporting/engine.py:6 calls session.flush()",
    ]
    assert layer_violations(modules) == [
        "oend.core.actor imports oend.model: core may not import model",
        "oend.exchange.load imports oend.services.audit: exchange may not import services",
        "oend.reporting.engine imports oend.services.audit: reporting may not import services",
        "oend.sync: package 'sync' has no place in the layer table",
    ]
    assert import_cycles(modules) == [
        "oend.core.actor <-> oend.model",
        "oend.exchange.load <-> oend.exchange.ring <-> oend.exchange.round",
        "oend.reporting.engine <-> oend.reporting.render",
    ]
