"""The codes, as the ORM's modules and the rest of the app import them; they live in ``oend.core.codes``.

They are the shared vocabulary (the actor's role, the labels' keys), so importing them must not load the
ORM: code that needs the codes alone imports ``oend.core.codes``.
"""

from oend.core.codes import *  # noqa: F403
