"""Keep the translation catalogues in resources/translations/ current with the source.

    python scripts/update_translations.py            # update every language's catalogues
    python scripts/update_translations.py --check    # exit 1 when a catalogue is out of date
    python scripts/update_translations.py --add mr   # start the catalogues of a new language
    python scripts/update_translations.py --compile  # only build the .qm files (pyside6-lrelease)

The source is read with Python's ``ast`` (nothing is imported or run).  Marked strings:

* ``self.tr("text")`` inside a class: context = the class that contains the call.  At run
  time PySide6's ``QObject.tr`` asks the translators with the instance's class name first
  and then each base class in turn (its MRO) until one answers, so a string written in a
  base class and shown by a subclass is found under the base class's name;
  a second literal argument is the disambiguation, a third argument makes it a plural
  (``%n``) message.
* ``QCoreApplication.translate("context", "text")`` / ``QApplication.translate(...)``.
* ``tr("context", "text")``, ``i18n.tr("context", "text")`` and ``N_("context", "text")``
  from :mod:`medlink.i18n`.

Strings found in ``medlink/ui/`` go to ``medlink_<lang>.ts`` (the windows); all others to
``core_<lang>.ts`` (the core's sentences, e-mails and documents).  Translations already in
a catalogue are kept; an entry whose string left the source is marked ``vanished`` (kept, so
its translation comes back if the string does), and comes back to life when it returns.
Locations carry the file name only, not line numbers, so that edits elsewhere in a file do
not change the catalogue.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "medlink"
TRANSLATIONS = ROOT / "resources" / "translations"
#: Catalogue name → which source files feed it.
CATALOGUES = ("medlink", "core")
#: Languages whose catalogues exist even before any file does (English is the source language).
DEFAULT_LANGUAGES = ("hi",)
#: Qt's locale names for the ``language`` attribute of a catalogue.
QT_LOCALES = {"hi": "hi_IN", "mr": "mr_IN", "ta": "ta_IN", "te": "te_IN", "bn": "bn_IN", "gu": "gu_IN",
              "kn": "kn_IN", "ml": "ml_IN", "pa": "pa_IN", "or": "or_IN"}


@dataclass(frozen=True)
class Key:
    context: str
    source: str
    comment: str = ""  # the disambiguation


@dataclass
class Found:
    key: Key
    files: list[str] = field(default_factory=list)
    numerus: bool = False


def catalogue_for(path: Path) -> str:
    rel = path.relative_to(ROOT).as_posix()
    return "medlink" if rel.startswith("medlink/ui/") else "core"


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level one-liners ``def _t(text): return QCoreApplication.translate("Ctx", text)``:
    their calls with a literal are marked strings of context ``Ctx``."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args or len(node.body) != 1:
            continue
        statement = node.body[0]
        call = statement.value if isinstance(statement, ast.Return) else None
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "translate"
                and len(call.args) >= 2 and _literal(call.args[0]) is not None
                and isinstance(call.args[1], ast.Name) and call.args[1].id == node.args.args[0].arg):
            found[node.name] = _literal(call.args[0]) or ""
    return found


class _Collector(ast.NodeVisitor):
    def __init__(self, rel: str, helpers: dict[str, str] | None = None) -> None:
        self.rel = rel
        self.helpers = helpers or {}
        self.classes: list[str] = []
        self.found: list[tuple[Key, bool]] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, node: ast.Call, context: str | None, text: ast.AST, comment: str | None = None,
             numerus: bool = False) -> None:
        literal = _literal(text)
        if context is None:
            if literal is not None:
                self.problems.append(f"{self.rel}:{node.lineno}: the translation context must be a literal string")
            return
        if literal is None:
            # A look-up of a string marked elsewhere (a label table marked with N_) is fine; an
            # f-string or a concatenation can never be in the catalogue.
            if isinstance(text, (ast.JoinedStr, ast.BinOp)):
                self.problems.append(f"{self.rel}:{node.lineno}: format the arguments after translation "
                                     "(tr(\"... {name}\").format(name=...)), not inside the text")
            return
        self.found.append((Key(context, literal, comment or ""), numerus))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        owner = func.value if isinstance(func, ast.Attribute) else None
        owner_name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else None
        args = node.args
        if name == "translate" and owner_name in {"QCoreApplication", "QApplication", "QGuiApplication"}:
            if len(args) >= 2:
                self._add(node, _literal(args[0]), args[1], _literal(args[2]) if len(args) > 2 else None,
                          numerus=len(args) > 3)
        elif isinstance(func, ast.Name) and name in self.helpers:
            if args:
                self._add(node, self.helpers[name], args[0])
        elif (isinstance(func, ast.Name) and name in {"N_", "tr"}) or (name == "tr" and owner_name == "i18n"):
            if len(args) >= 2:
                self._add(node, _literal(args[0]), args[1])
        elif name == "tr" and isinstance(func, ast.Attribute) and owner_name in {"self", "cls"}:
            if not self.classes:
                self.problems.append(f"{self.rel}:{node.lineno}: self.tr() outside a class")
            elif args:
                comment = _literal(args[1]) if len(args) > 1 else None
                self._add(node, self.classes[-1], args[0], comment, numerus=len(args) > 2)
        self.generic_visit(node)


def extract(root: Path = SOURCE) -> tuple[dict[str, dict[Key, Found]], list[str]]:
    """Every marked string under ``root``, by catalogue; and problems (non-literal texts)."""
    result: dict[str, dict[Key, Found]] = {name: {} for name in CATALOGUES}
    problems: list[str] = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        collector = _Collector(rel, _helpers(tree))
        collector.visit(tree)
        problems += collector.problems
        bucket = result[catalogue_for(path)]
        for key, numerus in collector.found:
            entry = bucket.setdefault(key, Found(key))
            if rel not in entry.files:
                entry.files.append(rel)
            entry.numerus = entry.numerus or numerus
    return result, problems


@dataclass
class Message:
    key: Key
    translation: str = ""
    state: str = ""  # "", "unfinished" or "vanished"
    numerus_forms: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    numerus: bool = False


def read_catalogue(path: Path) -> dict[Key, Message]:
    messages: dict[Key, Message] = {}
    if not path.exists():
        return messages
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            key = Key(name, element.findtext("source") or "", element.findtext("comment") or "")
            translation = element.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")] if translation is not None else []
            messages[key] = Message(
                key, translation=(translation.text or "") if translation is not None and not forms else "",
                state=translation.get("type", "") if translation is not None else "unfinished",
                numerus_forms=forms, numerus=element.get("numerus") == "yes",
                files=[loc.get("filename", "") for loc in element.iter("location")])
    return messages


def merge(found: dict[Key, Found], existing: dict[Key, Message]) -> dict[Key, Message]:
    merged: dict[Key, Message] = {}
    for key, entry in found.items():
        old = existing.get(key)
        files = [f"../../{f}" for f in entry.files]
        if old is None:
            merged[key] = Message(key, state="unfinished", files=files, numerus=entry.numerus)
            continue
        has_text = bool(old.translation or any(old.numerus_forms))
        state = old.state
        if state in {"vanished", "obsolete"}:
            state = "" if has_text else "unfinished"
        merged[key] = Message(key, old.translation, state, old.numerus_forms, files, entry.numerus)
    for key, old in existing.items():
        if key not in merged:
            merged[key] = Message(key, old.translation, "vanished", old.numerus_forms, [], old.numerus)
    return merged


def render(language: str, messages: dict[Key, Message]) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{QT_LOCALES.get(language, language)}" sourcelanguage="en">']
    contexts: dict[str, list[Message]] = {}
    for message in messages.values():
        contexts.setdefault(message.key.context, []).append(message)
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{escape(name)}</name>"]
        for message in sorted(contexts[name], key=lambda m: (m.key.source, m.key.comment)):
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            lines += [f'        <location filename="{escape(f)}"/>' for f in message.files]
            lines.append(f"        <source>{escape(message.key.source)}</source>")
            if message.key.comment:
                lines.append(f"        <comment>{escape(message.key.comment)}</comment>")
            state = f' type="{message.state}"' if message.state else ""
            if message.numerus:
                forms = message.numerus_forms or ([message.translation] if message.translation else [""])
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{escape(form)}</numerusform>" for form in forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{state}>{escape(message.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def languages(folder: Path = TRANSLATIONS) -> list[str]:
    codes = set(DEFAULT_LANGUAGES)
    for path in folder.glob("*_*.ts") if folder.is_dir() else []:
        codes.add(path.stem.rsplit("_", 1)[1])
    return sorted(codes)


def update(*, check: bool = False, add: str | None = None, folder: Path = TRANSLATIONS) -> int:
    found, problems = extract()
    for problem in problems:
        print(problem, file=sys.stderr)
    stale: list[Path] = []
    codes = languages(folder) + ([add] if add and add not in languages(folder) else [])
    for language in codes:
        for catalogue in CATALOGUES:
            path = folder / f"{catalogue}_{language}.ts"
            text = render(language, merge(found[catalogue], read_catalogue(path)))
            if path.exists() and path.read_text(encoding="utf-8") == text:
                continue
            stale.append(path)
            if not check:
                folder.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                print(f"updated {path.relative_to(ROOT)}")
    if check and stale:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)} (run python scripts/update_translations.py)",
                  file=sys.stderr)
    return 1 if problems or (check and stale) else 0


def compile_catalogues(folder: Path = TRANSLATIONS, out: Path | None = None) -> list[Path]:
    """``<catalogue>_<lang>.qm`` beside (or into ``out``) each ``.ts`` with pyside6-lrelease."""
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    written = []
    for ts in sorted(folder.glob("*_*.ts")):
        qm = (out or folder) / f"{ts.stem}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report catalogues that are out of date")
    parser.add_argument("--add", metavar="CODE", help="create the catalogues of a new language (e.g. mr)")
    parser.add_argument("--compile", action="store_true", help="only compile the catalogues to .qm files with pyside6-lrelease")
    args = parser.parse_args(argv)
    if args.compile:  # the build: compile what is there, never rewrite the sources
        for qm in compile_catalogues():
            print(f"compiled {qm.relative_to(ROOT)}")
        return 0
    return update(check=args.check, add=args.add)


if __name__ == "__main__":
    raise SystemExit(main())
