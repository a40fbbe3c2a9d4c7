"""Outbox row → :class:`email.message.EmailMessage`.

Layout::

    multipart/mixed
      multipart/alternative
        text/plain
        text/html                      (if the row has HTML)
        text/calendar; method=REQUEST  (if the row has an invite)
      application/ics  invite.ics      (the same invite, for mail programs that ignore the part above)
      application/pdf  <receipt>.pdf   (if the row has an attachment; stored encrypted, decrypted in memory)

The ``Message-ID`` is the row's, so a message re-sent after a crash carries
the same id and receiving servers / mail programs can drop the duplicate.
"""

from __future__ import annotations

import email.policy
import io
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Protocol

from medlink.db import cipher
from medlink.db.types import utcnow
from medlink.errors import ClinicKeyMissing, StorageError, ValidationError
from medlink.mail.errors import MailPermanentError, MailTemporaryError
from medlink.security import records_crypto, secrets
from medlink.validation import validate_email
from medlink.i18n import tr

INVITE_FILENAME = "invite.ics"
MAIL_POLICY = email.policy.SMTP.clone(cte_type="7bit")
"""CRLF line ends, and non-ASCII bodies as quoted-printable/base64 rather than raw 8-bit,
so that servers without 8BITMIME carry them unchanged."""


class MessageSource(Protocol):
    """What building needs from a message: an ``OutboxMessage`` row or an :class:`OutgoingMail`."""

    @property
    def message_id(self) -> str: ...
    @property
    def to_address(self) -> str: ...
    @property
    def to_name(self) -> str | None: ...
    @property
    def subject(self) -> str: ...
    @property
    def body_text(self) -> str: ...
    @property
    def body_html(self) -> str | None: ...
    @property
    def ics_text(self) -> str | None: ...
    @property
    def ics_method(self) -> str | None: ...
    @property
    def attachment_path(self) -> str | None: ...
    @property
    def attachment_name(self) -> str | None: ...


@dataclass(frozen=True)
class Sender:
    name: str
    address: str


def build_message(source: MessageSource, *, sender: Sender, records_dir: Path,
                  now: datetime | None = None) -> EmailMessage:
    """Raises :class:`MailPermanentError` for a bad address or a missing attachment."""
    message = EmailMessage(policy=MAIL_POLICY)
    message["Subject"] = source.subject
    message["From"] = _address(sender.name, sender.address, what="sender")
    message["To"] = _address(source.to_name or "", source.to_address, what="recipient")
    message["Date"] = format_datetime(now or utcnow())
    message["Message-ID"] = source.message_id
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(source.body_text)
    if source.body_html:
        message.add_alternative(source.body_html, subtype="html")
    if source.ics_text:
        method = (source.ics_method or "REQUEST").upper()
        message.add_alternative(source.ics_text, subtype="calendar", params={"method": method})
        message.add_attachment(source.ics_text.encode("utf-8"), maintype="application", subtype="ics",
                               filename=INVITE_FILENAME)
    if source.attachment_path:
        _attach_file(message, records_dir, source.attachment_path, source.attachment_name)
    return message


def _address(name: str, address: str, *, what: str) -> Address:
    try:
        clean = validate_email(address, field=what)
        assert clean is not None
        local, _, domain = clean.rpartition("@")
        return Address(display_name=" ".join(name.split()), username=local, domain=domain)
    except (ValidationError, ValueError, IndexError) as exc:
        raise MailPermanentError(tr("mail", "The {what} address {address!r} is not a valid e-mail address.").format(
            what=what, address=address)) from exc


def attachment_file(records_dir: Path, relative: str) -> Path:
    """The attachment's path inside the records folder (never outside it)."""
    root = Path(records_dir).resolve()
    path = (root / relative).resolve()
    if root != path and root not in path.parents:
        raise MailPermanentError(tr("mail", "The attachment {relative!r} is outside the records folder.").format(
            relative=relative))
    return path


def _attach_file(message: EmailMessage, records_dir: Path, relative: str, name: str | None) -> None:
    if not Path(records_dir).is_dir():  # e.g. a network share not mounted yet: retry later
        raise MailTemporaryError(tr("mail", "The records folder {records_dir} is not available.").format(
            records_dir=records_dir))
    path = attachment_file(records_dir, relative)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise MailPermanentError(
            tr("mail", "The attachment {relative} is missing from the records folder ({records_dir}).").format(
                relative=relative, records_dir=records_dir)) from exc
    except OSError as exc:
        raise MailPermanentError(tr("mail", "The attachment {relative} could not be read: {value}.").format(
            relative=relative, value=exc.strerror or exc)) from exc
    if records_crypto.is_encrypted(data):
        data = _decrypt_attachment(data, relative=relative, storage_id=path.stem)
    filename = name or path.name
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    maintype, _, subtype = content_type.partition("/")
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def _decrypt_attachment(data: bytes, *, relative: str, storage_id: str) -> bytes:
    """A file of the records folder stored encrypted (a receipt), decrypted in memory only.

    The key is the clinic key loaded in this process, or the one the file's header names
    (e.g. the new key of a rotation in progress) from this computer's keyring.
    """
    try:
        key = secrets.records_key()
        if data[:4] == records_crypto.MAGIC:
            key_id = data[4:4 + records_crypto.KEY_ID_BYTES].hex()
            if key_id != records_crypto.key_id_of(key):
                other = cipher.keyring_clinic_key(key_id)
                if other is None:
                    raise MailTemporaryError(tr("mail", "The attachment {relative} is encrypted with the clinic key "
                                                "{key_id}, which is not on this computer.").format(
                        relative=relative, key_id=key_id))
                key = other
        return b"".join(records_crypto.iter_decrypt_stream(io.BytesIO(data), key=key, record_id=storage_id))
    except ClinicKeyMissing as exc:  # not loaded in this process yet, or not on this computer: try again later
        raise MailTemporaryError(exc.message) from exc
    except StorageError as exc:
        raise MailPermanentError(tr("mail", "The attachment {relative} cannot be decrypted: {reason}").format(
            relative=relative, reason=exc.message)) from exc
