"""Passphrase-wrapped files: the clinic key's recovery/export file and the kiosk key file.

A wrapped file is a small JSON document::

    {"format": "<kind>", "version": 1, "kdf": "scrypt", "n": 131072, "r": 8, "p": 1,
     "salt": "<b64>", "nonce": "<b64>", "label": {...}, "ciphertext": "<b64>"}

The wrapping key comes from the passphrase through scrypt (RFC 7914); the
payload is sealed with AES-256-GCM whose associated data is the canonical JSON
of everything but the ciphertext, so the label (key id, clinic name) cannot be
changed without the passphrase noticing.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from medlink.errors import StorageError, ValidationError
from medlink.i18n import tr

VERSION = 1
MIN_PASSPHRASE_LENGTH = 10
MAX_FILE_BYTES = 64 * 1024


SCRYPT_N = 2**17  # scrypt cost (128 MiB, about 0.3 s); the test fixtures lower it for speed


def _scrypt_n() -> int:
    return SCRYPT_N


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError("passphrase", tr("key_files", "The passphrase must be at least {MIN_PASSPHRASE_LENGTH} "
                                                            "characters long.").format(
            MIN_PASSPHRASE_LENGTH=MIN_PASSPHRASE_LENGTH))


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _aad(document: dict[str, Any]) -> bytes:
    return json.dumps({k: v for k, v in document.items() if k != "ciphertext"}, sort_keys=True).encode("utf-8")


def wrap(payload: bytes, passphrase: str, *, kind: str, label: dict[str, Any]) -> bytes:
    """The wrapped document (bytes of JSON) holding ``payload`` under ``passphrase``."""
    check_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    document: dict[str, Any] = {"format": kind, "version": VERSION, "kdf": "scrypt", "n": _scrypt_n(), "r": 8,
                                "p": 1, "salt": _b64(salt), "nonce": _b64(nonce), "label": label}
    key = _derive(passphrase, salt, document["n"], 8, 1)
    document["ciphertext"] = _b64(AESGCM(key).encrypt(nonce, payload, _aad(document)))
    return (json.dumps(document, indent=1, sort_keys=True) + "\n").encode("utf-8")


def read_label(data: bytes, *, kind: str, what: str) -> dict[str, Any]:
    """The parsed document (checked for shape, not yet decrypted)."""
    try:
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != kind:
            raise ValueError("format")
        if document.get("version") != VERSION or document.get("kdf") != "scrypt":
            raise ValueError("version")
        for name in ("salt", "nonce", "ciphertext"):
            base64.b64decode(document[name], validate=True)
        n, r, p = int(document["n"]), int(document["r"]), int(document["p"])
        if not (2**10 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4):
            raise ValueError("parameters")
        if not isinstance(document.get("label"), dict):
            raise ValueError("label")
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError("file", tr("key_files", "This file is not a MedLink {what}.").format(what=what)) from exc
    return document


def unwrap(data: bytes, passphrase: str, *, kind: str, what: str) -> tuple[bytes, dict[str, Any]]:
    """(payload, label); a wrong passphrase or a changed file is one sentence."""
    document = read_label(data, kind=kind, what=what)
    key = _derive(passphrase, base64.b64decode(document["salt"]), int(document["n"]), int(document["r"]),
                  int(document["p"]))
    try:
        payload = AESGCM(key).decrypt(base64.b64decode(document["nonce"]),
                                      base64.b64decode(document["ciphertext"]), _aad(document))
    except InvalidTag as exc:
        raise ValidationError("passphrase", tr("key_files", "The passphrase is wrong, or the {what} was changed.").format(
            what=what)) from exc
    return payload, document["label"]


def read_small_file(path: Path, *, what: str) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError("file", tr("key_files", "This file is too large to be a MedLink {what}.").format(
                what=what))
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError("file", tr("key_files", "There is no file {path}.").format(path=path)) from exc
    except IsADirectoryError as exc:
        raise ValidationError("file", tr("key_files", "{path} is a folder, not a MedLink {what}.").format(
            path=path, what=what)) from exc
    except OSError as exc:
        raise StorageError(tr("key_files", "{path} cannot be read: {value}.").format(
            path=path, value=exc.strerror or exc)) from exc


def write_private_file(path: Path, data: bytes) -> None:
    """Write atomically, readable by this OS account only (0600 where the OS supports it)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(tr("key_files", "Could not write {path}: {value}.").format(
            path=path, value=exc.strerror or exc)) from exc


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
