"""The clinical record: readings, plans, alerts, allergies, problems and labs — on SQLite and MariaDB."""

from __future__ import annotations

import io

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from medlink.clinical import icd10, vitals
from medlink.clinical.allergy_classes import KnownAllergy, match_allergies, split_free_text
from medlink.db.models import Allergy, AuditLog, ClinicalAlert, Measurement, OutboxMessage, Prescription
from medlink.db.types import utcnow
from medlink.errors import AllergyConflict, NotFound, PermissionDenied, ValidationError
from medlink.services import allergies, billing, labs, measurements, patients, prescriptions
from medlink.services.prescriptions import PrescriptionItemInput
from medlink.vocabulary import AlertKind, MeasurementKind, MeasurementSource

K = MeasurementKind


def _audit(db, action: str) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return int(s.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == action)) or 0)


# --- pure rules ------------------------------------------------------------------------------

def test_typos_are_refused_with_a_sentence():
    with pytest.raises(ValidationError) as err:
        vitals.parse_reading(K.BLOOD_PRESSURE, "1200/80")
    assert err.value.field == "value" and "1200 mmHg is not possible" in err.value.message
    with pytest.raises(ValidationError, match="higher than the lower"):
        vitals.parse_reading(K.BLOOD_PRESSURE, "80/120")
    with pytest.raises(ValidationError, match="not possible"):
        vitals.parse_reading(K.TEMPERATURE, "370")
    with pytest.raises(ValidationError, match="as a number"):
        vitals.parse_reading(K.PULSE, "seventy")
    assert vitals.parse_reading(K.BLOOD_PRESSURE, " 142 / 91 ") == (142.0, 91.0)
    assert vitals.parse_reading(K.TEMPERATURE, "98.6", "°F") == (37.0, None)
    assert vitals.parse_reading(K.GLUCOSE_FASTING, "5.5", "mmol/L") == (99.0, None)
    assert vitals.parse_reading(K.WEIGHT, "154", "lb") == (69.9, None)
    with pytest.raises(ValidationError) as err:
        vitals.parse_reading(K.PULSE, "72", "mmHg")
    assert err.value.field == "unit"


def test_danger_thresholds_tell_the_patient_what_to_do():
    low = vitals.danger(K.GLUCOSE_RANDOM, 50)
    assert low is not None and "112 or 108" in low.advice and "sugar" in low.advice
    assert vitals.danger(K.GLUCOSE_RANDOM, 54) is None
    assert vitals.danger(K.BLOOD_PRESSURE, 182, 100) is not None
    assert vitals.danger(K.BLOOD_PRESSURE, 150, 121) is not None
    assert vitals.danger(K.BLOOD_PRESSURE, 179, 119) is None
    assert vitals.danger(K.SPO2, 88) is not None and vitals.danger(K.SPO2, 90) is None


def test_drug_classes_match_brands_and_cross_reactivity():
    known = [KnownAllergy(1, "Penicillin", None, "rash", "severe"), KnownAllergy(2, "Sulfa drugs", None)]
    [m] = match_allergies("Amoxicillin 500 mg", known)
    assert m.allergy_id == 1 and not m.cross_reactive and "Penicillins" in m.reason
    assert match_allergies("Augmentin 625", known)[0].allergy_id == 1
    [cross] = match_allergies("Cefixime", known)
    assert cross.cross_reactive
    assert match_allergies("Septran DS", known)[0].allergy_id == 2
    assert match_allergies("Paracetamol", known) == []
    nsaid = [KnownAllergy(3, "Ibuprofen", None)]
    assert match_allergies("Diclofenac", nsaid) and match_allergies("Combiflam", nsaid)
    assert split_free_text("Penicillin, peanuts; dust and pollen") == ["Penicillin", "peanuts", "dust", "pollen"]
    assert split_free_text("None") == [] and split_free_text("NKDA") == []


def test_icd10_list_is_searchable_as_you_type():
    assert len(icd10.all_codes()) > 150
    assert icd10.search("E11")[0].code.startswith("E11")
    titles = [c.title for c in icd10.search("diab typ 2")]
    assert titles and all("Type 2 diabetes" in t for t in titles)
    assert icd10.lookup("i10").title == "Essential (primary) hypertension"
    with pytest.raises(ValidationError):
        icd10.lookup("XYZ")


# --- readings, plans, alerts -----------------------------------------------------------------

def test_patient_and_doctor_enter_readings_with_who_and_when(clinic, db):
    patient, doctor, stranger = clinic.patient("Leela Menon"), clinic.doctor("Dr. Ravi Iyer"), clinic.doctor()
    other = clinic.patient()
    clinic.booking(patient, doctor)
    home = measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id,
                                           kind="blood_pressure", value="128/84")
    kiosk = measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="pulse",
                                            value="76", source="kiosk")
    visit = measurements.record_measurement(db, actor=doctor, patient_id=patient.patient_id, kind="temperature",
                                            value="100.4", unit="°F")
    assert home.measurement.source is MeasurementSource.HOME and home.measurement.entered_by == "Leela Menon"
    assert kiosk.measurement.source is MeasurementSource.KIOSK
    assert visit.measurement.source is MeasurementSource.VISIT and visit.measurement.value == 38.0
    assert visit.measurement.entered_by == "Dr. Ravi Iyer" and visit.measurement.entered_at is not None
    with pytest.raises(PermissionDenied):
        measurements.record_measurement(db, actor=stranger, patient_id=patient.patient_id, kind="pulse", value="70")
    with pytest.raises(PermissionDenied):
        measurements.record_measurement(db, actor=other, patient_id=patient.patient_id, kind="pulse", value="70")
    with pytest.raises(ValidationError, match="1200 mmHg"):
        measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="blood_pressure",
                                        value="1200/80")
    with pytest.raises(ValidationError, match="future"):
        measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="pulse", value="70",
                                        measured_at=utcnow() + timedelta(hours=2))
    rows = measurements.list_measurements(db, actor=doctor, patient_id=patient.patient_id)
    assert {r.kind for r in rows} == {K.BLOOD_PRESSURE, K.PULSE, K.TEMPERATURE}
    assert _audit(db, "measurement.record") == 3 and _audit(db, "measurement.list") == 1


def test_bmi_is_calculated_from_weight_and_height(clinic, db):
    patient = clinic.patient()
    measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="height", value="170")
    result = measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="weight",
                                             value="72.3")
    [bmi] = result.derived
    assert bmi.kind is K.BMI and bmi.value == 25.0
    with pytest.raises(ValidationError):
        measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="bmi", value="22")


def test_out_of_range_reading_alerts_the_plan_doctor_once_with_an_email(clinic, db):
    patient, doctor = clinic.patient("Farah Khan"), clinic.doctor("Dr. Anil Gupta")
    clinic.booking(patient, doctor)
    plan = measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind="glucose_fasting",
                                            every_days=1, target_low=80, target_high=130,
                                            instructions="Before breakfast")
    assert plan.target_text == "80–130 mg/dL"
    ok = measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="glucose_fasting",
                                         value="112")
    assert not ok.doctor_alerted and ok.outside_target is None
    high = measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="glucose_fasting",
                                           value="182")
    assert high.doctor_alerted and "above the target 80–130" in (high.outside_target or "")
    assert high.danger is None
    [alert] = measurements.list_alerts(db, actor=doctor)
    assert alert.kind is AlertKind.OUT_OF_RANGE and alert.patient_name == "Farah Khan"
    assert "182 mg/dL" in alert.message and "rose by 70" in alert.message  # change since 112 as well
    with db.read() as s:
        [mail] = s.scalars(select(OutboxMessage).where(OutboxMessage.kind == "clinical_alert")).all()
        assert mail.to_address == doctor.email and "Farah Khan" in mail.subject and "182 mg/dL" in mail.body_text
    with pytest.raises(ValidationError):
        measurements.acknowledge_alert(db, actor=doctor, alert_id=alert.id, note="  ")
    other_doctor = clinic.doctor()
    with pytest.raises(NotFound):
        measurements.acknowledge_alert(db, actor=other_doctor, alert_id=alert.id, note="Seen")
    measurements.acknowledge_alert(db, actor=doctor, alert_id=alert.id, note="Called her; dose increased.")
    assert measurements.list_alerts(db, actor=doctor) == []
    [done] = measurements.list_alerts(db, actor=doctor, include_acknowledged=True)
    assert done.acknowledgement_note == "Called her; dose increased." and done.acknowledged_by == "Dr. Anil Gupta"
    assert _audit(db, "alert.acknowledge") == 1 and _audit(db, "monitoring_plan.set") == 1


def test_dangerous_reading_warns_the_patient_and_alerts_the_doctor(clinic, db):
    patient, doctor = clinic.patient(), clinic.doctor()
    clinic.booking(patient, doctor)
    measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind="blood_pressure",
                                     every_days=7, target_low=90, target_high=140, target_low2=60, target_high2=90)
    # a dangerous glucose without a glucose plan still reaches the doctor who monitors this patient
    low = measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="glucose_random",
                                          value="48")
    assert low.danger is not None and "112 or 108" in low.danger.advice and low.doctor_alerted
    bp = measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="blood_pressure",
                                         value="186/124")
    assert bp.danger is not None and "blood pressure" in bp.danger.headline
    kinds = [a.kind for a in measurements.list_alerts(db, actor=doctor)]
    assert kinds == [AlertKind.DANGER, AlertKind.DANGER]
    with db.read() as s:
        subjects = list(s.scalars(select(OutboxMessage.subject).where(OutboxMessage.kind == "clinical_alert")))
    assert len(subjects) == 2 and all(subject.startswith("URGENT") for subject in subjects)


def test_significant_weight_change_raises_an_alert(clinic, db):
    patient, doctor = clinic.patient(), clinic.doctor()
    clinic.booking(patient, doctor)
    measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind="weight", every_days=7)
    now = utcnow()
    measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="weight", value="80",
                                    measured_at=now - timedelta(days=10))
    result = measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="weight",
                                             value="75.2")
    assert result.doctor_alerted
    [alert] = measurements.list_alerts(db, actor=doctor)
    assert alert.kind is AlertKind.SIGNIFICANT_CHANGE and "lost 4.8 kg" in alert.message


def test_overdue_planned_readings_raise_one_alert_per_missed_day(clinic, db):
    patient, doctor = clinic.patient("Rahul Das"), clinic.doctor()
    clinic.booking(patient, doctor)
    measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind="blood_pressure",
                                     every_days=2)
    now = utcnow()
    assert measurements.check_overdue_readings(db, now=now + timedelta(days=2)) == 0  # within the grace day
    assert measurements.check_overdue_readings(db, now=now + timedelta(days=4)) == 1
    assert measurements.check_overdue_readings(db, now=now + timedelta(days=4, hours=2)) == 0  # once
    [alert] = measurements.list_alerts(db, actor=doctor)
    assert alert.kind is AlertKind.OVERDUE and "every 2 day(s)" in alert.message
    # a reading resets the clock
    measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="blood_pressure",
                                    value="130/85")
    [plan] = measurements.list_monitoring_plans(db, actor=patient, patient_id=patient.patient_id)
    assert plan.last_reading_at is not None and plan.next_due > utcnow() + timedelta(days=1)
    assert measurements.check_overdue_readings(db, now=utcnow() + timedelta(days=2, hours=12)) == 0


def test_only_the_treating_doctor_sets_plans_and_targets_are_checked(clinic, db):
    patient, doctor, stranger = clinic.patient(), clinic.doctor(), clinic.doctor()
    clinic.booking(patient, doctor)
    with pytest.raises(PermissionDenied):
        measurements.set_monitoring_plan(db, actor=stranger, patient_id=patient.patient_id, kind="pulse", every_days=1)
    with pytest.raises(PermissionDenied):
        measurements.set_monitoring_plan(db, actor=patient, patient_id=patient.patient_id, kind="pulse", every_days=1)
    with pytest.raises(ValidationError) as err:
        measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind="pulse", every_days=1,
                                         target_low=100, target_high=60)
    assert err.value.field == "target_high"
    with pytest.raises(ValidationError):
        measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind="pulse", every_days=0)


def test_trend_holds_readings_oldest_first_with_the_plan_band(clinic, db):
    patient, doctor = clinic.patient(), clinic.doctor()
    clinic.booking(patient, doctor)
    now = utcnow()
    for days, value in ((20, "140/90"), (10, "150/95"), (1, "135/85")):
        measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="blood_pressure",
                                        value=value, measured_at=now - timedelta(days=days))
    series = measurements.trend(db, actor=doctor, patient_id=patient.patient_id, kind="blood_pressure")
    assert [p.value for p in series.points] == [140, 150, 135] and series.points[1].value2 == 95
    assert not series.planned and series.target.high == 140
    measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind="blood_pressure",
                                     every_days=1, target_low=100, target_high=130, target_low2=60, target_high2=80)
    series = measurements.trend(db, actor=patient, patient_id=patient.patient_id, kind="blood_pressure")
    assert series.planned and series.target.high == 130
    assert K.BLOOD_PRESSURE in measurements.kinds_with_readings(db, actor=patient, patient_id=patient.patient_id)


def test_readings_overview_is_the_whole_screen_in_one_audited_read(clinic, db):
    patient, doctor, stranger = clinic.patient(), clinic.doctor(), clinic.patient()
    clinic.booking(patient, doctor)
    pid = patient.patient_id
    empty = measurements.readings_overview(db, actor=patient, patient_id=pid)
    assert empty.rows == () and empty.kinds == () and empty.trend is None and empty.plans == ()
    now = utcnow()
    for days, kind, value in ((9, "blood_pressure", "150/95"), (5, "pulse", "80"), (2, "blood_pressure", "128/82"),
                              (1, "weight", "70")):
        measurements.record_measurement(db, actor=patient, patient_id=pid, kind=kind, value=value,
                                        measured_at=now - timedelta(days=days))
    measurements.set_monitoring_plan(db, actor=doctor, patient_id=pid, kind="glucose_fasting", every_days=7)
    before = _audit(db, "measurement.overview")
    view = measurements.readings_overview(db, actor=doctor, patient_id=pid, trend_kind="blood_pressure", limit=3)
    assert _audit(db, "measurement.overview") == before + 1
    assert [r.kind for r in view.rows] == [K.WEIGHT, K.BLOOD_PRESSURE, K.PULSE]  # newest first, at most 3
    # a planned kind is listed before its first reading; the order is the vocabulary's
    assert set(view.kinds) == {K.BLOOD_PRESSURE, K.PULSE, K.WEIGHT, K.GLUCOSE_FASTING}
    assert list(view.kinds) == [k for k in MeasurementKind if k in view.kinds]
    assert view.trend is not None and view.trend.kind is K.BLOOD_PRESSURE
    assert [p.value for p in view.trend.points] == [150, 128]
    assert [p.kind for p in view.plans] == [K.GLUCOSE_FASTING]
    # the same answers as the separate calls
    assert list(view.rows) == measurements.list_measurements(db, actor=doctor, patient_id=pid, limit=3)
    assert view.trend == measurements.trend(db, actor=doctor, patient_id=pid, kind="blood_pressure")
    assert list(view.kinds) == measurements.kinds_with_readings(db, actor=doctor, patient_id=pid)
    # an unknown or absent trend kind falls back to the first kind with data
    assert measurements.readings_overview(db, actor=patient, patient_id=pid, trend_kind="spo2").trend.kind is view.kinds[0]
    with pytest.raises(PermissionDenied):
        measurements.readings_overview(db, actor=stranger, patient_id=pid)


# --- allergies, prescriptions, problems ------------------------------------------------------

def test_allergy_blocks_a_matching_prescription_until_a_reason_is_given(clinic, db, records_dir):
    patient, doctor = clinic.patient("Kavya Nair"), clinic.doctor()
    appointment = clinic.booking(patient, doctor)
    allergies.add_allergy(db, actor=doctor, patient_id=patient.patient_id, substance="Penicillin",
                          reaction="Hives", severity="severe")
    [view] = allergies.list_allergies(db, actor=patient, patient_id=patient.patient_id)
    assert view.drug_class == "penicillins" and view.summary == "Penicillin (Hives; Severe)"
    items = [PrescriptionItemInput("Amoxicillin", "500 mg", "1 capsule", "1-1-1", "5 days")]
    assert allergies.check_medicines(db, actor=doctor, patient_id=patient.patient_id, medicines=["Amoxicillin"])
    with pytest.raises(AllergyConflict) as err:
        prescriptions.write_prescription(db, actor=doctor, records_dir=records_dir, appointment_id=appointment.id,
                                         items=items)
    assert "Amoxicillin" in err.value.message and "Penicillin" in err.value.message
    with db.read() as s:
        assert s.scalar(select(func.count(Prescription.id))) == 0
    assert _audit(db, "prescription.allergy_warning") == 1
    with pytest.raises(ValidationError):
        prescriptions.write_prescription(db, actor=doctor, records_dir=records_dir, appointment_id=appointment.id,
                                         items=items, allergy_override_reason="ok")
    saved = prescriptions.write_prescription(
        db, actor=doctor, records_dir=records_dir, appointment_id=appointment.id, items=items,
        allergy_override_reason="Tolerated amoxicillin in 2024 under observation; reaction was to benzathine.")
    assert saved.allergy_override_reason and saved.allergy_override_reason.startswith("Tolerated")
    with db.read() as s:
        detail = s.scalar(select(AuditLog.detail).where(AuditLog.action == "prescription.allergy_override"))
    assert detail and "Amoxicillin" in detail and "Tolerated" in detail
    document = prescriptions.prescription_pdf(db, actor=doctor, records_dir=records_dir, prescription_id=saved.id)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(document.data)).pages)
    assert "Allergies" in text and "Penicillin (Hives; Severe)" in text
    # a medicine without a conflict needs nothing
    prescriptions.write_prescription(db, actor=doctor, records_dir=records_dir, appointment_id=appointment.id,
                                     items=[PrescriptionItemInput("Paracetamol", "650 mg")])
    # the patient sees their prescriptions and can open the document
    mine = prescriptions.list_prescriptions(db, actor=patient, patient_id=patient.patient_id)
    assert len(mine) == 2
    mine_pdf = prescriptions.prescription_pdf(db, actor=patient, records_dir=records_dir, prescription_id=saved.id)
    assert mine_pdf.data.startswith(b"%PDF-") and mine_pdf.file_name == f"{saved.number}.pdf"


def test_free_text_allergies_join_the_list_and_patients_cannot_remove(clinic, db):
    patient, doctor = clinic.patient(), clinic.doctor()
    clinic.booking(patient, doctor)
    profile = patients.get_patient(db, actor=patient, patient_id=patient.patient_id)
    form = patients.PatientForm(full_name=profile.full_name, date_of_birth=profile.date_of_birth,
                                gender=profile.gender, phone=profile.phone, email=profile.email,
                                address=profile.address, state=profile.state, blood_group=profile.blood_group,
                                allergies="Sulfa drugs, peanuts")
    patients.update_patient(db, actor=patient, patient_id=patient.patient_id, form=form)
    patients.update_patient(db, actor=patient, patient_id=patient.patient_id, form=form)  # not twice
    rows = allergies.list_allergies(db, actor=doctor, patient_id=patient.patient_id)
    assert [(a.substance, a.drug_class, a.reported_by_patient) for a in rows] == [
        ("Sulfa drugs", "sulfonamides", True), ("peanuts", None, True)]
    with pytest.raises(PermissionDenied):
        allergies.remove_allergy(db, actor=patient, allergy_id=rows[1].id, reason="Outgrew it")
    with pytest.raises(ValidationError):
        allergies.add_allergy(db, actor=doctor, patient_id=patient.patient_id, substance="peanuts")
    allergies.remove_allergy(db, actor=doctor, allergy_id=rows[1].id, reason="Tolerates peanuts (oral challenge)")
    assert [a.substance for a in allergies.list_allergies(db, actor=doctor, patient_id=patient.patient_id)] == [
        "Sulfa drugs"]
    with db.read() as s:
        assert s.scalar(select(func.count(Allergy.id))) == 2  # kept, inactive


def test_problem_list_from_icd10(clinic, db):
    patient, doctor, stranger = clinic.patient(), clinic.doctor(), clinic.doctor()
    appointment = clinic.booking(patient, doctor)
    problem = allergies.add_problem(db, actor=doctor, patient_id=patient.patient_id, icd10_code="E11.9",
                                    appointment_id=appointment.id, note="Diet-controlled")
    assert problem.label == "E11.9 Type 2 diabetes mellitus without complications"
    with pytest.raises(ValidationError):
        allergies.add_problem(db, actor=doctor, patient_id=patient.patient_id, icd10_code="E11.9")
    with pytest.raises(PermissionDenied):
        allergies.add_problem(db, actor=stranger, patient_id=patient.patient_id, icd10_code="I10")
    with pytest.raises(PermissionDenied):
        allergies.add_problem(db, actor=patient, patient_id=patient.patient_id, icd10_code="I10")
    [mine] = allergies.list_problems(db, actor=patient, patient_id=patient.patient_id)
    assert mine.icd10_code == "E11.9"
    allergies.resolve_problem(db, actor=doctor, problem_id=problem.id)
    assert allergies.list_problems(db, actor=doctor, patient_id=patient.patient_id) == []
    assert len(allergies.list_problems(db, actor=doctor, patient_id=patient.patient_id, include_resolved=True)) == 1


# --- labs ------------------------------------------------------------------------------------

def test_lab_orders_feed_the_bill_flag_results_and_join_the_trend(clinic, db, records_dir):
    admin = clinic.admin
    labs.install_starter_catalogue(db, actor=admin)
    assert labs.install_starter_catalogue(db, actor=admin) == 0
    hba1c = labs.save_lab_test(db, actor=admin, code="HBA1C", name="HbA1c (glycated haemoglobin)", unit="%",
                               reference_low=4.0, reference_high=5.6, price="475.00", measurement_kind="hba1c")
    catalogue = {t.code: t for t in labs.list_lab_catalogue(db, actor=admin)}
    patient, doctor = clinic.patient(), clinic.doctor()
    staff = clinic.staff()
    appointment = clinic.booking(patient, doctor)
    with pytest.raises(PermissionDenied):
        labs.order_lab_tests(db, actor=clinic.doctor(), appointment_id=appointment.id, lab_test_ids=[hba1c.id])
    orders = labs.order_lab_tests(db, actor=doctor, appointment_id=appointment.id,
                                  lab_test_ids=[hba1c.id, catalogue["CBC"].id])
    assert [o.price for o in orders] == [Decimal("475.00"), Decimal("300.00")]
    lines = billing.draft_bill_lines(db, actor=doctor, appointment_id=appointment.id)
    assert [(line.description, line.unit_price) for line in lines if line.category == "lab_test"] == [
        ("Lab test — HbA1c (glycated haemoglobin)", Decimal("475.00")),
        ("Lab test — Complete blood count", Decimal("300.00"))]
    with pytest.raises(PermissionDenied):
        labs.enter_lab_result(db, actor=patient, order_id=orders[0].id, value="6.1")
    with pytest.raises(ValidationError, match="not possible"):
        labs.enter_lab_result(db, actor=staff, order_id=orders[0].id, value="68")
    result = labs.enter_lab_result(db, actor=staff, order_id=orders[0].id, value="7.9")
    assert result.abnormal_flag == "H" and result.result_display == "7.9 %"
    [alert] = measurements.list_alerts(db, actor=doctor)
    assert alert.kind is AlertKind.LAB_ABNORMAL and "high" in alert.message
    series = measurements.trend(db, actor=patient, patient_id=patient.patient_id, kind="hba1c")
    assert [(p.value, p.source) for p in series.points] == [(7.9, MeasurementSource.LAB)]
    pdf = (Path(__file__).parent.parent / "receipts").glob("*.pdf")
    del pdf
    from reportlab.pdfgen import canvas  # a real (small) PDF as the lab's report

    report = records_dir / "cbc.pdf"
    c = canvas.Canvas(str(report))
    c.drawString(72, 720, "CBC: Hb 13.2 g/dL, WBC 7,400 /uL")
    c.save()
    attached = labs.attach_lab_report(db, actor=staff, records_dir=records_dir, order_id=orders[1].id,
                                      filename="cbc.pdf", data=report.read_bytes())
    assert attached.record_id is not None and attached.status == "resulted"
    mine = labs.list_lab_orders(db, actor=patient, patient_id=patient.patient_id)
    assert {o.test_name: o.result_display for o in mine} == {
        "HbA1c (glycated haemoglobin)": "7.9 %", "Complete blood count": "Report attached"}
    with pytest.raises(PermissionDenied):
        labs.list_lab_orders(db, actor=clinic.patient(), patient_id=patient.patient_id)
    with db.read() as s:
        assert s.scalar(select(func.count(Measurement.id)).where(Measurement.source == "lab")) == 1
        assert s.scalar(select(func.count(ClinicalAlert.id))) == 1


def test_flowsheet_pdf_lists_readings_by_day_with_targets(clinic, db, tmp_path):
    patient, doctor = clinic.patient("Meena Pillai"), clinic.doctor()
    clinic.booking(patient, doctor)
    measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind="glucose_fasting",
                                     every_days=1, target_low=80, target_high=130)
    allergies.add_allergy(db, actor=doctor, patient_id=patient.patient_id, substance="Aspirin", reaction="Wheeze")
    now = utcnow()
    for days, kind, value in ((3, "glucose_fasting", "118"), (2, "glucose_fasting", "165"), (2, "blood_pressure",
                                                                                             "138/88")):
        measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind=kind, value=value,
                                        measured_at=now - timedelta(days=days))
    data = measurements.flowsheet_pdf(db, actor=doctor, patient_id=patient.patient_id)
    path = tmp_path / "flowsheet.pdf"
    path.write_bytes(data)
    text = "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    for expected in ("Flowsheet", "Meena Pillai", "Aspirin (Wheeze)", "Blood glucose, fasting (mg/dL)",
                     "Blood pressure (mmHg)", "80–130", "165", "118", "138/88"):
        assert expected in text, expected
    with pytest.raises(PermissionDenied):
        measurements.flowsheet_pdf(db, actor=clinic.patient(), patient_id=patient.patient_id)


def test_flowsheet_for_a_hindi_preferring_patient_is_in_hindi_and_keeps_the_devanagari_name(clinic, db):
    from medlink.services import languages

    name = "अनीता शर्मा"
    patient, doctor = clinic.patient(name), clinic.doctor()
    clinic.booking(patient, doctor)
    languages.set_patient_language(db, actor=patient, patient_id=patient.patient_id, language="hi")
    allergies.add_allergy(db, actor=doctor, patient_id=patient.patient_id, substance="Aspirin", reaction="Wheeze",
                          severity="severe")
    measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="blood_pressure",
                                    value="150/95", measured_at=utcnow() - timedelta(days=1))
    data = measurements.flowsheet_pdf(db, actor=doctor, patient_id=patient.patient_id)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert name in text
    squeezed = text.replace(" ", "")
    for label in ("रीडिंगतालिका", "ब्लडप्रेशर(mmHg)", "लक्ष्य", "सामान्य90–140/60–90", "Aspirin(Wheeze;गंभीर)",
                  "150/95"):
        assert label in squeezed, label
    assert "Blood pressure" not in text and "Flowsheet" not in text and "Severe" not in text


def test_repeated_out_of_range_readings_fold_into_one_open_alert_and_one_email(clinic, db):
    patient, doctor = clinic.patient(), clinic.doctor()
    clinic.booking(patient, doctor)
    measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind="blood_pressure",
                                     every_days=1, target_low=100, target_high=140, target_low2=60, target_high2=90)
    for value in ("150/95", "152/96", "149/94"):
        result = measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id,
                                                 kind="blood_pressure", value=value)
        assert result.doctor_alerted and result.outside_target
    [alert] = measurements.list_alerts(db, actor=doctor)
    assert alert.occurrences == 3 and "149/94" in alert.message and "3 such readings" in alert.message
    with db.read() as s:
        assert s.scalar(select(func.count(OutboxMessage.id)).where(OutboxMessage.kind == "clinical_alert")) == 1
    measurements.acknowledge_alert(db, actor=doctor, alert_id=alert.id, note="Medication changed.")
    measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="blood_pressure",
                                    value="151/95")
    [fresh] = measurements.list_alerts(db, actor=doctor)  # after acknowledgement a new one starts
    assert fresh.id != alert.id and fresh.occurrences == 1
    # dangerous readings are never folded
    measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="blood_pressure",
                                    value="190/110")
    measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="blood_pressure",
                                    value="192/112")
    assert [a.kind for a in measurements.list_alerts(db, actor=doctor)].count(AlertKind.DANGER) == 2


def test_the_quick_target_check_agrees_with_the_sentence():
    for kind in MeasurementKind:
        target = vitals.default_target(kind)
        low, high = vitals.spec(kind).plausible
        for value in (low, (low + high) / 2, high, *(v for v in (target.low, target.high) if v is not None)):
            for value2 in ((None, 40.0, 70.0, 130.0) if kind is K.BLOOD_PRESSURE else (None,)):
                expected = vitals.outside_target(kind, target, value, value2) is not None
                assert vitals.is_outside_target(kind, target, value, value2) is expected, (kind, value, value2)
