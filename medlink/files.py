"""Atomic file writes: readers see the old file or the complete new one, never half of it.

One implementation for every file MedLink writes in place (config, receipts,
backups, encrypted records, the demo keyring): a temporary file in the target's
own folder is written, flushed and fsynced, moved over the target with
:func:`os.replace`, and the folder is fsynced (POSIX).  On any error the
temporary file is removed and the exception propagates.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["atomic_path", "atomic_writer", "fsync_dir", "make_private", "replace_durably", "write_atomically"]


def make_private(path: str | os.PathLike[str]) -> None:
    """Make a file 0600 (a folder 0700): readable by this OS account only, where the OS has such modes.

    Only what this account owns is changed (a folder an administrator shared with a group
    keeps its modes); Windows, whose files carry ACLs instead, is left alone.
    """
    if os.name != "posix":
        return
    try:
        info = os.stat(path)
        if info.st_uid != os.getuid():  # posix-only: guarded by the os.name check above
            return
        wanted = 0o700 if Path(path).is_dir() else 0o600
        if info.st_mode & 0o777 != wanted:
            os.chmod(path, wanted)  # posix-only: guarded by the os.name check above
    except OSError:  # pragma: no cover - vanished, or a file system without modes
        pass


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened, e.g. Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - unusual file systems
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], *, suffix: str = ".part") -> Iterator[Path]:
    """Yield a temporary path beside ``target``; when the block ends normally the file
    written there is fsynced and moved over ``target``.  Missing folders are created."""
    final = Path(target)
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=suffix, dir=final.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        replace_durably(tmp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def replace_durably(written: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """fsync the completely written file ``written``, move it over ``target`` and fsync the folder.

    For callers that build the temporary file themselves (e.g. a zip archive that
    is verified before it replaces the old one); they remove it on failure.
    """
    with open(written, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(written, target)
    fsync_dir(Path(target).parent)


@contextlib.contextmanager
def atomic_writer(target: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """An open binary file whose content replaces ``target`` atomically when the block ends."""
    with atomic_path(target) as tmp, open(tmp, "wb") as fh:
        yield fh
        fh.flush()


def write_atomically(target: str | os.PathLike[str], data: bytes | str, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` (bytes, or text in ``encoding``) to ``target`` atomically; returns the target."""
    with atomic_path(target) as tmp:
        if isinstance(data, str):
            tmp.write_text(data, encoding=encoding)
        else:
            tmp.write_bytes(data)
    return Path(target)
