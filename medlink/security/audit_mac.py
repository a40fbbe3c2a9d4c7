"""The audit chain's MAC: HMAC-SHA256 keyed from the clinic key.

The MAC key is derived in exactly one place, :func:`audit_mac_key`, with HKDF
from :func:`medlink.security.secrets.records_key` (the clinic's data key in the
OS keyring), under its own ``info`` label, so the records key itself is never
used for two purposes and the audit key is never stored anywhere.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Sequence

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from medlink.security.secrets import records_key

HKDF_INFO = b"medlink audit-log chain v1"


def audit_mac_key(clinic_key: bytes | None = None) -> bytes:
    """The 256-bit key of the audit chain (derived, never stored) from the clinic key
    (``clinic_key``, else the one loaded in this process by ``records_key()``)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=HKDF_INFO).derive(
        clinic_key if clinic_key is not None else records_key())


def chain_mac(key: bytes, content: Sequence[object], previous_mac: str) -> str:
    """The MAC of one audit row: over its canonical content and the previous row's MAC."""
    canonical = json.dumps([previous_mac, *content], ensure_ascii=False, separators=(",", ":"), default=str)
    return hmac.new(key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()


def macs_equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("ascii", "replace"), b.encode("ascii", "replace"))
