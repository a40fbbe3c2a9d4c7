"""Encryption of medical records at rest: AES-256-GCM in 1 MiB chunks.

File layout::

    b"MLR1" | nonce prefix (8 bytes) | chunk size (u32 BE) | chunk_0 | chunk_1 | ...

Each chunk is AES-GCM ciphertext + 16-byte tag.  Chunk *i* uses the nonce
``prefix || i`` (u32 BE) and authenticates ``header || record id || i ||
last-flag``, so reordering, truncation, swapping two records' files or any bit
flip is detected.  Chunking lets big files report progress and keeps memory flat.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from medlink.errors import StorageError
from medlink.files import atomic_writer

MAGIC = b"MLR1"
CHUNK_SIZE = 1024 * 1024
TAG_SIZE = 16
HEADER = struct.Struct(">4s8sI")

ProgressCallback = Callable[[int, int], None]


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
    aes = AESGCM(key)
    prefix = os.urandom(8)
    header = HEADER.pack(MAGIC, prefix, CHUNK_SIZE)
    total = len(data)
    try:
        with atomic_writer(target) as fh:
            fh.write(header)
            count = max(1, -(-total // CHUNK_SIZE))
            for index in range(count):
                chunk = data[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE]
                last = index == count - 1
                nonce = prefix + struct.pack(">I", index)
                fh.write(aes.encrypt(nonce, chunk, _aad(header, record_id, index, last)))
                if progress:
                    progress(min(total, (index + 1) * CHUNK_SIZE), total)
    except OSError as exc:
        raise StorageError(f"Could not save the file in the records folder: {exc.strerror or exc}.") from exc


def decrypt_file(path: Path, *, key: bytes, record_id: str) -> bytes:
    return b"".join(iter_decrypt(path, key=key, record_id=record_id))


def iter_decrypt(path: Path, *, key: bytes, record_id: str) -> Iterator[bytes]:
    aes = AESGCM(key)
    try:
        fh = open(path, "rb")
    except FileNotFoundError as exc:
        raise StorageError(f"The file of this record is missing from the records folder ({path.name}).") from exc
    except OSError as exc:
        raise StorageError(f"The file of this record cannot be read: {exc.strerror or exc}.") from exc
    with fh:
        header = fh.read(HEADER.size)
        if len(header) != HEADER.size:
            raise StorageError("The stored file is damaged (too short).")
        magic, prefix, chunk_size = HEADER.unpack(header)
        if magic != MAGIC or not 0 < chunk_size <= 64 * CHUNK_SIZE:
            raise StorageError("The stored file is not a MedLink encrypted record.")
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
                    "The stored file failed its integrity check: it was changed, damaged or belongs to another record."
                ) from exc
            if last:
                return
            block = following
            index += 1
