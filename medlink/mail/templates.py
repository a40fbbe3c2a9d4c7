"""A tiny template renderer for the e-mails (``string.Template``, ``$name`` placeholders).

Templates live in ``resources/templates/``.  In HTML templates every value is
escaped with :func:`html.escape` unless it is :class:`Markup` — HTML that was
itself produced by :func:`render_html` (so escaping happened there).  A
patient called ``<b>`` therefore shows up as the text ``<b>``.

A placeholder without a value is an error (``KeyError``), never silently empty.

Languages: ``resources/templates/<code>/<name>`` (``hi/reminder.txt``) is used for a
recipient who prefers that language; a template not translated yet falls back to the
English one in ``resources/templates/``, template by template.  Every language shares the
one HTML ``layout.html`` and the one text ``footer.txt``: what differs between languages is
their ``$language`` code and the ``automatic_note.txt`` sentence (:func:`frame_values`).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from string import Template

from medlink.i18n import DEFAULT_LANGUAGE, normalise_language
from medlink.paths import resource_path


class Markup(str):
    """HTML that is already safe (rendered from a template with escaped values)."""


def load_template(name: str, language: str | None = None) -> Template:
    """The template ``name`` in ``language`` if there is one, else the English one."""
    code = normalise_language(language)
    if code != DEFAULT_LANGUAGE:
        translated = resource_path("templates", code, name)
        if translated.is_file():
            return Template(translated.read_text(encoding="utf-8"))
    path = resource_path("templates", name)
    return Template(path.read_text(encoding="utf-8"))


def frame_values(language: str | None = None) -> dict[str, str]:
    """What the shared layout and footer need besides the clinic: the language code and its note."""
    code = normalise_language(language)
    return {"language": code, "automatic_note": render_text("automatic_note.txt", {}, code).strip()}


def render_text(name: str, values: Mapping[str, object], language: str | None = None) -> str:
    """Plain text: values inserted as they are."""
    return load_template(name, language).substitute({key: _text(value) for key, value in values.items()})


def render_html(name: str, values: Mapping[str, object], language: str | None = None) -> Markup:
    """HTML: every value escaped (``Markup`` values inserted as they are)."""
    return Markup(load_template(name, language).substitute({key: escape(value) for key, value in values.items()}))


def escape(value: object) -> str:
    if isinstance(value, Markup):
        return str(value)
    return html.escape(_text(value), quote=True)


def html_paragraphs(text: str) -> Markup:
    """Escaped multi-line text as HTML (line breaks kept)."""
    return Markup("<br>\n".join(html.escape(line, quote=True) for line in text.splitlines()))


def _text(value: object) -> str:
    return "" if value is None else str(value)
