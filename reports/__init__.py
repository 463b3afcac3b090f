"""The shipped report templates, one TOML file per report (installed as ``oend.reports``); see README.md here."""
