"""Measurements as pure rules: units, plausible ranges, targets, danger and change thresholds.

No database and no Qt here: the services (and tests) call these functions.

* Every kind is stored in one unit (mmHg, bpm, °C, %, kg, cm, kg/m², mg/dL, %);
  other units a clinic meets (°F, lb, mmol/L) are converted on entry.
* A value outside the *plausible* range is a typo (BP 1200/80) and is refused
  with a sentence; a value inside it but outside the *target* range raises an
  alert for the doctor; a value past a *danger* threshold also tells the
  patient at once what to do (112 / 108, as the health assistant says).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from medlink.errors import ValidationError
from medlink.vocabulary import MeasurementKind
from medlink.i18n import N_, tr

K = MeasurementKind
GLUCOSE_KINDS = (K.GLUCOSE_FASTING, K.GLUCOSE_POST_MEAL, K.GLUCOSE_RANDOM)
MG_DL_PER_MMOL_L = Decimal("18.016")  # glucose: 1 mmol/L = 18.016 mg/dL


@dataclass(frozen=True)
class KindSpec:
    kind: MeasurementKind
    label: str
    unit: str
    decimals: int
    plausible: tuple[float, float]
    default_target: tuple[float, float] | None
    plausible2: tuple[float, float] | None = None        # the diastolic part of a blood pressure
    default_target2: tuple[float, float] | None = None
    other_units: tuple[str, ...] = ()
    example: str = ""

    @property
    def units(self) -> tuple[str, ...]:
        return (self.unit, *self.other_units)


SPECS: dict[MeasurementKind, KindSpec] = {s.kind: s for s in (
    KindSpec(K.BLOOD_PRESSURE, N_("vitals", "Blood pressure"), "mmHg", 0, (50, 300), (90, 140), (20, 200), (60, 90),
             example="120/80"),
    KindSpec(K.PULSE, N_("vitals", "Pulse"), "bpm", 0, (20, 250), (50, 100), example="72"),
    KindSpec(K.TEMPERATURE, N_("vitals", "Temperature"), "°C", 1, (30, 45), (36.1, 37.5), other_units=("°F",), example="37.0"),
    KindSpec(K.SPO2, N_("vitals", "SpO₂ (oxygen saturation)"), "%", 0, (50, 100), (94, 100), example="98"),
    KindSpec(K.WEIGHT, N_("vitals", "Weight"), "kg", 1, (0.5, 350), None, other_units=("lb",), example="68.5"),
    KindSpec(K.HEIGHT, N_("vitals", "Height"), "cm", 1, (30, 250), None, example="165"),
    KindSpec(K.BMI, N_("vitals", "BMI"), "kg/m²", 1, (8, 100), (18.5, 25), example="23.4"),
    KindSpec(K.GLUCOSE_FASTING, N_("vitals", "Blood glucose, fasting"), "mg/dL", 0, (10, 1000), (70, 130),
             other_units=("mmol/L",), example="110"),
    KindSpec(K.GLUCOSE_POST_MEAL, N_("vitals", "Blood glucose, after a meal"), "mg/dL", 0, (10, 1000), (70, 180),
             other_units=("mmol/L",), example="160"),
    KindSpec(K.GLUCOSE_RANDOM, N_("vitals", "Blood glucose, random"), "mg/dL", 0, (10, 1000), (70, 180),
             other_units=("mmol/L",), example="140"),
    KindSpec(K.HBA1C, N_("vitals", "HbA1c"), "%", 1, (3, 20), (4.0, 7.0), example="6.8"),
)}

PATIENT_KINDS = (K.BLOOD_PRESSURE, K.PULSE, K.TEMPERATURE, K.SPO2, K.WEIGHT, K.HEIGHT, K.GLUCOSE_FASTING,
                 K.GLUCOSE_POST_MEAL, K.GLUCOSE_RANDOM, K.HBA1C)
"""What a person can enter (BMI is computed from weight and height)."""


def kind_label(kind: MeasurementKind | str, language: str | None = None) -> str:
    """What was measured, in ``language`` (default: the current one): "Blood pressure" / "रक्तचाप"."""
    return tr("vitals", spec(kind).label, language)


def spec(kind: MeasurementKind | str) -> KindSpec:
    try:
        return SPECS[MeasurementKind(kind)]
    except ValueError as exc:
        raise ValidationError("kind", tr("vitals", "Choose what was measured.")) from exc


def _number(text: str, *, field: str, what: str) -> Decimal:
    cleaned = text.strip().replace(",", ".")
    if not re.fullmatch(r"\d{1,5}(\.\d{1,3})?", cleaned):
        raise ValidationError(field, tr("vitals", "Enter the {what} as a number, e.g. {spec_example}.").format(what=what, spec_example=spec_example(what)))
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already guarantees a number
        raise ValidationError(field, tr("vitals", "Enter the {what} as a number.").format(what=what)) from exc


def spec_example(what: str) -> str:
    for s in SPECS.values():
        if what in (s.label.lower(), kind_label(s.kind).lower()):
            return s.example
    return "72"


def _fmt(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def format_value(kind: MeasurementKind | str, value: float, value2: float | None = None) -> str:
    """"120/80 mmHg", "37.2 °C", "110 mg/dL"."""
    s = spec(kind)
    if s.kind is K.BLOOD_PRESSURE and value2 is not None:
        return f"{value:.0f}/{value2:.0f} {s.unit}"
    return f"{_fmt(value, s.decimals)} {s.unit}"


def parse_reading(kind: MeasurementKind | str, text: str, unit: str | None = None) -> tuple[float, float | None]:
    """The reading in the stored unit: ``(value, diastolic or None)``; a sentence for anything implausible."""
    s = spec(kind)
    if not isinstance(text, str) or not text.strip():
        raise ValidationError("value", tr("vitals", "Enter the {lower}, e.g. {example}.").format(lower=kind_label(s.kind).lower(), example=s.example))
    unit = (unit or s.unit).strip()
    if unit not in s.units:
        raise ValidationError("unit", tr("vitals", "{label} is entered in {items}.").format(label=kind_label(s.kind), items=' or '.join(s.units)))
    if s.kind is K.BLOOD_PRESSURE:
        match = re.fullmatch(r"\s*(\d{1,4})\s*[/\\-]\s*(\d{1,4})\s*", text)
        if not match:
            raise ValidationError("value", tr("vitals", "Enter the blood pressure as two numbers, upper/lower, e.g. 120/80."))
        systolic, diastolic = int(match.group(1)), int(match.group(2))
        low, high = s.plausible
        if not low <= systolic <= high:
            raise ValidationError("value", tr("vitals", "An upper (systolic) pressure of {systolic} mmHg is not possible: it must be between {low:.0f} and {high:.0f}. Please check the reading.").format(systolic=systolic, low=low, high=high))
        assert s.plausible2 is not None
        low2, high2 = s.plausible2
        if not low2 <= diastolic <= high2:
            raise ValidationError("value", tr("vitals", "A lower (diastolic) pressure of {diastolic} mmHg is not possible: it must be between {low2:.0f} and {high2:.0f}. Please check the reading.").format(diastolic=diastolic, low2=low2, high2=high2))
        if diastolic >= systolic:
            raise ValidationError("value", tr("vitals", "The upper (systolic) number must be higher than the lower (diastolic) "
                                           "one, e.g. 120/80."))
        return float(systolic), float(diastolic)
    number = _number(text, field="value", what=kind_label(s.kind).lower())
    if unit == "°F":
        number = (number - 32) * 5 / 9
    elif unit == "lb":
        number = number * Decimal("0.45359237")
    elif unit == "mmol/L":
        number = number * MG_DL_PER_MMOL_L
    value = float(round(number, s.decimals))
    low, high = s.plausible
    if not low <= value <= high:
        shown = f"{text.strip()} {unit}"
        raise ValidationError("value", tr("vitals", "{label} of {shown} is not possible: it must be between {fmt} and {fmt2} {unit}. Please check the reading.").format(label=kind_label(s.kind), shown=shown, fmt=_fmt(low, s.decimals), fmt2=_fmt(high, s.decimals), unit=s.unit))
    return value, None


def bmi(weight_kg: float, height_cm: float) -> float:
    metres = height_cm / 100
    return round(weight_kg / (metres * metres), 1)


# --- targets, danger and change ------------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    low: float | None
    high: float | None
    low2: float | None = None
    high2: float | None = None

    def describe(self, kind: MeasurementKind | str) -> str:
        s = spec(kind)
        part = _band(self.low, self.high, s.decimals)
        if s.kind is K.BLOOD_PRESSURE:
            return f"{part} / {_band(self.low2, self.high2, 0)} {s.unit}"
        return f"{part} {s.unit}"


def _band(low: float | None, high: float | None, decimals: int) -> str:
    if low is not None and high is not None:
        return f"{_fmt(low, decimals)}–{_fmt(high, decimals)}"
    if low is not None:
        return f"≥ {_fmt(low, decimals)}"
    if high is not None:
        return f"≤ {_fmt(high, decimals)}"
    return "any"


def default_target(kind: MeasurementKind | str) -> Target:
    s = spec(kind)
    low, high = s.default_target or (None, None)
    low2, high2 = s.default_target2 or (None, None)
    return Target(low, high, low2, high2)


def is_outside_target(kind: MeasurementKind, target: Target, value: float, value2: float | None) -> bool:
    """Whether :func:`outside_target` would give a sentence — without building it (for long lists)."""
    if (target.low is not None and value < target.low) or (target.high is not None and value > target.high):
        return True
    if kind is not K.BLOOD_PRESSURE or value2 is None:
        return False
    return (target.low2 is not None and value2 < target.low2) or (target.high2 is not None and value2 > target.high2)


def outside_target(kind: MeasurementKind | str, target: Target, value: float, value2: float | None) -> str | None:
    """A sentence if the reading is outside the target band, else None."""
    s = spec(kind)

    def out(v: float | None, low: float | None, high: float | None) -> str | None:
        if v is None:
            return None
        if low is not None and v < low:
            return "below"
        if high is not None and v > high:
            return "above"
        return None

    where = out(value, target.low, target.high) or (out(value2, target.low2, target.high2)
                                                    if s.kind is K.BLOOD_PRESSURE else None)
    if where is None:
        return None
    return f"{s.label} {format_value(kind, value, value2)} is {where} the target {target.describe(kind)}."


@dataclass(frozen=True)
class Danger:
    """A dangerous reading: what the patient must do now."""

    headline: str
    advice: str


CALL = N_("vitals", "call 112 or 108 now")


def _danger(headline: str, advice: str) -> Danger:
    """What to tell the patient, in the current language (the advice names the emergency numbers as {call})."""
    return Danger(tr("vitals", headline), tr("vitals", advice).format(call=tr("vitals", CALL)))


def danger(kind: MeasurementKind | str, value: float, value2: float | None = None) -> Danger | None:
    s = spec(kind)
    if s.kind in GLUCOSE_KINDS:
        if value < 54:
            return _danger(N_("vitals", "Your blood sugar is dangerously low."),
                          N_("vitals", "Eat or drink 15 g of fast sugar now: 3 teaspoons of sugar or glucose in water, or half a "
                                       "glass of fruit juice. Measure again after 15 minutes and repeat if still below 70. "
                                       "If you feel drowsy or confused, or cannot swallow, {call}. Do not drive."))
        if value >= 400:
            return _danger(N_("vitals", "Your blood sugar is very high."),
                          N_("vitals", "Drink water and contact your doctor today. If you are vomiting, breathless, very drowsy "
                                       "or confused, {call}."))
    if s.kind is K.BLOOD_PRESSURE and (value >= 180 or (value2 or 0) >= 120):
        return _danger(N_("vitals", "Your blood pressure is dangerously high."),
                      N_("vitals", "Sit down, rest for 5 minutes and measure again. If it is still this high, or you have chest "
                                   "pain, breathlessness, a severe headache, weakness or numbness, trouble seeing or speaking, "
                                   "{call}. Do not drive yourself."))
    if s.kind is K.SPO2 and value < 90:
        return _danger(N_("vitals", "Your oxygen level is dangerously low."),
                      N_("vitals", "Sit upright, warm your hands and measure again. If it stays below 90, or you are breathless, "
                                   "have chest pain, blue lips or confusion, {call}."))
    if s.kind is K.TEMPERATURE and value >= 40.0:
        return _danger(N_("vitals", "Your temperature is very high."),
                      N_("vitals", "Take paracetamol if your doctor allows it, drink fluids and sponge with lukewarm water. If "
                                   "there is confusion, a fit, a stiff neck, a rash or difficulty breathing, {call}."))
    if s.kind is K.TEMPERATURE and value < 35.0:
        return _danger(N_("vitals", "Your temperature is dangerously low."),
                      N_("vitals", "Get warm with blankets and warm drinks. If you are confused or very drowsy, {call}."))
    if s.kind is K.PULSE and (value < 40 or value > 130):
        return _danger(N_("vitals", "Your pulse is far outside the normal range."),
                      N_("vitals", "Sit down, rest for 5 minutes and count again. If it stays like this, or you feel faint, "
                                   "breathless or have chest pain, {call}."))
    return None


def significant_change(kind: MeasurementKind | str, previous: tuple[float, float | None], current: tuple[float, float | None],
                       days_between: float) -> str | None:
    """A sentence if the reading changed notably since the previous one of the same kind."""
    s = spec(kind)
    (p1, p2), (c1, c2) = previous, current
    if days_between > 90:
        return None
    if s.kind is K.WEIGHT and days_between <= 30 and p1 > 0 and abs(c1 - p1) / p1 >= 0.05:
        direction = "gained" if c1 > p1 else "lost"
        return f"Weight {direction} {abs(c1 - p1):.1f} kg ({abs(c1 - p1) / p1:.0%}) in {max(1, round(days_between))} days."
    if s.kind is K.BLOOD_PRESSURE and c1 - p1 >= 30:
        return f"Systolic pressure rose by {c1 - p1:.0f} mmHg since the previous reading."
    if s.kind in GLUCOSE_KINDS and c1 - p1 >= 50:
        return f"Blood glucose rose by {c1 - p1:.0f} mg/dL since the previous reading."
    if s.kind is K.HBA1C and c1 - p1 >= 1.0:
        return f"HbA1c rose by {c1 - p1:.1f} points since the previous result."
    if s.kind is K.SPO2 and p1 - c1 >= 4:
        return f"Oxygen saturation fell by {p1 - c1:.0f} points since the previous reading."
    if s.kind is K.PULSE and abs(c1 - p1) >= 30:
        return f"Pulse changed by {abs(c1 - p1):.0f} bpm since the previous reading."
    del p2, c2
    return None


def validate_target(kind: MeasurementKind | str, low: float | None, high: float | None,
                    low2: float | None = None, high2: float | None = None) -> Target:
    s = spec(kind)
    pairs = [("target_low", "target_high", low, high, s.plausible)]
    if s.kind is K.BLOOD_PRESSURE:
        assert s.plausible2 is not None
        pairs.append(("target_low2", "target_high2", low2, high2, s.plausible2))
    for low_field, high_field, lo, hi, (pmin, pmax) in pairs:
        for field, v in ((low_field, lo), (high_field, hi)):
            if v is not None and not pmin <= v <= pmax:
                raise ValidationError(field, tr("vitals", "A target of {v:g} {unit} is not possible for {lower}: use a value between {pmin:g} and {pmax:g}.").format(v=v, unit=s.unit, lower=kind_label(s.kind).lower(), pmin=pmin, pmax=pmax))
        if lo is not None and hi is not None and lo >= hi:
            raise ValidationError(high_field, tr("vitals", "The upper end of the target must be above the lower end."))
    return Target(low, high, low2, high2)


__all__ = ["SPECS", "PATIENT_KINDS", "KindSpec", "Target", "Danger", "spec", "parse_reading", "format_value", "bmi",
           "default_target", "outside_target", "danger", "significant_change", "validate_target", "GLUCOSE_KINDS"]
