"""MedLink — an offline desktop application that runs a small clinic.

Everything in this package except :mod:`medlink.ui` is Qt-free.

The version is written once, in ``pyproject.toml``; it is read here from the
installed package's metadata (the PyInstaller bundle carries that metadata too).
"""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("medlink")
except PackageNotFoundError:  # pragma: no cover - a bare checkout that was never installed
    __version__ = "0+unknown"
