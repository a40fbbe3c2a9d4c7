"""Recall list and duplicate merging with real widgets on a real database."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QInputDialog

from medlink.services import patients
from medlink.services.duplicates import merged_patient_ids


def _walk_in(db, staff, name: str, phone: str, dob: date):  # type: ignore[no-untyped-def]
    form = patients.PatientForm(full_name=name, date_of_birth=dob, gender="Female", phone=phone,
                                address="4 Station Road, Pune", state="Maharashtra")
    return patients.register_walk_in(db, actor=staff, form=form)


def test_duplicates_page_merges_two_records_after_confirmation(qtbot, clinic, make_ctx, confirmations, monkeypatch):
    from medlink.ui.staff.duplicates_page import DuplicatesPage

    staff = clinic.staff()
    keep = _walk_in(clinic.db, staff, "Sunita Devi", "9876543210", date(1970, 6, 1))
    dup = _walk_in(clinic.db, staff, "Sunita Devii", "9876543210", date(1970, 6, 1))
    page = DuplicatesPage(make_ctx(staff))
    qtbot.addWidget(page)
    page.refresh()
    assert page.list.count() == 3 and not page.merge_button.isEnabled()
    page.list.item(1).setSelected(True)
    page.list.item(2).setSelected(True)
    assert page.merge_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (a[3][0], True)))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Registered twice at the desk", True)))
    page.merge_button.click()
    assert confirmations == ["Merge records"]
    assert f"P{dup.id:06d} into P{keep.id:06d}" in page.message.text()
    with clinic.db.read() as s:
        assert merged_patient_ids(s, keep.id) == [keep.id, dup.id]
    assert page.list.isHidden() and not page.empty.isHidden()  # nothing left to merge


def test_duplicates_page_shows_dates_of_birth_in_the_apps_language(qtbot, clinic, make_ctx):
    from medlink.ui.i18n import apply_language
    from medlink.ui.staff.duplicates_page import DuplicatesPage

    staff = clinic.staff()
    _walk_in(clinic.db, staff, "Sunita Devi", "9876543210", date(1970, 6, 1))
    _walk_in(clinic.db, staff, "Sunita Devii", "9876543210", date(1970, 6, 1))
    page = DuplicatesPage(make_ctx(staff))
    qtbot.addWidget(page)
    page.refresh()
    assert "born 01 Jun 1970" in page.list.item(1).text()
    try:
        apply_language("hi")
        page.refresh()
        texts = [page.list.item(i).text() for i in range(1, page.list.count())]
        assert texts and all("01 जून 1970" in text for text in texts), texts
    finally:
        apply_language("en")


def test_recall_page_lists_due_follow_ups_and_offers_whatsapp(qtbot, clinic, make_ctx, records_dir):
    from datetime import timedelta

    from medlink.db.models import Appointment
    from medlink.services import appointments, prescriptions
    from medlink.ui.staff.recall_page import RecallPage

    doctor, patient = clinic.doctor(), clinic.patient("Meera Kumar", phone="9876543210")
    visit = clinic.booking(patient, doctor)
    with clinic.db.transaction() as s:
        a = s.get(Appointment, visit.id)
        a.starts_at, a.ends_at = a.starts_at - timedelta(days=4), a.ends_at - timedelta(days=4)
    appointments.set_outcome(clinic.db, actor=doctor, appointment_id=visit.id,
                             status=appointments.AppointmentStatus.COMPLETED)
    prescriptions.write_prescription(clinic.db, actor=doctor, records_dir=records_dir, appointment_id=visit.id,
                                     items=[], advice="Review in a week", follow_up_on=date.today() + timedelta(days=3))
    page = RecallPage(make_ctx(clinic.staff()))
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 1 and page.model.rows[0].patient_name == "Meera Kumar"
    assert not page.whatsapp.isEnabled()
    page.table.selectRow(0)
    assert page.whatsapp.isEnabled()
    assert page.model.rows[0].whatsapp_url.startswith("https://wa.me/919876543210?text=")  # type: ignore[union-attr]


def test_walk_in_registration_warns_about_a_likely_duplicate(qtbot, clinic, db, make_ctx, monkeypatch):
    from sqlalchemy import func, select

    from medlink.db.models import Patient
    from medlink.ui import widgets
    from medlink.ui.staff.patients import WalkInDialog

    staff = clinic.staff()
    existing = _walk_in(db, staff, "Lakshmi Narayan", "9845011111", date(1960, 4, 2))
    answers: list[bool] = [False, True]
    asked: list[str] = []

    def answer(parent, title, text, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(widgets, "confirm", answer)
    dialog = WalkInDialog(make_ctx(staff))
    qtbot.addWidget(dialog)
    f = dialog.fields
    qtbot.keyClicks(f.full_name, "Lakshmi Narayanan")
    f.date_of_birth.setText("02-04-1960")
    f.gender.setCurrentIndex(f.gender.findData("Female"))
    qtbot.keyClicks(f.phone, "98450 11111")
    qtbot.keyClicks(f.address, "5 Temple Street, Mysuru")
    dialog.save()  # "Back": nothing is created, the form keeps what was typed
    assert f"P{existing.id:06d}" in asked[0] and f.full_name.text() == "Lakshmi Narayanan"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Patient)) == 1
    dialog.save()  # "Register anyway"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Patient)) == 2
