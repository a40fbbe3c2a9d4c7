"""Contention: deadlocks, lock waits and SQLite busy are retried; each failure has its own sentence.

Every test uses the real database (SQLite file or the MariaDB test server) and real
competing connections — a second engine is a second workstation.
"""

from __future__ import annotations

import threading
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pymysql
import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import OperationalError

from medlink.db import cipher
from medlink.db.models import Appointment, AuditLog, Bill, Doctor, OutboxMessage, Patient, ReceiptCounter, User
from medlink.db.session import Database, classify_db_error, retry_on_contention, retry_statistics
from medlink.errors import DatabaseBusy, DatabaseReadOnly, DatabaseUnavailable, DiskFull
from medlink.services import (
    accounts,
    allergies,
    appointments,
    billing,
    measurements,
    patient_history,
    patients,
    prescriptions,
    records,
    tokens,
)
from medlink.vocabulary import AppointmentStatus

WORKSTATIONS = 6


def _completed_appointments(clinic, db, count: int):  # type: ignore[no-untyped-def]
    doctor = clinic.doctor()
    done = []
    for _ in range(count):
        appt = clinic.booking(clinic.patient(), doctor)
        appointments.set_outcome(db, actor=doctor, appointment_id=appt.id, status=AppointmentStatus.COMPLETED,
                                 now=appt.ends_at)
        done.append(appt.id)
    return done


def _run_at_once(targets: list) -> list[BaseException]:  # type: ignore[type-arg]
    barrier = threading.Barrier(len(targets))
    errors: list[BaseException] = []

    def run(target) -> None:  # type: ignore[no-untyped-def]
        barrier.wait()
        try:
            target()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(t,)) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not any(t.is_alive() for t in threads), "a workstation hung"
    return errors


def test_six_workstations_issue_the_first_receipts_of_a_year_at_once(clinic, db, backend, records_dir):
    """The year's counter row does not exist yet; six workstations (each its own engine) bill at once.

    Before the counter was created insert-if-absent-then-lock this deadlocked on MariaDB in 7 runs of 8.
    """
    runs = 20 if backend == "mariadb" else 3
    staff = clinic.staff()
    stations = [Database(db.url) for _ in range(WORKSTATIONS)]
    retries = 0
    try:
        for run in range(runs):
            with db.transaction() as s:  # a new financial year: no counter row, no bills
                s.execute(text("DELETE FROM bill_lines"))
                s.execute(text("DELETE FROM bills"))
                s.execute(text("DELETE FROM receipt_counters"))
            appts = _completed_appointments(clinic, db, WORKSTATIONS)
            before = retry_statistics()

            def bill(station: Database, appointment_id: int):  # type: ignore[no-untyped-def]
                return lambda: billing.issue_bill(
                    station, actor=staff, records_dir=records_dir, appointment_id=appointment_id,
                    lines=[billing.BillDraftLine("consultation", "Consultation", 1, Decimal("500"))])

            errors = _run_at_once([bill(st, a) for st, a in zip(stations, appts)])
            assert not errors, f"run {run + 1}: {errors!r}"
            with db.read() as s:
                numbers = sorted(int(n.rsplit("/", 1)[1]) for n in s.scalars(select(Bill.number)))
                counter = s.scalar(select(ReceiptCounter.last_number))
            assert numbers == list(range(1, WORKSTATIONS + 1)), f"run {run + 1}: {numbers}"
            assert counter == WORKSTATIONS
            after = retry_statistics()
            assert after["gave_up"] == before["gave_up"]
            retries += after["retries"] - before["retries"]
    finally:
        for st in stations:
            st.dispose()
    # Insert-if-absent-then-lock queues the workstations on the counter row instead of deadlocking them.
    assert retries == 0
    # every bill has its PDF and no PDF is left over from a rolled-back attempt
    pdfs = sorted(records_dir.rglob("*.pdf"))
    with db.read() as s:
        stored = sorted(records_dir / p for p in s.scalars(select(Bill.pdf_path)))
    assert set(stored) <= set(pdfs)


def test_a_bill_that_keeps_colliding_is_repeated_past_the_usual_attempts_and_leaves_one_pdf(
        clinic, db, records_dir, monkeypatch):
    """Bills all write the receipt counter: on Galera two nodes numbering at once conflict at commit. A bill
    whose numbering is busy more often than other units of work may be is still saved, once, with one PDF,
    one e-mail and number 1."""
    import medlink.db.session as session_module

    monkeypatch.setattr(session_module, "RETRY_BASE_DELAY_S", 0.001)
    collisions = session_module.RETRY_ATTEMPTS + 2
    real = billing.allocate_receipt_number

    def colliding(session, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal collisions
        taken = real(session, **kwargs)
        if collisions:  # after the number was taken: the moment another node's commit wins
            collisions -= 1
            raise DatabaseBusy("busy")
        return taken

    monkeypatch.setattr(billing, "allocate_receipt_number", colliding)
    (appointment_id,) = _completed_appointments(clinic, db, 1)
    view = billing.issue_bill(db, actor=clinic.staff(), records_dir=records_dir, appointment_id=appointment_id,
                              lines=[billing.BillDraftLine("consultation", "Consultation", 1, Decimal("500"))])
    assert collisions == 0 and int(view.number.rsplit("/", 1)[1]) == 1 and not view.receipt_pending
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Bill)) == 1
        assert s.scalar(select(ReceiptCounter.last_number)) == 1
        stored = s.scalar(select(Bill.pdf_path))
        assert s.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.kind == "receipt")) == 1
    assert sorted(records_dir.rglob("*.pdf")) == [records_dir / stored]  # no PDF of a lost attempt is left


def test_the_receipt_counter_is_not_held_while_a_receipt_is_drawn(clinic, db, records_dir, monkeypatch):
    """Desk A's receipt PDF takes long to draw (a slow PC, a big logo): desk B, on another connection, bills
    meanwhile and gets the next number at once. Before the bill was numbered in its own short transaction, B
    waited on the counter (MariaDB) or the write lock (SQLite) until A's PDF was stored; on Galera the long
    hold made the counter the row every node's bills conflicted on."""
    import medlink.receipts.pdf as pdf_module

    first, second = _completed_appointments(clinic, db, 2)
    staff = clinic.staff()
    drawing, release = threading.Event(), threading.Event()
    real = pdf_module.render_receipt_pdf

    def slow_for_a(document):  # type: ignore[no-untyped-def]
        if threading.current_thread().name == "desk-a":
            drawing.set()
            assert release.wait(60)
        return real(document)

    monkeypatch.setattr(pdf_module, "render_receipt_pdf", slow_for_a)
    lines = [billing.BillDraftLine("consultation", "Consultation", 1, Decimal("500"))]
    results: dict[str, object] = {}
    desk_b_db = Database(db.url)

    def desk_a() -> None:
        results["a"] = billing.issue_bill(db, actor=staff, records_dir=records_dir, appointment_id=first, lines=lines)

    a = threading.Thread(target=desk_a, name="desk-a")
    a.start()
    try:
        assert drawing.wait(60)
        started = time.monotonic()
        b_view = billing.issue_bill(desk_b_db, actor=staff, records_dir=records_dir, appointment_id=second,
                                    lines=lines)
        waited = time.monotonic() - started
    finally:
        release.set()
        a.join(60)
        desk_b_db.dispose()
    assert waited < 5, f"desk B waited {waited:.1f} s for desk A's receipt"
    a_view = results["a"]
    assert isinstance(a_view, billing.BillView)
    assert [int(v.number.rsplit("/", 1)[1]) for v in (a_view, b_view)] == [1, 2]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Bill).where(Bill.receipt_pending.is_(True))) == 0
        assert s.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.kind == "receipt")) == 2


def test_a_deadlock_is_retried_from_the_start_and_both_workstations_succeed(db, backend):
    """Two workstations lock the same two rows in opposite orders: the database kills one (1213 on
    MariaDB); the retryable unit of work runs again from the start and both changes are saved once."""
    if backend != "mariadb":
        pytest.skip("SQLite serialises writers with BEGIN IMMEDIATE; it cannot deadlock")
    with db.transaction() as s:
        s.add_all([ReceiptCounter(financial_year="01-02", last_number=0),
                   ReceiptCounter(financial_year="02-03", last_number=0)])
    attempts: list[str] = []
    both_hold_first_row = threading.Barrier(2)

    def transfer(station: Database, first: str, second: str) -> None:
        @retry_on_contention
        def unit_of_work() -> None:
            attempts.append(first)
            with station.transaction() as s:
                for index, fy in enumerate((first, second)):
                    row = s.scalars(select(ReceiptCounter).where(ReceiptCounter.financial_year == fy)
                                    .with_for_update()).one()
                    row.last_number += 1
                    s.flush()
                    if index == 0 and attempts.count(first) == 1:
                        both_hold_first_row.wait(10)  # only on the first attempt
        unit_of_work()

    stations = [Database(db.url), Database(db.url)]
    before = retry_statistics()["retries"]
    try:
        errors = _run_at_once([lambda: transfer(stations[0], "01-02", "02-03"),
                               lambda: transfer(stations[1], "02-03", "01-02")])
    finally:
        for st in stations:
            st.dispose()
    assert not errors
    assert len(attempts) == 3  # one of them ran twice
    assert retry_statistics()["retries"] == before + 1
    with db.read() as s:
        assert [c.last_number for c in s.scalars(select(ReceiptCounter).order_by(ReceiptCounter.financial_year))] \
            == [2, 2]  # each workstation's change applied exactly once, the killed attempt not at all


def test_changing_an_appointment_locks_its_row_but_not_its_doctor_or_patient(clinic, db, backend):
    """MariaDB has no FOR UPDATE OF: the lock taken to cancel, move or check in an appointment must not
    reach the doctor's and patient's rows, nor may the check-in's queue token lock the doctor (every
    booking with that doctor reads the row for its foreign key; on Galera, a booking replicated from
    another node aborted the holder)."""
    if backend != "mariadb":
        pytest.skip("SQLite locks the whole file for a writer")
    patient, doctor = clinic.patient(), clinic.doctor()
    appt = clinic.booking(patient, doctor)
    other = db.engine.connect()
    other.exec_driver_sql("SET SESSION innodb_lock_wait_timeout = 1")
    other.commit()
    try:
        with db.transaction() as s:
            appointment = appointments._load(s, appt.id, lock=True)  # what cancel / reschedule / check-in do
            assert tokens.issue_token(s, appointment, now=appointment.starts_at) == 1  # and the check-in
            with other.begin():  # another workstation books with that doctor: its foreign keys' shared locks
                other.execute(select(Doctor.id).where(Doctor.id == doctor.doctor_id).with_for_update(read=True))
                other.execute(select(Patient.id).where(Patient.id == patient.patient_id)
                              .with_for_update(read=True))
            with pytest.raises(OperationalError, match="Lock wait timeout"), other.begin():
                other.execute(select(Appointment.id).where(Appointment.id == appt.id).with_for_update())
    finally:
        other.close()


def _hold_write_lock(db: Database, backend: str, row_id: int, model=Appointment):  # type: ignore[no-untyped-def]
    """Another workstation holding a write lock (a row, by default an appointment's, on MariaDB; the file on
    SQLite)."""
    if backend == "sqlite":
        assert db.cipher is not None  # another program with the database key (e.g. an SQLCipher browser)
        blocker = cipher.connect(db.url.database, db.cipher.raw_key(), timeout=0.1, isolation_level=None,
                                 check_same_thread=False)
        blocker.execute("BEGIN IMMEDIATE")
        return blocker, lambda: (blocker.execute("ROLLBACK"), blocker.close())
    conn = db.engine.connect()
    trans = conn.begin()
    conn.execute(select(model.id).where(model.id == row_id).with_for_update())
    return conn, lambda: (trans.rollback(), conn.close())


def _short_lock_waits(db: Database, backend: str, monkeypatch: pytest.MonkeyPatch) -> Database:
    """A workstation that gives up waiting for a lock after ~0.3 s (1 s on MariaDB, its minimum)."""
    import medlink.db.session as session_module

    monkeypatch.setattr(session_module, "SQLITE_BUSY_TIMEOUT_MS", 300)
    station = Database(db.url)
    if backend == "mariadb":
        @event.listens_for(station.engine, "connect")
        def _short(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            with dbapi_conn.cursor() as cur:
                cur.execute("SET SESSION innodb_lock_wait_timeout = 1")
    return station


def _release_after_the_first_retry(release, retries_before: int) -> threading.Thread:  # type: ignore[no-untyped-def]
    """A started thread that releases the held lock once a unit of work has hit it and retried (not after a
    fixed time, which a busy machine can make too short or too long)."""
    def run() -> None:
        deadline = time.monotonic() + 30
        while retry_statistics()["retries"] == retries_before and time.monotonic() < deadline:
            time.sleep(0.05)
        release()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_lock_released_in_time_is_waited_out_by_retrying(clinic, db, backend, monkeypatch):
    patient, doctor = clinic.patient(), clinic.doctor()
    appt = clinic.booking(patient, doctor)
    station = _short_lock_waits(db, backend, monkeypatch)
    _conn, release = _hold_write_lock(db, backend, appt.id)
    before = retry_statistics()["retries"]

    timer = _release_after_the_first_retry(release, before)
    try:
        view = appointments.cancel_appointment(station, actor=patient, appointment_id=appt.id, reason="Travel")
    finally:
        timer.join()
        station.dispose()
    assert view.status == AppointmentStatus.CANCELLED.value
    assert retry_statistics()["retries"] > before
    with db.read() as s:  # applied once: one audit row, one cancellation mail
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "appointment.cancel")) == 1
        assert s.scalar(select(func.count()).select_from(OutboxMessage)
                        .where(OutboxMessage.kind == "appointment_cancelled")) == 1


WRITES_THAT_WAIT = {  # use cases retried since the coverage check (tests/core/test_retry_coverage.py)
    # the front desk records an allergy: on MariaDB the insert's foreign key waits for the locked patient row
    "allergy.add": (Patient, lambda clinic: (clinic.patient().patient_id, clinic.staff()),
                    lambda db, actor, patient_id: allergies.add_allergy(
                        db, actor=actor, patient_id=patient_id, substance="Penicillin")),
    # the administrator deactivates an account: the update waits for the locked user row
    "user.deactivate": (User, lambda clinic: (clinic.patient().user_id, clinic.admin),
                        lambda db, actor, user_id: accounts.set_account_active(db, actor=actor, user_id=user_id,
                                                                               active=False)),
}


@pytest.mark.parametrize("action", sorted(WRITES_THAT_WAIT))
def test_a_write_that_meets_a_held_lock_waits_it_out(clinic, db, backend, monkeypatch, action):
    """Writes that used to give the user "the database is busy" on the first lock-wait time-out (1205 on
    MariaDB, SQLite busy) are repeated until the lock is released, and applied once."""
    model, make_row, change = WRITES_THAT_WAIT[action]
    row_id, actor = make_row(clinic)  # before the lock is taken
    station = _short_lock_waits(db, backend, monkeypatch)
    _conn, release = _hold_write_lock(db, backend, row_id, model)
    before = retry_statistics()["retries"]

    timer = _release_after_the_first_retry(release, before)
    try:
        change(station, actor, row_id)
    finally:
        timer.join()
        station.dispose()
    assert retry_statistics()["retries"] > before
    with db.read() as s:  # applied once
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == action)) == 1


OPENED_LISTS = {  # what a front desk opens all day; each writes one disclosure row, so takes the write lock
    "appointment.queue": lambda db, staff, patient: appointments.day_queue(db, actor=staff, day=date.today()),
    "bill.list": lambda db, staff, patient: billing.list_bills(db, actor=staff, patient_id=patient.patient_id),
    "patient.search": lambda db, staff, patient: patients.search_patients(db, actor=staff, text="Stress"),
    "appointment.list": lambda db, staff, patient: appointments.patient_appointments(
        db, actor=staff, patient_id=patient.patient_id),
    "patient.view": lambda db, staff, patient: patients.get_patient(db, actor=staff, patient_id=patient.patient_id),
    "patient.history": lambda db, staff, patient: patient_history.patient_history(
        db, actor=staff, patient_id=patient.patient_id),
    "record.list": lambda db, staff, patient: records.list_records(db, actor=staff, patient_id=patient.patient_id),
    "prescription.list": lambda db, staff, patient: prescriptions.list_prescriptions(
        db, actor=staff, patient_id=patient.patient_id),
    "allergy.list": lambda db, staff, patient: allergies.list_allergies(db, actor=staff, patient_id=patient.patient_id),
    "measurement.list": lambda db, staff, patient: measurements.list_measurements(
        db, actor=staff, patient_id=patient.patient_id),
}


@pytest.mark.parametrize("action", sorted(OPENED_LISTS))
def test_a_list_opened_while_another_workstation_writes_waits_it_out(clinic, db, backend, monkeypatch, action):
    """SQLite has one writer: a list's audit row waits for it and, past the busy time-out, is retried
    (16 workstations in bench/stress.py saw "database busy" opening a patient's bills before)."""
    if backend != "sqlite":
        pytest.skip("MariaDB reads do not wait for another transaction's row locks")
    staff, patient = clinic.staff(), clinic.patient("Stress Patient")
    appt = clinic.booking(patient, clinic.doctor())
    station = _short_lock_waits(db, backend, monkeypatch)
    _conn, release = _hold_write_lock(db, backend, appt.id)
    before = retry_statistics()["retries"]

    timer = _release_after_the_first_retry(release, before)
    try:
        OPENED_LISTS[action](station, staff, patient)
    finally:
        timer.join()
        station.dispose()
    assert retry_statistics()["retries"] > before
    with db.read() as s:  # the view was recorded once, not once per attempt
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == action)) == 1


def test_a_lock_held_too_long_says_the_database_is_busy_and_changes_nothing(clinic, db, backend, monkeypatch):
    import medlink.db.session as session_module

    patient, doctor = clinic.patient(), clinic.doctor()
    appt = clinic.booking(patient, doctor)
    station = _short_lock_waits(db, backend, monkeypatch)
    monkeypatch.setattr(session_module, "RETRY_ATTEMPTS", 2)  # the default is read at call time
    _conn, release = _hold_write_lock(db, backend, appt.id)
    before = retry_statistics()
    try:
        with pytest.raises(DatabaseBusy, match=r"^The database is busy — other workstations are saving"):
            appointments.cancel_appointment(station, actor=patient, appointment_id=appt.id, reason="Travel")
    finally:
        release()
        station.dispose()
    after = retry_statistics()
    assert after["gave_up"] == before["gave_up"] + 1 and after["retries"] == before["retries"] + 1
    assert appointments.get_appointment(db, actor=patient, appointment_id=appt.id).status == "booked"


def test_sqlite_disk_full_has_its_own_sentence_and_saves_nothing(sqlite_db: Database):
    from tests.factories import ClinicFactory

    clinic = ClinicFactory(sqlite_db)
    patient, doctor = clinic.patient(), clinic.doctor()
    slots = clinic.next_slots(doctor, 40, 2)
    full = Database(sqlite_db.url)

    @event.listens_for(full.engine, "connect")
    def _no_more_pages(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from now on

    booked = 0
    with pytest.raises(DiskFull, match=r"^The disk holding the SQLite file .* is full, so nothing was saved"):
        for slot in slots:  # long reasons fill the last free pages, then the file may not grow
            appointments.book_appointment(full, actor=patient, patient_id=patient.patient_id,
                                          doctor_id=doctor.doctor_id, starts_at=slot, reason="x" * 1000)
            booked += 1
    full.dispose()
    with sqlite_db.read() as s:  # nothing half-written: every appointment has its audit and outbox rows
        assert s.scalar(select(func.count()).select_from(Appointment)) == booked
        assert s.scalar(select(func.count()).select_from(AuditLog)
                        .where(AuditLog.action == "appointment.book")) == booked
        assert s.scalar(select(func.count()).select_from(OutboxMessage)
                        .where(OutboxMessage.kind == "appointment_booked")) == booked


def test_read_only_database_has_its_own_sentence(clinic, db, backend, tmp_path: Path):
    staff = clinic.staff()
    if backend == "sqlite":
        station = Database(f"sqlite:///file:{db.url.database}?mode=ro&uri=true")
    else:
        station = Database(db.url)

        @event.listens_for(station.engine, "connect")
        def _read_only(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            with dbapi_conn.cursor() as cur:  # what a replica (or read_only=ON) answers
                cur.execute("SET SESSION TRANSACTION READ ONLY")
    form = patients.PatientForm(full_name="Read Only", gender="Female", phone="9812345678",
                                address="12 MG Road, Bengaluru", state="Karnataka")
    try:
        with pytest.raises(DatabaseReadOnly, match=r"is read-only, so nothing was saved"):
            patients.register_walk_in(station, actor=staff, form=form)
    finally:
        station.dispose()
    assert not patients.search_patients(db, actor=staff, text="Read Only")


@pytest.mark.parametrize(("error", "kind"), [
    (pymysql.err.OperationalError(1213, "Deadlock found when trying to get lock; try restarting transaction"),
     "busy"),
    (pymysql.err.OperationalError(1213, "WSREP detected deadlock/conflict and aborted the transaction. "
                                        "Try restarting the transaction"), "busy"),
    (pymysql.err.OperationalError(1205, "Lock wait timeout exceeded; try restarting transaction"), "busy"),
    (pymysql.err.OperationalError(2013, "Lost connection to MySQL server during query"), "lost"),
    (pymysql.err.OperationalError(2003, "Can't connect to MySQL server on '127.0.0.1'"), "lost"),
    (pymysql.err.OperationalError(1021, "Disk full (/var/tmp/#sql_1.MAI); waiting for someone to free some space"),
     "disk_full"),
    (pymysql.err.OperationalError(1114, "The table 'bills' is full"), "disk_full"),
    (pymysql.err.InternalError(1290, "The MariaDB server is running with the --read-only option"), "read_only"),
    (pymysql.err.OperationalError(1045, "Access denied for user"), "other"),
])
def test_driver_errors_are_told_apart(error: Exception, kind: str) -> None:
    """The server's error codes, as PyMySQL raises them (the live cases are tested above)."""
    from sqlalchemy.exc import OperationalError

    assert classify_db_error(OperationalError("COMMIT", {}, error)) == kind


def test_the_sentences_differ(sqlite_db: Database) -> None:
    from medlink.db.session import database_error

    sentences = {kind: database_error(sqlite_db, kind) for kind in ("busy", "lost", "read_only", "disk_full")}
    assert isinstance(sentences["busy"], DatabaseBusy)
    assert isinstance(sentences["read_only"], DatabaseReadOnly) and isinstance(sentences["disk_full"], DiskFull)
    assert all(isinstance(e, DatabaseUnavailable) for e in sentences.values())  # old handlers still catch them
    assert len({e.message for e in sentences.values()}) == 4
    assert "reconnects" in sentences["lost"].message
    assert all("reconnects" not in e.message for k, e in sentences.items() if k != "lost")


def test_nested_retryable_calls_do_not_multiply_attempts(monkeypatch) -> None:
    import medlink.db.session as session_module

    monkeypatch.setattr(session_module, "RETRY_BASE_DELAY_S", 0.001)
    calls = {"inner": 0, "outer": 0}

    @retry_on_contention(attempts=3)
    def inner() -> None:
        calls["inner"] += 1
        raise DatabaseBusy("busy")

    @retry_on_contention(attempts=3)
    def outer() -> None:
        calls["outer"] += 1
        inner()

    with pytest.raises(DatabaseBusy):
        outer()
    assert calls == {"inner": 3, "outer": 3}
