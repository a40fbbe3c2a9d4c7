"""The MedLink data model (SQLAlchemy 2.0, typed).

Conventions
* Money is integer paise (``*_paise`` columns, BIGINT); the core converts to
  and from ``Decimal`` (SQLite would round ``Numeric`` through float).
* Percent rates are integer basis points (1800 = 18.00 %).
* Datetimes are aware and stored as UTC (:class:`UTCDateTime`).
* Enumerations are short strings guarded by CHECK constraints.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time

from sqlalchemy import (
    BigInteger,
    Boolean,
    Double,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from medlink.db.types import UTCDateTime, utcnow
from medlink.vocabulary import (  # re-exported: the models' columns use them
    AlertKind,
    AllergySeverity,
    AppointmentMode,
    AppointmentStatus,
    BillStatus,
    LabOrderStatus,
    MeasurementKind,
    MeasurementSource,
    OutboxStatus,
    ProblemStatus,
    RecordType,
    Role,
    VerificationStatus,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _ci_string(length: int) -> String:
    """A string column compared case-insensitively (NOCASE on SQLite, as MySQL's
    utf8mb4 collations already are), so name prefix searches can use the index."""
    return String(length).with_variant(String(length, collation="NOCASE"), "sqlite")


def _in(column: str, enum_type: type[enum.Enum]) -> str:
    values = ", ".join(f"'{member.value}'" for member in enum_type)
    return f"{column} IN ({values})"


class User(Base):
    """A sign-in account.  ``email_key`` is the lower-cased e-mail (unique)."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_in("role", Role), name="role_valid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254))
    email_key: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    full_name: Mapped[str] = mapped_column(String(120))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    # Raised by sign-out, deactivation and password changes: every Actor carrying an older
    # value is refused by the services (medlink.services.permissions.current_actor).
    session_epoch: Mapped[int] = mapped_column(Integer, default=0)
    preferred_language: Mapped[str | None] = mapped_column(String(16))  # "hi"; None = the workstation's
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Patient(Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), unique=True)
    full_name: Mapped[str] = mapped_column(_ci_string(120), index=True)
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(_ci_string(254), index=True)
    address: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str | None] = mapped_column(String(60))
    blood_group: Mapped[str | None] = mapped_column(String(4))
    allergies: Mapped[str | None] = mapped_column(Text)
    medical_history: Mapped[str | None] = mapped_column(Text)
    emergency_contact_name: Mapped[str | None] = mapped_column(String(120))
    emergency_contact_phone: Mapped[str | None] = mapped_column(String(20))
    preferred_language: Mapped[str | None] = mapped_column(String(16))  # e-mails and documents; None = English
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"))
    """Set when this record was merged into another (the survivor); merged records are hidden from search."""
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    user: Mapped[User | None] = relationship()


class Doctor(Base):
    __tablename__ = "doctors"
    __table_args__ = (
        CheckConstraint(_in("verification_status", VerificationStatus), name="status_valid"),
        CheckConstraint("slot_minutes BETWEEN 5 AND 240", name="slot_minutes_range"),
        CheckConstraint("years_experience >= 0", name="experience_nonneg"),
        Index("ix_doctors_speciality_name", "speciality", "full_name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    full_name: Mapped[str] = mapped_column(_ci_string(120), index=True)
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    registration_number: Mapped[str] = mapped_column(String(40), unique=True)
    qualifications: Mapped[str] = mapped_column(Text)
    speciality: Mapped[str] = mapped_column(_ci_string(60))
    years_experience: Mapped[int] = mapped_column(Integer, default=0)
    hospital_name: Mapped[str | None] = mapped_column(String(160))
    hospital_address: Mapped[str | None] = mapped_column(Text)
    languages: Mapped[str | None] = mapped_column(String(200))
    bio: Mapped[str | None] = mapped_column(Text)
    photo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    verification_status: Mapped[str] = mapped_column(String(16), default=VerificationStatus.PENDING.value, index=True)
    verification_note: Mapped[str | None] = mapped_column(Text)
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    slot_minutes: Mapped[int] = mapped_column(Integer, default=15)
    consultation_fee_paise: Mapped[int | None] = mapped_column(BigInteger)
    lab_test_fee_paise: Mapped[int | None] = mapped_column(BigInteger)
    medication_fee_paise: Mapped[int | None] = mapped_column(BigInteger)
    other_fee_paise: Mapped[int | None] = mapped_column(BigInteger)
    follow_up_free_days: Mapped[int | None] = mapped_column(Integer)
    """Free follow-up rule: a visit within this many days of a paid consultation is free (None: no rule)."""
    follow_up_free_visits: Mapped[int] = mapped_column(Integer, default=1)
    """…for at most this many follow-up visits per paid consultation."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    availability: Mapped[list[DoctorAvailability]] = relationship(
        back_populates="doctor", cascade="all, delete-orphan", order_by="DoctorAvailability.weekday"
    )


class DoctorAvailability(Base):
    """One weekly working range, e.g. Monday 09:00–13:00 (clinic local time)."""

    __tablename__ = "doctor_availability"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("start_time < end_time", name="range_order"),
        Index("ix_doctor_availability_doctor_weekday", "doctor_id", "weekday"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctors.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)  # Monday = 0
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)

    doctor: Mapped[Doctor] = relationship(back_populates="availability")


class DoctorLeave(Base):
    __tablename__ = "doctor_leave"
    __table_args__ = (UniqueConstraint("doctor_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctors.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(200))


class DoctorMeetLink(Base):
    """A Google Meet room of a doctor: one personal room or a pool of links."""

    __tablename__ = "doctor_meet_links"
    __table_args__ = (UniqueConstraint("doctor_id", "url"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctors.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(200))
    is_personal_room: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Appointment(Base):
    """An appointment.

    ``slot_claim`` is 1 while the appointment holds its slot and NULL once it is
    cancelled: the unique constraint on (doctor_id, starts_at, slot_claim) makes
    double-booking impossible in the database itself (NULLs never collide, on
    SQLite and MySQL alike), even with several workstations racing.
    """

    __tablename__ = "appointments"
    __table_args__ = (
        UniqueConstraint("doctor_id", "starts_at", "slot_claim", name="uq_appointments_doctor_slot"),
        CheckConstraint(_in("status", AppointmentStatus), name="status_valid"),
        CheckConstraint(_in("mode", AppointmentMode), name="mode_valid"),
        CheckConstraint("starts_at < ends_at", name="time_order"),
        CheckConstraint("slot_claim IS NULL OR slot_claim = 1", name="slot_claim_flag"),
        Index("ix_appointments_doctor_time", "doctor_id", "starts_at"),
        Index("ix_appointments_patient_time", "patient_id", "starts_at"),
        # covering index for the dashboard's per-day and per-speciality aggregates
        Index("ix_appointments_time_status_doctor", "starts_at", "status", "doctor_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctors.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    mode: Mapped[str] = mapped_column(String(16), default=AppointmentMode.IN_PERSON.value)
    status: Mapped[str] = mapped_column(String(16), default=AppointmentStatus.BOOKED.value)
    slot_claim: Mapped[int | None] = mapped_column(Integer, default=1)
    reason: Mapped[str | None] = mapped_column(Text)
    diagnosis: Mapped[str | None] = mapped_column(Text)
    consultation_notes: Mapped[str | None] = mapped_column(Text)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    booked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    calendar_uid: Mapped[str] = mapped_column(String(80))
    calendar_sequence: Mapped[int] = mapped_column(Integer, default=0)
    reminder_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    telemedicine_consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """When the patient consented to an online consultation (Telemedicine Practice Guidelines 2020)."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    patient: Mapped[Patient] = relationship()
    doctor: Mapped[Doctor] = relationship()
    video_call: Mapped[VideoCall | None] = relationship(back_populates="appointment", uselist=False)


class VideoCall(Base):
    """The meeting link of an online appointment."""

    __tablename__ = "video_calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id", ondelete="CASCADE"), unique=True)
    meet_link: Mapped[str | None] = mapped_column(String(200))
    provider: Mapped[str] = mapped_column(String(40), default="google_meet")
    assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    link_emailed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    appointment: Mapped[Appointment] = relationship(back_populates="video_call")


class ReceiptCounter(Base):
    """Last receipt sequence number per financial year (row-locked on allocation)."""

    __tablename__ = "receipt_counters"

    financial_year: Mapped[str] = mapped_column(String(5), primary_key=True)  # "26-27"
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Bill(Base):
    __tablename__ = "bills"
    __table_args__ = (
        CheckConstraint(_in("status", BillStatus), name="status_valid"),
        CheckConstraint("grand_total_paise >= 0", name="total_nonneg"),
        Index("ix_bills_patient_issued", "patient_id", "issued_at"),
        # covering index for revenue / GST per day
        Index("ix_bills_issued_totals", "issued_at", "status", "grand_total_paise", "cgst_paise", "sgst_paise",
              "igst_paise"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    financial_year: Mapped[str] = mapped_column(String(5))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"), index=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    doctor_id: Mapped[int | None] = mapped_column(ForeignKey("doctors.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    supply_type: Mapped[str] = mapped_column(String(8), default="intra")
    taxable_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    cgst_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    sgst_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    igst_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    round_off_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    grand_total_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(8), default=BillStatus.UNPAID.value)
    payment_method: Mapped[str | None] = mapped_column(String(30))
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    pdf_path: Mapped[str | None] = mapped_column(String(300))
    # True between numbering the bill and storing its receipt PDF and e-mail (two transactions, so the
    # year's receipt counter is held only while the number is taken): see medlink.services.billing.
    receipt_pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    lines: Mapped[list[BillLine]] = relationship(
        back_populates="bill", cascade="all, delete-orphan", order_by="BillLine.position"
    )
    patient: Mapped[Patient] = relationship()
    doctor: Mapped[Doctor | None] = relationship()


class BillLine(Base):
    __tablename__ = "bill_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_pos"),
        CheckConstraint("unit_price_paise >= 0", name="price_nonneg"),
        CheckConstraint("gst_rate_bp BETWEEN 0 AND 10000", name="rate_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200))
    sac_code: Mapped[str | None] = mapped_column(String(10))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_paise: Mapped[int] = mapped_column(BigInteger)
    discount_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    gst_rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    taxable_paise: Mapped[int] = mapped_column(BigInteger)
    tax_paise: Mapped[int] = mapped_column(BigInteger)
    total_paise: Mapped[int] = mapped_column(BigInteger)

    bill: Mapped[Bill] = relationship(back_populates="lines")


class MedicalRecord(Base):
    """Metadata of an uploaded file; the bytes live encrypted in the records folder."""

    __tablename__ = "medical_records"
    __table_args__ = (
        CheckConstraint(_in("record_type", RecordType), name="type_valid"),
        CheckConstraint("size_bytes > 0", name="size_pos"),
        Index("ix_medical_records_patient_date", "patient_id", "record_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"))
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str] = mapped_column(String(200))
    record_type: Mapped[str] = mapped_column(String(24))
    record_date: Mapped[date] = mapped_column(Date)
    content_type: Mapped[str] = mapped_column(String(60))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    storage_path: Mapped[str] = mapped_column(String(300), unique=True)
    original_filename: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Prescription(Base):
    __tablename__ = "prescriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id"), index=True)
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctors.id"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    lab_tests: Mapped[str | None] = mapped_column(Text)
    advice: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    pdf_path: Mapped[str | None] = mapped_column(String(300))
    allergy_override_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    items: Mapped[list[PrescriptionItem]] = relationship(
        back_populates="prescription", cascade="all, delete-orphan", order_by="PrescriptionItem.position"
    )


class PrescriptionItem(Base):
    __tablename__ = "prescription_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prescription_id: Mapped[int] = mapped_column(ForeignKey("prescriptions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    medicine: Mapped[str] = mapped_column(String(120))
    strength: Mapped[str | None] = mapped_column(String(60))
    dose: Mapped[str | None] = mapped_column(String(60))
    frequency: Mapped[str | None] = mapped_column(String(60))
    duration: Mapped[str | None] = mapped_column(String(60))
    instructions: Mapped[str | None] = mapped_column(String(200))

    prescription: Mapped[Prescription] = relationship(back_populates="items")


class ClinicKey(Base):
    """The fingerprint of the clinic data key: exactly one row (id = 1).

    The key itself is never in the database; it lives in each workstation's OS
    keyring.  ``next_key_id`` is set while a rotation is re-encrypting files.
    """

    __tablename__ = "clinic_key"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1, autoincrement=False)
    key_id: Mapped[str] = mapped_column(String(32))
    next_key_id: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    rotated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Measurement(Base):
    """One reading (vital sign, glucose, HbA1c…) in its kind's stored unit.

    Blood pressure keeps the systolic in ``value`` and the diastolic in ``value2``.
    ``entered_by_id`` / ``entered_at`` say who typed it and when; ``measured_at``
    is when it was measured (a patient may enter this morning's reading later).
    """

    __tablename__ = "measurements"
    __table_args__ = (
        CheckConstraint(_in("kind", MeasurementKind), name="kind_valid"),
        CheckConstraint(_in("source", MeasurementSource), name="source_valid"),
        Index("ix_measurements_patient_kind_at", "patient_id", "kind", "measured_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    kind: Mapped[str] = mapped_column(String(24))
    value: Mapped[float] = mapped_column(Double)
    value2: Mapped[float | None] = mapped_column(Double)
    measured_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(8))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"))
    lab_order_id: Mapped[int | None] = mapped_column(ForeignKey("lab_orders.id"))
    note: Mapped[str | None] = mapped_column(String(200))
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    entered_by_label: Mapped[str] = mapped_column(String(160))
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MonitoringPlan(Base):
    """What a doctor asked a patient to measure, how often, and the target band."""

    __tablename__ = "monitoring_plans"
    __table_args__ = (
        UniqueConstraint("patient_id", "kind"),
        CheckConstraint(_in("kind", MeasurementKind), name="kind_valid"),
        CheckConstraint("every_days BETWEEN 1 AND 366", name="every_days_range"),
        Index("ix_monitoring_plans_doctor_active", "doctor_id", "active"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctors.id"))
    kind: Mapped[str] = mapped_column(String(24))
    every_days: Mapped[int] = mapped_column(Integer)
    target_low: Mapped[float | None] = mapped_column(Double)
    target_high: Mapped[float | None] = mapped_column(Double)
    target_low2: Mapped[float | None] = mapped_column(Double)
    target_high2: Mapped[float | None] = mapped_column(Double)
    instructions: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ClinicalAlert(Base):
    """Something a doctor should look at: a reading out of range, a big change, an overdue reading.

    ``dedupe_key`` (unique) makes each alert exist once, also with several workstations.
    """

    __tablename__ = "clinical_alerts"
    __table_args__ = (
        CheckConstraint(_in("kind", AlertKind), name="kind_valid"),
        Index("ix_clinical_alerts_doctor_open", "doctor_id", "acknowledged_at", "last_seen_at"),
        Index("ix_clinical_alerts_patient", "patient_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctors.id"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    kind: Mapped[str] = mapped_column(String(20))
    message: Mapped[str] = mapped_column(Text)
    measurement_id: Mapped[int | None] = mapped_column(ForeignKey("measurements.id"))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("monitoring_plans.id"))
    lab_order_id: Mapped[int | None] = mapped_column(ForeignKey("lab_orders.id"))
    dedupe_key: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    occurrences: Mapped[int] = mapped_column(Integer, default=1)  # readings folded into this open alert
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    acknowledgement_note: Mapped[str | None] = mapped_column(Text)


class Allergy(Base):
    """One recorded allergy: a substance and/or a drug class, the reaction and its severity."""

    __tablename__ = "allergies"
    __table_args__ = (
        CheckConstraint(_in("severity", AllergySeverity), name="severity_valid"),
        Index("ix_allergies_patient_active", "patient_id", "active"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    substance: Mapped[str] = mapped_column(String(120))
    drug_class: Mapped[str | None] = mapped_column(String(40))
    reaction: Mapped[str | None] = mapped_column(String(200))
    severity: Mapped[str] = mapped_column(String(20), default=AllergySeverity.UNKNOWN.value)
    reported_by_patient: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    removed_reason: Mapped[str | None] = mapped_column(String(200))


class Problem(Base):
    """A coded diagnosis (WHO ICD-10) on the patient's problem list."""

    __tablename__ = "problems"
    __table_args__ = (
        CheckConstraint(_in("status", ProblemStatus), name="status_valid"),
        Index("ix_problems_patient_status", "patient_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    icd10_code: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(String(300))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"))
    status: Mapped[str] = mapped_column(String(10), default=ProblemStatus.ACTIVE.value)
    onset_on: Mapped[date | None] = mapped_column(Date)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class LabTest(Base):
    """The clinic's lab catalogue: a test, its unit, reference range and price."""

    __tablename__ = "lab_tests"
    __table_args__ = (CheckConstraint("price_paise >= 0", name="price_nonneg"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    unit: Mapped[str | None] = mapped_column(String(20))
    reference_low: Mapped[float | None] = mapped_column(Double)
    reference_high: Mapped[float | None] = mapped_column(Double)
    price_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    measurement_kind: Mapped[str | None] = mapped_column(String(24))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LabOrder(Base):
    """A test ordered at a visit, and (later) its result or the lab's PDF."""

    __tablename__ = "lab_orders"
    __table_args__ = (
        CheckConstraint(_in("status", LabOrderStatus), name="status_valid"),
        Index("ix_lab_orders_patient_ordered", "patient_id", "ordered_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id"), index=True)
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctors.id"))
    lab_test_id: Mapped[int] = mapped_column(ForeignKey("lab_tests.id"))
    test_name: Mapped[str] = mapped_column(String(120))
    unit: Mapped[str | None] = mapped_column(String(20))
    reference_low: Mapped[float | None] = mapped_column(Double)
    reference_high: Mapped[float | None] = mapped_column(Double)
    price_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(10), default=LabOrderStatus.ORDERED.value)
    ordered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    result_value: Mapped[float | None] = mapped_column(Double)
    result_text: Mapped[str | None] = mapped_column(String(500))
    abnormal_flag: Mapped[str | None] = mapped_column(String(2))  # "L", "H" or None
    resulted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resulted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    record_id: Mapped[int | None] = mapped_column(ForeignKey("medical_records.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ClinicSettings(Base):
    """The clinic's settings: exactly one row (id = 1)."""

    __tablename__ = "clinic_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1, autoincrement=False)
    clinic_name: Mapped[str] = mapped_column(String(160), default="MedLink Clinic")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    gstin: Mapped[str] = mapped_column(String(15), default="")
    state: Mapped[str] = mapped_column(String(60), default="Karnataka")
    timezone: Mapped[str] = mapped_column(String(60), default="Asia/Kolkata")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    default_consultation_fee_paise: Mapped[int] = mapped_column(BigInteger, default=50000)
    default_lab_test_fee_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    default_medication_fee_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    default_other_fee_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    extra_charge_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    gst_consultation_bp: Mapped[int] = mapped_column(Integer, default=1800)
    gst_lab_test_bp: Mapped[int] = mapped_column(Integer, default=1800)
    gst_medication_bp: Mapped[int] = mapped_column(Integer, default=1800)
    gst_other_bp: Mapped[int] = mapped_column(Integer, default=0)
    gst_extra_charge_bp: Mapped[int] = mapped_column(Integer, default=0)
    prices_include_gst: Mapped[bool] = mapped_column(Boolean, default=False)
    round_off_to_rupee: Mapped[bool] = mapped_column(Boolean, default=False)
    receipt_prefix: Mapped[str] = mapped_column(String(6), default="ML")
    kiosk_idle_seconds: Mapped[int] = mapped_column(Integer, default=120)
    # A doctor reaches a chart through an appointment that ended at most this many days ago
    # (0 = no limit); check-in opens this many minutes before the start.
    chart_access_days: Mapped[int] = mapped_column(Integer, default=0)
    check_in_opens_minutes: Mapped[int] = mapped_column(Integer, default=60)
    bilingual_documents: Mapped[bool] = mapped_column(Boolean, default=False)  # headings in English and Hindi
    staff_idle_seconds: Mapped[int] = mapped_column(Integer, default=900)
    record_max_bytes: Mapped[int] = mapped_column(BigInteger, default=25 * 1024 * 1024)
    smtp_host: Mapped[str] = mapped_column(String(200), default="")
    smtp_port: Mapped[int] = mapped_column(Integer, default=587)
    smtp_security: Mapped[str] = mapped_column(String(10), default="starttls")
    smtp_username: Mapped[str] = mapped_column(String(200), default="")
    smtp_sender_name: Mapped[str] = mapped_column(String(120), default="MedLink Clinic")
    smtp_sender_address: Mapped[str] = mapped_column(String(254), default="")
    smtp_ca_file: Mapped[str] = mapped_column(String(400), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class AuditLog(Base):
    """Append-only, hash-chained audit trail.

    ``mac`` is an HMAC over the row's content and the previous row's ``mac``
    (:mod:`medlink.services.audit_chain`); database triggers refuse UPDATE and
    DELETE on this table (migration 0007), and the application account on
    MariaDB holds no UPDATE/DELETE grant on it (``medlink db grants``).
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_patient_at", "patient_id", "at"),
        Index("ix_audit_log_actor_at", "actor_user_id", "at"),
        Index("ux_audit_log_chain_seq", "chain_id", "chain_seq", unique=True),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_label: Mapped[str] = mapped_column(String(160))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"))
    success: Mapped[bool] = mapped_column(Boolean, default=True)
    detail: Mapped[str | None] = mapped_column(Text)
    workstation: Mapped[str | None] = mapped_column(String(80))
    mac: Mapped[str] = mapped_column(String(64), default="")
    # Since migration 0009: which chain (one per workstation, :class:`AuditChainHead`), the row's place
    # in it (1, 2, 3 … without gaps) and the clinic key id its MAC was made with.  Rows of the single
    # chain of migration 0007 have no chain id and are chained by ``id``.
    chain_id: Mapped[int | None] = mapped_column(Integer)
    chain_seq: Mapped[int | None] = mapped_column(BigInteger)
    key_id: Mapped[str | None] = mapped_column(String(32))


class AuditChainHead(Base):
    """The end of one audit chain.  Each workstation appends to its own chain (``name`` is the
    workstation), so workstations never wait for each other's audit rows; only units of work of one
    workstation queue on its head row.  The row named ``""`` is the closed single chain that
    migration 0007 started (its rows are chained by id, from ``first_id`` to ``last_id``)."""

    __tablename__ = "audit_chain_head"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_id: Mapped[int] = mapped_column(BigInteger, default=0)  # the audit_log id of the chain's last row
    first_id: Mapped[int] = mapped_column(BigInteger, default=0)  # the 0007 chain: rows before it predate it
    last_mac: Mapped[str] = mapped_column(String(64), default="")


class BreakGlassAccess(Base):
    """A doctor's emergency access to a chart without an appointment (typed reason, time-limited)."""

    __tablename__ = "break_glass_access"
    __table_args__ = (Index("ix_break_glass_access_doctor_patient", "doctor_id", "patient_id", "expires_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctors.id"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)
    workstation: Mapped[str | None] = mapped_column(String(80))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OutboxMessage(Base):
    """An e-mail waiting to be (or already) delivered.

    Written in the same transaction as the event that causes it.  ``dedupe_key``
    (unique) makes messages such as reminders exist exactly once.
    """

    __tablename__ = "email_outbox"
    __table_args__ = (
        CheckConstraint(_in("status", OutboxStatus), name="status_valid"),
        Index("ix_email_outbox_status_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))
    dedupe_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    to_address: Mapped[str] = mapped_column(String(254))
    to_name: Mapped[str | None] = mapped_column(String(120))
    subject: Mapped[str] = mapped_column(String(250))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    ics_text: Mapped[str | None] = mapped_column(Text)
    ics_method: Mapped[str | None] = mapped_column(String(10))
    attachment_path: Mapped[str | None] = mapped_column(String(300))
    attachment_name: Mapped[str | None] = mapped_column(String(120))
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[str] = mapped_column(String(10), default=OutboxStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(80))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"), index=True)
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"))


class PatientGuardian(Base):
    """A family link: the guardian's account manages the dependant's record (a child, an elderly parent)."""

    __tablename__ = "patient_guardians"
    __table_args__ = (
        UniqueConstraint("guardian_id", "dependant_id"),
        CheckConstraint("guardian_id <> dependant_id", name="not_self"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guardian_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    dependant_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    relationship_label: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class PatientMerge(Base):
    """Two records of one person merged: everything of ``merged_id`` moved to ``survivor_id``."""

    __tablename__ = "patient_merges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survivor_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), unique=True)
    reason: Mapped[str] = mapped_column(Text)
    moved: Mapped[str] = mapped_column(Text)
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    merged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class QueueToken(Base):
    """A waiting-room token, issued at check-in: per doctor and clinic day, 1, 2, 3… in order of arrival.

    ``called_at`` is set when the front desk calls the token in; the waiting-room
    screen shows token numbers only, never names.
    """

    __tablename__ = "queue_tokens"
    __table_args__ = (UniqueConstraint("doctor_id", "day", "token_number"), Index("ix_queue_tokens_day", "day"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id"), unique=True)
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctors.id"))
    day: Mapped[date] = mapped_column(Date)
    token_number: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    called_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

class AppointmentDayCount(Base):
    """Appointments per clinic-local day, speciality and status (for the dashboard).

    Kept in step with ``appointments`` by :mod:`medlink.db.summary` inside the same
    transactions that book, cancel, move, check in and complete; rebuilt whole by the
    migration that created it and when the clinic's time zone changes.
    """

    __tablename__ = "appointment_day_counts"
    # (day, status, …) streams "per day and status" straight from the key; WITHOUT ROWID makes
    # SQLite store the rows in key order as InnoDB does.
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    speciality: Mapped[str] = mapped_column(String(60), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class BillDayTotal(Base):
    """Bills (not void) per clinic-local day of issue: how many, grand total and GST, in paise."""

    __tablename__ = "bill_day_totals"
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    bills: Mapped[int] = mapped_column(Integer, default=0)
    total_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    tax_paise: Mapped[int] = mapped_column(BigInteger, default=0)


# --- the audit log is append-only -------------------------------------------------------------
# Enforced by the database (triggers), not by ORM events, so bulk updates, raw SQL and other
# programs are refused too.  The same DDL is used by migration 0007 and by ``create_all``.

from sqlalchemy import DDL, event  # noqa: E402

AUDIT_TRIGGERS_SQLITE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit log rows cannot be changed'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit log rows cannot be deleted'); END",
)
AUDIT_TRIGGERS_MYSQL = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW "
    "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit log rows cannot be changed'",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW "
    "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit log rows cannot be deleted'",
)

for _statement in AUDIT_TRIGGERS_SQLITE:
    event.listen(AuditLog.__table__, "after_create", DDL(_statement).execute_if(dialect="sqlite"))
for _statement in AUDIT_TRIGGERS_MYSQL:
    for _dialect in ("mysql", "mariadb"):
        event.listen(AuditLog.__table__, "after_create", DDL(_statement).execute_if(dialect=_dialect))
