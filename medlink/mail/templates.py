"""A tiny template renderer for the e-mails (``string.Template``, ``$name`` placeholders).

Templates live in ``resources/templates/``.  In HTML templates every value is
escaped with :func:`html.escape` unless it is :class:`Markup` — HTML that was
itself produced by :func:`render_html` (so escaping happened there).  A
patient called ``<b>`` therefore shows up as the text ``<b>``.

A placeholder without a value is an error (``KeyError``), never silently empty.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from string import Template

from medlink.paths import resource_path


class Markup(str):
    """HTML that is already safe (rendered from a template with escaped values)."""


def load_template(name: str) -> Template:
    path = resource_path("templates", name)
    return Template(path.read_text(encoding="utf-8"))


def render_text(name: str, values: Mapping[str, object]) -> str:
    """Plain text: values inserted as they are."""
    return load_template(name).substitute({key: _text(value) for key, value in values.items()})


def render_html(name: str, values: Mapping[str, object]) -> Markup:
    """HTML: every value escaped (``Markup`` values inserted as they are)."""
    return Markup(load_template(name).substitute({key: escape(value) for key, value in values.items()}))


def escape(value: object) -> str:
    if isinstance(value, Markup):
        return str(value)
    return html.escape(_text(value), quote=True)


def html_paragraphs(text: str) -> Markup:
    """Escaped multi-line text as HTML (line breaks kept)."""
    return Markup("<br>\n".join(html.escape(line, quote=True) for line in text.splitlines()))


def _text(value: object) -> str:
    return "" if value is None else str(value)
