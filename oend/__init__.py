"""OEND tracker: Overdose Education and Naloxone Distribution records, offline first."""

__version__ = "0.1.0"
