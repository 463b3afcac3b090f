"""The bundle's entry point: the installed ``oend`` command line (``oend`` with no command opens the app)."""

from oend.cli import main

raise SystemExit(main())
