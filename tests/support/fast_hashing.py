"""Cheap argon2 parameters for tests (the application always uses the library's defaults)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from argon2 import PasswordHasher

from medlink.security import passwords


@contextlib.contextmanager
def use_fast_password_hashing() -> Iterator[None]:
    previous, previous_dummy = passwords._hasher, passwords._DUMMY_HASH
    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    passwords._DUMMY_HASH = None
    try:
        yield
    finally:
        passwords._hasher, passwords._DUMMY_HASH = previous, previous_dummy
