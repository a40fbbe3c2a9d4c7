"""Deterministic generator of a realistic clinic database for benchmarks and tests.

    python bench/generate.py --url sqlite:////tmp/big.sqlite3            # full size
    python bench/generate.py --url ... --scale 0.01                      # 1 % (tests)

Full size: 100 000 patients, 2 000 doctors in 15 specialities with weekly
availability, 1 000 000 appointments over five years (mixed statuses and
modes), 300 000 bills, 200 000 medical-record metadata rows, and ten years of
readings: a blood pressure and a weight at a yearly visit for every patient,
and for 5 000 monitored patients (a plan for blood pressure and fasting
glucose with their doctor) a home reading of each every two weeks — about
4.6 million measurement rows — plus an open alert for each monitored patient.
Rows are written with bulk Core inserts (no ORM, no per-row services) in chunks.
"""

from __future__ import annotations

import argparse
import random
import time as _time
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from medlink.db import migrate
from medlink.db.models import (
    Appointment,
    Bill,
    ClinicalAlert,
    ClinicSettings,
    Doctor,
    DoctorAvailability,
    MedicalRecord,
    MonitoringPlan,
    Patient,
    User,
)
from medlink.db.session import Database
from medlink.security.passwords import hash_password
from medlink.services.doctors import SPECIALITIES

FIRST = ("Aarav Vivaan Aditya Vihaan Arjun Sai Reyansh Ayaan Krishna Ishaan Ananya Diya Aadhya Saanvi Myra "
         "Aarohi Pari Anika Navya Kavya Rahul Priya Amit Sunita Ravi Meera Vikram Lakshmi Farah Irfan Deepa "
         "Sneha Rohan Kiran Nisha Manoj Pooja Suresh Anjali Gaurav").split()
LAST = ("Sharma Verma Iyer Nair Rao Reddy Patel Shah Mehta Gupta Singh Kumar Das Bose Menon Pillai Kulkarni "
        "Deshpande Joshi Chatterjee Banerjee Mukherjee Siddiqui Khan Fernandes D'Souza Gowda Hegde Naidu "
        "Chauhan").split()
STATUSES = (("completed", 78), ("cancelled", 9), ("no_show", 5), ("booked", 8))
TZ = ZoneInfo("Asia/Kolkata")


@dataclass(frozen=True)
class Scale:
    patients: int = 100_000
    doctors: int = 2_000
    appointments: int = 1_000_000
    bills: int = 300_000
    records: int = 200_000
    monitored: int = 5_000          # patients with a monitoring plan and fortnightly home readings
    reading_years: int = 10         # how far back readings go (not scaled)

    def times(self, factor: float) -> Scale:
        return Scale(*(max(1, int(v * factor)) for v in (self.patients, self.doctors, self.appointments,
                                                          self.bills, self.records, self.monitored)),
                     reading_years=self.reading_years)


def _chunks(rows: list[dict], size: int = 5000):  # type: ignore[no-untyped-def]
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _bulk(db: Database, table, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as conn:
        for chunk in _chunks(rows):
            conn.execute(insert(table), chunk)


def generate(db: Database, scale: Scale = Scale(), *, seed: int = 2026, now: datetime | None = None,
             verbose: bool = True) -> dict[str, float]:
    """Fill an EMPTY, migrated database.  Returns seconds per phase."""
    rng = random.Random(seed)
    now = now or datetime(2026, 11, 23, 6, 0, tzinfo=timezone.utc)
    timings: dict[str, float] = {}
    password_hash = hash_password("benchmark-password")
    created = now - timedelta(days=5 * 365)

    def phase(name: str, started: float) -> None:
        timings[name] = _time.perf_counter() - started
        if verbose:
            print(f"  {name:<14} {timings[name]:7.1f} s", flush=True)

    started = _time.perf_counter()
    with db.engine.begin() as conn:
        conn.execute(insert(ClinicSettings.__table__), [{
            "id": 1, "clinic_name": "Benchmark Clinic", "address": "1 Test Road", "phone": "", "email": "",
            "gstin": "", "state": "Karnataka", "timezone": "Asia/Kolkata", "default_consultation_fee_paise": 50000,
            "default_lab_test_fee_paise": 0, "default_medication_fee_paise": 0, "default_other_fee_paise": 0,
            "extra_charge_paise": 0, "gst_consultation_bp": 1800, "gst_lab_test_bp": 1800,
            "gst_medication_bp": 1800, "gst_other_bp": 0, "gst_extra_charge_bp": 0, "prices_include_gst": False,
            "round_off_to_rupee": False, "receipt_prefix": "ML", "kiosk_idle_seconds": 120,
            "staff_idle_seconds": 900, "record_max_bytes": 25 * 1024 * 1024, "smtp_host": "", "smtp_port": 587,
            "smtp_security": "starttls", "smtp_username": "", "smtp_sender_name": "Benchmark Clinic",
            "smtp_sender_address": "", "smtp_ca_file": "", "version": 1}])
    users, doctors, availability = [], [], []
    for i in range(1, scale.doctors + 1):
        name = f"Dr. {rng.choice(FIRST)} {rng.choice(LAST)}"
        email = f"doctor{i}@bench.medlink"
        users.append({"id": i, "email": email, "email_key": email, "password_hash": password_hash, "role": "doctor",
                      "full_name": name, "is_active": True, "failed_logins": 0, "must_change_password": False,
                      "created_at": created, "version": 1})
        doctors.append({"id": i, "user_id": i, "full_name": name, "email": email, "phone": f"+9190000{i:05d}",
                        "registration_number": f"BENCH-{i:06d}", "qualifications": "MBBS, MD",
                        "speciality": SPECIALITIES[i % len(SPECIALITIES)], "years_experience": rng.randrange(1, 40),
                        "hospital_name": "Benchmark Clinic", "verification_status": "verified", "slot_minutes": 15,
                        "consultation_fee_paise": rng.choice((30000, 50000, 80000, 120000)), "created_at": created,
                        "version": 1})
        for weekday in range(6):
            availability.append({"doctor_id": i, "weekday": weekday, "start_time": time(9, 0), "end_time": time(13, 0)})
            if weekday < 5:
                availability.append({"doctor_id": i, "weekday": weekday, "start_time": time(17, 0),
                                     "end_time": time(20, 0)})
    patients = []
    for j in range(1, scale.patients + 1):
        uid = scale.doctors + j
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        email = f"patient{j}@bench.medlink"
        users.append({"id": uid, "email": email, "email_key": email, "password_hash": password_hash,
                      "role": "patient", "full_name": name, "is_active": True, "failed_logins": 0,
                      "must_change_password": False, "created_at": created, "version": 1})
        patients.append({"id": j, "user_id": uid, "full_name": name, "phone": f"+919{j:09d}", "email": email,
                         "date_of_birth": date(1940 + j % 80, 1 + j % 12, 1 + j % 28), "gender": "Female",
                         "state": "Karnataka", "created_at": created, "version": 1})
    admin_id = scale.doctors + scale.patients + 1  # the services check every actor against its account
    users.append({"id": admin_id, "email": "admin@bench.medlink", "email_key": "admin@bench.medlink",
                  "password_hash": password_hash, "role": "admin", "full_name": "Bench Admin", "is_active": True,
                  "failed_logins": 0, "must_change_password": False, "created_at": created, "version": 1})
    _bulk(db, User.__table__, users)
    _bulk(db, Doctor.__table__, doctors)
    _bulk(db, DoctorAvailability.__table__, availability)
    _bulk(db, Patient.__table__, patients)
    phase("people", started)

    started = _time.perf_counter()
    per_doctor = max(1, scale.appointments // scale.doctors)
    total_days = 5 * 365
    slots_per_day = 28  # 9:00-13:00 and 17:00-20:00 in 15-minute slots
    appointments: list[dict] = []
    status_names = [s for s, _ in STATUSES]
    status_weights = [w for _, w in STATUSES]
    for doctor_id in range(1, scale.doctors + 1):
        taken: set[tuple[int, int]] = set()
        while len(taken) < per_doctor:
            taken.add((rng.randrange(total_days), rng.randrange(slots_per_day)))
        for day_index, slot in taken:
            day = (now - timedelta(days=total_days - day_index - 14)).astimezone(TZ).date()
            minutes = 9 * 60 + slot * 15 if slot < 16 else 17 * 60 + (slot - 16) * 15
            start = datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=TZ).astimezone(timezone.utc)
            future = start > now
            status = "booked" if future else rng.choices(status_names, status_weights)[0]
            if status == "booked" and not future:
                status = "completed"
            appointments.append({
                "patient_id": rng.randrange(1, scale.patients + 1), "doctor_id": doctor_id, "starts_at": start,
                "ends_at": start + timedelta(minutes=15), "mode": "online" if rng.random() < 0.2 else "in_person",
                "status": status, "slot_claim": None if status == "cancelled" else 1,
                "reason": "Benchmark visit", "calendar_uid": uuid.UUID(int=rng.getrandbits(128)).hex,
                "calendar_sequence": 0, "created_at": start - timedelta(days=3), "version": 1})
        if len(appointments) >= 100_000:
            _bulk(db, Appointment.__table__, appointments)
            appointments.clear()
    _bulk(db, Appointment.__table__, appointments)
    phase("appointments", started)

    started = _time.perf_counter()
    total_appointments = scale.doctors * per_doctor
    bills, records = [], []
    for k in range(1, scale.bills + 1):
        appointment_id = rng.randrange(1, total_appointments + 1)
        issued = now - timedelta(days=rng.randrange(0, total_days), minutes=rng.randrange(0, 1440))
        taxable = rng.choice((30000, 50000, 80000, 120000))
        tax = taxable * 18 // 100
        bills.append({"number": f"ML/{k:012d}"[:16], "financial_year": "26-27", "appointment_id": appointment_id,
                      "patient_id": rng.randrange(1, scale.patients + 1), "doctor_id": rng.randrange(1, scale.doctors + 1),
                      "issued_at": issued, "supply_type": "intra", "taxable_paise": taxable, "cgst_paise": tax // 2,
                      "sgst_paise": tax - tax // 2, "igst_paise": 0, "round_off_paise": 0,
                      "grand_total_paise": taxable + tax, "status": "paid" if rng.random() < 0.9 else "unpaid",
                      "version": 1})
    _bulk(db, Bill.__table__, bills)
    for r in range(1, scale.records + 1):
        records.append({"patient_id": rng.randrange(1, scale.patients + 1), "title": "Lab report",
                        "record_type": rng.choice(("lab_report", "imaging", "prescription", "other")),
                        "record_date": (now - timedelta(days=rng.randrange(0, total_days))).date(),
                        "content_type": "application/pdf", "size_bytes": rng.randrange(10_000, 5_000_000),
                        "sha256": f"{r:064x}", "storage_path": f"bench/{r}.bin", "created_at": now})
    _bulk(db, MedicalRecord.__table__, records)
    phase("bills+records", started)

    started = _time.perf_counter()
    _readings(db, scale, rng, now)
    phase("readings", started)
    started = _time.perf_counter()
    from medlink.db.summary import rebuild_summaries

    with db.engine.begin() as conn:  # bulk inserts bypass the ORM hook that keeps the summaries
        rebuild_summaries(conn)
    phase("daily summary", started)
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with db.engine.connect() as conn:
            for table in ("appointments", "patients", "doctors", "bills", "medical_records", "measurements",
                          "monitoring_plans", "clinical_alerts"):
                conn.exec_driver_sql(f"ANALYZE TABLE {table}")
    return timings


def _raw_bulk(db: Database, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Millions of plain rows: the driver's executemany, skipping per-value type processing."""
    mark = "?" if db.is_sqlite else "%s"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    with db.engine.begin() as conn:
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        for start in range(0, len(rows), 20_000):
            cursor.executemany(sql, rows[start:start + 20_000])
        cursor.close()


def _readings(db: Database, scale: Scale, rng: random.Random, now: datetime) -> int:
    """Ten years of readings; monitored patients are 1..scale.monitored (patient 1 is one of them)."""
    first = now - timedelta(days=365 * scale.reading_years)
    columns = ("patient_id", "kind", "value", "value2", "measured_at", "source", "entered_by_id",
               "entered_by_label", "entered_at")
    rows: list[tuple] = []
    written = 0
    sqlite = db.is_sqlite

    def stamp(at: datetime):  # type: ignore[no-untyped-def]
        """What UTCDateTime stores: naive UTC (SQLite: SQLAlchemy's text format)."""
        naive = at.astimezone(timezone.utc).replace(tzinfo=None)
        return naive.isoformat(" ", "microseconds") if sqlite else naive

    def flush(force: bool = False) -> None:
        nonlocal written
        if rows and (force or len(rows) >= 100_000):
            _raw_bulk(db, "measurements", columns, rows)
            written += len(rows)
            rows.clear()

    def add(pid: int, kind: str, value: float, value2: float | None, when: object, source: str, uid: int | None,
            label: str) -> None:
        rows.append((pid, kind, value, value2, when, source, uid, label, when))

    rand = rng.random

    for pid in range(1, scale.patients + 1):  # a yearly visit: blood pressure and weight, entered by the doctor
        base_sys, weight = 110 + pid % 40, 50 + pid % 45
        doctor_id = 1 + pid % scale.doctors
        for year in range(scale.reading_years):
            at = stamp(first + timedelta(days=365 * year + pid % 300, hours=4))
            add(pid, "blood_pressure", base_sys + int(rand() * 20) - 8, 70 + int(rand() * 20), at, "visit",
                doctor_id, "Bench doctor")
            add(pid, "weight", round(weight + rand() * 6 - 3, 1), None, at, "visit", doctor_id, "Bench doctor")
        flush()
    plans, alerts = [], []
    fortnights = scale.reading_years * 26
    for pid in range(1, scale.monitored + 1):
        doctor_id = 1 + pid % scale.doctors
        uid = scale.doctors + pid
        base_sys, base_glucose = 125 + pid % 30, 100 + pid % 60
        for n in range(fortnights):
            at = stamp(first + timedelta(days=14 * n, hours=2, minutes=pid % 60))
            add(pid, "blood_pressure", base_sys + int(rand() * 28) - 12, 72 + int(rand() * 18), at, "home", uid,
                "Bench patient")
            add(pid, "glucose_fasting", base_glucose + int(rand() * 60) - 20, None, at, "home", uid, "Bench patient")
        flush()
        for kind, every, low, high, low2, high2 in (("blood_pressure", 14, 100, 140, 60, 90),
                                                    ("glucose_fasting", 14, 80, 130, None, None)):
            plans.append({"patient_id": pid, "doctor_id": doctor_id, "kind": kind, "every_days": every,
                          "target_low": low, "target_high": high, "target_low2": low2, "target_high2": high2,
                          "active": True, "created_at": first, "updated_at": first, "version": 1})
        alerts.append({"doctor_id": doctor_id, "patient_id": pid, "kind": "out_of_range",
                       "message": "Blood glucose, fasting 182 mg/dL is above the target 80–130 mg/dL. Entered at home.",
                       "dedupe_key": f"bench:{pid}", "created_at": now - timedelta(days=pid % 20), "occurrences": 1,
                       "last_seen_at": now - timedelta(days=pid % 20)})
    flush(force=True)
    _bulk(db, MonitoringPlan.__table__, plans)
    _bulk(db, ClinicalAlert.__table__, alerts)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    db = Database(args.url)
    migrate.upgrade(db)
    scale = Scale().times(args.scale)
    print(f"Generating {scale} into {db.describe()} …")
    generate(db, scale)
    db.dispose()


if __name__ == "__main__":
    main()
