"""Translations: English in the code, German, Dutch and Polish from Qt Linguist files.

The vendors' markets decide the languages (SmartRecruiters DACH, CareerPlug US, Carerix NL,
eRecruiter PL). Sources are ``resources/translations/recruiter_companion_<lang>.ts`` (edit them in Qt
Linguist); the app loads the compiled ``.qm`` next to them. ``tools/translations.py`` refreshes the
``.ts`` from the code (pyside6-lupdate) and compiles them (pyside6-lrelease).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.ui.resources import translations_dir

log = logging.getLogger("recruiter_companion.ui")

#: Language code -> its own name (shown in the language menu, never translated).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "nl": "Nederlands", "pl": "Polski"}

_installed: list[QTranslator] = []


def system_language() -> str:
    return QLocale.system().name().split("_")[0]


def _load(app: QCoreApplication, lang: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(f"recruiter_companion_{lang}", str(translations_dir())):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Load the translations for ``language`` (None or "": the OS language); returns the one in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = (language or system_language()).split("_")[0]
    if lang not in LANGUAGES:
        lang = "en"
    system = QLocale.system()
    if lang != "en":
        # Keep the user's regional formats (de_AT, nl_BE) when they speak the chosen language.
        QLocale.setDefault(system if system.name().startswith(lang) else QLocale(lang))
    elif system.name() == "C":
        # No locale configured (containers, CI): English with day-first dates rather than C's raw format.
        QLocale.setDefault(QLocale("en_GB"))
    else:
        QLocale.setDefault(system)
    if lang == "en":
        # English needs only its plural forms ("1 record", "2 records") from its catalogue.
        _load(app, "en")
        return lang
    if not _load(app, lang):
        log.warning("no translations for %s in %s", lang, translations_dir())
    # Qt's own strings (standard buttons, context menus of text fields).
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang
