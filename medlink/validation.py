"""Field validation shared by every form: each failure is a ValidationError
naming the field and saying, in a sentence, what is wrong."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

from medlink.i18n import N_, tr
from medlink.errors import ValidationError
from medlink.money import from_paise as from_paise  # re-exported: one paise conversion, in medlink.money
from medlink.money import to_paise as to_paise

#: GST state codes (the first two digits of a GSTIN), per the GST Council's list.
GST_STATE_CODES: dict[str, str] = {
    "01": "Jammu and Kashmir", "02": "Himachal Pradesh", "03": "Punjab", "04": "Chandigarh",
    "05": "Uttarakhand", "06": "Haryana", "07": "Delhi", "08": "Rajasthan", "09": "Uttar Pradesh",
    "10": "Bihar", "11": "Sikkim", "12": "Arunachal Pradesh", "13": "Nagaland", "14": "Manipur",
    "15": "Mizoram", "16": "Tripura", "17": "Meghalaya", "18": "Assam", "19": "West Bengal",
    "20": "Jharkhand", "21": "Odisha", "22": "Chhattisgarh", "23": "Madhya Pradesh", "24": "Gujarat",
    # 25 (Daman and Diu) merged into 26 in 2020; old registrations keep 25.
    "25": "Dadra and Nagar Haveli and Daman and Diu", "26": "Dadra and Nagar Haveli and Daman and Diu",
    "27": "Maharashtra", "28": "Andhra Pradesh", "29": "Karnataka", "30": "Goa", "31": "Lakshadweep",
    "32": "Kerala", "33": "Tamil Nadu", "34": "Puducherry", "35": "Andaman and Nicobar Islands",
    "36": "Telangana", "37": "Andhra Pradesh", "38": "Ladakh",
}

BLOOD_GROUPS = ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-")
GENDERS = ("Female", "Male", "Other", "Prefer not to say")


#: Format characters that spelling needs: ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER (Marathi
#: "कार्‍यालय", Malayalam chillus, Persian/Urdu, emoji families).  Every other control or format
#: character (bidi overrides, BOM, private use, unassigned) is removed.
_KEEP_FORMAT = frozenset("\u200c\u200d")


def _keeps(ch: str, allowed: str) -> bool:
    return ch in allowed or ch in _KEEP_FORMAT or unicodedata.category(ch)[0] != "C"


def field_label(label: str) -> str:
    """A form field's label (marked ``N_("fields", ...)`` where it is written) in the current language,
    for the sentences about it: "Phone is required." / "फ़ोन ज़रूरी है।"."""
    return tr("fields", label)


def clean_text(value: str | None, *, field: str, label: str, max_length: int, required: bool = False,
               multiline: bool = False) -> str | None:
    """NFC-normalise, trim, drop control characters, check required/length.  Returns None when empty.

    Letters, combining marks (vowel signs, nukta, virama) and the zero-width (non-)joiners are
    kept exactly as typed; :func:`search_text` normalises a search the same way, so it finds them.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, tr("validation", "{label} must be text.").format(label=field_label(label)))
    allowed = "\n\t" if multiline else ""
    value = "".join(ch for ch in unicodedata.normalize("NFC", value) if _keeps(ch, allowed))
    value = value.strip()
    if not multiline:
        value = re.sub(r"\s+", " ", value)
    if not value:
        if required:
            raise ValidationError(field, tr("validation", "{label} is required.").format(label=field_label(label)))
        return None
    if len(value) > max_length:
        raise ValidationError(field, tr("validation", "{label} must be at most {max_length} characters.").format(label=field_label(label), max_length=max_length))
    return value


def require_text(value: str | None, *, field: str, label: str, max_length: int, multiline: bool = False) -> str:
    result = clean_text(value, field=field, label=label, max_length=max_length, required=True, multiline=multiline)
    assert result is not None
    return result


def validate_name(value: str | None, *, field: str = "full_name", label: str = N_("fields", "Full name")) -> str:
    name = require_text(value, field=field, label=label, max_length=120)
    if not any(ch.isalpha() for ch in name):
        raise ValidationError(field, tr("validation", "{label} must contain letters.").format(label=field_label(label)))
    return name


def validate_email(value: str | None, *, field: str = "email", required: bool = True) -> str | None:
    """An e-mail address checked by email-validator (offline: no DNS look-up).

    Internationalised addresses are accepted (``user@müller.de``, a Devanagari
    local part); the domain is normalised (lower case, IDNA rules), the local
    part is kept as typed.
    """
    from email_validator import EmailNotValidError
    from email_validator import validate_email as _check

    email = clean_text(value, field=field, label=N_("fields", "E-mail address"), max_length=254, required=required)
    if email is None:
        return None
    try:
        # test_environment: no DNS (MedLink is offline) and the reserved .test domain is allowed.
        result = _check(email, check_deliverability=False, test_environment=True)
    except EmailNotValidError as exc:
        raise ValidationError(field, tr("validation", "Enter a valid e-mail address, like name@example.com ({exc})").format(exc=exc)) from exc
    return str(result.normalized)


def email_key(email: str) -> str:
    return email.strip().lower()


def validate_phone(value: str | None, *, field: str = "phone", required: bool = True,
                   label: str = N_("fields", "Phone number")) -> str | None:
    """An Indian mobile, landline (with its STD code) or toll-free number, or an international +CC number.

    Checked against libphonenumber's numbering plans (``phonenumbers``), so
    "022 2345 6789", "1800 180 1104" and "98765 43210" are accepted and
    "+12345678" is not.  Returns the number in E.164 form (``+919876543210``).
    """
    import phonenumbers

    raw = clean_text(value, field=field, label=label, max_length=30, required=required)
    if raw is None:
        return None
    sentence = tr("validation", "{label} must be a mobile number (e.g. 98765 43210), a landline with its STD code "
                                "(e.g. 022 2345 6789) or an international number starting with +.").format(
        label=field_label(label))
    try:
        number = phonenumbers.parse(raw, "IN")
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(field, sentence) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, sentence)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def validate_gstin(value: str | None, *, state: str | None, field: str = "gstin") -> str:
    """A GSTIN (empty when the clinic is not registered) whose check digit is right and
    whose state code is the clinic's state — the state decides CGST+SGST against IGST.

    Format and check digit come from python-stdnum; the state names are MedLink's.
    """
    from stdnum.exceptions import InvalidChecksum, ValidationError as StdnumError
    from stdnum.in_ import gstin as stdnum_gstin

    text = (clean_text(value, field=field, label=N_("fields", "GSTIN"), max_length=20) or "").upper().replace(" ", "")
    if not text:
        return ""
    try:
        number = stdnum_gstin.validate(text)
    except InvalidChecksum as exc:
        raise ValidationError(field, tr("validation", "This GSTIN's last character (the check digit) does not match: "
                                     "please check it against the registration certificate.")) from exc
    except StdnumError as exc:
        raise ValidationError(field, tr("validation", "A GSTIN has 15 characters: the state code, the PAN, the entity number, "
                                     "Z and a check digit, like 29AABFM1234K1ZC.")) from exc
    code_state = GST_STATE_CODES.get(number[:2])
    if code_state is None:
        raise ValidationError(field, tr("validation", "{number} is not a GST state code.").format(number=number[:2]))
    if state and code_state != state:
        raise ValidationError(field, tr("validation", "This GSTIN is registered in {code_state} (code {number}), but the clinic's state is {state}.").format(code_state=code_state, number=number[:2], state=state))
    return number


def validate_date_of_birth(value: date | None, *, today: date, field: str = "date_of_birth",
                           required: bool = True) -> date | None:
    if value is None:
        if required:
            raise ValidationError(field, tr("validation", "Date of birth is required."))
        return None
    if value > today:
        raise ValidationError(field, tr("validation", "Date of birth cannot be in the future."))
    if value.year < today.year - 130:
        raise ValidationError(field, tr("validation", "Please check the year of birth."))
    return value


def validate_choice(value: str | None, choices: tuple[str, ...], *, field: str, label: str,
                    required: bool = False) -> str | None:
    if value in (None, ""):
        if required:
            raise ValidationError(field, tr("validation", "{label} is required.").format(label=field_label(label)))
        return None
    if value not in choices:
        raise ValidationError(field, tr("validation", "{label} must be one of: {items}.").format(label=field_label(label), items=', '.join(choices)))
    return value


def validate_language(value: str | None, *, field: str = "preferred_language") -> str | None:
    """A language MedLink ships (``"hi"``, ``"hi_IN"`` → ``"hi"``), or ``None`` when not given."""
    from medlink.i18n import LANGUAGES

    if value is None or not str(value).strip():
        return None
    code = str(value).strip().replace("-", "_").split("_", 1)[0].lower()
    if code not in LANGUAGES:
        raise ValidationError(field, tr("validation", "MedLink is not available in that language yet."))
    return code


def parse_money(value: Decimal | str | int | None, *, field: str, label: str, allow_none: bool = False,
                maximum: Decimal = Decimal("10000000")) -> Decimal | None:
    """A non-negative amount in rupees with at most 2 decimals (never float)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        raise ValidationError(field, tr("validation", "{label} is required.").format(label=field_label(label)))
    if isinstance(value, float):
        raise ValidationError(field, tr("validation", "{label} must be given exactly (not as a floating-point number).").format(label=field_label(label)))
    try:
        amount = Decimal(str(value).strip().replace(",", "").replace("₹", ""))
    except InvalidOperation as exc:
        raise ValidationError(field, tr("validation", "{label} must be an amount like 500 or 499.50.").format(label=field_label(label))) from exc
    if not amount.is_finite():
        raise ValidationError(field, tr("validation", "{label} must be an amount like 500 or 499.50.").format(label=field_label(label)))
    if amount < 0:
        raise ValidationError(field, tr("validation", "{label} cannot be negative.").format(label=field_label(label)))
    if amount > maximum:
        raise ValidationError(field, tr("validation", "{label} is too large.").format(label=field_label(label)))
    if amount.as_tuple().exponent < -2 and amount != amount.quantize(Decimal("0.01")):  # type: ignore[operator]
        raise ValidationError(field, tr("validation", "{label} can have at most two decimal places (paise).").format(label=field_label(label)))
    return amount.quantize(Decimal("0.01"))


def like_prefix(text: str) -> str:
    """A LIKE pattern matching ``text`` as a literal prefix (escapes % _ and \\)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def like_contains(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "%" + escaped + "%"


def search_text(value: str | None, *, max_length: int = 100) -> str:
    """Normalise a search box string (never raises)."""
    if not value:
        return ""
    value = "".join(ch for ch in unicodedata.normalize("NFC", str(value)) if _keeps(ch, ""))
    return re.sub(r"\s+", " ", value).strip()[:max_length]


def prefix_filter(column, text: str, *, sqlite: bool):  # type: ignore[no-untyped-def]
    """WHERE clause for "column starts with text" (case-insensitive) that uses the index.

    MySQL uses its index for ``LIKE 'abc%'``.  SQLite does not when an ESCAPE
    clause is present, so there a NOCASE range (``>= text AND < text+U+10FFFF``)
    narrows through the index and the LIKE keeps the match exact.
    """
    from sqlalchemy import and_

    like = column.like(like_prefix(text), escape="\\")
    if not sqlite:
        return like
    return and_(column >= text, column < text + "\U0010ffff", like)


_TYPED_DATE_RE = re.compile(r"^\s*(\d{1,2})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{4})\s*$")


def parse_typed_date(value: str | None, *, field: str, label: str, required: bool = True) -> date | None:
    """A date typed the Indian way, day first: ``15-08-1985``, ``15/8/1985`` or ``15.08.1985``."""
    text = (value or "").strip()
    if not text:
        if required:
            raise ValidationError(field, tr("validation", "{label} is required (day-month-year, e.g. 15-08-1985).").format(label=field_label(label)))
        return None
    match = _TYPED_DATE_RE.match(text)
    if not match:
        raise ValidationError(field, tr("validation", "{label}: type day-month-year, e.g. 15-08-1985.").format(label=field_label(label)))
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, tr("validation", "{label}: {text} is not a date in the calendar.").format(label=field_label(label), text=text)) from None
