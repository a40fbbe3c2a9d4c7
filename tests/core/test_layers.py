"""The core never imports Qt: importing every module outside medlink/ui leaves PySide6 unloaded."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import medlink


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(medlink.__path__, "medlink."):
        if info.name.startswith("medlink.ui") or info.name.endswith("__main__"):
            continue
        if ".migrations" in info.name:
            continue
        names.append(info.name)
    return names


def test_core_imports_without_qt():
    modules = core_modules()
    assert "medlink.services.appointments" in modules and "medlink.db.models" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT:' + ','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "QT:", out


def test_ui_package_is_the_only_qt_importer():
    import pathlib

    root = pathlib.Path(medlink.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        if "ui" in path.relative_to(root).parts[:1]:
            continue
        text = path.read_text("utf-8")
        if "PySide6" in text or "shiboken6" in text:
            offenders.append(str(path.relative_to(root)))
    assert offenders == []
