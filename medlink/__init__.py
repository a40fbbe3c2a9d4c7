"""MedLink — an offline desktop application that runs a small clinic.

Everything in this package except :mod:`medlink.ui` is Qt-free.

The version is written once, in ``pyproject.toml``; ``medlink.__version__`` reads
it from the installed package's metadata (the PyInstaller bundle carries that
metadata too).  It is looked up on first use: importing :mod:`importlib.metadata`
costs about 80 ms, which start-up should not pay.
"""

from __future__ import annotations

from functools import cache


@cache
def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as _version

    try:
        return _version("medlink")
    except PackageNotFoundError:  # pragma: no cover - a bare checkout that was never installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module 'medlink' has no attribute {name!r}")
