"""Exact GST arithmetic: worked examples, validation, and hypothesis properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medlink.errors import ValidationError
from medlink.receipts.arithmetic import (
    DEFAULT_SAC_CODES,
    BillLineInput,
    LineCategory,
    TaxSettings,
    compute_bill,
    supply_type_for,
)

D = Decimal
KA = "Karnataka"


def line(cat: LineCategory = LineCategory.CONSULTATION, price: str = "500", qty: int = 1, disc: str = "0",
         **kw: object) -> BillLineInput:
    return BillLineInput(cat, "Item", qty, unit_price=D(price), discount=D(disc), **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- worked examples


def test_defaults_reproduce_original_medlink() -> None:
    s = TaxSettings(clinic_state=KA)
    assert s.rate_for(LineCategory.CONSULTATION) == 18
    assert s.rate_for(LineCategory.LAB_TEST) == 18
    assert s.rate_for(LineCategory.MEDICATION) == 18
    assert s.rate_for(LineCategory.OTHER) == 0
    assert s.rate_for(LineCategory.EXTRA_CHARGE) == 0
    assert s.sac_for(LineCategory.CONSULTATION) == DEFAULT_SAC_CODES[LineCategory.CONSULTATION]
    assert not s.prices_include_gst and not s.round_off_to_rupee


def test_intra_state_sample_bill() -> None:
    s = TaxSettings(clinic_state=KA, round_off_to_rupee=True)
    bill = compute_bill(
        [
            line(LineCategory.CONSULTATION, "600"),
            line(LineCategory.LAB_TEST, "350"),
            line(LineCategory.LAB_TEST, "800", disc="80"),
            line(LineCategory.MEDICATION, "32.50", qty=2),
            line(LineCategory.EXTRA_CHARGE, "50"),
        ],
        s,
        " karnataka ",
    )
    assert bill.supply_type == "intra"
    assert [ln.cgst for ln in bill.lines] == [D("54.00"), D("31.50"), D("64.80"), D("5.85"), D("0.00")]
    assert [ln.sgst for ln in bill.lines] == [ln.cgst for ln in bill.lines]
    assert bill.lines[2].taxable_value == D("720.00")
    assert bill.subtotal_taxable == D("1785.00")
    assert bill.total_cgst == bill.total_sgst == D("156.15")
    assert bill.total_igst == 0
    assert bill.total_tax == D("312.30")
    assert bill.total_before_round_off == D("2097.30")
    assert bill.round_off == D("-0.30")
    assert bill.grand_total == D("2097.00")
    assert bill.is_tax_invoice and bill.document_title == "Invoice-cum-Bill of Supply"  # one line is 0 %
    assert bill.lines[0].cgst_rate == 9 and bill.lines[0].igst_rate == 0
    assert bill.lines[4].sac_code is None
    assert bill.lines[0].sac_code == "999312"


def test_inter_state_uses_igst() -> None:
    bill = compute_bill([line(price="600"), line(LineCategory.MEDICATION, "32.50", qty=2)],
                        TaxSettings(clinic_state=KA), "Kerala")
    assert bill.supply_type == "inter" and bill.is_inter_state
    assert [ln.igst for ln in bill.lines] == [D("108.00"), D("11.70")]
    assert bill.total_cgst == bill.total_sgst == 0
    assert bill.total_igst == bill.total_tax == D("119.70")
    assert bill.lines[0].igst_rate == 18 and bill.lines[0].cgst_rate == 0
    assert bill.grand_total == D("784.70")
    assert bill.round_off == 0


def test_supply_type_rules() -> None:
    assert supply_type_for(KA, None) == "intra"
    assert supply_type_for(KA, "KARNATAKA") == "intra"
    assert supply_type_for(KA, "  Karnataka ") == "intra"
    assert supply_type_for(KA, "") == "intra"
    assert supply_type_for("", "Kerala") == "intra"  # clinic state unknown
    assert supply_type_for("Tamil  Nadu", "tamil nadu") == "intra"
    assert supply_type_for(KA, "Goa") == "inter"


def test_exempt_bill_is_bill_of_supply() -> None:
    s = TaxSettings(clinic_state=KA, rates={c: D(0) for c in LineCategory})
    bill = compute_bill([line(price="600"), line(LineCategory.EXTRA_CHARGE, "50")], s)
    assert not bill.is_tax_invoice
    assert bill.document_title == "Bill of Supply"
    assert bill.total_tax == 0 and bill.grand_total == D("650.00")


def test_inclusive_prices_preserve_gross() -> None:
    s = TaxSettings(clinic_state=KA, prices_include_gst=True)
    bill = compute_bill([line(price="590")], s)
    ln = bill.lines[0]
    assert ln.taxable_value == D("500.00") and ln.cgst == ln.sgst == D("45.00")
    assert ln.line_total == D("590.00")
    # An odd number of paise of tax: halves differ by one paisa, sum is exact.
    bill = compute_bill([line(price="100")], s)
    ln = bill.lines[0]
    assert ln.taxable_value == D("84.75")  # 100 / 1.18 = 84.745... -> 84.75
    assert ln.cgst + ln.sgst == D("15.25")
    assert (ln.cgst, ln.sgst) == (D("7.63"), D("7.62"))
    assert ln.line_total == D("100.00")


def test_round_off_half_up_and_signs() -> None:
    s = TaxSettings(clinic_state=KA, round_off_to_rupee=True, rates={LineCategory.OTHER: D(0)})
    assert compute_bill([line(LineCategory.OTHER, "10.50")], s).grand_total == D("11.00")
    assert compute_bill([line(LineCategory.OTHER, "10.50")], s).round_off == D("0.50")
    assert compute_bill([line(LineCategory.OTHER, "10.49")], s).round_off == D("-0.49")
    assert compute_bill([line(LineCategory.OTHER, "10.00")], s).round_off == D("0.00")


def test_custom_rates_and_sac_override() -> None:
    s = TaxSettings(clinic_state=KA, rates={LineCategory.MEDICATION: D("12"), LineCategory.OTHER: D("2.5")},
                    sac_codes={LineCategory.OTHER: "999319"})
    bill = compute_bill([line(LineCategory.MEDICATION, "100"), line(LineCategory.OTHER, "100"),
                         line(LineCategory.MEDICATION, "100", sac_code="30049099")], s)
    assert bill.lines[0].cgst == D("6.00")
    assert bill.lines[1].cgst_rate == D("1.25") and bill.lines[1].cgst == D("1.25")
    assert bill.lines[1].sac_code == "999319"
    assert bill.lines[2].sac_code == "30049099"


def test_zero_price_line_is_allowed() -> None:
    bill = compute_bill([line(price="0")], TaxSettings(clinic_state=KA))
    assert bill.grand_total == 0 and not bill.is_tax_invoice


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"price": "-1"}, "lines[0].unit_price"),
        ({"price": "1.005"}, "lines[0].unit_price"),
        ({"qty": 0}, "lines[0].quantity"),
        ({"qty": -2}, "lines[0].quantity"),
        ({"disc": "-1"}, "lines[0].discount"),
        ({"disc": "500.01"}, "lines[0].discount"),
        ({"disc": "0.001"}, "lines[0].discount"),
        ({"price": "NaN"}, "lines[0].unit_price"),
    ],
)
def test_line_validation(kwargs: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        compute_bill([line(**kwargs)], TaxSettings(clinic_state=KA))
    assert info.value.field == field
    assert info.value.message


def test_more_validation() -> None:
    s = TaxSettings(clinic_state=KA)
    with pytest.raises(ValidationError):
        compute_bill([], s)
    with pytest.raises(ValidationError):
        compute_bill([BillLineInput(LineCategory.OTHER, "  ", unit_price=D(1))], s)
    with pytest.raises(ValidationError):
        compute_bill([BillLineInput(LineCategory.OTHER, "x", 1.5, unit_price=D(1))], s)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        compute_bill([BillLineInput(LineCategory.OTHER, "x", unit_price=10.5)], s)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        compute_bill([BillLineInput(LineCategory.OTHER, "x", unit_price=D(1), sac_code="12AB")], s)
    with pytest.raises(ValidationError):
        compute_bill([BillLineInput("nonsense", "x", unit_price=D(1))], s)  # type: ignore[arg-type]
    # discount equal to the amount is fine (free line)
    assert compute_bill([line(price="10", disc="10")], s).grand_total == 0


@pytest.mark.parametrize("rate", [D("-1"), D("100.01"), D("5.125"), D("Infinity"), 18.0])
def test_rate_validation(rate: object) -> None:
    with pytest.raises(ValidationError):
        TaxSettings(clinic_state=KA, rates={LineCategory.CONSULTATION: rate})  # type: ignore[dict-item]


# --------------------------------------------------------------------------- properties

money = st.integers(min_value=0, max_value=5_000_000).map(lambda p: D(p) / 100)  # up to ₹50,000.00
rates = st.sampled_from([D(0), D("0.25"), D(3), D(5), D(12), D(18), D(28), D("2.5"), D("99.99"), D(100)])
categories = st.sampled_from(list(LineCategory))


@st.composite
def bill_lines(draw: st.DrawFn) -> BillLineInput:
    qty = draw(st.integers(min_value=1, max_value=50))
    price = draw(money)
    amount = qty * price
    disc_paise = draw(st.integers(min_value=0, max_value=int(amount * 100)))
    return BillLineInput(draw(categories), "x", qty, unit_price=price, discount=D(disc_paise) / 100)


@st.composite
def tax_settings(draw: st.DrawFn) -> TaxSettings:
    return TaxSettings(
        clinic_state=KA,
        rates={c: draw(rates) for c in LineCategory},
        prices_include_gst=draw(st.booleans()),
        round_off_to_rupee=draw(st.booleans()),
    )


states = st.sampled_from([None, KA, "karnataka", "Kerala", "Goa"])
PAISA = D("0.01")


@settings(max_examples=300)
@given(st.lists(bill_lines(), min_size=1, max_size=12), tax_settings(), states)
def test_totals_are_sums_of_parts(lines: list[BillLineInput], s: TaxSettings, state: str | None) -> None:
    bill = compute_bill(lines, s, state)
    ls = bill.lines
    assert bill.subtotal_taxable == sum(ln.taxable_value for ln in ls)
    assert bill.total_cgst == sum(ln.cgst for ln in ls)
    assert bill.total_sgst == sum(ln.sgst for ln in ls)
    assert bill.total_igst == sum(ln.igst for ln in ls)
    assert bill.total_tax == bill.total_cgst + bill.total_sgst + bill.total_igst
    assert bill.total_before_round_off == bill.subtotal_taxable + bill.total_tax == sum(ln.line_total for ln in ls)
    assert bill.grand_total == bill.total_before_round_off + bill.round_off
    for ln in ls:
        assert ln.line_total == ln.taxable_value + ln.cgst + ln.sgst + ln.igst
        # every figure is exact to the paisa
        for v in (ln.taxable_value, ln.cgst, ln.sgst, ln.igst, ln.line_total):
            assert v == v.quantize(PAISA)
    # no negative figures anywhere
    for v in (bill.subtotal_taxable, bill.total_tax, bill.grand_total, *(ln.line_total for ln in ls)):
        assert v >= 0
    assert bill.is_tax_invoice == (bill.total_tax > 0)


@settings(max_examples=300)
@given(st.lists(bill_lines(), min_size=1, max_size=12), tax_settings(), states)
def test_gst_split_by_supply_type(lines: list[BillLineInput], s: TaxSettings, state: str | None) -> None:
    bill = compute_bill(lines, s, state)
    for ln in bill.lines:
        if bill.supply_type == "intra":
            assert ln.igst == 0
            assert ln.cgst + ln.sgst == ln.tax
            assert abs(ln.cgst - ln.sgst) <= PAISA  # equal, except inclusive odd-paisa tax
            if not s.prices_include_gst:
                assert ln.cgst == ln.sgst
        else:
            assert ln.cgst == ln.sgst == 0 and ln.igst == ln.tax
    assert (bill.supply_type == "inter") == (state in ("Kerala", "Goa"))


@settings(max_examples=300)
@given(st.lists(bill_lines(), min_size=1, max_size=12), tax_settings(), states)
def test_rounding_bounds(lines: list[BillLineInput], s: TaxSettings, state: str | None) -> None:
    """Per-line rounding stays within half a paisa per rounded figure of the exact value,
    and the bill total never drifts from the sum of rounded lines by more than the round-off line."""
    bill = compute_bill(lines, s, state)
    half = D("0.005")
    for ln, src in zip(bill.lines, lines, strict=True):
        rate = s.rate_for(src.category)
        gross = src.quantity * src.unit_price - src.discount
        assert ln.gross == gross
        if s.prices_include_gst:
            assert ln.line_total == gross
            exact_taxable = gross * 100 / (100 + rate)
            assert abs(ln.taxable_value - exact_taxable) <= half
            assert abs(ln.tax - gross * rate / (100 + rate)) <= half
        else:
            assert ln.taxable_value == gross
            exact_tax = gross * rate / 100
            bound = 2 * half if bill.supply_type == "intra" else half  # one rounding per half
            assert abs(ln.tax - exact_tax) <= bound
    assert abs(bill.grand_total - bill.total_before_round_off) == abs(bill.round_off)
    if s.round_off_to_rupee:
        assert bill.grand_total == bill.grand_total.to_integral_value()
        assert D("-0.49") <= bill.round_off <= D("0.50")
    else:
        assert bill.round_off == 0


@settings(max_examples=500)
@given(money, rates, states)
def test_inclusive_and_exclusive_entry_agree(gross: Decimal, rate: Decimal, state: str | None) -> None:
    """A line entered inclusive of GST at gross G has taxable + tax == G exactly.  Re-entering its
    backed-out taxable value as an exclusive price gives the same tax within one paisa per tax
    component: IGST within 1 paisa; CGST and SGST each within 1 paisa (so their sum within 2,
    because the exclusive computation rounds each half separately)."""
    rates_all = dict.fromkeys(LineCategory, rate)
    inc = TaxSettings(clinic_state=KA, rates=rates_all, prices_include_gst=True)
    exc = TaxSettings(clinic_state=KA, rates=rates_all)
    a = compute_bill([BillLineInput(LineCategory.OTHER, "x", unit_price=gross)], inc, state).lines[0]
    assert a.taxable_value + a.tax == gross == a.line_total
    b = compute_bill([BillLineInput(LineCategory.OTHER, "x", unit_price=a.taxable_value)], exc, state).lines[0]
    assert b.taxable_value == a.taxable_value
    assert abs(a.cgst - b.cgst) <= PAISA
    assert abs(a.sgst - b.sgst) <= PAISA
    assert abs(a.igst - b.igst) <= PAISA
    assert abs(a.tax - b.tax) <= (PAISA if a.igst or b.igst else 2 * PAISA)


@given(st.lists(bill_lines(), min_size=1, max_size=5), tax_settings(), states)
def test_deterministic_and_frozen(lines: list[BillLineInput], s: TaxSettings, state: str | None) -> None:
    a, b = compute_bill(lines, s, state), compute_bill(lines, s, state)
    assert a == b
    with pytest.raises(AttributeError):
        a.grand_total = D(0)  # type: ignore[misc]
