"""Sending e-mail over SMTP with verified TLS.

Security modes:

* ``ssl`` — implicit TLS from the first byte (SMTPS, usually port 465);
* ``starttls`` — plain connection upgraded with STARTTLS (usually port 587);
  refused if the server does not offer STARTTLS (no silent downgrade);
* ``none`` — no encryption, allowed only for a relay on this computer
  (``localhost`` / ``127.0.0.1`` / ``::1``).

Certificates and host names are always verified
(:func:`ssl.create_default_context`); a clinic whose server uses a private CA
points ``ca_file`` at that CA's certificate.  The SMTP password lives in the OS
keyring only.  Every failure comes out as a typed
:class:`~medlink.mail.errors.MailError` whose message quotes the server.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, format_datetime
from typing import Literal

from medlink.db.models import ClinicSettings
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import ValidationError
from medlink.mail.errors import (
    MailConfigurationError,
    MailError,
    MailPermanentError,
    MailTemporaryError,
    MailTlsError,
)
from medlink.mail.build import MAIL_POLICY
from medlink.mail.outbox import new_message_id
from medlink.security.secrets import get_secret, set_secret, smtp_account
from medlink.validation import validate_email
from medlink.i18n import tr

Security = Literal["ssl", "starttls", "none"]
SECURITY_MODES: tuple[str, ...] = ("ssl", "starttls", "none")
DEFAULT_PORTS: dict[str, int] = {"ssl": 465, "starttls": 587, "none": 25}
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
DEFAULT_TIMEOUT_SECONDS = 30.0

Phase = Literal["connect", "tls", "login", "send"]


@dataclass(frozen=True)
class SmtpSettings:
    """How to reach the clinic's mail server.  Validated on construction."""

    host: str
    port: int
    security: str
    username: str = ""
    password: str | None = field(default=None, repr=False)
    sender_name: str = ""
    sender_address: str = ""
    ca_file: str | None = None
    timeout: float = DEFAULT_TIMEOUT_SECONDS

    def __post_init__(self) -> None:
        if not self.host.strip():
            raise ValidationError("smtp_host", tr("smtp", "Enter the mail server's host name, e.g. smtp.gmail.com."))
        if not 1 <= int(self.port) <= 65535:
            raise ValidationError("smtp_port", tr("smtp", "The SMTP port must be between 1 and 65535."))
        if self.security not in SECURITY_MODES:
            raise ValidationError("smtp_security", tr("smtp", "Choose SSL/TLS, STARTTLS or none."))
        if self.security == "none" and self.host.strip().lower().strip("[]") not in LOCAL_HOSTS:
            raise ValidationError(
                "smtp_security",
                tr("smtp", "An unencrypted connection is only allowed to a mail relay on this computer (localhost). "
                "Choose SSL/TLS (port 465) or STARTTLS (port 587)."))
        if not self.sender_address.strip():
            raise ValidationError("smtp_sender_address", tr("smtp", "Enter the address the clinic's e-mails come "
                                                                    "from."))
        validate_email(self.sender_address, field="smtp_sender_address")

    @property
    def server_label(self) -> str:
        return f"{self.host}:{self.port} ({self.security})"

    def from_header(self) -> str:
        return formataddr((self.sender_name, self.sender_address)) if self.sender_name else self.sender_address


# --- settings ---------------------------------------------------------------------------------

def store_smtp_password(username: str, host: str, password: str) -> None:
    """Store the SMTP password in the OS keyring (never in the database or config).

    No permission check here: the settings page goes through
    :func:`medlink.services.mail_admin.save_smtp_password`, which checks and audits.
    """
    if not username.strip() or not host.strip():
        raise ValidationError("smtp_username", tr("smtp", "Enter the SMTP host and user name before the password."))
    if not password:
        raise ValidationError("smtp_password", tr("smtp", "The password is empty."))
    set_secret(smtp_account(username.strip(), host.strip()), password)


def smtp_settings_from_row(row: ClinicSettings | None) -> SmtpSettings:
    """Settings from the clinic row plus the keyring password."""
    if row is None or not row.smtp_host.strip():
        raise MailConfigurationError(
            tr("smtp", "No mail server is set up yet. An administrator enters it under Settings → E-mail."))
    username = row.smtp_username.strip()
    password = get_secret(smtp_account(username, row.smtp_host.strip())) if username else None
    try:
        return SmtpSettings(
            host=row.smtp_host.strip(), port=row.smtp_port, security=row.smtp_security, username=username,
            password=password, sender_name=row.smtp_sender_name, sender_address=row.smtp_sender_address.strip(),
            ca_file=row.smtp_ca_file.strip() or None)
    except ValidationError as exc:
        raise MailConfigurationError(tr("smtp", "The mail server settings are incomplete: {message}").format(
            message=exc.message)) from exc


@retry_on_contention
def smtp_settings_from_db(db: Database) -> SmtpSettings:
    with db.read() as session:
        return smtp_settings_from_row(session.get(ClinicSettings, 1))


# --- sending ----------------------------------------------------------------------------------

def tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    """A verifying client context; ``ca_file`` adds (replaces) the trusted CAs."""
    try:
        return ssl.create_default_context(cafile=settings.ca_file or None)
    except (OSError, ssl.SSLError) as exc:
        raise MailConfigurationError(
            tr("smtp", "The CA certificate file {ca_file!r} could not be read: {os_reason}.").format(
                ca_file=settings.ca_file, os_reason=_os_reason(exc))) from exc


def send_message(settings: SmtpSettings, message: EmailMessage) -> None:
    """Deliver one message (one connection).  Raises a typed :class:`MailError`."""
    smtp = open_connection(settings)
    try:
        deliver(smtp, settings, message)
    finally:
        _quit(smtp)


def open_connection(settings: SmtpSettings) -> smtplib.SMTP:
    """Connect, secure the connection as configured and sign in."""
    context = tls_context(settings) if settings.security != "none" else None
    phase: Phase = "connect"
    smtp: smtplib.SMTP | None = None
    try:
        if settings.security == "ssl":
            phase = "tls"
            smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=context)
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        smtp.ehlo()
        if settings.security == "starttls":
            phase = "tls"
            if not smtp.has_extn("starttls"):
                raise MailConfigurationError(
                    tr("smtp", "The mail server {server_label} does not offer STARTTLS. Choose SSL/TLS (usually port "
                               "465) or check the port.").format(server_label=settings.server_label))
            smtp.starttls(context=context)
            smtp.ehlo()
        if settings.username:
            phase = "login"
            _login(smtp, settings)
        return smtp
    except Exception as exc:
        if smtp is not None:
            _close(smtp)
        if isinstance(exc, MailError):
            raise
        raise classify(exc, settings, phase) from exc


def _login(smtp: smtplib.SMTP, settings: SmtpSettings) -> None:
    if not settings.password:
        raise MailConfigurationError(
            tr("smtp", "No SMTP password for {username} on {host} is stored in this computer's keyring. Enter it "
                       "under Settings → E-mail.").format(username=settings.username, host=settings.host))
    if not smtp.has_extn("auth"):
        raise MailConfigurationError(
            (tr("smtp", "The mail server {server} does not accept a sign-in on this connection (it may require "
                        "encryption).") if settings.security == "none" else
             tr("smtp", "The mail server {server} does not accept a sign-in on this connection.")).format(
                server=settings.server_label))
    smtp.login(settings.username, settings.password)


def deliver(smtp: smtplib.SMTP, settings: SmtpSettings, message: EmailMessage) -> None:
    """Send on an open connection; a recipient refused by the server raises."""
    try:
        refused = smtp.send_message(message, from_addr=settings.sender_address)
    except MailError:
        raise
    except Exception as exc:
        raise classify(exc, settings, "send") from exc
    if refused:  # some of several recipients refused (we send to one, but be exact)
        raise _recipients_error(refused)


def _quit(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        _close(smtp)


def _close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.close()
    except OSError:  # pragma: no cover - closing a dead socket
        pass


# --- classification ---------------------------------------------------------------------------

def reply_text(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return f"{code} {' '.join(text.split())}".strip()


def classify(exc: Exception, settings: SmtpSettings, phase: Phase) -> MailError:
    """Map an smtplib / socket / ssl exception to a typed MailError with a sentence."""
    server = settings.server_label
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailTlsError(
            tr("smtp", "The certificate of the mail server {server} could not be verified: {value}. If the server "
                       "uses the clinic's own certificate authority, set its CA file in Settings → E-mail.").format(
                server=server, value=exc.verify_message or exc.reason or exc))
    if isinstance(exc, ssl.SSLError):
        return MailTlsError(
            tr("smtp", "The secure connection to {server} failed: {value}. Check that the security mode matches the "
                       "port (SSL/TLS is usually 465, STARTTLS 587).").format(server=server, value=exc.reason or exc))
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return MailConfigurationError(
            tr("smtp", "The mail server refused the user name or password: {reply_text}").format(
                reply_text=reply_text(exc.smtp_code, exc.smtp_error)),
            smtp_code=exc.smtp_code, smtp_reply=reply_text(exc.smtp_code, exc.smtp_error))
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return _recipients_error(exc.recipients)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        reply = reply_text(exc.smtp_code, exc.smtp_error)
        if 400 <= exc.smtp_code < 500:
            return MailTemporaryError(tr("smtp", "The mail server is not accepting mail right now: {reply}").format(
                reply=reply),
                                      smtp_code=exc.smtp_code, smtp_reply=reply)
        return MailConfigurationError(
            tr("smtp", "The mail server refused the sender address {sender!r}: {reply}").format(
                sender=exc.sender, reply=reply),
            smtp_code=exc.smtp_code, smtp_reply=reply)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return MailTemporaryError(tr("smtp", "The mail server {server} closed the connection unexpectedly: {exc}").format(
            server=server, exc=exc))
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        if phase == "send":
            return MailPermanentError(tr("smtp", "The mail server {server} cannot carry this message: {exc}").format(
                server=server, exc=exc))
        return MailConfigurationError(tr("smtp", "The mail server {server} does not support a required feature: {exc}").format(
            server=server, exc=exc))
    if isinstance(exc, smtplib.SMTPResponseException):
        return _response_error(exc.smtp_code, exc.smtp_error, server, phase)
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return MailTemporaryError(tr("smtp", "The mail server {server} did not answer in time.").format(server=server))
    if isinstance(exc, ConnectionRefusedError):
        return MailTemporaryError(tr("smtp", "The mail server {server} refused the connection (is it running?).").format(
            server=server))
    if isinstance(exc, socket.gaierror):
        return MailTemporaryError(tr("smtp", "The mail server's name {host!r} could not be looked up (no internet "
                                             "connection, or a typing mistake).").format(host=settings.host))
    if isinstance(exc, OSError):
        return MailTemporaryError(tr("smtp", "Could not reach the mail server {server}: {os_reason}.").format(
            server=server, os_reason=_os_reason(exc)))
    if isinstance(exc, smtplib.SMTPException):
        return MailTemporaryError(tr("smtp", "The mail server {server} reported a problem: {exc}").format(
            server=server, exc=exc))
    return MailTemporaryError(tr("smtp", "Sending through {server} failed: {exc!r}").format(server=server, exc=exc))


def _response_error(code: int, reply_bytes: bytes | str, server: str, phase: Phase) -> MailError:
    reply = reply_text(code, reply_bytes)
    if 400 <= code < 500 or code < 0:
        return MailTemporaryError(tr("smtp", "The mail server {server} asked to try again later: {reply}").format(
            server=server, reply=reply),
                                  smtp_code=code, smtp_reply=reply)
    if phase != "send":
        return MailConfigurationError(tr("smtp", "The mail server {server} refused the connection: {reply}").format(
            server=server, reply=reply),
                                      smtp_code=code, smtp_reply=reply)
    return MailPermanentError(tr("smtp", "The mail server refused the message: {reply}").format(
        reply=reply), smtp_code=code, smtp_reply=reply)


def _recipients_error(refused: dict[str, tuple[int, bytes]]) -> MailError:
    parts = [f"{address}: {reply_text(code, reply)}" for address, (code, reply) in refused.items()]
    codes = [code for code, _ in refused.values()]
    text = "; ".join(parts)
    first = codes[0] if codes else None
    if codes and all(code >= 500 for code in codes):
        return MailPermanentError(tr("smtp", "The mail server refused the recipient — {text}").format(
            text=text), smtp_code=first,
                                  smtp_reply=text)
    return MailTemporaryError(tr("smtp", "The mail server did not accept the recipient for now — {text}").format(
        text=text),
                              smtp_code=first, smtp_reply=text)


def _os_reason(exc: BaseException) -> str:
    return str(getattr(exc, "strerror", None) or exc)


# --- the "send a test e-mail" button ----------------------------------------------------------

def build_test_message(settings: SmtpSettings, to_address: str, clinic_name: str) -> EmailMessage:
    from medlink.mail.templates import render_text

    message = EmailMessage(policy=MAIL_POLICY)
    message["Subject"] = f"MedLink test e-mail from {clinic_name}"
    message["From"] = settings.from_header()
    message["To"] = to_address
    message["Date"] = format_datetime(utcnow())
    message["Message-ID"] = new_message_id()
    message.set_content(render_text("test_email.txt", {
        "clinic_name": clinic_name, "server": settings.server_label, "sender": settings.sender_address}))
    return message
