"""Realistic demo data for a program of any size, up to a statewide one.

``spec`` says how much (participants, years, seed), ``events`` lays out the program's whole period
and makes its rows in date order (``reference`` makes the set-up, ``people`` the participants,
``places`` the choices of site, ``habits`` the weighted choices of everything else, ``stock`` keeps
every site's shelf; ``arrays`` and ``values`` draw and spell the values), ``rows`` names the columns
each row fills, and ``background`` runs the simulation in a second process. The writing is the
service ``oend.services.demo.generate_demo``.
"""
