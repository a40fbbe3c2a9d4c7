"""End to end on SQLite and MariaDB with a real SMTP server: a doctor sets a plan, the patient enters
readings on the kiosk, an out-of-range reading reaches the doctor's list and mailbox, the trend shows it,
and an allergy blocks a matching prescription until a reason is given."""

from __future__ import annotations

import pytest

from medlink.errors import AllergyConflict
from medlink.services import allergies, measurements, prescriptions
from medlink.services.prescriptions import PrescriptionItemInput
from medlink.vocabulary import AlertKind, MeasurementSource
from tests.mail.test_delivery import make_sender


def test_plan_reading_alert_email_trend_and_allergy_block(db, clinic, records_dir, smtp_server):
    patient, doctor = clinic.patient("Sunita Reddy"), clinic.doctor("Dr. Vikram Shah")
    appointment = clinic.booking(patient, doctor)
    make_sender(db, records_dir, smtp_server).run_once()
    before = len(smtp_server.messages)

    measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind="blood_pressure",
                                     every_days=1, target_low=100, target_high=140, target_low2=60, target_high2=90,
                                     instructions="Morning, seated, after 5 minutes' rest")
    [plan] = measurements.list_monitoring_plans(db, actor=patient, patient_id=patient.patient_id)
    assert plan.doctor_name == "Dr. Vikram Shah" and plan.every_days == 1

    fine = measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="blood_pressure",
                                           value="132/84", source="kiosk")
    high = measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="blood_pressure",
                                           value="164/102", source="kiosk")
    assert fine.measurement.source is MeasurementSource.KIOSK and not fine.doctor_alerted
    assert high.doctor_alerted and high.danger is None

    [alert] = measurements.list_alerts(db, actor=doctor)
    assert alert.kind is AlertKind.OUT_OF_RANGE and alert.patient_name == "Sunita Reddy"
    assert "164/102 mmHg" in alert.message

    report = make_sender(db, records_dir, smtp_server).run_once()
    assert report.sent == 1
    [mail] = smtp_server.messages[before:]
    assert mail["To"].addresses[0].addr_spec == doctor.email and "Dr. Vikram Shah" in str(mail["To"])
    assert mail["Subject"] == "Reading outside the target: Sunita Reddy"
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert "164/102 mmHg" in body and "above the target 100–140 / 60–90 mmHg" in body
    assert make_sender(db, records_dir, smtp_server).run_once().sent == 0  # exactly once

    series = measurements.trend(db, actor=doctor, patient_id=patient.patient_id, kind="blood_pressure")
    assert [(p.value, p.value2) for p in series.points] == [(132, 84), (164, 102)]
    assert series.planned and series.target.high == 140

    allergies.add_allergy(db, actor=doctor, patient_id=patient.patient_id, substance="Sulfonamides",
                          reaction="Stevens-Johnson syndrome", severity="life_threatening")
    items = [PrescriptionItemInput("Cotrimoxazole", "960 mg", "1 tablet", "1-0-1", "3 days")]
    with pytest.raises(AllergyConflict):
        prescriptions.write_prescription(db, actor=doctor, records_dir=records_dir, appointment_id=appointment.id,
                                         items=items)
    assert prescriptions.list_prescriptions(db, actor=patient, patient_id=patient.patient_id) == []
    saved = prescriptions.write_prescription(
        db, actor=doctor, records_dir=records_dir, appointment_id=appointment.id, items=items,
        allergy_override_reason="Desensitised under the hospital's protocol; benefit outweighs the risk.")
    [seen] = prescriptions.list_prescriptions(db, actor=patient, patient_id=patient.patient_id)
    assert seen.id == saved.id and seen.allergy_override_reason

    measurements.acknowledge_alert(db, actor=doctor, alert_id=alert.id, note="Amlodipine increased to 10 mg.")
    assert measurements.list_alerts(db, actor=doctor) == []
