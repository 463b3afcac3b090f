"""Yes/no answers as breakdowns with n/N percentages, and counts rolled up by partner, category and region."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import Reversal
from oend.model.codes import PartnerCategory, SiteKind
from oend.reporting.engine import compute_report
from oend.reporting.periods import Period
from oend.reporting.template_format import parse_template
from oend.services.participants import update_participant
from oend.services.partners import add_partner
from oend.services.reports import save_report
from oend.services.reversals import record_reversal
from oend.services.settings import change_reporting_settings
from oend.services.sites import add_site, edit_site
from tests.reporting.seed import Seeded
from tests.reporting.test_reports import _pdf_text
from tests.reporting.test_table_shapes import _one_table, _rows

Q3 = Period.quarter(2025, 3)
CALLED = [True] * 9 + [False] * 6 + [None] * 3  # added to the seeded program's 4 reversals, which give no answer


def _answers(session: Session, actor: Actor, data: Seeded) -> None:
    with session.begin():
        for i, called in enumerate(CALLED):
            record_reversal(
                session,
                actor,
                overdose_date=dt.date(2025, 8, 1 + i),
                site_id=data.site_id("NORTH"),
                called_911=called,
                rescue_breathing=i % 2 == 0,
            )


def test_a_yes_no_question_with_percentages_of_the_answers_recorded(seeded, actor: Actor, tmp_path: Path) -> None:
    session, data = seeded
    _answers(session, actor, data)
    table = _one_table(session, actor, 'measure = "reversals"\nrows = "called_911"\npercent = true')
    with session.begin():
        answers = [r.called_911 for r in session.scalars(select(Reversal)) if Q3.contains(r.overdose_date)]
    yes, no, missing = answers.count(True), answers.count(False), answers.count(None)
    assert (yes, no, missing) == (9, 6, 7)
    assert table.header == ["911 called", "Overdose reversals reported", "Percent"]
    body = {row[0]: [row[1], str(row[2])] for row in table.body()}
    assert body == {
        "Yes": [yes, "60.0%"],
        "No": [no, "40.0%"],
        "Not recorded": [missing, ""],
        "Total": [yes + no + missing, "100.0%"],
    }
    assert "Percentages are of the 15 with an answer (N); 7 not recorded are left out." in table.notes()
    out = tmp_path / "r.xlsx"
    template = parse_template(
        "r",
        'title = "R"\npublication = false\n[[tables]]\nid = "t"\ntitle = "911"\nmeasure = "reversals"\n'
        'rows = "called_911"\npercent = true\nsheet = "911"\n',
    )
    with session.begin():
        save_report(session, actor, template, Q3, None, out)
    ws = load_workbook(out)["911"]
    assert [c.value for c in ws[4]] == ["Yes", 9, 0.6] and ws.cell(4, 3).number_format == "0.0%"
    assert ws.cell(9, 1).value.startswith("Percentages are of the 15 with an answer")
    pdf = tmp_path / "r.pdf"
    with session.begin():
        save_report(session, actor, template, Q3, None, pdf)
    assert "Yes 9 60.0%" in _pdf_text(pdf) and "7 not recorded are left out" in _pdf_text(pdf)


def test_a_percentage_that_would_reveal_a_suppressed_count_is_withheld(seeded, actor: Actor) -> None:
    session, data = seeded
    _answers(session, actor, data)
    with session.begin():
        change_reporting_settings(session, actor, suppression_threshold=7)
    text = (
        'title = "R"\n[[tables]]\nid = "t"\ntitle = "911"\nmeasure = "reversals"\nrows = "called_911"\npercent = true\n'
    )
    with session.begin():
        table = compute_report(session, actor, parse_template("r", text), Q3).tables[0]
    # yes 9, no 6 (small), not recorded 7 (small), total 22: a base of 15 would give away the small counts
    assert [row[1:] for row in table.body()] == [[9, "s"], ["<8", "s"], ["<8", "s"], [22, "s"]]
    assert any("Percentages are withheld" in n for n in table.notes())


def test_counts_roll_up_by_partner_category_and_region(seeded, actor: Actor) -> None:
    session, data = seeded
    with session.begin():
        ssp = add_partner(
            session, actor, name="Harbor SSP", category=PartnerCategory.SYRINGE_SERVICE_PROGRAM, region="Coast"
        ).record
        edit_site(session, actor, data.site_id("NORTH"), partner_id=ssp.id)
        edit_site(session, actor, data.site_id("SOUTH"), partner_id=ssp.id)
        add_site(session, actor, code="EMPTY", name="Quiet Pharmacy", kind=SiteKind.PHARMACY)
    by_category = _rows(_one_table(session, actor, 'measure = "kits"\nrows = "partner_category"'))
    # NORTH 14 and SOUTH 4 belong to the syringe service program; the jail's 4 have no partner
    assert by_category["Syringe service program"] == [18] and by_category["Not recorded"] == [4]
    assert by_category["Total"] == [22]
    by_region = _rows(_one_table(session, actor, 'measure = "kits"\nrows = "region"\ncolumns = "partner"'))
    assert by_region["Coast"] == [18, 0, 18] and by_region["Total"] == [18, 4, 22]


def test_age_bands_of_the_template_by_gender_from_the_age_at_training(seeded, actor: Actor) -> None:
    session, data = seeded
    births: dict[str, dict[str, object]] = {
        "A1": {"date_of_birth": dt.date(2008, 7, 11)},  # 16 on 10 July 2025, 17 at the September session
        "A2": {"birth_year": 2000},  # 25
        "A3": {"birth_year": 1990},  # 35
        "F1": {"date_of_birth": dt.date(2007, 7, 10)},  # 18 on the day of the session
        "L1": {"birth_year": 1950},  # 75
        "L2": {"birth_year": 2001},  # 24
        "C1": {"birth_year": 1980},  # 45
    }
    with session.begin():
        for code, change in births.items():
            update_participant(session, actor, data.people[code].id, **change)
    head = 'age_bands = ["0-17", "18-24", "25-44", "45-64"]'
    table = _one_table(session, actor, 'measure = "people_trained"\nrows = "age_group"\ncolumns = "gender"', head=head)
    assert table.row_labels == ["0–17", "18–24", "25–44", "45–64", "Other ages", "Not recorded"]
    rows = _rows(table)
    columns = table.header[1:]
    woman, man = columns.index("Woman"), columns.index("Man")
    # trained in the quarter: A1 A2 A3 F1 F2 (NORTH), L1-L4 (JAIL), A1 C1 (SOUTH); A1 counted once
    assert rows["0–17"][woman] == 1 and rows["0–17"][-1] == 1  # A1, once though trained twice
    assert rows["18–24"][woman] == 1 and rows["18–24"][man] == 1  # F1 (18 that day), L2
    assert rows["25–44"][man] == 2  # A2, A3
    assert rows["45–64"][woman] == 1  # C1
    assert rows["Other ages"][man] == 1  # L1, 75: outside every band
    assert rows["Not recorded"][-1] == 3  # F2, L3, L4 gave no birth year
    assert rows["Total"][-1] == 10


def test_a_multiple_choice_answer_counts_each_report_under_each_choice(seeded, actor: Actor) -> None:
    session, data = seeded
    named = [["fentanyl"], ["fentanyl", "heroin"], ["fentanyl", "benzodiazepines"], ["heroin"], []]
    with session.begin():
        for i, substances in enumerate(named):
            record_reversal(
                session,
                actor,
                overdose_date=dt.date(2025, 9, 2 + i),
                site_id=data.site_id("SOUTH"),
                substances=substances,
            )
    table = _one_table(session, actor, 'measure = "reversals"\nrows = "substances"\npercent = true')
    rows = {row[0]: [row[1], str(row[2])] for row in table.body()}
    with_answer = sum(1 for s in named if s)
    assert rows["Fentanyl"] == [3, f"{100 * 3 / with_answer:.1f}%"]  # 3 of the 4 that name a substance
    assert rows["Heroin"] == [2, "50.0%"]
    assert rows["Not recorded"][0] == 4 + 1  # the seeded program's 4 reversals and one naming none
    assert rows["Total"] == [4 + len(named), "100.0%"]  # each report once
    assert "one report can name several" in (table.note or "")
    fentanyl = _one_table(
        session, actor, 'measure = "reversals"\nrows = "site"\nfilters = { substances = ["fentanyl", "heroin"] }'
    )
    assert _rows(fentanyl)["Total"] == [4]  # a report naming both is counted once


def test_a_roll_up_nests_sites_in_partners_in_regions_with_subtotals(seeded, actor: Actor) -> None:
    session, data = seeded
    with session.begin():
        ssp = add_partner(
            session, actor, name="Harbor SSP", category=PartnerCategory.SYRINGE_SERVICE_PROGRAM, region="Coast"
        ).record
        edit_site(session, actor, data.site_id("NORTH"), partner_id=ssp.id)
        edit_site(session, actor, data.site_id("SOUTH"), partner_id=ssp.id)
    body = 'measures = ["kits", "people_supplied"]\nrows = ["region", "partner", "site"]'
    table = _one_table(session, actor, body)
    indent = "\u00a0" * 4
    assert table.header == ["Region / Partner / Site", "Naloxone kits dispensed", "Known people given kits"]
    # kits: NORTH 14 (A1 twice, A2, and 10 to people not enrolled), SOUTH 4 (C1), JAIL 4 (L1-L4)
    assert [[row[0], *row[1:]] for row in table.body()] == [
        ["Coast", 18, 3],
        [indent + "Harbor SSP", 18, 3],
        [indent * 2 + "North Shore Harm Reduction", 14, 2],
        [indent * 2 + "South End Outreach Van", 4, 1],
        ["Not recorded", 4, 4],
        [indent + "Not recorded", 4, 4],
        [indent * 2 + "County House of Correction", 4, 4],
        ["Total", 22, 7],
    ]
    with session.begin():
        change_reporting_settings(session, actor, suppression_threshold=3)
    text = 'title = "R"\n[[tables]]\nid = "t"\ntitle = "Roll-up"\nmeasure = "kits"\nrows = ["partner", "site"]\n'
    with session.begin():
        published = compute_report(session, actor, parse_template("r", text), Q3).tables[0]
    assert [row[1] for row in published.body()] == [18, 14, 4, 4, 4, 22]  # nothing from 1 to 3
    with session.begin():
        change_reporting_settings(session, actor, suppression_threshold=4)
    with session.begin():
        published = compute_report(session, actor, parse_template("r", text), Q3).tables[0]
    # SOUTH 4 is small, so NORTH is withheld beside it; the jail's 4 and its group's 4 are small, so the
    # partner's 18 is withheld too (else 22 - 18 would give the jail's count)
    assert [row[1] for row in published.body()] == ["s", "s", "<5", "<5", "<5", 22]
