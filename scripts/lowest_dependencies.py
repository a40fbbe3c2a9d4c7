"""Prove the dependency floors in pyproject.toml: install the *lowest* allowed version of
every direct run-time dependency into a fresh venv and run the core tests there.

    python scripts/lowest_dependencies.py [--venv DIR] [-- pytest options]

Run it after changing a floor (and before a release).  It is not part of
``scripts/test.sh``: it downloads ~20 old wheels that no cache holds and
takes 5-10 minutes on CI's machine, which the 30-minute budget cannot spare on
every push.  The test extra (pytest …) is installed at its newest version;
only MedLink's own run-time floors are under test.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE_TESTS = ["tests/core", "tests/receipts", "tests/chatbot", "tests/mail"]


def lowest_pins() -> list[str]:
    """``name==floor`` for every direct dependency with a ``>=`` floor."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    pins = []
    for requirement in project["dependencies"]:
        spec = requirement.split(";")[0]
        match = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", spec)
        assert match, requirement
        name, constraints = match.groups()
        floor = re.search(r">=\s*([0-9][^,\s]*)", constraints)
        if floor:
            pins.append(f"{name}=={floor.group(1)}")
    return pins


def _same_version(a: str, b: str) -> bool:
    """1.13 == 1.13.0 (trailing zero components do not count)."""
    def parts(v: str) -> list[str]:
        items = v.split(".")
        while len(items) > 1 and items[-1] == "0":
            items.pop()
        return items
    return parts(a) == parts(b)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, help="venv folder to (re)use (default: a temporary one)")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest options (after --)")
    args = parser.parse_args(argv)
    folder = args.venv or Path(tempfile.mkdtemp(prefix="medlink-lowest-"))
    if not (folder / "pyvenv.cfg").is_file():
        venv.EnvBuilder(with_pip=True).create(folder)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    pins = lowest_pins()
    constraints = folder / "lowest-constraints.txt"
    constraints.write_text("\n".join(pins) + "\n", "utf-8")
    print("lowest direct versions:\n  " + "\n  ".join(pins), flush=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "-c", str(constraints), "-e", f"{ROOT}[test]"],
                   check=True)
    installed = subprocess.run([str(python), "-m", "pip", "freeze"], capture_output=True, text=True, check=True)
    wanted = {p.split("==")[0].lower().replace("_", "-"): p.split("==")[1] for p in pins}
    for line in installed.stdout.splitlines():
        name, _, got = line.partition("==")
        key = name.lower().replace("_", "-")
        if key in wanted and _same_version(got, wanted[key]) is False:
            print(f"{name} {got} installed instead of the floor {wanted[key]}", file=sys.stderr)
            return 1
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [str(python), "-m", "pytest", "-q", "-x", "-m", "not slow", "-k", "not mariadb", "-p",
               "no:cacheprovider", *CORE_TESTS, *args.pytest_args]
    return subprocess.run(command, cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
