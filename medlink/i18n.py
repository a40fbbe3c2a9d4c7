"""Languages: one Qt-free place that knows which language is in use and translates.

The catalogues are Qt Linguist's ``.ts`` format under ``resources/translations/``:
every ``*_<code>.ts`` there belongs to language ``<code>`` (``medlink_hi.ts`` for the
windows, ``core_hi.ts`` for the core's sentences, e-mails and documents).  The UI compiles the same files to ``.qm`` for Qt's own
translator; the core (domain error sentences, e-mails, receipts) reads the
``.ts`` directly, so it can write in a language other than the workstation's —
an e-mail to a Hindi-preferring patient from an English front desk.

Marking strings:

* ``tr(context, text)`` translates now, into the current language (or the one
  given); the source string must be a literal so the extraction script finds it.
* ``N_(context, text)`` only marks a literal for extraction and returns it
  unchanged (for tables of labels translated later with ``tr``).

Arguments are formatted *after* translation: ``tr("booking", "Dr {name} is
away on {day}.").format(name=..., day=...)``; dates and numbers in the
arguments come from :mod:`medlink.formatting` in the same language.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

from medlink.paths import resources_root

#: Languages MedLink ships, by BCP-47 code, each named in its own script.
LANGUAGES: Mapping[str, str] = {"en": "English", "hi": "हिन्दी"}
DEFAULT_LANGUAGE = "en"

_lock = threading.Lock()
_current = DEFAULT_LANGUAGE
_catalogues: dict[str, dict[tuple[str, str], str]] = {}


def normalise_language(code: str | None) -> str:
    """A supported language code for ``code`` (``hi_IN`` → ``hi``), else English."""
    if not code:
        return DEFAULT_LANGUAGE
    base = code.replace("-", "_").split("_", 1)[0].lower()
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str | None) -> str:
    """Make ``code`` the language of this process's user interface; returns it."""
    global _current
    language = normalise_language(code)
    with _lock:
        _current = language
    return language


def current_language() -> str:
    return _current


def translations_dir() -> Path:
    return resources_root() / "translations"


def catalogue_paths(language: str) -> list[Path]:
    """Every ``.ts`` catalogue of ``language``, in a stable order."""
    folder = translations_dir()
    return sorted(folder.glob(f"*_{language}.ts")) if folder.is_dir() else []


def _load(language: str) -> dict[tuple[str, str], str]:
    with _lock:
        cached = _catalogues.get(language)
        if cached is not None:
            return cached
    entries: dict[tuple[str, str], str] = {}
    for path in catalogue_paths(language) if language != DEFAULT_LANGUAGE else []:
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                element = message.find("translation")
                if source is None or element is None:
                    continue
                if element.get("type") in {"unfinished", "obsolete", "vanished"}:
                    continue
                if element.text:
                    entries[(name, source)] = element.text
    with _lock:
        _catalogues[language] = entries
    return entries


def load_catalogue(language: str) -> int:
    """Read ``language``'s catalogues now (a worker does this while the sign-in screen waits, so
    the first window in that language does not parse them on the GUI thread); returns the
    number of translations.  Thread-safe; later calls are a dictionary look-up."""
    language = normalise_language(language)
    return len(_load(language)) if language != DEFAULT_LANGUAGE else 0


def preload_catalogues() -> None:
    """Read every shipped language's catalogues (see :func:`load_catalogue`)."""
    for language in LANGUAGES:
        load_catalogue(language)


def reload_catalogues() -> None:
    """Forget loaded catalogues (after the translation files changed)."""
    with _lock:
        _catalogues.clear()


def tr(context: str, text: str, language: str | None = None) -> str:
    """``text`` in ``language`` (default: the current one); English when untranslated."""
    language = normalise_language(language) if language else _current
    if language == DEFAULT_LANGUAGE:
        return text
    return _load(language).get((context, text), text)


def N_(context: str, text: str) -> str:
    """Mark ``text`` for extraction without translating it (translate later with ``tr``)."""
    del context
    return text
