"""Refuse PDFs that can carry active content, by parsing them (pikepdf / qpdf).

A byte search for ``/JavaScript`` misses every encoded form: names written with
``#xx`` escapes (``/J#61vaScript``), objects inside compressed object streams,
actions in compressed content.  qpdf decodes names and object streams, so the
check below sees the objects a viewer sees.  Refused, anywhere in the file:

* JavaScript (``/JS``, ``/JavaScript`` name trees and actions), XFA forms, rich media;
* launch actions, remote and embedded go-to (``/GoToR``, ``/GoToE``), form submit / import;
* embedded files (``/EmbeddedFile(s)``, file specifications with ``/EF``);
* any action run on opening the document (``/OpenAction`` with an action,
  including a ``/URI`` opened on start) and every additional action (``/AA``).

A plain link annotation to a web address stays allowed: MedLink's viewer does
not follow links.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pikepdf

from medlink.errors import ValidationError
from medlink.i18n import N_, tr

FORBIDDEN_KEYS = {
    "/JS": N_("pdf_safety", "JavaScript"),
    "/JavaScript": N_("pdf_safety", "JavaScript"),
    "/XFA": N_("pdf_safety", "an XFA form"),
    "/RichMedia": N_("pdf_safety", "rich media"),
    "/EmbeddedFile": N_("pdf_safety", "an embedded file"),
    "/EmbeddedFiles": N_("pdf_safety", "an embedded file"),
    "/EF": N_("pdf_safety", "an embedded file"),
    "/AA": N_("pdf_safety", "an automatic action"),
    "/Launch": N_("pdf_safety", "a launch action"),
}
FORBIDDEN_ACTIONS = {
    "/JavaScript": N_("pdf_safety", "JavaScript"),
    "/Launch": N_("pdf_safety", "a launch action"),
    "/GoToR": N_("pdf_safety", "a link to a file outside the PDF"),
    "/GoToE": N_("pdf_safety", "a link to an embedded file"),
    "/SubmitForm": N_("pdf_safety", "a form that sends data"),
    "/ImportData": N_("pdf_safety", "a form that imports data"),
    "/Rendition": N_("pdf_safety", "a media action"),
    "/Movie": N_("pdf_safety", "a media action"),
    "/Sound": N_("pdf_safety", "a media action"),
}
FORBIDDEN_TYPES = {"/EmbeddedFile": N_("pdf_safety", "an embedded file"),
                   "/RichMediaExecutable": N_("pdf_safety", "rich media")}
MAX_DEPTH = 64

REFUSAL = N_("pdf_safety", "This PDF contains {what}, which MedLink does not accept for safety. Please print it "
                           "to a new PDF or scan it, and upload that.")


def check_pdf(source: bytes | Path) -> None:
    """ValidationError (field ``file``) unless the PDF parses and carries no active content."""
    try:
        pdf = pikepdf.open(Path(source) if isinstance(source, Path) else _bytes_io(source))
    except pikepdf.PasswordError as exc:
        raise ValidationError("file", tr("pdf_safety", "This PDF is protected by a password. Please upload a copy "
                                                       "without a "
                                      "password.")) from exc
    except (pikepdf.PdfError, OSError, ValueError) as exc:
        raise ValidationError("file", tr("pdf_safety", "The PDF is damaged or incomplete and cannot be read.")) from exc
    with pdf:
        try:
            found = _first_active_content(pdf)
        except ValidationError:
            raise
        except (pikepdf.PdfError, RecursionError, ValueError) as exc:
            raise ValidationError("file", tr("pdf_safety", "The PDF is damaged or incomplete and cannot be read.")) from exc
    if found is not None:
        raise ValidationError("file", tr("pdf_safety", REFUSAL).format(what=tr("pdf_safety", found)))


def _bytes_io(data: bytes):  # type: ignore[no-untyped-def]
    import io

    return io.BytesIO(data)


def _first_active_content(pdf: pikepdf.Pdf) -> str | None:
    root = pdf.Root
    opening = root.get("/OpenAction")
    if isinstance(opening, pikepdf.Dictionary):  # an action (an array is only a page to show)
        kind = str(opening.get("/S", ""))
        return {"/URI": N_("pdf_safety", "a web address opened on start")}.get(
            kind, FORBIDDEN_ACTIONS.get(kind, N_("pdf_safety", "an action run on opening")))
    for obj in _all_objects(pdf):
        found = _check_dictionary(obj)
        if found:
            return found
    return None


def _all_objects(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """Every dictionary of the file (indirect objects, streams' dictionaries, and direct ones inside)."""
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[pikepdf.Object, int]] = [(pdf.trailer, 0)]
    stack.extend((obj, 0) for obj in pdf.objects)  # qpdf has already unpacked the object streams
    while stack:
        obj, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ValidationError("file", tr("pdf_safety", "The PDF is too deeply nested to be checked."))
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, pikepdf.Stream):
            obj = obj.stream_dict
        if isinstance(obj, pikepdf.Dictionary):
            yield obj
            children = obj.values()
        elif isinstance(obj, pikepdf.Array):
            children = list(obj)
        else:
            continue
        for child in children:
            if isinstance(child, (pikepdf.Dictionary, pikepdf.Array, pikepdf.Stream)):
                if child.is_indirect and child.objgen in seen:
                    continue
                stack.append((child, depth + 1))


def _check_dictionary(obj: pikepdf.Object) -> str | None:
    keys = set(obj.keys())
    for key, what in FORBIDDEN_KEYS.items():
        if key in keys:
            return what
    kind = obj.get("/S")
    if isinstance(kind, pikepdf.Name) and str(kind) in FORBIDDEN_ACTIONS:
        return FORBIDDEN_ACTIONS[str(kind)]
    type_ = obj.get("/Type")
    if isinstance(type_, pikepdf.Name) and str(type_) in FORBIDDEN_TYPES:
        return FORBIDDEN_TYPES[str(type_)]
    return None
