"""Build the wheel, install it (not editable) into a fresh venv outside the
checkout and run MedLink from there: demo, self-check, assistant, receipt.

This is what ``pip install medlink-….whl`` / ``pipx install`` gives a clinic;
an editable install would hide every file the wheel forgets to ship.  Takes
about 30 s (pip's cache holds the dependencies after the first run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SMOKE = ROOT / "tests" / "support" / "installed_smoke.py"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Built from a copy of what the sdist holds: setuptools builds in the source
    # tree's build/ folder, whose stale files would otherwise slip into the wheel,
    # and the build must not depend on anything else in the checkout.
    source = tmp_path_factory.mktemp("source")
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE", "NOTICE", "THIRD-PARTY-LICENSES.md"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("medlink", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=skip)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(out), str(source)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (path,) = out.glob("medlink-*.whl")
    return path


def test_wheel_carries_resources_licences_and_spdx_metadata(wheel):
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = zf.read(metadata_name).decode()
    resources = {p.relative_to(ROOT / "resources").as_posix() for p in (ROOT / "resources").rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts}
    shipped = {n.removeprefix("medlink/_resources/") for n in names if n.startswith("medlink/_resources/")}
    assert resources <= shipped, sorted(resources - shipped)
    assert {"medlink/db/migrations/env.py", "medlink/db/migrations/script.py.mako"} <= names
    assert any(n.startswith("medlink/db/migrations/versions/0001") for n in names)
    dist_info = metadata_name.rsplit("/", 1)[0]
    assert f"{dist_info}/licenses/LICENSE" in names and f"{dist_info}/licenses/NOTICE" in names
    assert f"{dist_info}/licenses/THIRD-PARTY-LICENSES.md" in names
    assert "License-Expression: Apache-2.0" in metadata
    assert "Requires-Dist: PySide6-Addons" not in metadata


@pytest.mark.slow
def test_installed_wheel_runs_outside_the_checkout(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    medlink = env_dir / ("Scripts/medlink.exe" if os.name == "nt" else "bin/medlink")
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)],
                             capture_output=True, text=True, timeout=900)
    assert install.returncode == 0, install.stderr[-3000:]
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDLINK_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(MEDLINK_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")

    def run(*args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(list(args), cwd=work, env=env, capture_output=True, text=True, timeout=timeout)
        assert result.returncode == 0, f"{args}: {result.stdout[-2000:]}\n{result.stderr[-3000:]}"
        return result

    assert "MedLink" in run(str(medlink), "--version").stdout
    demo = run(str(medlink), "demo")
    assert "admin@demo.medlink" in demo.stdout
    check = run(str(medlink), "--demo", "--self-check")
    assert "data files complete" in check.stdout, check.stdout
    smoke = run(str(python), str(SMOKE))
    for expected in ("ok: installation complete", "ok: password123 refused", "ok: assistant answered",
                     "written and read back"):
        assert expected in smoke.stdout, smoke.stdout
    print(smoke.stdout)
