"""Fixtures for the e-mail tests: a throwaway CA, real SMTP servers, settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import trustme

from tests.mail.support import SMTP_PASSWORD, SMTP_USER, Credentials, SmtpTestServer


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def server_cert(ca: trustme.CA) -> trustme.LeafCert:
    return ca.issue_cert("localhost", "127.0.0.1", "::1")


@pytest.fixture(scope="session")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "clinic-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def smtp_server_factory(server_cert: trustme.LeafCert) -> Iterator[Callable[..., SmtpTestServer]]:
    started: list[SmtpTestServer] = []

    def make(mode: str = "plain", *, auth: bool = False, start: bool = True, port: int | None = None) -> SmtpTestServer:
        server = SmtpTestServer(mode=mode, cert=server_cert,  # type: ignore[arg-type]
                                credentials=Credentials(SMTP_USER, SMTP_PASSWORD) if auth else None, port=port)
        started.append(server)
        return server.start() if start else server

    yield make
    for server in started:
        server.stop()


@pytest.fixture
def smtp_server(smtp_server_factory: Callable[..., SmtpTestServer]) -> SmtpTestServer:
    """A plain SMTP relay on 127.0.0.1 (security "none" is allowed for localhost)."""
    return smtp_server_factory("plain")
