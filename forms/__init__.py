"""Qt Designer forms, one per data-entry form, loaded at run time (installed as ``oend.forms``)."""
