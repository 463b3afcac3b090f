"""Report templates shipped with the program (TOML, read by oend.reporting.engine)."""
