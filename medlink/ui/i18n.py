"""The windows' language: Qt translators for the language chosen, and label tables that follow it.

:func:`apply_language` makes a language current for the whole process: the core's
:mod:`medlink.i18n` (domain error sentences, documents) and Qt's translators (every
``self.tr`` and ``QCoreApplication.translate`` in the windows).  Qt then sends every widget
a ``LanguageChange`` event; windows that can switch while open (the sign-in screen) re-set
their texts on it, the others are built after the choice and so come up in it.

Compiled ``.qm`` catalogues (``pyside6-lrelease``, run by the build and by
``scripts/update_translations.py --compile``) are used when present.  Otherwise — an
editable or wheel install — :class:`CatalogueTranslator` answers Qt from the ``.ts``
sources through :mod:`medlink.i18n`, so both paths show the same translations.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from medlink import i18n
from medlink.i18n import N_

#: Where the workstation remembers the last language chosen before anyone signs in.
SETTINGS_KEY = "ui/language"

#: Qt's standard buttons (QDialogButtonBox, QMessageBox) take their text from the "QPlatformTheme"
#: context.  Qt ships no Hindi for them, so MedLink's catalogues carry these (the translators answer
#: any context): a "Cancel" button reads रद्द करें in a Hindi window without each dialog renaming it.
QT_STANDARD_BUTTONS = (
    N_("QPlatformTheme", "OK"), N_("QPlatformTheme", "Cancel"), N_("QPlatformTheme", "Close"),
    N_("QPlatformTheme", "Save"), N_("QPlatformTheme", "Apply"), N_("QPlatformTheme", "Reset"),
    N_("QPlatformTheme", "Help"), N_("QPlatformTheme", "Discard"), N_("QPlatformTheme", "Open"),
    N_("QPlatformTheme", "&Yes"), N_("QPlatformTheme", "&No"), N_("QPlatformTheme", "Yes to &All"),
    N_("QPlatformTheme", "N&o to All"), N_("QPlatformTheme", "Abort"), N_("QPlatformTheme", "Retry"),
    N_("QPlatformTheme", "Ignore"),
)


class CatalogueTranslator(QTranslator):
    """A Qt translator backed by :mod:`medlink.i18n` (reads the ``.ts`` catalogues)."""

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.code = language

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        del disambiguation, n
        translated = i18n.tr(context, source_text, self.code)
        # None (not "") tells Qt "not here": it then asks the next translator, and PySide6's
        # self.tr() asks again with each base class's name (a string of a base class).
        return translated if translated != source_text else None

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return self.code


_installed: list[QTranslator] = []


def _qm_translators(language: str) -> list[QTranslator]:
    found = []
    for ts in i18n.catalogue_paths(language):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            # one missing or out-of-date .qm (a catalogue edited after the build): use the .ts
            # sources for all, never half and half
            return []
        translator = QTranslator()
        if not translator.load(str(qm)):
            return []
        found.append(translator)
    return found


def install_translators(language: str) -> list[QTranslator]:
    """Replace the application's translators by ``language``'s (none for English)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language == i18n.DEFAULT_LANGUAGE or app is None:
        return []
    translators = _qm_translators(language) or [CatalogueTranslator(language)]
    qt_own = QTranslator()
    # Qt's own strings (standard buttons, file dialogs) when Qt ships them for this language.
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_own)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    _installed.extend(translators)
    return list(translators)


def apply_language(code: str | None) -> str:
    """Make ``code`` the language of the core and of every window; returns the code used."""
    language = i18n.set_language(code)
    install_translators(language)
    QLocale.setDefault(QLocale(language if language != i18n.DEFAULT_LANGUAGE else "en_IN"))
    return language


def remembered_language() -> str:
    """The workstation's last choice (before anyone signs in); ``MEDLINK_LANGUAGE`` overrides it."""
    override = os.environ.get("MEDLINK_LANGUAGE")
    if override:
        return i18n.normalise_language(override)
    value = QSettings().value(SETTINGS_KEY, i18n.DEFAULT_LANGUAGE)
    return i18n.normalise_language(str(value) if value else None)


def remember_language(code: str) -> None:
    QSettings().setValue(SETTINGS_KEY, i18n.normalise_language(code))


def tr_label(text: str, context: str = "Labels") -> str:
    """A label marked with ``N_(context, ...)`` in a module-level table, in the current language."""
    return QCoreApplication.translate(context, text)


class LabelTable(Mapping[str, str]):
    """A module-level ``{value: label}`` table whose labels read in the current language.

    Labels are marked with :func:`medlink.i18n.N_` under ``context``; every look-up
    translates, so a table built at import time follows a language chosen later.
    """

    def __init__(self, context: str, labels: Mapping[str, str]) -> None:
        self.context = context
        self._labels = dict(labels)

    def __getitem__(self, key: str) -> str:
        return QCoreApplication.translate(self.context, self._labels[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)
