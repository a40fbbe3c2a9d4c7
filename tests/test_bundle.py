"""Build the PyInstaller bundle and run it: a broken bundle fails CI (takes ~3 minutes)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from medlink import __version__

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_bundle_builds_and_runs(tmp_path):
    if shutil.which("pyinstaller") is None and subprocess.run(
            [sys.executable, "-c", "import PyInstaller"], capture_output=True).returncode:
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]' installs it)")
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                            "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
                           cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    exe = dist / "medlink" / "medlink"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MEDLINK_DATA_DIR=str(tmp_path / "data"),
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env, timeout=120)
    assert version.returncode == 0 and __version__ in version.stdout
    check = subprocess.run([str(exe), "--demo", "--self-check"], capture_output=True, text=True, env=env,
                           timeout=300)
    assert check.returncode == 0, check.stderr[-3000:]
    assert "self-check: login window shown" in check.stdout
    assert "data files complete" in check.stdout, check.stdout + check.stderr
    files = [p for p in (dist / "medlink").rglob("*") if p.is_file() and not p.is_symlink()]  # links: counted once
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    unused = ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt6VirtualKeyboard", "Qt6Charts", "qgtk3", "libgtk", "libqwayland",
              "libavif", "libwebp", "_avif", "_webp")
    assert not [p.name for p in files if any(u in p.name for u in unused)]
    assert not [p for p in files if p.suffix == ".qm" and not p.name.endswith("_hi.qm")]
    internal = dist / "medlink" / "_internal"
    for name in ("LICENSE", "NOTICE", "THIRD-PARTY-LICENSES.md", "licenses/PySide6_Essentials/LGPL-3.0.txt",
                 "medlink/_resources/security/common-passwords.txt"):
        assert (internal / name).is_file(), name
    # 265 MB before the unused Qt/GTK/Pillow parts and QtCharts were left out; ~218 MB after; ~248 MB once
    # the built-in viewer (pdfium) and the PDF safety check (qpdf/pikepdf) came in; 257 MB with SQLCipher (the
    # sqlcipher3 module, 2 MB, and the OpenSSL libcrypto its wheel carries, 7 MB) and the Indian-script fonts,
    # uharfbuzz and Babel; 220 MB once the Linux build strips symbol tables (build.spec).
    assert size_mb < 235, f"bundle is {size_mb:.0f} MB"
    print(f"bundle size: {size_mb:.0f} MB in {len(files)} files")
