"""The benchmark clinic's key: every benchmark process holds it, as a workstation does after `medlink key import`.

Every audited service call chains its audit row with a MAC derived from the clinic key, so each benchmark
process — the main one and the GUI probes it starts — needs the key.  The generated clinic has record rows
(but no files), so MedLink would refuse to make a new key for it; the benchmark uses one fixed key in an
in-memory keyring instead: offered as an older version's records key, it is adopted as the clinic key by the
first run, and found under its key id by every later run and every probe.
"""

from __future__ import annotations

import base64
import hashlib

BENCH_CLINIC_KEY = hashlib.sha256(b"MedLink benchmark clinic").digest()


def install_bench_key() -> None:
    """This process's keyring: an in-memory one holding the benchmark clinic key."""
    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    store_bench_key()


def store_bench_key() -> None:
    """Put the benchmark clinic key into the keyring this process uses now (also a key file's, see run_all)."""
    from medlink.security import records_crypto
    from medlink.security.secrets import RECORDS_KEY_NAME, clinic_key_account, set_secret

    encoded = base64.b64encode(BENCH_CLINIC_KEY).decode("ascii")
    set_secret(RECORDS_KEY_NAME, encoded)  # adopted as the clinic key by the first run
    set_secret(clinic_key_account(records_crypto.key_id_of(BENCH_CLINIC_KEY)), encoded)  # found by every later run
