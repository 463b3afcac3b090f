"""A program's first day from an empty data folder: set up, add a site and products, see the curriculum,
receive and hand out kits, train someone and find the session to print their certificate."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from oend.cli import main
from oend.services import accounts, dispensing, participants, products, sites, stock, trainings
from tests.security.support import PASSWORD

TODAY = dt.date.today()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_a_first_day_from_an_empty_data_folder(program: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "partner", "add", "Harbor Health", "--category", "syringe_service_program")
    assert "added site VAN1" in run(
        capsys, "site", "add", "van1", "--name", "Outreach van", "--kind", "outreach", "--partner", "harbor health"
    )
    assert re.search(r"^VAN1\s+Outreach van\s+outreach\s+Harbor Health\s+in use$", run(capsys, "site", "list"), re.M)
    assert "[ ]  nasal_4mg" in run(capsys, "product", "list", "--common")
    assert "NASAL4 (Naloxone nasal spray 4 mg)" in run(capsys, "product", "add", "--common", "nasal_4mg")
    assert "[x]  nasal_4mg" in run(capsys, "product", "list", "--common")
    run(capsys, "product", "add", "IMK", "--name", "IM kit", "--formulation", "im_vial_kit", "--strength", "0.4 mg")
    listing = run(capsys, "topic", "list")
    assert re.search(r"^3\s+recognising\s+Recognising an overdose\s+in use$", listing, re.M)
    run(capsys, "topic", "retire", "storage")
    run(capsys, "settings", "set", "default_site", "VAN1")
    assert re.search(r"^default_site of boss\s+VAN1$", run(capsys, "settings", "show"), re.M)

    signed = accounts.sign_in(str(program), "boss", PASSWORD)
    try:
        with signed.db.transaction() as s:
            van = sites.site_id_for_code(s, "VAN1")
            nasal = products.product_id_for_code(s, "NASAL4")
            stock.receive_stock(
                s,
                signed.actor,
                site_id=van,
                product_id=nasal,
                lot_number="N1",
                expiry_date=TODAY.replace(year=TODAY.year + 2),
                quantity=24,
                received_on=TODAY,
            )
            person = participants.enrol_participant(
                s, signed.actor, category="at_risk", first_name="Ana", last_name="Ruiz", home_site_id=van
            ).record
            training = trainings.record_training(
                s,
                signed.actor,
                session_date=TODAY,
                site_id=van,
                format="individual",
                topics=["recognising", "naloxone_use"],
                attendees=[trainings.Attendee(person.id)],
            ).record
            dispensing.dispense(
                s,
                signed.actor,
                site_id=van,
                dispensed_on=TODAY,
                supply_type="new",
                product_id=nasal,
                participant_id=person.id,
                training_session_id=training.id,
            )
    finally:
        accounts.sign_out(signed)

    sessions = run(capsys, "sessions", "list")
    assert re.search(rf"^{training.id}\s+{TODAY.isoformat()}\s+VAN1\s+individual\s+1$", sessions, re.M), sessions
    out = program.parent / "certificates.pdf"
    run(capsys, "certificates", "--session", str(training.id), "--out", str(out))
    assert out.read_bytes().startswith(b"%PDF")


def test_a_refusal_is_one_line_naming_what_to_fix(program: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "site", "add", "VAN1", "--name", "Van", "--kind", "outreach")
    assert main(["site", "add", "VAN1", "--name", " ", "--kind", "outreach", "--zip", "1" * 11]) == 2
    err = capsys.readouterr().err
    assert err == (
        "oend: code: VAN1 is already in use; name: is required; zip_code: is too long (at most 10 characters)\n"
    )
    assert main(["product", "add"]) == 2
    assert capsys.readouterr().err == "oend: code: is required; name: is required; formulation: is required\n"
    assert main(["site", "retire", "NOPE"]) == 2
    assert capsys.readouterr().err == "oend: no site has the code NOPE\n"
    assert main(["settings", "set", "fiscal_year_start_month", "July"]) == 2
    assert "fiscal_year_start_month: must be a whole number" in capsys.readouterr().err
    assert re.search(r"^VAN1\s+Van\s+outreach\s+in use$", run(capsys, "site", "list"), re.M)


def test_an_outreach_worker_is_refused(
    program: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "site", "add", "VAN1", "--name", "Van", "--kind", "outreach")
    monkeypatch.setenv("OEND_NEW_PASSWORD", "another long password")
    run(capsys, "user", "add", "owen", "--name", "Owen", "--role", "outreach_worker", "--site", "VAN1")
    monkeypatch.setenv("OEND_USER", "owen")
    monkeypatch.setenv("OEND_PASSWORD", "another long password")
    assert main(["topic", "add", "Xylazine wounds"]) == 2
    assert "may not do this" in capsys.readouterr().err
    assert "ATTENDED" in run(capsys, "sessions", "list")  # everyone may list their sites' sessions


def test_providers_and_linkage_settings_from_the_command_line(
    program: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "added provider Harbor Clinic" in run(
        capsys, "provider", "add", "Harbor Clinic", "--kind", "moud_buprenorphine", "--region", "North"
    )
    run(capsys, "provider", "edit", "harbor clinic", "--name", "Harbor Bupe Clinic")
    assert "provider Harbor Bupe Clinic is retired" in run(capsys, "provider", "retire", "Harbor Bupe Clinic")
    listing = run(capsys, "provider", "list")
    assert re.search(r"^Harbor Bupe Clinic\s+moud_buprenorphine\s+North\s+0\s+retired$", listing, re.M), listing
    assert run(capsys, "provider", "list", "--in-use").strip() == "NAME  KIND  REGION  REFERRALS  STATE"
    run(capsys, "settings", "set", "follow_up_days", "7,30")
    run(capsys, "settings", "set", "referral_counts_only", "yes")
    shown = run(capsys, "settings", "show")
    assert re.search(r"^follow_up_days\s+7,30$", shown, re.M) and re.search(
        r"^referral_counts_only\s+yes$", shown, re.M
    )
    assert main(["provider", "edit", "Nobody"]) == 2
    assert capsys.readouterr().err == "oend: no provider is called Nobody\n"
