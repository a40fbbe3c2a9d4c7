"""Run by tests/test_installed_wheel.py with the Python of a fresh venv that has
only the built wheel (and its dependencies) installed, from a folder outside
the checkout: the demo clinic, the health assistant, a receipt and the
password policy, all through the installed package.

Prints one ``ok: …`` line per check; any failure raises (non-zero exit).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> None:
    import medlink
    from medlink.paths import resources_root

    package = Path(medlink.__file__).resolve().parent
    assert "site-packages" in package.parts, f"medlink imported from {package}, not from the installed wheel"
    assert resources_root() == package / "_resources", resources_root()
    print(f"ok: medlink {medlink.__version__} from {package}")

    from medlink.installation import installation_problems

    problems = installation_problems()
    assert not problems, problems
    print("ok: installation complete")

    from medlink.errors import ValidationError
    from medlink.security.passwords import check_password_policy

    try:
        check_password_policy("password123")
    except ValidationError:
        print("ok: password123 refused")
    else:
        raise AssertionError("password123 accepted: the common-password list is empty")

    from medlink.chatbot import ChatBot

    reply = ChatBot().reply("I have fever and a headache since two days")
    assert reply.text.strip(), reply
    print(f"ok: assistant answered ({len(reply.text)} characters)")

    from sqlalchemy import select

    from medlink.db.models import Appointment, AppointmentStatus, Doctor
    from medlink.db.session import Database
    from medlink.demo import DEMO_PASSWORD, demo_config, demo_logins, use_demo_keyring_if_needed
    from medlink.services import accounts, billing

    use_demo_keyring_if_needed()
    config = demo_config()
    db = Database(config.database_url)
    email = demo_logins().doctors[0]
    doctor = accounts.authenticate(db, email=email, password=DEMO_PASSWORD)
    with db.read() as session:
        appointment_id = session.scalars(
            select(Appointment.id).join(Doctor, Doctor.id == Appointment.doctor_id)
            .where(Doctor.id == doctor.doctor_id, Appointment.status == AppointmentStatus.COMPLETED.value)
            .order_by(Appointment.starts_at.desc())).first()
    assert appointment_id is not None, "the demo has no completed appointment to bill"
    lines = billing.draft_bill_lines(db, actor=doctor, appointment_id=appointment_id)
    bill = billing.issue_bill(db, actor=doctor, records_dir=config.records_dir, appointment_id=appointment_id,
                              lines=lines, paid=True, payment_method="Cash")
    pdf = billing.receipt_pdf(db, actor=doctor, records_dir=config.records_dir, bill_id=bill.id)
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf.data, capture_output=True, check=True).stdout.decode()
    assert bill.number in text and "₹" in text, text[:500]
    total = bill.grand_total
    assert total > 0
    print(f"ok: receipt {bill.number} ({total}) written and read back")
    db.dispose()


if __name__ == "__main__":
    main()
    sys.exit(0)
