"""Every sentence the core hands to a person goes through the translation catalogue.

Read with ``ast`` (nothing imported): a domain error (any subclass of ``MedLinkError``) built
in the Qt-free core with a literal sentence — a string, an f-string, a concatenation or a
``"...".format()`` — instead of ``tr("context", "...")`` would reach a Hindi-speaking user in
English.  The windows (``medlink/ui``) are checked by their own ``self.tr`` extraction.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "medlink"


def _trees(root: Path) -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(root.rglob("*.py"))}


def error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """``MedLinkError`` and every class that derives from it, anywhere in the package."""
    names = {"MedLinkError"}
    changed = True
    while changed:
        changed = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else ""
                             for b in node.bases}
                    if bases & names:
                        names.add(node.name)
                        changed = True
    return names


def _sentence(node: ast.AST) -> str | None:
    """The English text of a literal sentence argument, or None when it is not one (``tr(...)``, a variable)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        left, right = _sentence(node.left), _sentence(node.right)
        return (left or "") + (right or "") if left or right else None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _sentence(node.func.value)
    return None


def unwrapped_sentences(tree: ast.Module, classes: set[str]) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        if name not in classes:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords if k.arg == "message")]:
            text = _sentence(arg)
            if text is not None and " " in text.strip():  # a sentence, not a field name such as "phone"
                found.append((node.lineno, text))
    return found


def test_the_check_finds_what_it_should() -> None:
    code = ast.parse(
        'raise ValidationError("phone", "Enter a phone number.")\n'
        'raise StorageError(f"Could not read {path}.")\n'
        'raise NotFound("The file " + name + " is gone.")\n'
        'raise ValidationError("x", "{label} is wrong.".format(label=label))\n'
        'raise ValidationError("phone", tr("validation", "Enter a phone number."))\n'
        'raise ValidationError("phone", message)\n'
        'raise ValueError("An internal message for the log.")\n')
    found = unwrapped_sentences(code, {"ValidationError", "StorageError", "NotFound"})
    assert [line for line, _text in found] == [1, 2, 3, 4]


def test_domain_errors_of_the_core_carry_translated_sentences() -> None:
    trees = _trees(CORE)
    classes = error_classes(trees)
    assert {"ValidationError", "StorageError", "MailConfigurationError", "WrongClinicKey"} <= classes
    offenders = [f"{path.relative_to(ROOT)}:{line}: {text[:70]!r}"
                 for path, tree in trees.items() if "ui" not in path.relative_to(CORE).parts
                 for line, text in unwrapped_sentences(tree, classes)]
    assert offenders == [], ("wrap these sentences in medlink.i18n.tr(\"context\", \"...\") (then run "
                             "scripts/update_translations.py and translate them):\n" + "\n".join(offenders))


#: The validators whose ``label=`` names the field inside their sentences ("{label} is required.").
VALIDATORS = {"clean_text", "require_text", "validate_name", "validate_choice", "parse_money", "parse_typed_date",
              "validate_phone"}


def unmarked_labels(tree: ast.Module) -> list[tuple[int, str]]:
    """``label="Phone"`` passed to a validator without ``N_("fields", ...)``: it would stay English in Hindi."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name in VALIDATORS:
                found += [(node.lineno, k.value.value) for k in node.keywords if k.arg == "label"
                          and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)]
                found += [(node.lineno, "f-string") for k in node.keywords
                          if k.arg == "label" and isinstance(k.value, ast.JoinedStr)]
    return found


def test_field_labels_given_to_validators_are_marked_for_translation() -> None:
    assert unmarked_labels(ast.parse('clean_text(v, field="phone", label="Phone", max_length=3)\n'
                                     'clean_text(v, field="phone", label=N_("fields", "Phone"), max_length=3)\n'
                                     'parse_money(v, field="fee", label=f"Fee {n}")\n')) == [(1, "Phone"), (3, "f-string")]
    offenders = [f"{path.relative_to(ROOT)}:{line}: {label!r}" for path, tree in _trees(CORE).items()
                 if "ui" not in path.relative_to(CORE).parts for line, label in unmarked_labels(tree)]
    assert offenders == [], "mark these labels with N_(\"fields\", ...):\n" + "\n".join(offenders)


def test_a_field_label_inside_a_hindi_sentence_is_in_hindi(clinic, db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    import pytest

    from medlink import i18n
    from medlink.errors import ValidationError
    from medlink.services import patients
    from medlink.services.patients import PatientForm

    staff = clinic.staff()
    form = PatientForm(full_name="अनीता शर्मा", date_of_birth=date(1979, 3, 8), gender="Female", phone="12",
                       address="Lajpat Nagar, Delhi")
    i18n.set_language("hi")
    try:
        with pytest.raises(ValidationError) as info:
            patients.register_walk_in(db, actor=staff, form=form)
        form.phone, form.address = "9876543210", ""
        with pytest.raises(ValidationError) as missing:
            patients.register_walk_in(db, actor=staff, form=form)
    finally:
        i18n.set_language("en")
    assert info.value.field == "phone" and info.value.message.startswith("फ़ोन नंबर मोबाइल नंबर")
    assert "Phone" not in info.value.message
    assert missing.value.field == "address" and missing.value.message == "पता आवश्यक है।"


def test_what_a_patient_is_told_after_a_dangerous_reading_is_in_their_language() -> None:
    from medlink import i18n
    from medlink.clinical import vitals
    from medlink.vocabulary import MeasurementKind

    english = vitals.danger(MeasurementKind.GLUCOSE_RANDOM, 50)
    assert english is not None and "call 112 or 108 now" in english.advice
    i18n.set_language("hi")
    try:
        hindi = vitals.danger(MeasurementKind.GLUCOSE_RANDOM, 50)
    finally:
        i18n.set_language("en")
    assert hindi is not None and hindi.headline == "आपकी ब्लड शुगर ख़तरनाक रूप से कम है।"
    assert "अभी 112 या 108 पर कॉल करें" in hindi.advice and "{call}" not in hindi.advice


def test_stored_values_the_core_names_read_in_the_current_language(clinic, db) -> None:  # type: ignore[no-untyped-def]
    from medlink import i18n
    from medlink.services import measurements, records
    from medlink.services.measurements import MeasurementView

    from datetime import date, datetime, timezone

    view = records.RecordView(id=1, patient_id=1, title="CBC", record_type="lab_report", record_date=date(2026, 12, 1),
                              content_type="application/pdf", size_bytes=1, original_filename=None,
                              created_at=datetime(2026, 12, 1, tzinfo=timezone.utc), uploaded_by=None)
    patient = clinic.patient()
    measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="blood_pressure",
                                    value="120/80")
    [reading] = measurements.list_measurements(db, actor=patient, patient_id=patient.patient_id)
    assert isinstance(reading, MeasurementView)
    assert (view.type_label, reading.label) == ("Lab report", "Blood pressure")
    i18n.set_language("hi")
    try:
        assert (view.type_label, reading.label) == ("लैब रिपोर्ट", "ब्लड प्रेशर")
    finally:
        i18n.set_language("en")
