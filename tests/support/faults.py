"""Faults injected at the operating-system boundary."""

from __future__ import annotations

import contextlib
import errno
import io
from collections.abc import Iterator
from typing import Any

import pytest

from medlink import files


class _FullDisk(io.FileIO):
    """A file on a disk with no space left: opening works, every write fails with ENOSPC."""

    def write(self, b: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def _open_on_full_disk(path: Any, mode: str = "rb") -> Any:
    return _FullDisk(path, "wb") if "w" in mode else open(path, mode)


@contextlib.contextmanager
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """While inside, every file MedLink writes through ``medlink.files`` fails with ENOSPC
    (``files`` opens its files with the module-level ``open`` this replaces)."""
    with monkeypatch.context() as patch:
        patch.setattr(files, "open", _open_on_full_disk, raising=False)
        yield
