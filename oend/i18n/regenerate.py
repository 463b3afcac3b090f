"""Refresh the translation sources from the code and forms, then compile them for the app.

    python oend/i18n/regenerate.py

First the texts written in the layers without Qt are gathered where lupdate can see them: the message templates
(services, security, exchange, db, reporting: field errors and every other error a user reads) into
``oend/ui/text/validation_templates.py``, and the labels of the stable codes (``oend.core.labels``) into
``oend/ui/text/label_texts.py``, and the words reports print (``words("...")`` in ``oend/reporting`` and
its measure and breakdown names) into ``oend/ui/text/report_texts.py``. ``pyside6-lupdate`` then adds new texts
to ``oend_<lang>.ts`` (translations already made are kept); translators fill them in with Qt Linguist
(``pyside6-linguist oend/i18n/oend_es.ts``); ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm``
the app loads, and the labels and report words of each ``.ts`` become ``oend/reporting/words_<lang>.py``,
the dictionary a report reads without Qt. Run it again after translating.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from oend.core import labels
from oend.reporting import words

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
LANGUAGES = ("es",)
#: The generated list of message templates, read by lupdate (and by the test that keeps it complete).
CATALOGUE = PACKAGE / "ui" / "text" / "validation_templates.py"
#: Qt's translation context of those templates; oend/ui/text/validation_text.py translates in the same one.
CONTEXT = "Validation"
#: The generated list of the code labels, read by lupdate (and by the test that keeps it complete).
LABEL_CATALOGUE = PACKAGE / "ui" / "text" / "label_texts.py"
#: Qt's translation context of the labels; oend/ui/text/labels.py translates in the same one.
LABEL_CONTEXT = "Labels"
#: The generated list of the words reports print, read by lupdate (and by the test that keeps it complete).
REPORT_CATALOGUE = PACKAGE / "ui" / "text" / "report_texts.py"
#: Qt's translation context of the words reports print (besides the labels).
REPORT_CONTEXT = "Report"


def tool(name: str) -> str:
    """A PySide6 tool next to this Python, or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    files = sorted(PACKAGE.glob("ui/**/*.py")) + sorted((PACKAGE.parent / "forms").glob("*.ui"))
    return [str(f.relative_to(PACKAGE.parent)) for f in files if f.name != "icons_rc.py"]


def _name(node: ast.expr) -> str:
    """The name a call or a base class is written with: ``fail`` for ``checks.fail``."""
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


#: The root of the errors a user reads; its ``__init__`` fills the template, so its own call there is no template.
ROOT = "OendError"
#: An error whose text is not a template: a ``ValidationError`` carries its ``FieldError``s, each with its own.
NOT_TEMPLATED = "ValidationError"


def error_classes(trees: list[ast.Module]) -> tuple[set[str], set[str]]:
    """The names of the ``OendError`` classes in ``trees`` whose first argument is a template, and those that
    build the template in their own ``__init__`` (their ``super().__init__`` call takes it instead)."""
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    errors = _with_subclasses(ROOT, classes) - _with_subclasses(NOT_TEMPLATED, classes)
    own_init = {c.name for c in classes if c.name in errors - {ROOT} and any(_is_init(n) for n in c.body)}
    return errors - own_init, own_init


def _with_subclasses(name: str, classes: list[ast.ClassDef]) -> set[str]:
    found = {name}
    while grown := {c.name for c in classes if c.name not in found and {_name(b) for b in c.bases} & found}:
        found |= grown
    return found


def _is_init(node: ast.stmt) -> bool:
    return isinstance(node, ast.FunctionDef) and node.name == "__init__"


def _is_super_init(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and _name(func.value.func) == "super"
    )


def _argument(call: ast.Call, position: int) -> ast.expr | None:
    """The template: the argument at ``position``, or the keyword ``template``."""
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == "template"), None)


def _template_arguments(tree: ast.Module, errors: set[str], own_init: set[str]) -> Iterator[ast.expr]:
    """The templates of ``FieldError(field, template, ...)``, ``checks.fail(field, template, ...)``, ``_refused(path,
    template, ...)``,
    ``Phrase(text)``, ``SomeError(template, ...)`` and, in an error class with its own ``__init__``,
    ``super().__init__(template, ...)``."""
    inits = {
        id(call)
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and node.name in own_init
        for call in ast.walk(node)
        if isinstance(call, ast.Call) and _is_super_init(call)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        argument = None
        if name == "Phrase":
            argument = _argument(node, 0)
        elif name in ("FieldError", "fail", "_refused"):  # _refused(path, template): a file refused by name
            argument = _argument(node, 1)
        elif name in errors or id(node) in inits:
            argument = _argument(node, 0)
        if argument is not None:
            yield argument


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound to a string literal (``WRONG = "..."``), which stand for their literal."""
    return {
        node.targets[0].id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


def collect_templates(package: Path = PACKAGE) -> tuple[list[str], list[str]]:
    """Every message template written in the code outside the UI, and where a template is not a plain literal.

    A template that is computed (an f-string, a variable) cannot be translated: those places are returned
    as ``path:line`` so they can be fixed. A parameter called ``template`` only passes on its caller's literal.
    The command line speaks English only, so its own messages are left out.
    """
    trees = {
        path.relative_to(package.parent): ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(package.rglob("*.py"))
        if path.relative_to(package).parts[0] not in ("ui", "i18n", "cli")
    }
    errors, own_init = error_classes(list(trees.values()))
    found: set[str] = set()
    computed: list[str] = []
    for relative, tree in trees.items():
        constants = _constants(tree)
        lines: list[int] = []
        for argument in _template_arguments(tree, errors, own_init):
            if isinstance(argument, ast.Name) and argument.id in constants:
                found.add(constants[argument.id])
            elif isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.add(argument.value)
            elif not (isinstance(argument, ast.Name) and argument.id == "template"):
                lines.append(argument.lineno)
        computed += [f"{relative.as_posix()}:{line}" for line in sorted(lines)]
    return sorted(found), computed


#: The project's line length; a template longer than that stays one literal (lupdate reads it whole).
LINE = 120


def _catalogue(title: str, translator: str, name: str, context: str, texts: list[str]) -> str:
    """A generated module: a tuple ``name`` of ``texts``, each marked for lupdate in ``context``."""
    lines = [
        f'"""{title}, for pyside6-lupdate. Generated: do not edit.',
        "",
        f"Refresh with ``python oend/i18n/regenerate.py``; ``{translator}`` translates them.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        f"{name} = (",
    ]
    for text in texts:
        literal = json.dumps(text, ensure_ascii=False)
        one_line = f'    QT_TRANSLATE_NOOP("{context}", {literal}),'
        if len(one_line) <= LINE:
            lines.append(one_line)
            continue
        own_line = f"        {literal},"
        if len(own_line) > LINE:
            own_line += "  # noqa: E501"
        lines += ["    QT_TRANSLATE_NOOP(", f'        "{context}",', own_line, "    ),"]
    lines.append(")")
    return "\n".join(lines) + "\n"


def catalogue_text(templates: list[str]) -> str:
    """The source of ``validation_templates.py``: each template marked for lupdate, nothing translated here."""
    title = "Message templates of the services and their errors"
    return _catalogue(title, "oend.ui.text.validation_text", "TEMPLATES", CONTEXT, templates)


def label_catalogue_text(texts: list[str]) -> str:
    """The source of ``label_texts.py``: each distinct code label marked for lupdate, nothing translated here."""
    title = "Labels of the stable codes (oend.core.labels)"
    return _catalogue(title, "oend.ui.text.labels", "LABELS", LABEL_CONTEXT, texts)


def report_texts(package: Path = PACKAGE) -> list[str]:
    """The words reports print besides the code labels: every literal of a ``words("...")`` call in
    ``oend/reporting`` (``self("...")`` inside ``Words``; a module constant stands for its literal), and the
    measure and breakdown names. A word that is also a code's label has its own translation here ("Generated"
    on a cover is not the audit trail's action)."""
    found: set[str] = set(words.fixed_texts())
    for path in sorted((package / "reporting").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        constants = _constants(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in ("words", "self") and node.args:
                argument = node.args[0]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.add(argument.value)
                elif isinstance(argument, ast.Name) and argument.id in constants:
                    found.add(constants[argument.id])
    return sorted(found)


def report_catalogue_text(texts: list[str]) -> str:
    """The source of ``report_texts.py``: each word a report prints marked for lupdate, nothing translated here."""
    title = "Words the reports print (oend.reporting.words)"
    return _catalogue(title, "oend.reporting.words", "WORDS", REPORT_CONTEXT, texts)


def finished_translations(ts: Path, contexts: tuple[str, ...] = (LABEL_CONTEXT, REPORT_CONTEXT)) -> dict[str, str]:
    """English -> finished translation of every message of ``contexts`` in the ``.ts`` file ``ts``."""
    found: dict[str, str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") not in contexts:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source and translation is not None and translation.get("type") is None and translation.text:
                found[source] = translation.text
    return found


def words_module_text(language: str, translations: dict[str, str]) -> str:
    """The source of ``oend/reporting/words_<language>.py``: the labels and report words of one language."""
    lines = [
        f'"""The words a report prints, in the language "{language}": the contexts {LABEL_CONTEXT} and'
        f" {REPORT_CONTEXT} of oend_{language}.ts.",
        "",
        'Generated by ``python oend/i18n/regenerate.py``: do not edit; translate in the ``.ts`` file."""',
        "",
        "from typing import Final",
        "",
        "WORDS: Final[dict[str, str]] = {",
    ]
    for source, translation in sorted(translations.items()):
        line = f"    {json.dumps(source, ensure_ascii=False)}: {json.dumps(translation, ensure_ascii=False)},"
        lines.append(line if len(line) <= LINE else f"{line}  # noqa: E501")
    lines.append("}")
    return "\n".join(lines) + "\n"


def words_module(language: str) -> Path:
    return PACKAGE / "reporting" / f"words_{language}.py"


def write_catalogue() -> None:
    templates, computed = collect_templates()
    for place in computed:
        print(f"warning: {place}: a computed message template cannot be translated", file=sys.stderr)
    CATALOGUE.write_text(catalogue_text(templates), encoding="utf-8")
    LABEL_CATALOGUE.write_text(label_catalogue_text(labels.texts()), encoding="utf-8")
    REPORT_CATALOGUE.write_text(report_catalogue_text(report_texts()), encoding="utf-8")


def main() -> int:
    root = PACKAGE.parent
    write_catalogue()
    for language in LANGUAGES:
        ts = HERE / f"oend_{language}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", str(ts)], cwd=root, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        words_module(language).write_text(words_module_text(language, finished_translations(ts)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
