"""The seeded program the exchange tests export from."""

from tests.reporting.conftest import seeded

__all__ = ["seeded"]
