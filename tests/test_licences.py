"""MedLink's licence files exist and the third-party list matches what is installed."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_licence_files_and_spdx_expression():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "Apache-2.0"  # an SPDX expression, not the deprecated table form
    for name in project["license-files"]:
        assert (ROOT / name).is_file(), name
    assert "Apache License" in (ROOT / "LICENSE").read_text("utf-8")
    assert "LGPL" in (ROOT / "NOTICE").read_text("utf-8") or "Lesser General Public" in (ROOT / "NOTICE").read_text()


def test_third_party_list_is_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "third_party_licenses.py"), "--check"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    text = (ROOT / "THIRD-PARTY-LICENSES.md").read_text("utf-8")
    for package in ("PySide6_Essentials", "SQLAlchemy", "reportlab", "pillow", "RapidFuzz"):
        assert f"| {package} |" in text


def test_every_run_time_package_has_a_licence_text_for_the_bundle(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "third_party_licenses.py"), "--copy-texts",
                             str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    folders = {p.name for p in tmp_path.iterdir()}
    assert {"PySide6_Essentials", "shiboken6", "SQLAlchemy", "reportlab", "pillow", "RapidFuzz"} <= folders
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (tmp_path / "PySide6_Essentials" / "LGPL-3.0.txt").read_text()
    assert all(any(f.stat().st_size > 100 for f in folder.iterdir()) for folder in tmp_path.iterdir())
