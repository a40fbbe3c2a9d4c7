"""The clinic's mail server as the administrator manages it, and the outbox pump.

* :func:`save_smtp_password` — the SMTP password goes to the OS keyring only;
  administrators only, audit-logged.
* :func:`send_test_email` — try the saved settings (or the ones being typed,
  before saving); administrators only, both outcomes audit-logged.
* :func:`deliver_due_mail` — one run of the alert job (overdue readings) and one
  round of the durable outbox (reminders queued, due messages sent), for the
  background pump of a workstation.

The mail package below this layer knows nothing of actors, permissions or the
audit log; this module adds them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from medlink.db.models import ClinicSettings
from medlink.db.session import Database
from medlink.errors import MedLinkError, ValidationError
from medlink.mail import smtp
from medlink.mail.delivery import DeliveryReport, run_outbox_cli
from medlink.mail.errors import MailError
from medlink.security.secrets import get_secret, smtp_account
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.permissions import authorize, require_admin
from medlink.validation import validate_email
from medlink.i18n import tr

log = logging.getLogger(__name__)

__all__ = ["PUMP_SMTP_TIMEOUT_SECONDS", "DeliveryReport", "SmtpDraft", "deliver_due_mail", "save_smtp_password", "send_test_email"]


@dataclass(frozen=True)
class SmtpDraft:
    """Mail-server settings as typed on the settings page (not yet saved).

    ``password`` empty means "the one already in the keyring".
    """

    host: str
    port: int
    security: str
    username: str = ""
    password: str = ""
    sender_name: str = ""
    sender_address: str = ""
    ca_file: str | None = None


def save_smtp_password(db: Database, *, actor: Actor, username: str, host: str, password: str) -> None:
    """Store the SMTP password for ``username`` at ``host`` in the OS keyring (never in the database)."""
    actor = authorize(db, require_admin, actor, "change the mail server password")
    smtp.store_smtp_password(username, host, password)
    audit.record_separately(db, actor, "mail.password", detail=f"{username.strip()}@{host.strip()}")


def _settings_from_draft(draft: SmtpDraft) -> smtp.SmtpSettings:
    username, host = draft.username.strip(), draft.host.strip()
    password: str | None = draft.password or None
    if password is None and username and host:
        password = get_secret(smtp_account(username, host))
    return smtp.SmtpSettings(
        host=host, port=draft.port, security=draft.security, username=username, password=password,
        sender_name=draft.sender_name.strip(), sender_address=draft.sender_address.strip(),
        ca_file=(draft.ca_file or "").strip() or None)


# Not @retry_on_contention: the e-mail is sent between its units of work; a repeat would send it twice.
def send_test_email(db: Database, *, actor: Actor, to_address: str, draft: SmtpDraft | None = None) -> str:
    """Send a test e-mail with the saved settings (or ``draft``, to try before saving).

    Returns a sentence on success; raises the typed :class:`MailError` whose
    message quotes the server's own reply.  Both outcomes are audit-logged.
    """
    actor = authorize(db, require_admin, actor, "send a test e-mail")
    address = validate_email(to_address, field="to_address")
    if address is None:  # pragma: no cover - required=True never returns None
        raise ValidationError("to_address", tr("mail_admin", "Enter an e-mail address."))
    with db.read() as session:
        row = session.get(ClinicSettings, 1)
        clinic_name = row.clinic_name if row else "MedLink Clinic"
        settings = smtp.smtp_settings_from_row(row) if draft is None else _settings_from_draft(draft)
    try:
        smtp.send_message(settings, smtp.build_test_message(settings, address, clinic_name))
    except MailError as exc:
        audit.record_separately(db, actor, "mail.test", success=False, detail=f"to={address}: {exc.message}")
        raise
    audit.record_separately(db, actor, "mail.test", detail=f"to={address} via {settings.server_label}")
    return tr("mail_admin", "The test e-mail was accepted by {server} for {address}.").format(
        server=settings.server_label, address=address)


PUMP_SMTP_TIMEOUT_SECONDS = 15.0


def deliver_due_mail(db: Database, records_dir: Path, *, max_rounds: int = 5) -> DeliveryReport:
    """Raise overdue-reading alerts, queue due reminders and send what is due (the workstation's background pump).

    Every SMTP wait is bounded by :data:`PUMP_SMTP_TIMEOUT_SECONDS`, and the run
    stops between messages once its cancel token is set (MedLink closing).
    """
    from medlink.services.measurements import raise_due_alerts

    try:  # the alert job: overdue planned readings alert their doctor (the e-mail goes out in this run)
        raise_due_alerts(db)
    except MedLinkError as exc:  # e.g. the database stayed busy: the next run raises them; mail still goes out
        log.warning("overdue-reading alerts not raised in this run: %s", exc.message)
    return run_outbox_cli(db, records_dir, max_rounds=max_rounds, smtp_timeout=PUMP_SMTP_TIMEOUT_SECONDS)
