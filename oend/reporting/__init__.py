"""Aggregates (one place for every count a report or dashboard shows) and their renderers."""
