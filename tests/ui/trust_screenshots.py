"""Screenshots of the sign-in, first-start, lock, Users and Audit trail screens, taken from the app itself.

python -m tests.ui.trust_screenshots docs/screenshots
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from oend.services import accounts
from oend.ui.app import create_application
from oend.ui.main_window import MainWindow
from oend.ui.pages.audit import AuditPage
from oend.ui.pages.users import UsersPage
from oend.ui.session.setup import SetupDialog
from oend.ui.session.sign_in import SignInDialog
from oend.ui.workspace import Workspace
from tests.ui.program import ADMIN, PASSWORD, build_template
from tests.ui.screenshots import SIZE, save, settle


def dialog_shots(app: QApplication, folder: Path, program: Path, out: Path) -> None:
    setup = SetupDialog(str(folder / "new-program.db"))
    setup.show()
    setup.program_name.setText("Riverside Harm Reduction")
    setup.username.setText("maria.lopez")
    setup.display_name.setText("Maria Lopez")
    setup.password.setText("short")
    setup.password_again.setText("short")
    setup.create_program()
    save(setup, app, out / "setup-refused.png")
    setup.password.setText("blue river morning coffee")
    setup.password_again.setText("blue river morning coffee")
    setup.create_program()
    save(setup, app, out / "setup-recovery-key.png")
    setup.confirm.setChecked(True)
    setup.accept()

    sign_in = SignInDialog(str(program))
    sign_in.show()
    sign_in.username.setText("owen")
    sign_in.password.setText("not the right one")
    sign_in.try_sign_in()
    save(sign_in, app, out / "sign-in.png")
    sign_in.close()


def window_shots(app: QApplication, program: Path, out: Path) -> None:
    window = MainWindow(Workspace.of(accounts.sign_in(str(program), ADMIN, PASSWORD, exclusive=True)))
    window.resize(*SIZE)
    window.show()
    for page_class, name in ((UsersPage, "users"), (AuditPage, "audit-trail")):
        window.open_page(page_class)
        save(window, app, out / f"{name}.png")
    window.session.lock()
    settle(app)
    screen = window.session.locker.screen  # type: ignore[union-attr]
    assert screen is not None
    screen.resize(*SIZE)
    save(screen, app, out / "lock-screen.png")
    window.session.locker.unlock()  # type: ignore[union-attr]
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("OEND_HOME", tempfile.mkdtemp())  # leave the user's preferences alone
    app = create_application([])
    folder = Path(tempfile.mkdtemp())
    program = build_template(folder)
    dialog_shots(app, folder, program, args.out)
    window_shots(app, program, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
