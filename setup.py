"""The top-level ``forms/`` (Qt Designer files) and ``reports/`` (shipped report templates) install inside the
package as ``oend.forms`` and ``oend.reports``; everything else is declared in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["oend", "oend.*"]), "oend.forms", "oend.reports"],
    package_dir={"oend.forms": "forms", "oend.reports": "reports"},
)
