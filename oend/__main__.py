"""``python -m oend`` runs the command line."""

from oend.cli import main

raise SystemExit(main())
