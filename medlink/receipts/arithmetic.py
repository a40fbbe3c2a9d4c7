"""Exact bill arithmetic with Indian GST (CGST + SGST intra-state, IGST inter-state).

Everything is :class:`~decimal.Decimal` rupees rounded to the paisa with
ROUND_HALF_UP; floats are refused.  Rounding happens **per line** and totals
are plain sums of the rounded line figures, so every printed column adds up
exactly.

Per line
--------
``gross = quantity × unit_price − discount`` (exact; inputs have ≤ 2 places).

* Prices **exclusive** of GST (default): ``taxable = gross``.

  - intra-state: ``CGST = SGST = round(taxable × rate / 2 / 100)``,
    ``tax = CGST + SGST`` (the two halves are always equal);
  - inter-state: ``IGST = round(taxable × rate / 100)``.

* Prices **inclusive** of GST: the tax is backed out so that the line total is
  exactly the price the patient was quoted:
  ``taxable = round(gross × 100 / (100 + rate))``, ``tax = gross − taxable``.

  - intra-state: ``CGST = round(tax / 2)``, ``SGST = tax − CGST`` — when the
    tax is an odd number of paise the halves differ by one paisa (CGST gets
    the extra paisa); they always sum to the line tax exactly.
  - inter-state: ``IGST = tax``.

Consistency of the two modes: entering the backed-out taxable value of an
inclusive line as an exclusive price yields the same tax within one paisa
for IGST and within one paisa *per half* (so at most two paise in total) for
CGST + SGST, because the exclusive computation rounds each half separately.

Round-off: when :attr:`TaxSettings.round_off_to_rupee` is set, the bill total
is rounded to the nearest rupee (ROUND_HALF_UP) and the difference is shown as
a signed "Round off" line; for a non-negative bill it lies in [−0.49, +0.50].
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import KW_ONLY, dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType
from typing import Literal

from medlink.errors import ValidationError
from medlink.receipts.money import PAISA, RUPEE, as_money, round_paise
from medlink.i18n import tr

__all__ = [
    "DEFAULT_GST_RATES",
    "DEFAULT_SAC_CODES",
    "BillComputation",
    "BillLineInput",
    "ComputedLine",
    "LineCategory",
    "TaxSettings",
    "compute_bill",
    "supply_type_for",
]

ZERO = Decimal("0.00")
HUNDRED = Decimal(100)
MAX_QUANTITY = 100_000
#: A single line above one crore is certainly a typing mistake in a small clinic.
MAX_LINE_AMOUNT = Decimal("10000000.00")
MAX_DESCRIPTION_LENGTH = 200


class LineCategory(str, enum.Enum):
    """What a bill line is for; decides its default GST rate and SAC/HSN code."""

    CONSULTATION = "consultation"
    LAB_TEST = "lab_test"
    MEDICATION = "medication"
    OTHER = "other"
    #: The clinic's fixed extra charge (registration / service fee).
    EXTRA_CHARGE = "extra_charge"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    LineCategory.CONSULTATION: "Consultation",
    LineCategory.LAB_TEST: "Lab test",
    LineCategory.MEDICATION: "Medication",
    LineCategory.OTHER: "Other",
    LineCategory.EXTRA_CHARGE: "Extra charge",
}

#: Defaults reproduce the original MedLink: 18 % on consultation, lab tests and
#: medication; 0 % (exempt) on other/additional lines and on the extra charge.
#: NOTE for clinics: health care services by a clinical establishment are
#: generally GST-exempt (notification 12/2017-CT(Rate), entry 74) — a clinic
#: that is not charging GST should set these rates to 0 in its settings; the
#: receipt then becomes a "Bill of Supply" automatically.
DEFAULT_GST_RATES: Mapping[LineCategory, Decimal] = MappingProxyType(
    {
        LineCategory.CONSULTATION: Decimal("18"),
        LineCategory.LAB_TEST: Decimal("18"),
        LineCategory.MEDICATION: Decimal("18"),
        LineCategory.OTHER: Decimal("0"),
        LineCategory.EXTRA_CHARGE: Decimal("0"),
    }
)

#: Default SAC (services) / HSN (goods) codes, overridable per line:
#: * 999312 — "Medical and dental services" (SAC group 99931, human health
#:   services). 999311 is *inpatient* services, so an out-patient
#:   consultation is 999312.
#: * 999316 — "Medical laboratory and diagnostic-imaging services".
#: * 3004   — HSN heading for medicaments put up in measured doses (tablets,
#:   syrups…); 4 digits are enough for small taxpayers' invoices.
#: * OTHER / EXTRA_CHARGE — no default: what they are is up to the clinic.
DEFAULT_SAC_CODES: Mapping[LineCategory, str | None] = MappingProxyType(
    {
        LineCategory.CONSULTATION: "999312",
        LineCategory.LAB_TEST: "999316",
        LineCategory.MEDICATION: "3004",
        LineCategory.OTHER: None,
        LineCategory.EXTRA_CHARGE: None,
    }
)

_SAC_RE = re.compile(r"\d{4,8}")


def _check_rate(rate: object, field_name: str) -> Decimal:
    if isinstance(rate, (bool, float)) or not isinstance(rate, (Decimal, int)):
        raise ValidationError(field_name, tr("arithmetic", "A GST rate must be an exact number (Decimal)."))
    dec = Decimal(rate)
    if not dec.is_finite() or dec < 0 or dec > 100:
        raise ValidationError(field_name, tr("arithmetic", "A GST rate must be between 0 and 100 per cent."))
    if dec != dec.quantize(PAISA):
        raise ValidationError(field_name, tr("arithmetic", "A GST rate can have at most two decimal places."))
    return dec


def _check_sac(code: str | None, field_name: str) -> str | None:
    if code is None:
        return None
    if not isinstance(code, str) or not _SAC_RE.fullmatch(code.strip()):
        raise ValidationError(field_name, tr("arithmetic", "A SAC/HSN code is 4 to 8 digits."))
    return code.strip()


@dataclass(frozen=True)
class TaxSettings:
    """The clinic's GST configuration (read from clinic settings by the caller).

    ``rates`` maps a category to a GST rate in per cent (``Decimal("18")``);
    categories missing from it fall back to :data:`DEFAULT_GST_RATES`.
    ``clinic_state`` is the clinic's state for place-of-supply; an empty
    string means "unknown" and every bill is then treated as intra-state.
    """

    clinic_state: str = ""
    rates: Mapping[LineCategory, Decimal] = field(default_factory=lambda: dict(DEFAULT_GST_RATES))
    prices_include_gst: bool = False
    round_off_to_rupee: bool = False
    sac_codes: Mapping[LineCategory, str | None] = field(
        default_factory=lambda: dict(DEFAULT_SAC_CODES)
    )

    def __post_init__(self) -> None:
        rates = {cat: DEFAULT_GST_RATES[cat] for cat in LineCategory}
        for cat, rate in dict(self.rates).items():
            cat = LineCategory(cat)
            rates[cat] = _check_rate(rate, f"gst_rate_{cat.value}")
        codes = {cat: DEFAULT_SAC_CODES[cat] for cat in LineCategory}
        for cat, code in dict(self.sac_codes).items():
            cat = LineCategory(cat)
            codes[cat] = _check_sac(code, f"sac_{cat.value}")
        object.__setattr__(self, "rates", MappingProxyType(rates))
        object.__setattr__(self, "sac_codes", MappingProxyType(codes))
        if not isinstance(self.clinic_state, str):
            raise ValidationError("clinic_state", tr("arithmetic", "The clinic's state must be text."))

    def rate_for(self, category: LineCategory) -> Decimal:
        return self.rates[LineCategory(category)]

    def sac_for(self, category: LineCategory) -> str | None:
        return self.sac_codes[LineCategory(category)]


@dataclass(frozen=True)
class BillLineInput:
    """One line as entered at the front desk (amounts in rupees).

    ``BillLineInput(LineCategory.LAB_TEST, "CBC", 2, unit_price=Decimal("350"))``
    — money fields are keyword-only so a quantity and a price can never be
    swapped by accident.
    """

    category: LineCategory
    description: str
    quantity: int = 1
    _: KW_ONLY
    unit_price: Decimal
    discount: Decimal = ZERO
    sac_code: str | None = None


@dataclass(frozen=True)
class ComputedLine:
    """A validated, fully computed line. All money is two-place Decimal rupees.

    ``gross`` is ``quantity × unit_price − discount`` — exclusive of GST when
    prices are entered exclusive, inclusive of GST otherwise.
    """

    category: LineCategory
    description: str
    quantity: int
    unit_price: Decimal
    discount: Decimal
    sac_code: str | None
    gst_rate: Decimal
    gross: Decimal
    taxable_value: Decimal
    cgst_rate: Decimal
    cgst: Decimal
    sgst_rate: Decimal
    sgst: Decimal
    igst_rate: Decimal
    igst: Decimal
    line_total: Decimal

    @property
    def tax(self) -> Decimal:
        return self.cgst + self.sgst + self.igst

    @property
    def amount_before_discount(self) -> Decimal:
        return self.quantity * self.unit_price


@dataclass(frozen=True)
class BillComputation:
    """The computed bill. Totals are sums of the rounded line figures."""

    lines: tuple[ComputedLine, ...]
    supply_type: Literal["intra", "inter"]
    prices_include_gst: bool
    subtotal_taxable: Decimal
    total_discount: Decimal
    total_cgst: Decimal
    total_sgst: Decimal
    total_igst: Decimal
    total_tax: Decimal
    total_before_round_off: Decimal
    round_off: Decimal
    grand_total: Decimal
    is_tax_invoice: bool

    @property
    def has_exempt_lines(self) -> bool:
        """Some lines are exempt (0 % GST, e.g. health care under notification 12/2017-CT(Rate) entry 74)."""
        return any(line.gst_rate == 0 for line in self.lines)

    @property
    def document_title(self) -> str:
        """"Tax Invoice" when GST is charged on every line, "Bill of Supply" when nothing is taxed, and
        "Invoice-cum-Bill of Supply" when taxable and exempt lines are mixed (CGST Rules, rule 46A)."""
        if not self.is_tax_invoice:
            return "Bill of Supply"
        return "Invoice-cum-Bill of Supply" if self.has_exempt_lines else "Tax Invoice"

    @property
    def is_inter_state(self) -> bool:
        return self.supply_type == "inter"


def _norm_state(state: str | None) -> str:
    return " ".join((state or "").split()).casefold()


def supply_type_for(clinic_state: str, patient_state: str | None) -> Literal["intra", "inter"]:
    """Intra-state unless both states are known and differ (case/space-insensitive)."""
    clinic, patient = _norm_state(clinic_state), _norm_state(patient_state)
    if not clinic or not patient or clinic == patient:
        return "intra"
    return "inter"


def _validate_line(index: int, line: BillLineInput) -> tuple[LineCategory, str, int, Decimal, Decimal]:
    prefix = f"lines[{index}]"
    try:
        category = LineCategory(line.category)
    except ValueError:
        raise ValidationError(f"{prefix}.category", tr("arithmetic", "Unknown line category {category!r}.").format(category=line.category)) from None
    description = line.description.strip() if isinstance(line.description, str) else ""
    if not description:
        raise ValidationError(f"{prefix}.description", tr("arithmetic", "Every bill line needs a description."))
    if len(description) > MAX_DESCRIPTION_LENGTH:
        raise ValidationError(
            f"{prefix}.description",
            tr("arithmetic", "A line description can be at most {MAX_DESCRIPTION_LENGTH} characters.").format(MAX_DESCRIPTION_LENGTH=MAX_DESCRIPTION_LENGTH),
        )
    qty = line.quantity
    if isinstance(qty, bool) or not isinstance(qty, int):
        raise ValidationError(f"{prefix}.quantity", tr("arithmetic", "The quantity must be a whole number."))
    if qty <= 0:
        raise ValidationError(f"{prefix}.quantity", tr("arithmetic", "The quantity must be at least 1."))
    if qty > MAX_QUANTITY:
        raise ValidationError(f"{prefix}.quantity", tr("arithmetic", "The quantity can be at most {MAX_QUANTITY}.").format(MAX_QUANTITY=MAX_QUANTITY))
    unit_price = as_money(line.unit_price, f"{prefix}.unit_price")
    discount = as_money(line.discount, f"{prefix}.discount")
    amount = qty * unit_price
    if amount > MAX_LINE_AMOUNT:
        raise ValidationError(f"{prefix}.unit_price", tr("arithmetic", "The line amount is implausibly large."))
    if discount > amount:
        raise ValidationError(f"{prefix}.discount", tr("arithmetic", "The discount cannot be more than the line amount."))
    return category, description, qty, unit_price, discount


def _compute_line(
    index: int, line: BillLineInput, settings: TaxSettings, supply: Literal["intra", "inter"]
) -> ComputedLine:
    category, description, qty, unit_price, discount = _validate_line(index, line)
    sac = _check_sac(line.sac_code, f"lines[{index}].sac_code") or settings.sac_for(category)
    rate = settings.rate_for(category)
    gross = round_paise(qty * unit_price - discount)  # exact already; quantize for form
    half_rate = rate / 2

    if settings.prices_include_gst:
        taxable = round_paise(gross * HUNDRED / (HUNDRED + rate))
        tax = gross - taxable
        if supply == "intra":
            cgst = round_paise(tax / 2)
            sgst, igst = tax - cgst, ZERO
        else:
            cgst = sgst = ZERO
            igst = tax
    else:
        taxable = gross
        if supply == "intra":
            cgst = sgst = round_paise(taxable * half_rate / HUNDRED)
            igst = ZERO
        else:
            cgst = sgst = ZERO
            igst = round_paise(taxable * rate / HUNDRED)

    if supply == "intra":
        cgst_rate = sgst_rate = _clean_rate(half_rate)
        igst_rate = Decimal(0)
    else:
        cgst_rate = sgst_rate = Decimal(0)
        igst_rate = _clean_rate(rate)

    return ComputedLine(
        category=category,
        description=description,
        quantity=qty,
        unit_price=unit_price,
        discount=discount,
        sac_code=sac,
        gst_rate=_clean_rate(rate),
        gross=gross,
        taxable_value=taxable,
        cgst_rate=cgst_rate,
        cgst=cgst,
        sgst_rate=sgst_rate,
        sgst=sgst,
        igst_rate=igst_rate,
        igst=igst,
        line_total=taxable + cgst + sgst + igst,
    )


def _clean_rate(rate: Decimal) -> Decimal:
    """``Decimal("9.00")`` -> ``Decimal("9")``; ``Decimal("2.50")`` -> ``Decimal("2.5")``."""
    normal = rate.normalize()
    # normalize() turns 10 into 1E+1; quantize back to a plain exponent.
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal


def compute_bill(
    lines: Iterable[BillLineInput],
    settings: TaxSettings,
    patient_state: str | None = None,
) -> BillComputation:
    """Validate and compute a bill.

    ``patient_state`` is the recipient's state (place of supply); ``None`` or
    the clinic's own state (compared case-insensitively) means intra-state.
    Raises :class:`medlink.errors.ValidationError` naming the offending field
    (``"lines[2].discount"``) on bad input.
    """
    line_list = list(lines)
    if not line_list:
        raise ValidationError("lines", tr("arithmetic", "A bill needs at least one line."))
    supply = supply_type_for(settings.clinic_state, patient_state)
    computed = tuple(_compute_line(i, ln, settings, supply) for i, ln in enumerate(line_list))

    subtotal = sum((c.taxable_value for c in computed), ZERO)
    total_discount = sum((c.discount for c in computed), ZERO)
    cgst = sum((c.cgst for c in computed), ZERO)
    sgst = sum((c.sgst for c in computed), ZERO)
    igst = sum((c.igst for c in computed), ZERO)
    total_tax = cgst + sgst + igst
    before = subtotal + total_tax
    if settings.round_off_to_rupee:
        grand = before.quantize(RUPEE, rounding=ROUND_HALF_UP).quantize(PAISA)
    else:
        grand = before
    round_off = grand - before

    return BillComputation(
        lines=computed,
        supply_type=supply,
        prices_include_gst=settings.prices_include_gst,
        subtotal_taxable=subtotal,
        total_discount=total_discount,
        total_cgst=cgst,
        total_sgst=sgst,
        total_igst=igst,
        total_tax=total_tax,
        total_before_round_off=before,
        round_off=round_off,
        grand_total=grand,
        is_tax_invoice=total_tax > 0,
    )
