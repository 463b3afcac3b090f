"""Where each key of a TOML template is written, so a refusal can name its line.

``tomllib`` keeps no positions, so the source is scanned line by line: table headers (``[[tables]]``,
``[tables.filters]``) set the path that the ``key = value`` lines below them extend, and an inline table
(``filters = { supply_type = ["refil"] }``) gives its keys the line it is written on. A key is named by a
path such as ``tables[3].filters.supply_type`` (tables counted from 1, as a coordinator counts them).
"""

from __future__ import annotations

import re

_ARRAY_HEADER = re.compile(r"\s*\[\[\s*([A-Za-z0-9_.\- ]+?)\s*\]\]")
_HEADER = re.compile(r"\s*\[\s*([A-Za-z0-9_.\- ]+?)\s*\]")
_KEY = re.compile(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-]+)\s*=""")
_INLINE_KEY = re.compile(r"""[{,]\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-]+)\s*=""")


def key_path(*parts: str | int) -> str:
    """``tables[3].filters.supply_type`` from ("tables", 3, "filters", "supply_type")."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _bare(key: str) -> str:
    return key[1:-1] if key[:1] in "\"'" else key


def key_lines(text: str) -> dict[str, int]:
    """Every key path of ``text`` with the line (from 1) it is first written on."""
    lines: dict[str, int] = {}
    counts: dict[str, int] = {}
    header: tuple[str | int, ...] = ()
    for number, line in enumerate(text.splitlines(), start=1):
        if m := _ARRAY_HEADER.match(line):
            name = m[1].replace(" ", "")
            counts[name] = counts.get(name, 0) + 1
            header = (*name.split("."), counts[name])
            lines.setdefault(key_path(*header), number)
            continue
        if m := _HEADER.match(line):
            parts = m[1].replace(" ", "").split(".")
            parent = parts[0]  # [tables.filters] belongs to the latest [[tables]]
            header = (parent, counts[parent], *parts[1:]) if parent in counts else tuple(parts)
            lines.setdefault(key_path(*header), number)
            continue
        if m := _KEY.match(line):
            path = (*header, _bare(m[1]))
            lines.setdefault(key_path(*path), number)
            for inner in _INLINE_KEY.finditer(line, m.end()):
                lines.setdefault(key_path(*path, _bare(inner[1])), number)
    return lines


def line_of(lines: dict[str, int], path: str) -> int | None:
    """The line of ``path``, else of the nearest enclosing key that is written (a missing key: its table)."""
    while path:
        if path in lines:
            return lines[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None
