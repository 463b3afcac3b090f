"""Screenshots of the main pages for the README, taken from the app itself at 1366x768.

    python -m tests.ui.screenshots docs/screenshots [--database PATH] [--small]

Without ``--database`` a fresh database is filled with realistic participants first. ``--small`` takes
instead the pages most at risk on a 1366x768 laptop at 125% scaling (1093x614), in English and Spanish.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from oend.model import Participant
from oend.queries.linkage import FollowUpRow, follow_ups_due
from oend.services import accounts
from oend.services.providers import add_provider
from oend.services.referrals import record_referral
from oend.services.sites import add_site
from oend.ui.app import create_application, open_workspace
from oend.ui.dialogs.enrol_laptop import EnrolLaptopDialog
from oend.ui.dialogs.follow_up_list import FollowUpList
from oend.ui.dialogs.participant import ParticipantDialog
from oend.ui.dialogs.referral import ReferralDialog
from oend.ui.language import install_translators, remove_translators
from oend.ui.main_window import MainWindow
from oend.ui.pages.administration import AdministrationPage
from oend.ui.pages.audit import AuditPage
from oend.ui.pages.base import Page
from oend.ui.pages.kits import KitsPage
from oend.ui.pages.participants import ParticipantsPage
from oend.ui.pages.release import ReleasePage
from oend.ui.pages.reports import ReportsPage
from oend.ui.pages.settings import SettingsPage
from oend.ui.pages.sync import SyncPage
from oend.ui.pages.today import TodayPage
from oend.ui.pages.trainings import TrainingsPage
from oend.ui.session.setup import SetupDialog
from oend.ui.widgets.pickers import select_data
from oend.ui.workspace import Workspace
from tests.ui.people import enrol_people

SIZE = (1366, 768)
SMALL_SIZE = (1093, 614)
SMALL_PAGES: dict[str, type[Page]] = {
    "today": TodayPage,
    "participants": ParticipantsPage,
    "kits": KitsPage,
    "trainings": TrainingsPage,
    "release": ReleasePage,
    "administration": AdministrationPage,
    "reports": ReportsPage,
    "settings": SettingsPage,
    "audit": AuditPage,
    "sync": SyncPage,
}


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, app: QApplication, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def window_shots(app: QApplication, workspace: Workspace, out: Path, suffix: str = "") -> None:
    window = MainWindow(workspace)
    window.resize(*SIZE)
    window.show()
    participants = window.open_page(ParticipantsPage)
    save(window, app, out / f"participants{suffix}.png")
    participants.search.setText("gar")
    participants.throttle.flush()
    save(window, app, out / f"participant-search{suffix}.png")
    if not suffix:
        for page_class, name in ((TodayPage, "today"), (SettingsPage, "settings")):
            window.open_page(page_class)
            save(window, app, out / f"{name}.png")
    window.close()


def small_shots(app: QApplication, workspace: Workspace, out: Path, language: str) -> None:
    window = MainWindow(workspace)
    window.resize(*SMALL_SIZE)
    window.show()
    for name, page_class in SMALL_PAGES.items():
        window.open_page(page_class)
        save(window, app, out / f"small-{name}-{language}.png")
    window.close()


def dialog_shot(app: QApplication, workspace: Workspace, out: Path) -> None:
    dialog = ParticipantDialog(workspace)
    dialog.show()
    dialog.code.setText("MALO85")
    dialog.first_name.setText("Maria")
    dialog.last_name.setText("Lopez")
    dialog.date_of_birth.setDate(dt.date(1985, 3, 15))
    dialog.save()  # refused: no category, and a code outside the scheme
    save(dialog, app, out / "new-participant-refused.png")
    dialog.close()


def linkage_shots(app: QApplication, workspace: Workspace, out: Path) -> None:
    """The referral form and the follow-ups due, over a few referrals made through the services."""
    actor, today = workspace.actor, dt.date.today()
    kinds = ("moud_buprenorphine", "peer_recovery", "housing", "mental_health", "recovery_community", "benefits")
    with workspace.db.transaction() as session:
        site = add_site(session, actor, code="VAN", name="Outreach van", kind="outreach").record
        clinic = add_provider(session, actor, name="Eastside Buprenorphine Clinic", kind="moud_buprenorphine").record
        add_provider(session, actor, name="Harbor Recovery Centre", kind="peer_recovery")
        people = session.scalars(select(Participant).order_by(Participant.code).limit(len(kinds))).all()
        for days, (person, kind) in enumerate(zip(people, kinds, strict=True)):
            record_referral(
                session,
                actor,
                site_id=site.id,
                referred_on=today - dt.timedelta(days=8 + 4 * days),
                kind=kind,
                participant_id=person.id,
                warm_handoff=days % 2 == 0,
                consent_to_follow_up=True,
            )
        code, person_id = people[0].code, people[0].id
    dialog = ReferralDialog(workspace, site_id=site.id, participant_id=person_id, participant_code=code)
    dialog.show()
    select_data(dialog.kind, "moud_buprenorphine")
    select_data(dialog.provider, clinic.id)
    dialog.warm_handoff.setChecked(True)
    dialog.consent.setChecked(True)
    save(dialog, app, out / "referral-form.png")
    dialog.close()

    def due() -> list[FollowUpRow]:
        with workspace.db.session() as session:
            return follow_ups_due(session, workspace.actor, today, None)

    follow_ups = FollowUpList(workspace, "Follow-ups due", due)
    follow_ups.resize(900, 420)
    follow_ups.show()
    follow_ups.table.selectRow(0)
    save(follow_ups, app, out / "follow-ups-due.png")
    follow_ups.close()


def joining_shots(app: QApplication, workspace: Workspace, out: Path) -> None:
    """How a second laptop joins: the administrator's enrol dialog, and the wizard's join step on the laptop."""
    enrol = EnrolLaptopDialog(workspace)
    enrol.show()
    enrol.accounts.item(0).setCheckState(Qt.CheckState.Checked)
    save(enrol, app, out / "enrol-laptop.png")
    enrol.close()
    wizard = SetupDialog(str(Path(tempfile.mkdtemp()) / "oend.db"))
    wizard.show()
    wizard.show_join()
    save(wizard, app, out / "join-program.png")
    wizard.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--database")
    parser.add_argument("--small", action="store_true", help="only the small-screen shots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("OEND_HOME", tempfile.mkdtemp())  # leave the user's preferences alone
    app = create_application([])
    target = args.database or str(Path(tempfile.mkdtemp()) / "oend.db")
    demo = accounts.ensure_demo_admin(target) if args.database is None else None
    workspace = Workspace.of(accounts.sign_in(target, *demo)) if demo else open_workspace(target)  # asks to sign in
    if workspace is None:
        return 1
    if args.database is None:
        enrol_people(workspace.db, workspace.actor, 2000)
    if args.small:
        small_shots(app, workspace, args.out, "en")
    else:
        window_shots(app, workspace, args.out)
        dialog_shot(app, workspace, args.out)
        linkage_shots(app, workspace, args.out)
        joining_shots(app, workspace, args.out)
    translators = install_translators(app, "es")
    if args.small:
        small_shots(app, workspace, args.out, "es")
    else:
        window_shots(app, workspace, args.out, "-es")
    remove_translators(app, translators)
    if workspace.signed_in is not None:
        accounts.sign_out(workspace.signed_in)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
