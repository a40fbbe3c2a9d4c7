"""Property-based tests: any user input either succeeds or raises a typed
ValidationError with a sentence — never a crash, a raw database error or a
partial write.  Run on SQLite and MariaDB."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from medlink.db.models import Patient, User
from medlink.errors import ValidationError
from medlink.services import doctors, patients
from medlink.validation import parse_money, validate_email, validate_phone
from tests.factories import PASSWORD

NASTY = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["%", "_", "\\", "'", '"', "'; DROP TABLE patients; --", "Ünïcødé ñame", "名前", "🙂🩺",
                     "a" * 5000, "\x00\x01\x1f", "  ", "Dr. %_", "O'Brien", "+91 98450 12345", "नमस्ते"]),
)
CHECKS = settings(max_examples=40, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
_serial = itertools.count()


def _counts(db):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(User)), s.scalar(select(func.count()).select_from(Patient))


@CHECKS
@given(name=NASTY, phone=NASTY, email=NASTY, address=NASTY, allergies=NASTY,
       dob=st.one_of(st.none(), st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 1, 1))))
def test_patient_sign_up_takes_any_input(db, name, phone, email, address, allergies, dob):
    before = _counts(db)
    form = patients.PatientForm(full_name=name, date_of_birth=dob, gender="Female", phone=phone, email=email,
                                address=address, allergies=allergies)
    try:
        actor = patients.sign_up_patient(db, form=form, password=PASSWORD)
    except ValidationError as exc:
        assert exc.field and exc.message.endswith((".", "?")) and len(exc.message) > 10
        assert _counts(db) == before  # nothing half-written
    else:
        assert actor.patient_id and _counts(db) == (before[0] + 1, before[1] + 1)


@CHECKS
@given(text=NASTY)
def test_searches_take_any_string(clinic, db, text):
    staff = clinic.admin
    assert isinstance(patients.search_patients(db, actor=staff, text=text), list)
    assert isinstance(doctors.search_doctors(db, text=text, with_next_slot=False), list)


def test_like_wildcards_are_literal(clinic, db):
    clinic.patient("Percy %Sign")
    clinic.patient("Under_score")
    clinic.patient("Plain Name")
    staff = clinic.admin
    assert [p.full_name for p in patients.search_patients(db, actor=staff, text="%")] == []
    assert [p.full_name for p in patients.search_patients(db, actor=staff, text="Percy %")] == ["Percy %Sign"]
    assert [p.full_name for p in patients.search_patients(db, actor=staff, text="_")] == []
    assert [p.full_name for p in patients.search_patients(db, actor=staff, text="Under_")] == ["Under_score"]


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(st.text(max_size=40), st.integers(), st.decimals(allow_nan=True, allow_infinity=True)))
def test_money_parsing_is_total(value):
    try:
        amount = parse_money(value, field="fee", label="Fee")
    except ValidationError as exc:
        assert exc.field == "fee"
    else:
        assert isinstance(amount, Decimal) and amount >= 0 and amount == amount.quantize(Decimal("0.01"))


@settings(max_examples=300, deadline=None)
@given(value=NASTY)
def test_contact_validators_are_total(value):
    for validator in (validate_email, validate_phone):
        try:
            out = validator(value)
        except ValidationError as exc:
            assert exc.message
        else:
            assert out is None or (isinstance(out, str) and out.strip() == out)
