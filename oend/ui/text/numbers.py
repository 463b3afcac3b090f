"""Counts as the app's language writes them: "12,345" in English, "12.345" in Spanish (which leaves a
four-digit number ungrouped, "1204")."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def count(n: int) -> str:
    """``n`` in the language the app speaks (its default locale, set with the translators)."""
    return QLocale().toString(n)
