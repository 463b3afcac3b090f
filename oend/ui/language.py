"""The interface language: the user's choice, kept per machine, and the translators that apply it.

The choice lives in ``ui.ini`` in the per-user data folder rather than in the database: it must be
known before any database is opened (the sign-in screen is translated too).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from oend.config import data_dir

# Each language is named in itself, so a user can find their own whatever the current language.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"
_KEY = "interface/language"


def preferences() -> QSettings:
    """The per-user interface preferences file."""
    return QSettings(str(data_dir() / "ui.ini"), QSettings.Format.IniFormat)


def chosen_language() -> str:
    """The language the user chose, or English."""
    value = str(preferences().value(_KEY, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def choose_language(code: str) -> None:
    """Remember ``code`` for the next start (``use_language`` applies it to the running app)."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    settings = preferences()
    settings.setValue(_KEY, code)
    settings.sync()


def translations_dir() -> str:
    """The folder of the compiled translations shipped inside the package."""
    return str(resources.files("oend") / "i18n")


def install_translators(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Load the app's own translation and Qt's (standard buttons, dialogs) for ``code``.

    Returns the installed translators; the caller keeps them alive. English needs none.
    """
    if code == DEFAULT_LANGUAGE:
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"oend_{code}", translations_dir()):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(code))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def use_language(app: QCoreApplication, code: str) -> None:
    """Put ``code``'s translators in place of those the app holds; open windows then get a LanguageChange event.

    The app keeps its translators in its ``translators`` property and their language in ``language``, so a
    window can tell a real change from the event that installing the same language again also sends.
    """
    previous: list[QTranslator] = app.property("translators") or []
    if previous:
        remove_translators(app, previous)
    app.setProperty("translators", install_translators(app, code))
    app.setProperty("language", code)


def language_in_use(app: QCoreApplication) -> str:
    """The language ``use_language`` last put in place (English before it ran)."""
    return str(app.property("language") or DEFAULT_LANGUAGE)


def app_language() -> str:
    """The running app's language (English before there is an app): reports and their titles are worded in it."""
    app = QCoreApplication.instance()
    return language_in_use(app) if app is not None else DEFAULT_LANGUAGE
