"""Realistic demo data for a program of any size, up to a statewide one.

``spec`` says how much (participants, years, seed), ``events`` simulates the program day by day
(``people`` and ``reference`` make the records, ``stock`` keeps every site's shelf), ``rows`` names
the columns each row fills, and ``background`` runs the simulation in a second process. The writing
is the service ``oend.services.demo.generate_demo``.
"""
