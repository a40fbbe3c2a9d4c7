"""Write THIRD-PARTY-LICENSES.md: every package MedLink needs at run time, its
version and licence, read from the installed distributions' metadata.

    python scripts/third_party_licenses.py            # rewrite the file
    python scripts/third_party_licenses.py --check    # exit 1 when it is out of date (names/licences)
    python scripts/third_party_licenses.py --copy-texts DIR   # copy each package's licence files (the bundle)

The list ships in the wheel's metadata (``license-files`` in pyproject.toml);
``build.spec`` copies the packages' own licence texts into the bundle.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "THIRD-PARTY-LICENSES.md"
_NAME = re.compile(r"^([A-Za-z0-9_.\-]+)")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "medlink") -> list[metadata.Distribution]:
    """MedLink's run-time dependencies, recursively (extras such as [test] left out)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [req for req in (metadata.requires(root) or []) if "extra ==" not in req]
    while todo:
        requirement = todo.pop()
        if ";" in requirement:
            requirement, marker = requirement.split(";", 1)
            if "extra ==" in marker:
                continue
            try:
                from packaging.markers import Marker  # pip vendors packaging; setuptools needs it too
            except ImportError:  # pragma: no cover
                pass
            else:
                if not Marker(marker).evaluate():
                    continue
        match = _NAME.match(requirement.strip())
        if not match:
            continue
        name = _canonical(match.group(1))
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[name] = dist
        todo.extend(req for req in (dist.requires or []) if "extra ==" not in req)
    return sorted(seen.values(), key=lambda d: _canonical(d.metadata["Name"]))


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    text = (meta.get("License") or "").strip()
    if classifiers:
        return "; ".join(dict.fromkeys(classifiers))
    if text and "\n" not in text and len(text) < 80:
        return text
    return "see the package's licence file"


def licence_files(dist: metadata.Distribution) -> list[Path]:
    files = []
    for entry in dist.files or []:
        name = str(entry).upper()  # the whole path: some wheels keep their texts in dist-info/licenses/
        if ("LICEN" in name or "COPYING" in name or "NOTICE" in name or "AUTHORS" in name) and \
                ".dist-info" in str(entry):
            files.append(Path(str(dist.locate_file(entry))))
    return files


#: Packages whose wheels carry no licence file: the texts their metadata names, kept in the repo.
FALLBACK_TEXTS = {
    "pyside6-essentials": ["LGPL-3.0.txt", "GPL-3.0.txt"],
    "pyside6-addons": ["LGPL-3.0.txt", "GPL-3.0.txt"],
    "shiboken6": ["LGPL-3.0.txt", "GPL-3.0.txt"],
}
FALLBACK_DIR = ROOT / "packaging" / "licenses"


def licence_texts(dist: metadata.Distribution) -> list[Path]:
    """The package's own licence files, or the texts its licence names (kept in packaging/licenses/)."""
    own = licence_files(dist)
    if own:
        return own
    return [FALLBACK_DIR / name for name in FALLBACK_TEXTS.get(_canonical(dist.metadata["Name"]), [])]


def render() -> str:
    lines = [
        "# Third-party software in MedLink",
        "",
        "MedLink itself is licensed under the Apache License 2.0 (`LICENSE`, `NOTICE`).",
        "At run time it uses the packages below, each under its own licence. The",
        "Windows/Linux bundle carries each package's licence text in `licenses/`.",
        "Qt for Python (PySide6, shiboken6) is used under the GNU LGPL v3: MedLink",
        "links to it dynamically and the bundle keeps the Qt libraries as separate",
        "files that a user may replace with their own build.",
        "",
        "The bundled DejaVu Sans fonts are under the Bitstream Vera / Arev licence",
        "(`resources/fonts/LICENSE-DejaVu.txt`); the bundled Noto Sans fonts for the Indian scripts",
        "(Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam) are under",
        "the SIL Open Font License 1.1 (`resources/fonts/LICENSE-Noto.txt`).",
        "",
        "The sqlcipher3-binary wheel (the Python binding is under the zlib-style pysqlite",
        "licence) carries SQLCipher, a BSD-style licence of Zetetic LLC built on the",
        "public-domain SQLite, and OpenSSL's libcrypto (Apache-2.0).",
        "",
        "| package | version | licence |",
        "| --- | --- | --- |",
    ]
    for dist in runtime_distributions():
        lines.append(f"| {dist.metadata['Name']} | {dist.version} | {licence_of(dist)} |")
    return "\n".join(lines) + "\n"


def _names(text: str) -> list[str]:
    """The package names listed (versions and licence wording change with every upgrade)."""
    rows = [line.split("|") for line in text.splitlines() if line.startswith("| ") and not line.startswith("| ---")]
    return [_canonical(r[1].strip()) for r in rows[1:]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when THIRD-PARTY-LICENSES.md is out of date")
    parser.add_argument("--copy-texts", metavar="DIR", help="copy every package's licence files into DIR/<package>/")
    args = parser.parse_args(argv)
    if args.copy_texts:
        target = Path(args.copy_texts)
        for dist in runtime_distributions():
            texts = licence_texts(dist)
            if not texts:
                print(f"{dist.metadata['Name']}: no licence text found", file=sys.stderr)
                return 1
            for path in texts:
                folder = target / dist.metadata["Name"]
                folder.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, folder / path.name)
        return 0
    text = render()
    if args.check:
        current = OUT.read_text("utf-8") if OUT.is_file() else ""
        if _names(current) != _names(text):
            print("THIRD-PARTY-LICENSES.md is out of date: run python scripts/third_party_licenses.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
