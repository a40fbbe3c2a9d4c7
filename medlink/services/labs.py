"""Lab tests: the clinic's catalogue, orders from a visit, results and the lab's PDF.

* The catalogue (name, unit, reference range, price) is kept by an administrator.
* The appointment's doctor orders tests; each order keeps the test's name,
  range and price as they were (a later price change does not alter it), and
  the price feeds the visit's bill (:func:`medlink.services.billing.draft_bill_lines`).
* The doctor or the front desk enters the result (flagged L / H against the
  reference range) or attaches the lab's PDF (stored as a medical record).
  A result of a kind that is also measured (glucose, HbA1c) joins that trend.
* Patients see their own orders and results.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from medlink.clinical import vitals
from medlink.clinical.lab_catalogue import STARTER_CATALOGUE
from medlink.db.models import (
    AlertKind,
    Appointment,
    AppointmentStatus,
    Doctor,
    LabOrder,
    LabOrderStatus,
    LabTest,
    MeasurementKind,
    MeasurementSource,
    RecordType,
)
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import NotFound, PermissionDenied, ValidationError
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.permissions import authorize, require_admin, require_patient_access, require_practising_doctor, require_signed_in
from medlink.validation import clean_text, from_paise, parse_money, require_text, to_paise
from medlink.i18n import N_, tr


@dataclass(frozen=True)
class LabTestView:
    id: int
    code: str
    name: str
    unit: str | None
    reference_low: float | None
    reference_high: float | None
    price: Decimal
    measurement_kind: str | None
    active: bool

    @property
    def reference_text(self) -> str:
        return reference_text(self.reference_low, self.reference_high, self.unit)


@dataclass(frozen=True)
class LabOrderView:
    id: int
    patient_id: int
    appointment_id: int
    doctor_name: str
    test_name: str
    unit: str | None
    reference_low: float | None
    reference_high: float | None
    price: Decimal
    status: str
    ordered_at: datetime
    result_value: float | None
    result_text: str | None
    abnormal_flag: str | None
    resulted_at: datetime | None
    record_id: int | None

    @property
    def reference_text(self) -> str:
        return reference_text(self.reference_low, self.reference_high, self.unit)

    @property
    def result_display(self) -> str:
        parts = []
        if self.result_value is not None:
            parts.append(f"{self.result_value:g}" + (f" {self.unit}" if self.unit else ""))
        if self.result_text:
            parts.append(self.result_text)
        return " — ".join(parts) if parts else ("Report attached" if self.record_id else "Awaiting result")


def reference_text(low: float | None, high: float | None, unit: str | None) -> str:
    suffix = f" {unit}" if unit else ""
    if low is not None and high is not None:
        return f"{low:g}–{high:g}{suffix}"
    if high is not None:
        return f"< {high:g}{suffix}"
    if low is not None:
        return f"> {low:g}{suffix}"
    return "—"


def flag_for(value: float, low: float | None, high: float | None) -> str | None:
    if low is not None and value < low:
        return "L"
    if high is not None and value > high:
        return "H"
    return None


def _test_view(t: LabTest) -> LabTestView:
    return LabTestView(id=t.id, code=t.code, name=t.name, unit=t.unit, reference_low=t.reference_low,
                       reference_high=t.reference_high, price=from_paise(t.price_paise) or Decimal("0.00"),
                       measurement_kind=t.measurement_kind, active=t.active)


def _order_view(o: LabOrder, doctor_name: str) -> LabOrderView:
    return LabOrderView(id=o.id, patient_id=o.patient_id, appointment_id=o.appointment_id, doctor_name=doctor_name,
                        test_name=o.test_name, unit=o.unit, reference_low=o.reference_low,
                        reference_high=o.reference_high, price=from_paise(o.price_paise) or Decimal("0.00"),
                        status=o.status, ordered_at=o.ordered_at, result_value=o.result_value,
                        result_text=o.result_text, abnormal_flag=o.abnormal_flag, resulted_at=o.resulted_at,
                        record_id=o.record_id)


# --- catalogue -------------------------------------------------------------------------------

@retry_on_contention
def install_starter_catalogue(db: Database, *, actor: Actor) -> int:
    """Add the starter tests that are missing (by code).  Returns how many were added."""
    actor = authorize(db, require_admin, actor, "change the lab catalogue")
    added = 0
    with db.transaction() as session:
        existing = set(session.scalars(select(LabTest.code)))
        for entry in STARTER_CATALOGUE:
            if entry.code in existing:
                continue
            session.add(LabTest(code=entry.code, name=entry.name, unit=entry.unit, reference_low=entry.low,
                                reference_high=entry.high, price_paise=entry.price_rupees * 100,
                                measurement_kind=entry.measurement_kind, active=True))
            added += 1
        if added:
            audit.record(session, actor, "lab_catalogue.install", detail=f"{added} tests")
    return added


@retry_on_contention
def list_lab_catalogue(db: Database, *, actor: Actor, include_inactive: bool = False) -> list[LabTestView]:
    actor = authorize(db, require_signed_in, actor)
    with db.read() as session:
        query = select(LabTest).order_by(LabTest.name)
        if not include_inactive:
            query = query.where(LabTest.active.is_(True))
        return [_test_view(t) for t in session.scalars(query)]


@retry_on_contention
def save_lab_test(db: Database, *, actor: Actor, code: str, name: str, unit: str | None = None,
                  reference_low: float | None = None, reference_high: float | None = None,
                  price: Decimal | str | int = Decimal("0"), measurement_kind: str | None = None,
                  active: bool = True) -> LabTestView:
    """Add or change a catalogue entry (by code)."""
    actor = authorize(db, require_admin, actor, "change the lab catalogue")
    clean_code = require_text(code, field="code", label=N_("fields", "Code"), max_length=20).upper()
    clean_name = require_text(name, field="name", label=N_("fields", "Test name"), max_length=120)
    clean_unit = clean_text(unit, field="unit", label=N_("fields", "Unit"), max_length=20)
    amount = parse_money(price, field="price", label=N_("fields", "Price"))
    assert amount is not None  # required: parse_money raises on an empty price
    if reference_low is not None and reference_high is not None and reference_low >= reference_high:
        raise ValidationError("reference_high", tr("labs", "The upper end of the reference range must be above the lower end."))
    if measurement_kind:
        try:
            MeasurementKind(measurement_kind)
        except ValueError as exc:
            raise ValidationError("measurement_kind", tr("labs", "Choose which trend the result belongs to.")) from exc
    with db.transaction() as session:
        test = session.scalars(select(LabTest).where(LabTest.code == clean_code)).first()
        if test is None:
            test = LabTest(code=clean_code)
            session.add(test)
        test.name, test.unit = clean_name, clean_unit
        test.reference_low, test.reference_high = reference_low, reference_high
        test.price_paise = to_paise(amount)
        test.measurement_kind = measurement_kind or None
        test.active = active
        session.flush()
        audit.record(session, actor, "lab_catalogue.save", entity="lab_test", entity_id=test.id,
                     detail=f"{clean_code} {clean_name} price={amount}")
        return _test_view(test)


# --- orders and results ----------------------------------------------------------------------

@retry_on_contention
def order_lab_tests(db: Database, *, actor: Actor, appointment_id: int, lab_test_ids: list[int]) -> list[LabOrderView]:
    """The appointment's doctor orders tests from the catalogue."""
    if not lab_test_ids:
        raise ValidationError("lab_tests", tr("labs", "Choose at least one test."))
    with db.transaction() as session:
        doctor_id = require_practising_doctor(session, actor)
        appointment = session.get(Appointment, appointment_id)
        if appointment is None:
            raise NotFound(tr("labs", "That appointment does not exist."))
        if appointment.doctor_id != doctor_id:
            raise PermissionDenied(tr("labs", "Only the appointment's doctor can order its tests."))
        if appointment.status in (AppointmentStatus.CANCELLED.value, AppointmentStatus.NO_SHOW.value):
            raise ValidationError("lab_tests", tr("labs", "Tests cannot be ordered for a cancelled or missed appointment."))
        tests = {t.id: t for t in session.scalars(select(LabTest).where(LabTest.id.in_(set(lab_test_ids)),
                                                                       LabTest.active.is_(True)))}
        if len(tests) != len(set(lab_test_ids)):
            raise ValidationError("lab_tests", tr("labs", "One of the chosen tests is no longer in the catalogue."))
        already = set(session.scalars(select(LabOrder.lab_test_id).where(
            LabOrder.appointment_id == appointment_id, LabOrder.status != LabOrderStatus.CANCELLED.value)))
        orders = []
        for test_id in dict.fromkeys(lab_test_ids):
            if test_id in already:
                continue
            t = tests[test_id]
            order = LabOrder(patient_id=appointment.patient_id, appointment_id=appointment.id, doctor_id=doctor_id,
                             lab_test_id=t.id, test_name=t.name, unit=t.unit, reference_low=t.reference_low,
                             reference_high=t.reference_high, price_paise=t.price_paise,
                             status=LabOrderStatus.ORDERED.value, ordered_at=utcnow())
            session.add(order)
            orders.append(order)
        session.flush()
        doctor = session.get(Doctor, doctor_id)
        for order in orders:
            audit.record(session, actor, "lab.order", entity="lab_order", entity_id=order.id,
                         patient_id=order.patient_id, detail=f"{order.test_name} appointment={appointment.id}")
        return [_order_view(o, doctor.full_name if doctor else "") for o in orders]


def _load_order_for_write(session: Session, actor: Actor, order_id: int) -> LabOrder:
    order = session.get(LabOrder, order_id)
    if order is None:
        raise NotFound(tr("labs", "That lab order does not exist."))
    if actor is None or actor.is_patient:
        raise PermissionDenied(tr("labs", "Only the clinic can enter lab results."))
    require_patient_access(session, actor, order.patient_id, write=True)
    if order.status == LabOrderStatus.CANCELLED.value:
        raise ValidationError("result", tr("labs", "This order was cancelled."))
    return order


@retry_on_contention
def enter_lab_result(db: Database, *, actor: Actor, order_id: int, value: str | None = None,
                     text: str | None = None, resulted_at: datetime | None = None) -> LabOrderView:
    """Enter a numeric result (flagged against the range) and/or a written one."""
    clean_value_text = clean_text(value, field="result", label=N_("fields", "Result"), max_length=20)
    clean_result_text = clean_text(text, field="result_text", label=N_("fields", "Result"), max_length=500, multiline=True)
    number: float | None = None
    if clean_value_text is not None:
        try:
            number = float(Decimal(clean_value_text.replace(",", ".")))
        except ArithmeticError as exc:
            raise ValidationError("result", tr("labs", "Enter the result as a number, e.g. 6.8.")) from exc
        if not 0 <= number < 1_000_000:
            raise ValidationError("result", tr("labs", "That result is not possible; please check it."))
    if number is None and clean_result_text is None:
        raise ValidationError("result", tr("labs", "Enter the result (a number, a written result, or both)."))
    with db.transaction() as session:
        order = _load_order_for_write(session, actor, order_id)
        when = resulted_at or utcnow()
        kind = session.scalar(select(LabTest.measurement_kind).where(LabTest.id == order.lab_test_id))
        if number is not None and kind:
            low, high = vitals.spec(kind).plausible
            if not low <= number <= high:
                raise ValidationError("result", tr("labs", "A {test_name} of {number:g} is not possible: it must be between {low:g} and {high:g}. Please check the result.").format(test_name=order.test_name, number=number, low=low, high=high))
        order.result_value = number
        order.result_text = clean_result_text
        order.abnormal_flag = flag_for(number, order.reference_low, order.reference_high) if number is not None else None
        order.status = LabOrderStatus.RESULTED.value
        order.resulted_at = when
        order.resulted_by_id = actor.user_id
        session.flush()
        if number is not None and kind:
            from medlink.services.measurements import _active_plans, _evaluate, add_measurement_row

            m = add_measurement_row(session, actor=actor, patient_id=order.patient_id, kind=MeasurementKind(kind),
                                    value=number, value2=None, measured_at=when, source=MeasurementSource.LAB,
                                    appointment_id=order.appointment_id, lab_order_id=order.id,
                                    note=order.test_name[:200])
            _evaluate(session, m, _active_plans(session, order.patient_id))
        if order.abnormal_flag and actor.doctor_id != order.doctor_id:
            from medlink.services.measurements import raise_alert

            raise_alert(session, doctor_id=order.doctor_id, patient_id=order.patient_id, kind=AlertKind.LAB_ABNORMAL,
                        message=f"{order.test_name}: {number:g} {order.unit or ''} "
                                f"({'low' if order.abnormal_flag == 'L' else 'high'}; reference "
                                f"{reference_text(order.reference_low, order.reference_high, order.unit)}).",
                        dedupe_key=f"lab:{order.id}:{order.version}", lab_order_id=order.id)
        audit.record(session, actor, "lab.result", entity="lab_order", entity_id=order.id, patient_id=order.patient_id,
                     detail=f"{order.test_name} flag={order.abnormal_flag or '-'}")
        doctor = session.get(Doctor, order.doctor_id)
        return _order_view(order, doctor.full_name if doctor else "")


def attach_lab_report(db: Database, *, actor: Actor, records_dir: Path, order_id: int, filename: str | None,
                      data: bytes, report_date: date | None = None) -> LabOrderView:
    """The lab's PDF (or photo) of the result, stored encrypted as a medical record and linked to the order."""
    from medlink.services import records

    # Three units of work, each retried on its own when the database is busy: repeating the whole call
    # after the report was stored would store it twice.
    patient_id, appointment_id, title, today = _report_target(db, actor=actor, order_id=order_id)
    record = records.upload_record(db, actor=actor, records_dir=records_dir, patient_id=patient_id,
                                   title=f"Lab report: {title}", record_type=RecordType.LAB_REPORT,
                                   record_date=report_date or today, filename=filename, data=data,
                                   appointment_id=appointment_id)
    return _link_report(db, actor=actor, order_id=order_id, record_id=record.id)


@retry_on_contention
def _report_target(db: Database, *, actor: Actor, order_id: int) -> tuple[int, int | None, str, date]:
    """The order's patient, appointment and test, and the clinic's today (checks the doctor may write)."""
    from medlink.services.clinic_settings import clinic_timezone

    with db.read() as session:
        order = _load_order_for_write(session, actor, order_id)
        return (order.patient_id, order.appointment_id, order.test_name,
                datetime.now(clinic_timezone(session)).date())


@retry_on_contention
def _link_report(db: Database, *, actor: Actor, order_id: int, record_id: int) -> LabOrderView:
    with db.transaction() as session:
        linked = session.get(LabOrder, order_id)
        assert linked is not None
        order = linked
        order.record_id = record_id
        if order.status == LabOrderStatus.ORDERED.value:
            order.status = LabOrderStatus.RESULTED.value
            order.resulted_at = utcnow()
            order.resulted_by_id = actor.user_id
        audit.record(session, actor, "lab.attach_report", entity="lab_order", entity_id=order.id,
                     patient_id=order.patient_id, detail=f"record={record_id}")
        doctor = session.get(Doctor, order.doctor_id)
        return _order_view(order, doctor.full_name if doctor else "")


@retry_on_contention
def cancel_lab_order(db: Database, *, actor: Actor, order_id: int) -> None:
    with db.transaction() as session:
        doctor_id = require_practising_doctor(session, actor)
        order = session.get(LabOrder, order_id)
        if order is None or order.doctor_id != doctor_id:
            raise NotFound(tr("labs", "That lab order does not exist."))
        if order.status != LabOrderStatus.ORDERED.value:
            raise ValidationError("status", tr("labs", "Only a test still awaiting its result can be cancelled."))
        order.status = LabOrderStatus.CANCELLED.value
        audit.record(session, actor, "lab.cancel", entity="lab_order", entity_id=order.id,
                     patient_id=order.patient_id, detail=order.test_name)


@retry_on_contention
def list_lab_orders(db: Database, *, actor: Actor, patient_id: int | None = None,
                    appointment_id: int | None = None) -> list[LabOrderView]:
    """A patient's orders and results, newest first (or one appointment's)."""
    if patient_id is None and appointment_id is None:
        raise ValidationError("patient_id", tr("labs", "Choose a patient."))
    with db.transaction() as session:
        if appointment_id is not None:
            appointment = session.get(Appointment, appointment_id)
            if appointment is None:
                raise NotFound(tr("labs", "That appointment does not exist."))
            patient_id = appointment.patient_id
        assert patient_id is not None
        require_patient_access(session, actor, patient_id)
        views = read_lab_orders(session, patient_id, appointment_id=appointment_id)
        audit.record(session, actor, "lab.list", entity="patient", entity_id=patient_id, patient_id=patient_id)
        return views


def read_lab_orders(session: Session, patient_id: int, *, appointment_id: int | None = None) -> list[LabOrderView]:
    """Orders and results, newest first, inside the caller's unit of work (which checked access and audits)."""
    query = (select(LabOrder, Doctor.full_name).join(Doctor, Doctor.id == LabOrder.doctor_id)
             .where(LabOrder.patient_id == patient_id))
    if appointment_id is not None:
        query = query.where(LabOrder.appointment_id == appointment_id)
    rows = session.execute(query.order_by(LabOrder.ordered_at.desc(), LabOrder.id.desc())).all()
    return [_order_view(o, name) for o, name in rows]


def lab_charges(session: Session, appointment_id: int) -> list[tuple[str, Decimal]]:
    """(test name, price) of the appointment's tests that were not cancelled — for the bill."""
    rows = session.execute(select(LabOrder.test_name, LabOrder.price_paise).where(
        LabOrder.appointment_id == appointment_id, LabOrder.status != LabOrderStatus.CANCELLED.value)
        .order_by(LabOrder.id)).all()
    return [(name, from_paise(paise) or Decimal("0.00")) for name, paise in rows]


__all__ = ["LabTestView", "LabOrderView", "install_starter_catalogue", "list_lab_catalogue", "save_lab_test",
           "order_lab_tests", "enter_lab_result", "attach_lab_report", "cancel_lab_order", "list_lab_orders",
           "lab_charges", "flag_for", "reference_text"]
