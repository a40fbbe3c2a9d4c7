"""A MedLink worker process for the crash tests: runs one real operation in a loop
until it is killed (SIGKILL).  Prints one line per finished operation.

    python -m tests.support.crash_worker OP SPEC_JSON
"""

from __future__ import annotations

import io
import json
import os
import sys
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path


def main() -> None:
    op, spec = sys.argv[1], json.loads(sys.argv[2])
    import keyring

    from medlink.security.secrets import DemoFileKeyring

    keyring.set_keyring(DemoFileKeyring(spec["keyring_dir"]))
    from medlink.db.models import Role
    from medlink.db.session import Database
    from medlink.services import appointments, billing, records
    from medlink.services.actor import Actor

    db = Database(spec["url"])
    records_dir = Path(spec["records_dir"])
    if op == "restore":
        from medlink import maintenance

        print("ready", flush=True)
        maintenance.restore(db, records_dir, Path(spec["source"]))
        print("done", flush=True)
        return
    staff = Actor(user_id=spec["staff_user_id"], role=Role.STAFF, display_name="Crash Test Desk",
                  session_epoch=spec["staff_epoch"])
    print("ready", flush=True)
    if op == "booking":
        for patient_id, slot in zip(spec["patient_ids"], spec["slots"]):
            try:
                appointments.book_appointment(db, actor=staff, patient_id=patient_id, doctor_id=spec["doctor_id"],
                                              starts_at=datetime.fromisoformat(slot), reason="crash test")
            except Exception as exc:  # a slot booked before the previous kill
                print("skip", type(exc).__name__, flush=True)
                continue
            print("booked", flush=True)
    elif op == "reschedule":
        slots = [datetime.fromisoformat(s) for s in spec["slots"]]
        for i in range(10_000):
            try:
                appointments.reschedule_appointment(db, actor=staff, appointment_id=spec["appointment_id"],
                                                    new_starts_at=slots[i % len(slots)])
            except Exception as exc:
                print("skip", type(exc).__name__, flush=True)
                continue
            print("moved", flush=True)
    elif op == "receipt":
        for appointment_id in spec["appointment_ids"]:
            try:
                billing.issue_bill(db, actor=staff, records_dir=records_dir, appointment_id=appointment_id,
                                   lines=[billing.BillDraftLine("consultation", "Consultation", 1, Decimal("750.25"))])
            except Exception as exc:  # billed before the previous kill
                print("skip", type(exc).__name__, flush=True)
                continue
            print("billed", flush=True)
    elif op == "upload":
        from PIL import Image

        for i in range(spec["start"], spec["start"] + 10_000):
            out = io.BytesIO()
            Image.frombytes("RGB", (700, 700), os.urandom(700 * 700 * 3)).save(out, format="PNG")  # ~1.5 MB, unique
            records.upload_record(db, actor=staff, records_dir=records_dir, patient_id=spec["patient_id"],
                                  title=f"Scan {i}", record_type="imaging", record_date=date(2026, 1, 1),
                                  filename=f"scan{i}.png", data=out.getvalue())
            print("uploaded", flush=True)
    elif op == "outbox":
        from medlink.mail.delivery import OutboxSender
        from medlink.mail.smtp import SmtpSettings

        settings = SmtpSettings(host="127.0.0.1", port=spec["smtp_port"], security="none",
                                sender_address="clinic@crash.test", sender_name="Crash Clinic")
        sender = OutboxSender(db, records_dir=records_dir, sender_id=spec["sender_id"],
                              smtp_settings_provider=lambda: settings, lease=timedelta(seconds=2))
        while True:
            report = sender.run_once(batch=1)
            print("sent", report.sent, flush=True)
            if not report.handled:
                break
    else:
        raise SystemExit(f"unknown op {op}")
    print("done", flush=True)


if __name__ == "__main__":
    main()
