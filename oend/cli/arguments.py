"""Argument types that refuse a bad value on the command line, with what to write instead."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write YYYY-MM-DD") from None


def output_file(*suffixes: str) -> Callable[[str], Path]:
    """A file to write, refused unless it ends in one of ``suffixes`` (the format follows the suffix)."""

    def checked(text: str) -> Path:
        path = Path(text)
        if path.suffix.lower() not in suffixes:
            raise argparse.ArgumentTypeError(f"'{text}' must end in {' or '.join(suffixes)}")
        return path

    checked.__name__ = "output file"
    return checked
