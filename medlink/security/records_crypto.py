"""Encryption of medical records at rest: AES-256-GCM in 1 MiB chunks.

File layout::

    b"MLR2" | key id (8 bytes) | nonce prefix (8 bytes) | chunk size (u32 BE) | chunk_0 | chunk_1 | ...

The key id names the clinic key that encrypted the file (see
:func:`key_id_of`), so a file encrypted with another clinic's key is reported
as such instead of as damage.  Files of older versions (``MLR1``, no key id)
are still read.

Each chunk is AES-GCM ciphertext + 16-byte tag.  Chunk *i* uses the nonce
``prefix || i`` (u32 BE) and authenticates ``header || record id || i ||
last-flag``, so reordering, truncation, swapping two records' files or any bit
flip is detected.  Chunking lets big files report progress and keeps memory flat.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from medlink.errors import StorageError
from medlink.files import atomic_path, atomic_writer
from medlink.i18n import tr

MAGIC = b"MLR2"
LEGACY_MAGIC = b"MLR1"
CHUNK_SIZE = 1024 * 1024
TAG_SIZE = 16
HEADER = struct.Struct(">4s8s8sI")
LEGACY_HEADER = struct.Struct(">4s8sI")
KEY_ID_BYTES = 8

ProgressCallback = Callable[[int, int], None]


class WrongClinicKey(StorageError):
    """The file was encrypted with a clinic key other than the one given."""


def key_id_of(key: bytes) -> str:
    """The public fingerprint of a clinic key (16 hex digits); reveals nothing of the key."""
    return hmac.new(key, b"MedLink clinic key id v1", hashlib.sha256).digest()[:KEY_ID_BYTES].hex()


def header_key_id(path: Path) -> str | None:
    """The key id in a file's header; None for a file of an older version (no key id)."""
    with open(path, "rb") as fh:
        head = fh.read(HEADER.size)
    if head[:4] == MAGIC and len(head) == HEADER.size:
        return head[4:4 + KEY_ID_BYTES].hex()
    if head[:4] == LEGACY_MAGIC:
        return None
    raise StorageError(tr("records_crypto", "The stored file is not a MedLink encrypted file."))


def _aad(header: bytes, record_id: str, index: int, last: bool) -> bytes:
    return header + record_id.encode("utf-8") + struct.pack(">IB", index, 1 if last else 0)


def encrypt_to_file(
    data: bytes,
    target: Path,
    *,
    key: bytes,
    record_id: str,
    progress: ProgressCallback | None = None,
) -> None:
    """Encrypt ``data`` into ``target`` atomically (temp file, fsync, rename)."""
    try:
        Path(target).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with atomic_writer(target) as fh:  # a private temporary file (mkstemp: 0600), fsynced, renamed
            write_encrypted(fh, data, key=key, record_id=record_id, progress=progress)
    except OSError as exc:
        raise StorageError(tr("records_crypto", "Could not save the file in the records folder: {value}.").format(
            value=exc.strerror or exc)) from exc


def write_encrypted(fh: IO[bytes], data: bytes, *, key: bytes, record_id: str,
                    progress: ProgressCallback | None = None) -> None:
    """Write ``data`` encrypted (header and chunks) into the open binary file ``fh``."""
    aes = AESGCM(key)
    prefix = os.urandom(8)
    header = HEADER.pack(MAGIC, bytes.fromhex(key_id_of(key)), prefix, CHUNK_SIZE)
    total = len(data)
    fh.write(header)
    count = max(1, -(-total // CHUNK_SIZE))
    for index in range(count):
        chunk = data[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE]
        last = index == count - 1
        nonce = prefix + struct.pack(">I", index)
        fh.write(aes.encrypt(nonce, chunk, _aad(header, record_id, index, last)))
        if progress:
            progress(min(total, (index + 1) * CHUNK_SIZE), total)


def is_encrypted(data: bytes) -> bool:
    """True if ``data`` (or a file's first bytes) starts with a MedLink encrypted-file header."""
    return data[:4] in (MAGIC, LEGACY_MAGIC)


class _ChangedMeanwhile(Exception):
    pass


def encrypt_in_place(path: Path, *, key: bytes, record_id: str) -> bytes | None:
    """Encrypt a plaintext file where it lies; returns its plaintext, or None if it was already encrypted.

    Crash-safe and idempotent: the encrypted copy is written to a private ``.part``
    file beside it, fsynced and moved over the original with one atomic rename
    (killed at any moment, the folder holds the plaintext file or the encrypted one,
    and the next run finishes the job).  If another workstation rewrote the file
    meanwhile (a receipt re-rendered after a payment), the newer file is left as it is.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
        if is_encrypted(data):
            return None
        with atomic_path(path) as tmp:  # 0600 temporary file (mkstemp), fsynced, renamed, folder fsynced
            with open(tmp, "wb") as fh:
                write_encrypted(fh, data, key=key, record_id=record_id)
            if path.read_bytes() != data:
                raise _ChangedMeanwhile
    except _ChangedMeanwhile:
        return None
    except OSError as exc:
        raise StorageError(tr("records_crypto", "Could not encrypt {name} in the records folder: {value}.").format(
            name=path.name, value=exc.strerror or exc)) from exc
    return data


def decrypt_file(path: Path, *, key: bytes, record_id: str) -> bytes:
    return b"".join(iter_decrypt(path, key=key, record_id=record_id))


def iter_decrypt(path: Path, *, key: bytes, record_id: str) -> Iterator[bytes]:
    try:
        fh = open(path, "rb")
    except FileNotFoundError as exc:
        raise StorageError(tr("records_crypto", "The file of this record is missing from the records folder ({name}).").format(
            name=path.name)) from exc
    except OSError as exc:
        raise StorageError(tr("records_crypto", "The file of this record cannot be read: {value}.").format(
            value=exc.strerror or exc)) from exc
    with fh:
        yield from iter_decrypt_stream(fh, key=key, record_id=record_id)


def iter_decrypt_stream(fh: BinaryIO, *, key: bytes, record_id: str) -> Iterator[bytes]:
    """Decrypt chunk by chunk from an open binary stream (a file, a zip member)."""
    aes = AESGCM(key)
    magic = fh.read(4)
    if magic == MAGIC:
        header = magic + fh.read(HEADER.size - 4)
        if len(header) != HEADER.size:
            raise StorageError(tr("records_crypto", "The stored file is damaged (too short)."))
        _magic, file_key_id, prefix, chunk_size = HEADER.unpack(header)
        if file_key_id.hex() != key_id_of(key):
            raise WrongClinicKey(tr("records_crypto", "The file was encrypted with another clinic key (key {hex}), "
                                                      "not this clinic's key ({key_id_of}).").format(
                hex=file_key_id.hex(), key_id_of=key_id_of(key)))
    elif magic == LEGACY_MAGIC:
        header = magic + fh.read(LEGACY_HEADER.size - 4)
        if len(header) != LEGACY_HEADER.size:
            raise StorageError(tr("records_crypto", "The stored file is damaged (too short)."))
        _magic, prefix, chunk_size = LEGACY_HEADER.unpack(header)
    else:
        raise StorageError(tr("records_crypto", "The stored file is not a MedLink encrypted record."))
    if not 0 < chunk_size <= 64 * CHUNK_SIZE:
        raise StorageError(tr("records_crypto", "The stored file is not a MedLink encrypted record."))
    index = 0
    block = fh.read(chunk_size + TAG_SIZE)
    while True:
        following = fh.read(chunk_size + TAG_SIZE)
        last = not following
        nonce = prefix + struct.pack(">I", index)
        try:
            yield aes.decrypt(nonce, block, _aad(header, record_id, index, last))
        except InvalidTag as exc:
            raise StorageError(
                tr("records_crypto", "The stored file failed its integrity check: it was changed, damaged or belongs "
                                     "to another record.")
            ) from exc
        if last:
            return
        block = following
        index += 1


class EncryptingWriter:
    """Encrypt a stream of unknown length into ``fh`` in the same chunked format (no plaintext on disk)."""

    def __init__(self, fh: BinaryIO, *, key: bytes, record_id: str) -> None:
        self._fh = fh
        self._aes = AESGCM(key)
        self._prefix = os.urandom(8)
        self._header = HEADER.pack(MAGIC, bytes.fromhex(key_id_of(key)), self._prefix, CHUNK_SIZE)
        self._record_id = record_id
        self._buffer = bytearray()
        self._index = 0
        self.plaintext_bytes = 0
        fh.write(self._header)

    def _emit(self, chunk: bytes, last: bool) -> None:
        nonce = self._prefix + struct.pack(">I", self._index)
        self._fh.write(self._aes.encrypt(nonce, chunk, _aad(self._header, self._record_id, self._index, last)))
        self._index += 1

    def write(self, data: bytes) -> int:
        self._buffer += data
        self.plaintext_bytes += len(data)
        while len(self._buffer) > CHUNK_SIZE:  # keep the remainder: the last chunk is flagged as last
            self._emit(bytes(self._buffer[:CHUNK_SIZE]), False)
            del self._buffer[:CHUNK_SIZE]
        return len(data)

    def close(self) -> None:
        self._emit(bytes(self._buffer), True)
        self._buffer.clear()
