"""Typed domain errors.

Every error a user can cause carries a human sentence (``message``); the UI
shows that sentence, never a traceback.  Database driver exceptions are
translated into these by :mod:`medlink.db.session` and never escape the core.
"""

from __future__ import annotations

from medlink.i18n import tr


class MedLinkError(Exception):
    """Base class of every error MedLink raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class ValidationError(MedLinkError):
    """Bad input for one field.  ``field`` names the form field to highlight."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class PermissionDenied(MedLinkError):
    """The acting user may not perform this operation."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("errors", "You are not allowed to do that."))


class NotAuthenticated(PermissionDenied):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("errors", "Please sign in first."))


class NotFound(MedLinkError):
    """The thing asked for does not exist (or is invisible to the actor)."""


class AuthenticationFailed(MedLinkError):
    """Wrong e-mail or password (deliberately does not say which)."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("errors", "The e-mail address or password is not correct."))


class AccountLocked(MedLinkError):
    """Too many failed sign-ins; the account is locked until ``until``."""

    def __init__(self, message: str, until: object | None = None) -> None:
        super().__init__(message)
        self.until = until


class AccountInactive(MedLinkError):
    """The account was deactivated by an administrator."""


class DoctorNotVerified(MedLinkError):
    """A doctor whose credentials are pending or were rejected tried to practise."""

    def __init__(self, message: str, status: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason


class SlotTaken(MedLinkError):
    """The appointment slot was booked by someone else a moment ago."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("errors", "That slot was just taken by someone else. Please choose another time."))


class ConflictError(MedLinkError):
    """A concurrent change or a uniqueness rule stopped the operation."""


class StaleDataError(ConflictError):
    """Someone else changed this record since it was opened (optimistic lock)."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("errors", "Someone else changed this record since you opened it. "
                                       "Reload it and make your change again."))


class DatabaseUnavailable(MedLinkError):
    """The database cannot be reached (server down, file locked, ...)."""


class DatabaseBusy(DatabaseUnavailable):
    """Other workstations held the rows this change needs (deadlock, lock wait, SQLite busy,
    Galera certification conflict).  Nothing was saved; repeating the change is safe.
    Retryable units of work (:func:`medlink.db.session.retry_on_contention`) repeat it
    themselves a few times before this reaches the user."""


class DatabaseReadOnly(DatabaseUnavailable):
    """The database accepts no writes (read-only file or server, a replica)."""


class DiskFull(DatabaseUnavailable):
    """The disk (or table space) holding the database is full."""


class StorageError(MedLinkError):
    """A file in the records store could not be written, read or decrypted."""


class ClinicKeyMissing(StorageError):
    """This workstation does not hold the clinic data key: it must be imported, never made anew."""


class AllergyConflict(ValidationError):
    """A prescribed medicine matches a recorded allergy; saving needs a typed reason to override.

    ``matches`` holds one sentence per conflict (medicine: why).
    """

    def __init__(self, matches: list[str]) -> None:
        super().__init__("allergy_override_reason",
                         tr("errors", "Allergy warning — {matches} Change the prescription, or type why you "
                                      "prescribe it anyway.").format(matches=" ".join(matches)))
        self.matches = matches
