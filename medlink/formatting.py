"""One formatter for dates, times, numbers, rupees and percentages, by MedLink's language.

Everything user-visible that shows a date or a number goes through here: e-mails,
receipts, prescriptions, slips, the core's sentences (and the windows may use it
too).  The language is the app's (:func:`medlink.i18n.current_language`) or the one
given — an e-mail to a Hindi-preferring patient passes ``language="hi"`` — and never
the operating system's locale: Python's ``strftime`` follows ``LC_TIME`` (which Qt
sets from the desktop), so a ``hi_IN`` workstation would put Hindi month names into
an English e-mail.  Babel (CLDR data) is used with an explicit locale every time.

Each MedLink language maps to its Indian CLDR locale (``en`` → ``en_IN``, ``hi`` →
``hi_IN``), so numbers and money use Indian digit grouping in every language:
``₹1,23,456.50``.  Patterns are CLDR date patterns (``"dd MMM y"``), so the same
pattern prints ``02 Dec 2026`` in English and ``02 दिस॰ 2026`` in Hindi.
"""

from __future__ import annotations

import datetime as _dt
import functools
from decimal import Decimal

from babel import Locale
from babel import dates as _dates
from babel import numbers as _numbers

from medlink.i18n import current_language, normalise_language

__all__ = [
    "DATE",
    "DATE_LONG",
    "DATE_WEEKDAY",
    "DATE_WEEKDAY_LONG",
    "TIME",
    "babel_locale",
    "load_locale_data",
    "format_clock",
    "format_amount",
    "format_date",
    "format_datetime",
    "format_number",
    "format_percent",
    "format_rupees",
    "format_time",
    "format_weekday",
    "locale_name",
]

#: MedLink language → the CLDR locale whose conventions it follows.
LOCALES = {"en": "en_IN", "hi": "hi_IN"}

# Patterns used across MedLink (CLDR syntax; names and day periods come from the locale).
DATE = "dd MMM y"  # 02 Dec 2026
DATE_WEEKDAY = "EEE, dd MMM y"  # Wed, 02 Dec 2026
DATE_LONG = "d MMMM y"  # 2 December 2026
DATE_WEEKDAY_LONG = "EEEE d MMMM y"  # Wednesday 2 December 2026
TIME = "h:mm a"  # 3:05 PM


def locale_name(language: str | None = None) -> str:
    """The CLDR locale of ``language`` (default: the app's current language)."""
    code = normalise_language(language) if language else current_language()
    return LOCALES.get(code, LOCALES["en"])


@functools.lru_cache(maxsize=8)
def _locale(name: str) -> Locale:
    return Locale.parse(name)


def babel_locale(language: str | None = None) -> Locale:
    """The Babel :class:`~babel.Locale` for ``language`` (cached)."""
    return _locale(locale_name(language))


def format_date(value: _dt.date, pattern: str = DATE, *, language: str | None = None) -> str:
    """``value`` (a date, or the date part of a datetime as given) in ``pattern``."""
    day = value.date() if isinstance(value, _dt.datetime) else value
    return str(_dates.format_date(day, pattern, locale=babel_locale(language)))


def _local(value: _dt.datetime, tz: _dt.tzinfo | None) -> _dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a date and time shown to people must be timezone-aware")
    return value.astimezone(tz) if tz is not None else value


def format_time(value: _dt.datetime, pattern: str = TIME, *, tz: _dt.tzinfo | None = None,
                language: str | None = None, zone: bool = False) -> str:
    """The time of an aware ``value`` in ``tz`` (the clinic's), optionally followed by the zone ("IST")."""
    local = _local(value, tz)
    text = str(_dates.format_time(local, pattern, tzinfo=local.tzinfo, locale=babel_locale(language)))
    return _with_zone(text, local) if zone else text


def format_clock(value: _dt.time, pattern: str = TIME, *, language: str | None = None) -> str:
    """A time of day with no date or zone (a working hour, a slot: ``9:30 AM``), shown as it is."""
    if value.tzinfo is not None:
        raise ValueError("an aware time is shown with format_time from its datetime")
    return str(_dates.format_time(value, pattern, locale=babel_locale(language)))


def format_datetime(value: _dt.datetime, pattern: str = f"{DATE}, {TIME}", *, tz: _dt.tzinfo | None = None,
                    language: str | None = None, zone: bool = False) -> str:
    """An aware ``value`` shown in ``tz`` (the clinic's time zone), e.g. ``02 Dec 2026, 3:05 PM IST``."""
    local = _local(value, tz)
    text = str(_dates.format_datetime(local, pattern, tzinfo=local.tzinfo, locale=babel_locale(language)))
    return _with_zone(text, local) if zone else text


def _with_zone(text: str, local: _dt.datetime) -> str:
    name = local.tzname() or ""
    return f"{text} {name}" if name else text


def _exact(value: Decimal | int) -> Decimal:
    if isinstance(value, bool | float) or not isinstance(value, Decimal | int):
        raise TypeError(f"numbers are formatted from Decimal or int, not {type(value).__name__}")
    dec = Decimal(value)
    if not dec.is_finite():
        raise ValueError(f"cannot format {value!r}")
    return dec


def format_number(value: Decimal | int, *, language: str | None = None, places: int | None = None) -> str:
    """A number with Indian grouping: ``1,23,456.5``; ``places`` fixes the decimals shown."""
    dec = _exact(value)
    pattern = None if places is None else "#,##,##0" + ("." + "0" * places if places else "")
    return str(_numbers.format_decimal(dec, format=pattern, locale=babel_locale(language),
                                       decimal_quantization=places is not None))


@functools.lru_cache(maxsize=8)
def _amount_symbols(name: str) -> tuple[str, str, str]:
    """(minus sign, decimal separator, group separator) of the locale's default number system (CLDR)."""
    locale = _locale(name)
    system = locale.default_numbering_system if hasattr(locale, "default_numbering_system") else "latn"
    symbols = locale.number_symbols.get(system, locale.number_symbols.get("latn", {}))
    return symbols.get("minusSign", "-"), symbols.get("decimal", "."), symbols.get("group", ",")


def format_amount(value: Decimal | int, *, language: str | None = None) -> str:
    """Rupees without the sign, two places, Indian grouping: ``1,23,456.50`` (already rounded by the caller).

    The same as Babel's ``format_decimal(value, "#,##,##0.00")`` (with half-up rounding), a
    dozen times faster: a receipt formats some fifty amounts.
    """
    dec = _exact(value)
    minus, point, group = _amount_symbols(locale_name(language))
    rupees, paise = f"{abs(dec):.2f}".split(".")
    head, tail = rupees[:-3], rupees[-3:]
    groups = []
    while len(head) > 2:
        groups.append(head[-2:])
        head = head[:-2]
    if head:
        groups.append(head)
    grouped = group.join([*reversed(groups), tail])
    return f"{minus if dec < 0 and dec.quantize(Decimal('0.01')) != 0 else ''}{grouped}{point}{paise}"


def format_rupees(value: Decimal | int, *, language: str | None = None) -> str:
    """Rupees with the sign: ``₹1,23,456.50``, ``-₹50.00`` (see :func:`medlink.money.format_inr`)."""
    dec = _exact(value)
    text = format_amount(abs(dec), language=language)
    return f"-\u20b9{text}" if dec < 0 else f"\u20b9{text}"


def format_percent(value: Decimal | int, *, language: str | None = None, places: int = 2) -> str:
    """A fraction as a percentage: ``Decimal("0.18")`` → ``18%``, ``Decimal("0.125")`` → ``12.5%``."""
    pattern = "#,##,##0" + ("." + "#" * places if places else "") + "%"
    return str(_numbers.format_percent(_exact(value), format=pattern, locale=babel_locale(language)))


def format_weekday(weekday: int, width: str = "abbreviated", *, language: str | None = None) -> str:
    """The name of ``weekday`` (0 = Monday, as :meth:`datetime.date.weekday`) in the language:
    ``"abbreviated"`` (Mon / सोम), ``"wide"`` (Monday / सोमवार) or ``"short"``."""
    return str(babel_locale(language).days["format"][width][weekday])


def load_locale_data() -> None:
    """Load every MedLink language's CLDR data now (Babel reads it from disk the first time a
    locale formats something: ~60 ms; a worker calls this while the sign-in screen waits)."""
    sample = _dt.datetime(2026, 1, 1, 9, 30, tzinfo=_dt.timezone.utc)
    for language in LOCALES:
        format_date(sample, DATE_WEEKDAY_LONG, language=language)
        format_datetime(sample, tz=_dt.timezone(_dt.timedelta(hours=5, minutes=30)), language=language, zone=True)
        format_weekday(0, language=language)
        format_rupees(Decimal("123456.5"), language=language)
        format_percent(Decimal("0.125"), language=language)
