"""Typed e-mail errors.

The outbox decides what to do with a message from the *type* of the error:

* :class:`MailTemporaryError` — try again later (server down, timeout, 4xx);
* :class:`MailPermanentError` — this message can never be delivered (5xx for
  the recipient, bad address, missing attachment): mark it failed;
* :class:`MailConfigurationError` — the clinic's mail set-up is wrong (bad
  password, untrusted certificate, nothing configured).  Not the message's
  fault: it stays queued until an administrator fixes the settings.

Each carries a sentence for people and, where a server answered, its exact
reply (``smtp_code`` / ``smtp_reply``).
"""

from __future__ import annotations

from medlink.errors import MedLinkError


class MailError(MedLinkError):
    """Base class of every e-mail error."""

    def __init__(self, message: str, *, smtp_code: int | None = None, smtp_reply: str | None = None) -> None:
        super().__init__(message)
        self.smtp_code = smtp_code
        self.smtp_reply = smtp_reply


class MailTemporaryError(MailError):
    """Delivery failed for now; the same message may succeed later."""


class MailPermanentError(MailError):
    """This message cannot be delivered, however often it is retried."""


class MailConfigurationError(MailError):
    """The clinic's mail server settings are missing or wrong."""


class MailTlsError(MailConfigurationError):
    """The server's certificate or host name could not be verified."""
