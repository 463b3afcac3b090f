"""The desktop app (PySide6). Nothing outside this package imports it except the command line's launcher."""
