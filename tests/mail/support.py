"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1, optionally with
STARTTLS, implicit TLS (SMTPS) and AUTH, recording what it accepts."""

from __future__ import annotations

import email
import email.policy
import socket
import ssl
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any, Literal

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from medlink.mail.smtp import SmtpSettings

Mode = Literal["plain", "starttls", "ssl"]

SENDER = "appointments@clinic.test"
SMTP_USER = "clinic-mailer"
SMTP_PASSWORD = "s3cret-mail-pw"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RecordingHandler:
    """Keeps every accepted message; ``refuse_data`` / ``refuse_rcpt`` make it answer with that reply."""

    messages: list[EmailMessage] = field(default_factory=list)
    refuse_data: str | None = None
    refuse_rcpt: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]) -> str:
        if self.refuse_rcpt:
            return self.refuse_rcpt
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse_data:
            return self.refuse_data
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(message)  # type: ignore[arg-type]
        return "250 2.0.0 Message accepted for delivery"

    def message_ids(self) -> list[str]:
        with self.lock:
            return [str(m["Message-ID"]) for m in self.messages]


@dataclass
class Credentials:
    username: str
    password: str
    seen: list[str] = field(default_factory=list)

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login, password = auth_data.login.decode(), auth_data.password.decode()
            self.seen.append(login)
            ok = (login, password) == (self.username, self.password)
            return AuthResult(success=ok, handled=ok)  # handled=False: aiosmtpd answers 535 itself
        return AuthResult(success=False, handled=False)


class SmtpTestServer:
    """One aiosmtpd server; ``start()`` / ``stop()`` may be called repeatedly on the same port."""

    def __init__(self, *, mode: Mode = "plain", cert: trustme.LeafCert | None = None,
                 credentials: Credentials | None = None, port: int | None = None) -> None:
        self.mode = mode
        self.cert = cert
        self.credentials = credentials
        self.port = port or free_port()
        self.handler = RecordingHandler()
        self._controller: Controller | None = None

    def _server_context(self) -> ssl.SSLContext:
        assert self.cert is not None, "TLS modes need a certificate"
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.cert.configure_cert(context)
        return context

    def start(self) -> SmtpTestServer:
        kwargs: dict[str, Any] = {}
        if self.mode == "starttls":
            kwargs.update(tls_context=self._server_context(), require_starttls=True)
        if self.mode == "ssl":
            kwargs.update(ssl_context=self._server_context())
        if self.credentials is not None:
            # On SMTPS the whole connection is TLS; aiosmtpd only knows about STARTTLS.
            kwargs.update(authenticator=self.credentials, auth_require_tls=self.mode == "starttls")
        self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                      server_hostname="localhost", **kwargs)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def messages(self) -> list[EmailMessage]:
        return self.handler.messages


def settings_for(server: SmtpTestServer, **overrides: Any) -> SmtpSettings:
    values: dict[str, Any] = {
        "host": "127.0.0.1", "port": server.port, "security": {"plain": "none"}.get(server.mode, server.mode),
        "sender_name": "MedLink Test Clinic", "sender_address": SENDER, "timeout": 10.0,
    }
    if server.credentials is not None:
        values.update(username=SMTP_USER, password=SMTP_PASSWORD)
    values.update(overrides)
    return SmtpSettings(**values)
