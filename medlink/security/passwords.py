"""Password hashing (argon2id) and password policy."""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from medlink.errors import ValidationError
from medlink.paths import ResourcesMissing, resource_path
from medlink.i18n import tr

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256
#: The shipped list has well over this many entries; fewer means a broken install.
MIN_COMMON_PASSWORDS = 100

# argon2id with the library's current defaults.  (The test suite swaps in cheap
# parameters with a fixture: tests/support/fast_hashing.py.)
_hasher = PasswordHasher()
# A real hash, verified against when the account does not exist so that
# "unknown e-mail" costs as much time as "wrong password".  Made on first use
# (hashing at import would slow every start of the program).
_DUMMY_HASH: str | None = None


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = _hasher.hash("medlink-dummy-password-for-timing")
    return _DUMMY_HASH


@lru_cache(maxsize=1)
def _common_passwords() -> frozenset[str]:
    """The shipped list of common passwords; a missing or empty list is an installation error.

    Never an empty set: a policy check that quietly stops refusing
    ``password123`` is worse than a start-up failure that says what is wrong.
    """
    path = resource_path("security", "common-passwords.txt")
    try:
        words = path.read_text("utf-8").split()
    except OSError as exc:
        raise ResourcesMissing(f"The common-password list {path} cannot be read ({exc}); reinstall MedLink.") from exc
    result = frozenset(w.strip().lower() for w in words if w.strip())
    if len(result) < MIN_COMMON_PASSWORDS:
        raise ResourcesMissing(f"The common-password list {path} has only {len(result)} entries; reinstall MedLink.")
    return result


def check_password_policy(password: str, *, field: str = "password", email: str | None = None) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(field, tr("passwords", "The password must be at least {MIN_PASSWORD_LENGTH} characters long.").format(MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH))
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(field, tr("passwords", "The password must be at most {MAX_PASSWORD_LENGTH} characters long.").format(MAX_PASSWORD_LENGTH=MAX_PASSWORD_LENGTH))
    lowered = password.lower()
    if lowered in _common_passwords() or len(set(lowered)) <= 2:
        raise ValidationError(field, tr("passwords", "This password is too common and easy to guess. Please choose another."))
    if email and lowered == email.strip().lower():
        raise ValidationError(field, tr("passwords", "The password must not be your e-mail address."))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True if ``password`` matches.  With no hash, burns the same time and returns False."""
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True
