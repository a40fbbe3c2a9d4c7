"""Keyring backends for the tests only (never importable from medlink/).

``MemoryKeyring`` stands in for the OS keyring of one test: it keeps secrets for
the life of the test process, like a system keyring keeps them across restarts
within a test.  ``VolatileKeyring`` is an in-memory keyring that says so; MedLink
must refuse it.
"""

from __future__ import annotations

from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A process-local keyring set explicitly by the test fixtures."""

    @properties.classproperty
    def priority(cls) -> float:  # type: ignore[override]
        raise RuntimeError("only set explicitly by the tests")

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self._store:
            raise PasswordDeleteError(username)
        del self._store[(service, username)]

    def entries(self) -> dict[tuple[str, str], str]:
        return dict(self._store)


class VolatileKeyring(MemoryKeyring):
    """An in-memory keyring that declares itself non-persistent (as MedLink's old fallback was)."""

    persistent = False
