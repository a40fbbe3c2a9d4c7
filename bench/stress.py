"""Many workstations at once: a realistic mix of front-desk and doctor work, then the invariants.

    python bench/stress.py                                   # SQLite, MariaDB and a 3-node Galera cluster
    python bench/stress.py --backends sqlite mariadb --workstations 4 --seconds 5    # the small CI run
    python bench/stress.py --backends mariadb --mysql-url mysql+pymysql://u:pw@host/db   # an existing server

Each workstation is a separate process with its own engine (as a clinic's PCs are).  For a fixed time
it books, cancels, reschedules, checks in, completes, bills (receipt PDF included), uploads a record
and opens patient histories, on a small clinic where the workstations compete for the same doctors'
slots, the same receipt counter and the same tables.  Galera workstations are spread over the three
nodes.  Afterwards it prints throughput, p50/p95/p99 per action, retries, and checks:

* no double booking (one live appointment per doctor and start time),
* receipt numbers consecutive per financial year — no gap, no duplicate — and the counter agreeing,
* every booking with its audit row and its confirmation e-mail in the outbox, every bill with its
  audit row, receipt PDF and receipt e-mail (none left pending), every cancellation with its audit row,
* no unexpected error (a refusal such as "slot taken" is expected; "database busy" after all
  retries, or any other error, is not).

The MariaDB server and the Galera nodes are started on 127.0.0.1 only, in temporary folders, and
stopped at the end.  Exit status 1 when an invariant fails.
"""

from __future__ import annotations

import argparse
import base64
import multiprocessing
import os
import random
import secrets
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("MEDLINK_FAST_PASSWORD_HASHING", "1")

IST = ZoneInfo("Asia/Kolkata")
ACTIONS = ("book", "cancel", "reschedule", "check_in", "complete", "bill", "upload", "open_chart")
WEIGHTS = (30, 8, 10, 10, 12, 10, 5, 15)
PASSWORD = "stress-test-password-1"


@dataclass
class Clinic:
    """What the workstations need to know about the seeded clinic (picklable)."""

    staff: list[Any]
    doctors: list[Any]
    patients: list[int]
    records_key: str
    records_dir: str


@dataclass
class WorkstationResult:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    refused: Counter[str] = field(default_factory=Counter)
    unexpected: list[str] = field(default_factory=list)
    retries: int = 0
    gave_up: int = 0
    retried: Counter[str] = field(default_factory=Counter)  # retries per action
    given_up: Counter[str] = field(default_factory=Counter)  # give-ups per action


# --- the clinic -----------------------------------------------------------------------------

def seed(url: str, records_dir: Path, *, doctors: int = 6, patients: int = 60) -> Clinic:
    from medlink.db import migrate
    from medlink.db.session import Database
    from medlink.scheduling import WorkingRange
    from medlink.services import accounts, doctors as doctor_service, patients as patient_service
    from medlink.services.actor import SYSTEM

    from medlink.services import clinic_key

    db = Database(url)
    migrate.upgrade(db)
    clinic_key.unlock(db)  # as open_database does: the new clinic's key exists before its first audit row
    admin = accounts.create_admin(db, email="admin@stress.medlink", password=PASSWORD, full_name="Stress Admin",
                                  actor=SYSTEM)
    staff = []
    for n in range(3):
        accounts.create_staff(db, actor=admin, email=f"desk{n}@stress.medlink", password=PASSWORD,
                              full_name=f"Front Desk {n}")
        first = accounts.authenticate(db, email=f"desk{n}@stress.medlink", password=PASSWORD)
        # a new staff account chooses its own password before anything else (enforced by the services)
        staff.append(accounts.change_password(db, actor=first, current_password=PASSWORD,
                                              new_password=PASSWORD + "-own"))
    doctor_actors = []
    from datetime import time as clock

    for n in range(doctors):
        form = doctor_service.DoctorForm(
            full_name=f"Dr. Stress Doctor{n}", email=f"doctor{n}@stress.medlink", phone=f"97000{n:05d}",
            registration_number=f"STRESS-{n:05d}", qualifications="MBBS, MD",
            speciality=("General Physician", "Paediatrician", "Cardiologist")[n % 3],
            years_experience=10, hospital_name="MedLink Clinic", hospital_address="1 Residency Road, Bengaluru",
            languages="English, Hindi")
        actor = doctor_service.sign_up_doctor(db, form=form, password=PASSWORD)
        doctor_service.decide_verification(db, actor=admin, doctor_id=actor.doctor_id, approve=True)
        actor = accounts.authenticate(db, email=form.email, password=PASSWORD)
        doctor_service.set_availability(db, actor=actor, slot_minutes=15,
                                        ranges=[WorkingRange(d, clock(0, 0), clock(23, 45)) for d in range(7)])
        doctor_actors.append(actor)
    patient_ids = []
    for n in range(patients):
        form = patient_service.PatientForm(
            full_name=f"Stress Patient{n}", date_of_birth=date(1980, 1, 1 + n % 28), gender="Female",
            phone=f"98{n:08d}", email=f"patient{n}@stress.medlink", address="12 MG Road, Bengaluru",
            state="Karnataka")
        patient_ids.append(patient_service.sign_up_patient(db, form=form, password=PASSWORD).patient_id)
    _key_id, key = clinic_key.active_key(db)  # made now (a new clinic) or the one this keyring holds
    db.dispose()
    return Clinic(staff=staff, doctors=doctor_actors, patients=patient_ids,
                  records_key=base64.b64encode(key).decode("ascii"), records_dir=str(records_dir))


# --- one workstation ------------------------------------------------------------------------

def _slot(rng: random.Random, today: date, *, days: int = 5) -> datetime:
    """A slot in the next few days (few enough that workstations compete for them)."""
    day = today + timedelta(days=rng.randrange(1, days + 1))
    minutes = rng.randrange(96) * 15
    return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=IST).astimezone(timezone.utc)


def _today_slot(rng: random.Random, now: datetime) -> datetime | None:
    local = now.astimezone(IST)
    first = (local.hour * 60 + local.minute) // 15 + 2  # at least 15 minutes ahead
    if first > 95:
        return None
    minutes = rng.randrange(first, 96) * 15
    return datetime(local.year, local.month, local.day, minutes // 60, minutes % 60, tzinfo=IST).astimezone(timezone.utc)


def _lab_report_pdf(marker: str) -> bytes:
    """A one-page PDF, different each time (a scanned report would be bigger; the parse is what counts)."""
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, f"Complete blood count - sample {marker}")
    page.showPage()
    page.save()
    return out.getvalue()


def workstation(number: int, url: str, clinic: Clinic, seconds: float, seed_value: int,
                ready: Any = None, start: Any = None) -> WorkstationResult:
    """Warm up (imports, first connection), say so, wait for the common start, work for ``seconds``."""
    import keyring
    from sqlalchemy import text

    from medlink.db.models import AppointmentStatus
    from medlink.db.session import Database, retry_statistics
    from medlink.errors import MedLinkError, NotFound, SlotTaken, ValidationError
    from medlink.security import records_crypto
    from medlink.security.secrets import clinic_key_account, set_secret
    from medlink.services import appointments, billing, clinic_key, records
    from medlink.services.billing import BillDraftLine
    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    # each process stands for one of the clinic's PCs, and names itself as a PC does by its host name
    # (its audit rows then say which workstation acted and extend that workstation's audit chain)
    os.environ["MEDLINK_WORKSTATION"] = f"stress-workstation-{number}"
    # every workstation holds the clinic key in its own keyring, as after `medlink key import`
    key_id = records_crypto.key_id_of(base64.b64decode(clinic.records_key))
    set_secret(clinic_key_account(key_id), clinic.records_key)
    rng = random.Random(seed_value)
    db = Database(url)
    clinic_key.unlock(db)
    staff = clinic.staff[number % len(clinic.staff)]
    result = WorkstationResult()
    booked: list[int] = []  # this workstation's live, future appointments
    arrived: list[int] = []  # checked in today
    completed: list[int] = []  # completed, not billed yet
    records_dir = Path(clinic.records_dir)

    def book(starts_at: datetime) -> int:
        doctor = rng.choice(clinic.doctors)
        view = appointments.book_appointment(db, actor=staff, patient_id=rng.choice(clinic.patients),
                                             doctor_id=doctor.doctor_id, starts_at=starts_at,
                                             mode=rng.choice(("in_person", "in_person", "online")),
                                             reason="Follow-up visit")
        return view.id

    def act(action: str) -> float | None:
        """Do one action; returns when its measured part began (None: from the start)."""
        now = datetime.now(timezone.utc)
        today = now.astimezone(IST).date()
        if action == "book":
            booked.append(book(_slot(rng, today)))
        elif action == "cancel":
            appointment_id = booked.pop(rng.randrange(len(booked)))
            appointments.cancel_appointment(db, actor=staff, appointment_id=appointment_id, reason="Patient called")
        elif action == "reschedule":
            appointment_id = rng.choice(booked)
            appointments.reschedule_appointment(db, actor=staff, appointment_id=appointment_id,
                                                new_starts_at=_slot(rng, today))
        elif action == "check_in":
            slot = _today_slot(rng, now)
            if slot is None:
                raise ValidationError("starts_at", "no slot left today")
            appointment_id = book(slot)  # a walk-in for later today …
            started = time.perf_counter()
            # … who has arrived (the workload runs the clock forward to just before the visit)
            appointments.check_in(db, actor=staff, appointment_id=appointment_id, now=slot - timedelta(minutes=5))
            arrived.append(appointment_id)
            return started
        elif action == "complete":
            appointment_id = (arrived or booked).pop(0)
            # The front desk closes the visit (the diagnosis is the doctor's); the workload's clock is
            # after the visit, which a real desk would wait for.
            appointments.set_outcome(db, actor=staff, appointment_id=appointment_id,
                                     status=AppointmentStatus.COMPLETED, now=now + timedelta(days=400))
            completed.append(appointment_id)
        elif action == "bill":
            appointment_id = completed.pop(0)
            billing.issue_bill(db, actor=staff, records_dir=records_dir, appointment_id=appointment_id, paid=True,
                               payment_method="UPI",
                               lines=[BillDraftLine("consultation", "Consultation", 1, billing.Decimal("500.00")),
                                      BillDraftLine("lab_test", "CBC", 1, billing.Decimal("350.50"))])
        elif action == "upload":
            data = _lab_report_pdf(secrets.token_hex(8))  # a real PDF: uploads are parsed (qpdf) before saving
            records.upload_record(db, actor=staff, records_dir=records_dir, patient_id=rng.choice(clinic.patients),
                                  title="Blood test", record_type="lab_report", record_date=today,
                                  filename="cbc.pdf", data=data)
        elif action == "open_chart":
            patient_id = rng.choice(clinic.patients)
            appointments.patient_appointments(db, actor=staff, patient_id=patient_id)
            billing.list_bills(db, actor=staff, patient_id=patient_id)
            records.list_records(db, actor=staff, patient_id=patient_id)
        return None

    def possible(action: str) -> bool:
        return {"cancel": bool(booked), "reschedule": bool(booked), "complete": bool(arrived or booked),
                "bill": bool(completed)}.get(action, True)

    with db.read() as session:  # the first connection, before the clock starts
        session.execute(text("SELECT 1"))
    from medlink.receipts.pdf import render_receipt_pdf
    from medlink.receipts.sample import build_sample_receipt

    render_receipt_pdf(build_sample_receipt())  # fonts loaded once per program, as at a clinic's PC
    if ready is not None:
        ready.put(number)
        start.wait()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        action = rng.choices(ACTIONS, WEIGHTS)[0]
        if not possible(action):
            action = "book"
        started = time.perf_counter()
        before = retry_statistics()
        try:
            measured_from = act(action) or started
            result.latencies[action].append((time.perf_counter() - measured_from) * 1000)
        except (SlotTaken, ValidationError) as exc:
            if action in ("book", "check_in", "reschedule"):  # another workstation took the slot first
                result.refused[f"{action}: {type(exc).__name__}"] += 1
            else:  # nothing else the workload does can be refused by a rule: that would be a bug
                result.unexpected.append(f"{action}: {type(exc).__name__}: {exc.message}")
        except NotFound as exc:  # pragma: no cover - would be a bug
            result.unexpected.append(f"{action}: {exc.message}")
        except MedLinkError as exc:
            result.unexpected.append(f"{action}: {type(exc).__name__}: {exc.message}")
        except Exception:
            result.unexpected.append(f"{action}: {traceback.format_exc(limit=3)}")
        after = retry_statistics()
        result.retried[action] += after["retries"] - before["retries"]
        result.given_up[action] += after["gave_up"] - before["gave_up"]
    stats = retry_statistics()
    result.retries, result.gave_up = stats["retries"], stats["gave_up"]
    db.dispose()
    return result


def _workstation_process(args: tuple[int, str, Clinic, float, int], ready: Any, start: Any, results: Any) -> None:
    try:
        result = workstation(*args, ready=ready, start=start)
    except BaseException:
        result = WorkstationResult(unexpected=[f"workstation {args[0]} crashed: {traceback.format_exc(limit=5)}"])
        ready.put(args[0])
    result.latencies = dict(result.latencies)  # type: ignore[assignment]
    results.put(result)


# --- invariants -----------------------------------------------------------------------------

def check_invariants(url: str) -> list[tuple[str, bool, str]]:
    from sqlalchemy import text

    from medlink.db.session import Database
    from medlink.receipts.numbering import parse_receipt_number

    db = Database(url)
    checks: list[tuple[str, bool, str]] = []
    with db.engine.connect() as conn:
        if db.is_mysql:
            conn.exec_driver_sql("SET SESSION wsrep_sync_wait = 1" if _is_galera(conn) else "SELECT 1")

        def scalar(sql: str) -> int:
            return int(conn.execute(text(sql)).scalar() or 0)

        doubles = scalar("SELECT COUNT(*) FROM (SELECT doctor_id, starts_at FROM appointments WHERE slot_claim = 1 "
                         "GROUP BY doctor_id, starts_at HAVING COUNT(*) > 1) d")
        checks.append(("no double bookings", doubles == 0, f"{doubles} doctor/time pairs booked twice"))
        gaps = []
        numbers: dict[str, list[int]] = defaultdict(list)
        for number, fy in conn.execute(text("SELECT number, financial_year FROM bills")):
            numbers[fy].append(parse_receipt_number(number).seq)
        counters = dict(conn.execute(text("SELECT financial_year, last_number FROM receipt_counters")).all())
        for fy, seqs in numbers.items():
            seqs.sort()
            if seqs != list(range(1, len(seqs) + 1)) or counters.get(fy) != len(seqs):
                gaps.append(f"{fy}: {len(seqs)} bills, {len(set(seqs))} distinct numbers, max {seqs[-1]}, "
                            f"counter {counters.get(fy)}")
        total_bills = sum(len(s) for s in numbers.values())
        checks.append(("receipt numbers consecutive per financial year", not gaps,
                       "; ".join(gaps) or f"{total_bills} bills in {len(numbers)} year(s)"))
        missing_audit = scalar(
            "SELECT COUNT(*) FROM appointments a WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE "
            "l.action = 'appointment.book' AND l.entity = 'appointment' AND l.entity_id = a.id)")
        missing_mail = scalar(
            "SELECT COUNT(*) FROM appointments a WHERE NOT EXISTS (SELECT 1 FROM email_outbox o WHERE "
            "o.kind = 'appointment_booked' AND o.appointment_id = a.id)")
        missing_cancel = scalar(
            "SELECT COUNT(*) FROM appointments a WHERE a.status = 'cancelled' AND NOT EXISTS (SELECT 1 FROM "
            "audit_log l WHERE l.action = 'appointment.cancel' AND l.entity_id = a.id)")
        missing_bill_audit = scalar(
            "SELECT COUNT(*) FROM bills b WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.action = 'bill.issue' "
            "AND l.entity = 'bill' AND l.entity_id = b.id)")
        missing_receipt = scalar(
            "SELECT COUNT(*) FROM bills b WHERE NOT EXISTS (SELECT 1 FROM email_outbox o WHERE "
            "o.kind = 'receipt' AND o.attachment_path = b.pdf_path)")
        pending_receipts = scalar("SELECT COUNT(*) FROM bills WHERE receipt_pending = 1")
        bookings = scalar("SELECT COUNT(*) FROM appointments")
        checks.append(("every booking has its audit row and outbox e-mail",
                       missing_audit == missing_mail == missing_cancel == 0,
                       f"{bookings} bookings; without audit: {missing_audit}, without e-mail: {missing_mail}, "
                       f"cancellations without audit: {missing_cancel}"))
        # a bill whose receipt is still pending (its second step gave up) has no PDF and no e-mail yet: it counts
        checks.append(("every bill has its audit row, receipt PDF and e-mail",
                       missing_bill_audit == missing_receipt == pending_receipts == 0,
                       f"without audit: {missing_bill_audit}, without receipt e-mail: {missing_receipt}, "
                       f"receipt pending: {pending_receipts}"))
    from medlink.services import audit, clinic_key

    clinic_key.unlock(db)  # the seeding process made the clinic key
    chain = audit.verify_chain(db)
    checks.append(("every workstation's audit chain verifies", chain.ok,
                   f"{chain.rows_checked} rows in {chain.chains} chains" if chain.ok else chain.summary[:400]))
    db.dispose()
    return checks


def _is_galera(conn: Any) -> bool:
    row = conn.exec_driver_sql("SHOW VARIABLES LIKE 'wsrep_on'").first()
    return bool(row and str(row[1]).upper() == "ON")


# --- one run --------------------------------------------------------------------------------

def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


@dataclass
class RunReport:
    backend: str
    seconds: float
    workstations: int
    results: list[WorkstationResult]
    checks: list[tuple[str, bool, str]]

    @property
    def unexpected(self) -> list[str]:
        return [u for r in self.results for u in r.unexpected]

    @property
    def actions(self) -> int:
        return sum(len(v) for r in self.results for v in r.latencies.values())

    @property
    def ok(self) -> bool:
        return all(passed for _, passed, _ in self.checks) and not self.unexpected and self.actions > 0

    def print(self) -> None:
        merged: dict[str, list[float]] = defaultdict(list)
        refused: Counter[str] = Counter()
        retried: Counter[str] = Counter()
        given_up: Counter[str] = Counter()
        for r in self.results:
            for action, samples in r.latencies.items():
                merged[action].extend(samples)
            refused.update(r.refused)
            retried.update(r.retried)
            given_up.update(r.given_up)
        done = sum(len(v) for v in merged.values())
        retries = sum(r.retries for r in self.results)
        gave_up = sum(r.gave_up for r in self.results)
        print(f"\n== {self.backend}: {self.workstations} workstations x {self.seconds:.0f} s — "
              f"{done} actions, {done / self.seconds:.1f} actions/s, {retries} retries "
              f"(contention), {gave_up} given up, {sum(refused.values())} refusals, "
              f"{len(self.unexpected)} unexpected errors")
        print(f"   {'action':<12} {'count':>6} {'per s':>7} {'p50':>9} {'p95':>9} {'p99':>9} {'retries':>8} "
              f"{'gave up':>8}")
        for action in ACTIONS:
            samples = merged.get(action, [])
            if not samples:
                print(f"   {action:<12} {0:>6} {'':>7} {'':>9} {'':>9} {'':>9} {retried[action]:>8} "
                      f"{given_up[action]:>8}")
                continue
            print(f"   {action:<12} {len(samples):>6} {len(samples) / self.seconds:>7.1f} "
                  f"{statistics.median(samples):>7.1f}ms {percentile(samples, 0.95):>7.1f}ms "
                  f"{percentile(samples, 0.99):>7.1f}ms {retried[action]:>8} {given_up[action]:>8}")
        if refused:
            print("   refusals (expected: another workstation was first): "
                  + ", ".join(f"{k} {v}" for k, v in sorted(refused.items())))
        for name, passed, detail in self.checks:
            print(f"   [{'ok' if passed else 'FAIL'}] {name}: {detail}")
        for text in self.unexpected[:10]:
            print(f"   unexpected: {text}")
        print(f"   => {'all invariants hold' if self.ok else 'INVARIANT BROKEN'}")


def run(backend: str, urls: list[str], *, workstations: int, seconds: float, records_dir: Path) -> RunReport:
    """Seed through the first URL, run the workstations spread over all URLs, check the invariants."""
    clinic = seed(urls[0], records_dir)
    if len(urls) > 1:
        _wait_until_replicated(urls, len(clinic.patients))
    context = multiprocessing.get_context("spawn")  # separate interpreters, as separate PCs are
    ready, start, out = context.Queue(), context.Event(), context.Queue()
    processes = [context.Process(target=_workstation_process, daemon=True,
                                 args=((n, urls[n % len(urls)], clinic, seconds, 1000 + n), ready, start, out))
                 for n in range(workstations)]
    for process in processes:
        process.start()
    for _ in processes:  # every workstation imported, connected and warmed up
        ready.get(timeout=300)
    start.set()
    results = [out.get(timeout=seconds + 600) for _ in processes]
    for process in processes:
        process.join(60)
    return RunReport(backend, seconds, workstations, results, check_invariants(urls[0]))


def _wait_until_replicated(urls: list[str], patients: int) -> None:
    from sqlalchemy import create_engine, text

    for url in urls[1:]:
        engine = create_engine(url)
        deadline = time.monotonic() + 60
        with engine.connect() as conn:
            while conn.execute(text("SELECT COUNT(*) FROM patients")).scalar() != patients:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{url}: the cluster did not replicate the clinic")
                time.sleep(0.2)
                conn.rollback()
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backends", nargs="+", choices=("sqlite", "mariadb", "galera"),
                        default=["sqlite", "mariadb", "galera"])
    parser.add_argument("--workstations", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--mysql-url", help="use this (empty) database instead of starting a MariaDB server")
    args = parser.parse_args(argv)
    import keyring

    from tests.support.keyrings import MemoryKeyring

    # The seeded clinic's key (and the SQLite file's SQLCipher key) live in this process's in-memory
    # keyring; each workstation process receives a copy of the clinic key, as after `medlink key import`.
    keyring.set_keyring(MemoryKeyring())
    reports = []
    base = Path(tempfile.mkdtemp(prefix="medlink-stress-"))
    try:
        for backend in args.backends:
            records_dir = base / backend / "medical_records"
            records_dir.mkdir(parents=True)
            if backend == "sqlite":
                reports.append(run("SQLite (one shared file)", [f"sqlite:///{base / backend / 'medlink.sqlite3'}"],
                                   workstations=args.workstations, seconds=args.seconds, records_dir=records_dir))
            elif backend == "mariadb":
                if args.mysql_url:
                    reports.append(run("MariaDB", [args.mysql_url], workstations=args.workstations,
                                       seconds=args.seconds, records_dir=records_dir))
                    continue
                from tests.support.mariadb import MariaDBServer

                server = MariaDBServer()
                server.start()
                try:
                    server.create_database("stress")
                    reports.append(run("MariaDB (one server)", [server.url("stress")],
                                       workstations=args.workstations, seconds=args.seconds,
                                       records_dir=records_dir))
                finally:
                    server.stop()
            else:
                from tests.support.galera import GaleraCluster

                cluster = GaleraCluster(nodes=3)
                cluster.start()
                try:
                    cluster.create_database("stress")
                    reports.append(run("MariaDB Galera (3 nodes)", cluster.urls("stress"),
                                       workstations=args.workstations, seconds=args.seconds,
                                       records_dir=records_dir))
                finally:
                    cluster.stop()
            reports[-1].print()
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print()
    for report in reports:
        print(f"{report.backend}: {'all invariants hold' if report.ok else 'INVARIANT BROKEN'}")
    return 0 if all(r.ok for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
