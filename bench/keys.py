"""The benchmark clinic's key: every benchmark process holds it, as a workstation does after `medlink key import`.

The generated clinic has record rows, so MedLink refuses to make a new clinic key for it (it would not open
the files); and every audited service call chains its audit row with a MAC derived from the clinic key.
The benchmark therefore uses one fixed key, recorded in the database's ``clinic_key`` row and put in an
in-memory keyring of each benchmark process (the benchmark's files are fake, so the key protects nothing).
"""

from __future__ import annotations

import base64
import hashlib

from sqlalchemy import select

from medlink.db.session import Database

BENCH_CLINIC_KEY = hashlib.sha256(b"MedLink benchmark clinic key (not secret)").digest()


def install_bench_key() -> None:
    """This process's keyring: an in-memory one holding the benchmark clinic key."""
    import keyring

    from medlink.security import records_crypto
    from medlink.security.secrets import clinic_key_account, set_secret
    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    set_secret(clinic_key_account(records_crypto.key_id_of(BENCH_CLINIC_KEY)),
               base64.b64encode(BENCH_CLINIC_KEY).decode("ascii"))


def ensure_bench_clinic_key(db: Database) -> None:
    """Record the benchmark key as the database's clinic key (a database generated before keys existed)."""
    from medlink.db.models import ClinicKey
    from medlink.security import records_crypto

    with db.transaction() as session:
        if session.scalar(select(ClinicKey.id)) is None:
            session.add(ClinicKey(id=1, key_id=records_crypto.key_id_of(BENCH_CLINIC_KEY)))
