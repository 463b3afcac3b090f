"""Refresh the translation sources from the code and forms, then compile them for the app.

    python oend/i18n/regenerate.py

First the validation messages of the layers without Qt (services, security, exchange) are gathered
into ``oend/ui/validation_templates.py`` so lupdate can see them. ``pyside6-lupdate`` then adds new texts
to ``oend_<lang>.ts`` (translations already made are kept); translators fill them in with Qt Linguist
(``pyside6-linguist oend/i18n/oend_es.ts``); ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm``
the app loads. Run it again after translating.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
LANGUAGES = ("es",)
#: The generated list of validation templates, read by lupdate (and by the test that keeps it complete).
CATALOGUE = PACKAGE / "ui" / "validation_templates.py"
#: Qt's translation context of those templates; oend/ui/validation_text.py translates in the same one.
CONTEXT = "Validation"


def tool(name: str) -> str:
    """A PySide6 tool next to this Python, or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    files = sorted(PACKAGE.glob("ui/**/*.py")) + sorted(PACKAGE.glob("forms/*.ui"))
    return [str(f.relative_to(PACKAGE.parent)) for f in files if f.name != "icons_rc.py"]


def _called(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _template_argument(call: ast.Call) -> ast.expr | None:
    """The template of ``FieldError(field, template, ...)``, ``checks.fail(field, template, ...)``, ``Phrase(text)``."""
    name = _called(call)
    if name == "Phrase":
        return call.args[0] if call.args else None
    if name not in ("FieldError", "fail"):
        return None
    if len(call.args) >= 2:
        return call.args[1]
    return next((k.value for k in call.keywords if k.arg == "template"), None)


def collect_templates(package: Path = PACKAGE) -> tuple[list[str], list[str]]:
    """Every message template written in the code outside the UI, and where a template is not a plain literal.

    A template that is computed (an f-string, a variable) cannot be translated: those places are returned
    as ``path:line`` so they can be fixed. A parameter called ``template`` only passes on its caller's literal.
    """
    found: set[str] = set()
    computed: list[str] = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package.parent)
        if relative.parts[1] in ("ui", "i18n"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            argument = _template_argument(node) if isinstance(node, ast.Call) else None
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.add(argument.value)
            elif argument is not None and not (isinstance(argument, ast.Name) and argument.id == "template"):
                computed.append(f"{relative.as_posix()}:{node.lineno}")
    return sorted(found), computed


def catalogue_text(templates: list[str]) -> str:
    """The source of ``validation_templates.py``: each template marked for lupdate, nothing translated here."""
    lines = [
        '"""Validation message templates of the services, for pyside6-lupdate. Generated: do not edit.',
        "",
        "Refresh with ``python oend/i18n/regenerate.py``; ``oend.ui.validation_text`` translates them.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TEMPLATES = (",
    ]
    for template in templates:
        literal = json.dumps(template, ensure_ascii=False)
        one_line = f'    QT_TRANSLATE_NOOP("{CONTEXT}", {literal}),'
        lines += (
            [one_line]
            if len(one_line) <= 120
            else ["    QT_TRANSLATE_NOOP(", f'        "{CONTEXT}",', f"        {literal},", "    ),"]
        )
    lines.append(")")
    return "\n".join(lines) + "\n"


def write_catalogue() -> None:
    templates, computed = collect_templates()
    for place in computed:
        print(f"warning: {place}: a computed message template cannot be translated", file=sys.stderr)
    CATALOGUE.write_text(catalogue_text(templates), encoding="utf-8")


def main() -> int:
    root = PACKAGE.parent
    write_catalogue()
    for language in LANGUAGES:
        ts = HERE / f"oend_{language}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", str(ts)], cwd=root, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
