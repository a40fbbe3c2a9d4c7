"""MedLink's vocabulary: the enumerations every layer may import.

The ORM models, the services and the UI all speak these words; keeping them
here (and not in ``medlink.db.models``) lets the UI name a status without
importing the database layer.  Values are the short strings stored in the
database and guarded there by CHECK constraints.
"""

from __future__ import annotations

import enum


class Role(str, enum.Enum):
    PATIENT = "patient"
    DOCTOR = "doctor"
    STAFF = "staff"
    ADMIN = "admin"


class VerificationStatus(str, enum.Enum):
    PENDING = "pending"
    VERIFIED = "verified"
    REJECTED = "rejected"
    SUSPENDED = "suspended"


class AppointmentMode(str, enum.Enum):
    IN_PERSON = "in_person"
    ONLINE = "online"


class AppointmentStatus(str, enum.Enum):
    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class BillStatus(str, enum.Enum):
    UNPAID = "unpaid"
    PAID = "paid"
    VOID = "void"


class RecordType(str, enum.Enum):
    LAB_REPORT = "lab_report"
    PRESCRIPTION = "prescription"
    IMAGING = "imaging"
    DISCHARGE_SUMMARY = "discharge_summary"
    OTHER = "other"


class OutboxStatus(str, enum.Enum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class MeasurementKind(str, enum.Enum):
    """What a reading measures (each kind has one stored unit, see :mod:`medlink.clinical.vitals`)."""

    BLOOD_PRESSURE = "blood_pressure"
    PULSE = "pulse"
    TEMPERATURE = "temperature"
    SPO2 = "spo2"
    WEIGHT = "weight"
    HEIGHT = "height"
    BMI = "bmi"
    GLUCOSE_FASTING = "glucose_fasting"
    GLUCOSE_POST_MEAL = "glucose_post_meal"
    GLUCOSE_RANDOM = "glucose_random"
    HBA1C = "hba1c"


class MeasurementSource(str, enum.Enum):
    VISIT = "visit"      # entered by the doctor or the front desk at a visit
    HOME = "home"        # entered by the patient at home
    KIOSK = "kiosk"      # entered by the patient on the waiting-room kiosk
    LAB = "lab"          # from a lab result


class AlertKind(str, enum.Enum):
    DANGER = "danger"
    OUT_OF_RANGE = "out_of_range"
    SIGNIFICANT_CHANGE = "significant_change"
    OVERDUE = "overdue"
    LAB_ABNORMAL = "lab_abnormal"


class AllergySeverity(str, enum.Enum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"
    LIFE_THREATENING = "life_threatening"
    UNKNOWN = "unknown"


class ProblemStatus(str, enum.Enum):
    ACTIVE = "active"
    RESOLVED = "resolved"


class LabOrderStatus(str, enum.Enum):
    ORDERED = "ordered"
    RESULTED = "resulted"
    CANCELLED = "cancelled"
