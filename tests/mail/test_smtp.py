"""SMTP sending against a real server: plain relay, STARTTLS, SMTPS, AUTH, verified certificates."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from sqlalchemy import select

from medlink.db.models import AuditLog
from medlink.errors import PermissionDenied, ValidationError
from medlink.mail.errors import (
    MailConfigurationError,
    MailPermanentError,
    MailTemporaryError,
    MailTlsError,
)
from medlink.mail.outbox import new_message_id
from medlink.mail.smtp import (
    SmtpSettings,
    send_message,
    smtp_settings_from_db,
)
from medlink.security.secrets import get_secret, smtp_account
from medlink.services import clinic_settings
from medlink.services.mail_admin import SmtpDraft, save_smtp_password, send_test_email
from tests.mail.support import SENDER, SMTP_PASSWORD, SMTP_USER, free_port, settings_for


def _message(to: str = "patient@example.test") -> EmailMessage:
    message = EmailMessage()
    message["From"] = SENDER
    message["To"] = to
    message["Subject"] = "Hello"
    message["Message-ID"] = new_message_id()
    message.set_content("Namaste")
    return message


def test_plain_relay_on_localhost(smtp_server):
    message = _message()
    send_message(settings_for(smtp_server), message)
    [received] = smtp_server.messages
    assert received["Message-ID"] == message["Message-ID"] and received.get_content().strip() == "Namaste"


@pytest.mark.parametrize("host", ["smtp.gmail.com", "10.0.0.5", "mail.localhost.example"])
def test_unencrypted_only_to_this_computer(host):
    with pytest.raises(ValidationError, match="only allowed to a mail relay on this computer") as info:
        SmtpSettings(host=host, port=25, security="none", sender_address=SENDER)
    assert info.value.field == "smtp_security"
    for local in ("localhost", "127.0.0.1", "::1"):
        SmtpSettings(host=local, port=25, security="none", sender_address=SENDER)


def test_settings_validation():
    with pytest.raises(ValidationError, match="host"):
        SmtpSettings(host=" ", port=587, security="starttls", sender_address=SENDER)
    with pytest.raises(ValidationError, match="SSL/TLS, STARTTLS or none"):
        SmtpSettings(host="smtp.example.com", port=587, security="tls", sender_address=SENDER)
    with pytest.raises(ValidationError, match="port"):
        SmtpSettings(host="smtp.example.com", port=0, security="ssl", sender_address=SENDER)
    assert "hunter2" not in repr(SmtpSettings(host="h.example.com", port=465, security="ssl",
                                              sender_address=SENDER, password="hunter2"))


def test_starttls_with_auth_and_a_clinic_ca(smtp_server_factory, ca_file):
    server = smtp_server_factory("starttls", auth=True)
    send_message(settings_for(server, host="localhost", ca_file=str(ca_file)), _message())
    assert len(server.messages) == 1 and server.credentials.seen == [SMTP_USER]


def test_implicit_tls_with_auth(smtp_server_factory, ca_file):
    server = smtp_server_factory("ssl", auth=True)
    send_message(settings_for(server, ca_file=str(ca_file)), _message())
    assert len(server.messages) == 1 and server.credentials.seen == [SMTP_USER]


def test_untrusted_certificate_is_refused(smtp_server_factory):
    server = smtp_server_factory("starttls", auth=True)
    with pytest.raises(MailTlsError, match="certificate of the mail server .* could not be verified") as info:
        send_message(settings_for(server), _message())  # no CA file: the throwaway CA is not trusted
    assert "CA file" in info.value.message
    assert server.messages == [] and server.credentials.seen == []  # the password never left the computer
    ssl_server = smtp_server_factory("ssl")
    with pytest.raises(MailTlsError, match="could not be verified"):
        send_message(settings_for(ssl_server), _message())


def test_wrong_host_name_is_refused(smtp_server_factory, ca, tmp_path):
    other = ca.issue_cert("mail.other.example")
    server = smtp_server_factory("ssl", start=False)
    server.cert = other
    server.start()
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    with pytest.raises(MailTlsError, match="could not be verified"):
        send_message(settings_for(server, ca_file=str(path)), _message())


def test_wrong_password_quotes_the_server(smtp_server_factory, ca_file):
    server = smtp_server_factory("starttls", auth=True)
    with pytest.raises(MailConfigurationError, match="refused the user name or password: 535") as info:
        send_message(settings_for(server, ca_file=str(ca_file), password="wrong"), _message())
    assert info.value.smtp_code == 535


def test_missing_password_is_a_configuration_error(smtp_server_factory, ca_file):
    server = smtp_server_factory("starttls", auth=True)
    with pytest.raises(MailConfigurationError, match="No SMTP password"):
        send_message(settings_for(server, ca_file=str(ca_file), password=None), _message())


def test_security_mode_that_does_not_match_the_port(smtp_server_factory, smtp_server, ca_file):
    with pytest.raises(MailTlsError, match="security mode matches the port"):
        send_message(settings_for(smtp_server, security="ssl", ca_file=str(ca_file)), _message())
    with pytest.raises(MailConfigurationError, match="does not offer STARTTLS"):
        send_message(settings_for(smtp_server, security="starttls", ca_file=str(ca_file)), _message())


def test_unreadable_ca_file(smtp_server_factory, tmp_path):
    server = smtp_server_factory("starttls")
    with pytest.raises(MailConfigurationError, match="CA certificate file"):
        send_message(settings_for(server, ca_file=str(tmp_path / "missing.pem")), _message())


def test_server_down_is_temporary():
    settings = SmtpSettings(host="127.0.0.1", port=free_port(), security="none", sender_address=SENDER, timeout=5)
    with pytest.raises(MailTemporaryError, match="refused the connection"):
        send_message(settings, _message())


def test_refusals_are_classified_with_the_server_text(smtp_server):
    smtp_server.handler.refuse_rcpt = "550 5.1.1 No such user here"
    with pytest.raises(MailPermanentError, match="550 5.1.1 No such user here") as info:
        send_message(settings_for(smtp_server), _message())
    assert info.value.smtp_code == 550
    smtp_server.handler.refuse_rcpt = "450 4.2.1 Mailbox busy, try later"
    with pytest.raises(MailTemporaryError, match="450 4.2.1 Mailbox busy"):
        send_message(settings_for(smtp_server), _message())
    smtp_server.handler.refuse_rcpt = None
    smtp_server.handler.refuse_data = "554 5.7.1 Message rejected as spam"
    with pytest.raises(MailPermanentError, match="554 5.7.1 Message rejected as spam"):
        send_message(settings_for(smtp_server), _message())
    smtp_server.handler.refuse_data = "451 4.3.0 Temporary local problem"
    with pytest.raises(MailTemporaryError, match="451 4.3.0"):
        send_message(settings_for(smtp_server), _message())


# --- settings from the database + keyring, and the test e-mail button ------------------------------

def _configure(db, admin, server, *, ca_file=None, security=None):  # type: ignore[no-untyped-def]
    changes = {"smtp_host": "localhost", "smtp_port": server.port,
               "smtp_security": security or {"plain": "none"}.get(server.mode, server.mode),
               "smtp_sender_name": "MedLink Test Clinic", "smtp_sender_address": SENDER,
               "smtp_username": SMTP_USER if server.credentials else "", "smtp_ca_file": str(ca_file or "")}
    clinic_settings.update_settings(db, actor=admin, changes=changes)
    if server.credentials:
        save_smtp_password(db, actor=admin, username=SMTP_USER, host="localhost", password=SMTP_PASSWORD)


def test_settings_come_from_the_database_and_the_keyring(db, clinic, smtp_server_factory, ca_file):
    server = smtp_server_factory("starttls", auth=True)
    _configure(db, clinic.admin, server, ca_file=ca_file)
    settings = smtp_settings_from_db(db)
    assert (settings.host, settings.port, settings.security, settings.username) == ("localhost", server.port,
                                                                                     "starttls", SMTP_USER)
    assert settings.password == SMTP_PASSWORD == get_secret(smtp_account(SMTP_USER, "localhost"))
    assert settings.ca_file == str(ca_file) and settings.sender_address == SENDER


def test_nothing_configured(db, clinic):
    with pytest.raises(MailConfigurationError, match="No mail server is set up"):
        smtp_settings_from_db(db)
    with pytest.raises(MailConfigurationError, match="No mail server is set up"):
        send_test_email(db, actor=clinic.admin, to_address="admin@clinic.test")


def test_test_email_success_and_server_error(db, clinic, smtp_server_factory, ca_file):
    server = smtp_server_factory("starttls", auth=True)
    _configure(db, clinic.admin, server, ca_file=ca_file)
    result = send_test_email(db, actor=clinic.admin, to_address="admin@clinic.test")
    assert "accepted by localhost" in result
    [received] = server.messages
    assert "test e-mail" in received["Subject"] and str(received["To"]) == "admin@clinic.test"
    assert "MedLink Test Clinic" in str(received["From"])
    server.handler.refuse_rcpt = "550 5.7.1 Relaying denied for admin@elsewhere.test"
    with pytest.raises(MailPermanentError) as info:
        send_test_email(db, actor=clinic.admin, to_address="admin@elsewhere.test")
    assert "550 5.7.1 Relaying denied for admin@elsewhere.test" in info.value.message
    with db.read() as s:
        outcomes = s.execute(select(AuditLog.success, AuditLog.detail).where(AuditLog.action == "mail.test")
                             .order_by(AuditLog.id)).all()
    assert [ok for ok, _ in outcomes] == [True, False] and "Relaying denied" in outcomes[1][1]


def test_test_email_is_for_administrators(db, clinic):
    with pytest.raises(PermissionDenied):
        send_test_email(db, actor=clinic.staff(), to_address="x@clinic.test")
    with pytest.raises(ValidationError):
        send_test_email(db, actor=clinic.admin, to_address="not an address")


def test_saving_the_smtp_password_is_for_administrators_and_audited(db, clinic):
    with pytest.raises(PermissionDenied):
        save_smtp_password(db, actor=clinic.staff(), username=SMTP_USER, host="localhost", password="x")
    assert get_secret(smtp_account(SMTP_USER, "localhost")) is None
    with pytest.raises(ValidationError):
        save_smtp_password(db, actor=clinic.admin, username=SMTP_USER, host="localhost", password="")
    save_smtp_password(db, actor=clinic.admin, username=SMTP_USER, host="localhost", password="s3cret")
    assert get_secret(smtp_account(SMTP_USER, "localhost")) == "s3cret"
    with db.read() as s:
        rows = s.execute(select(AuditLog.actor_user_id, AuditLog.detail).where(AuditLog.action == "mail.password")).all()
    assert rows == [(clinic.admin.user_id, f"{SMTP_USER}@localhost")]
    assert not any("s3cret" in (detail or "") for _, detail in rows)


def test_test_email_with_typed_settings_uses_the_keyring_password(db, clinic, smtp_server_factory, ca_file):
    server = smtp_server_factory("starttls", auth=True)
    save_smtp_password(db, actor=clinic.admin, username=SMTP_USER, host="localhost", password=SMTP_PASSWORD)
    draft = SmtpDraft(host="localhost", port=server.port, security="starttls", username=SMTP_USER,
                      sender_name="Typed", sender_address=SENDER, ca_file=str(ca_file))
    assert "accepted by localhost" in send_test_email(db, actor=clinic.admin, to_address="a@clinic.test",
                                                      draft=draft)
    [received] = server.messages
    assert "Typed" in str(received["From"])
