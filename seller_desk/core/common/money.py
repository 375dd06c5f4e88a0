"""Money: currency codes, amounts as ``Decimal``, and display per locale with babel.

Amounts are never floats. A currency is an ISO 4217 code that babel (CLDR) knows.
Rupiah, dong, won and yen are shown without decimals when the amount is whole, as sellers
write them ("Rp150.000", not "Rp150.000,00"). An amount that does carry a fraction is shown
with two decimals in every currency ("Rp150.000,50"): what the seller typed or imported is
never rounded away on screen. That is our rule, not CLDR's: CLDR releases have changed the
rupiah's digits back and forth, so the digits never come from babel's currency data.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import (
    format_currency,
    format_decimal,
    get_currency_precision,
    get_currency_symbol,
    list_currencies,
)

from seller_desk.core.common import messages
from seller_desk.core.common.errors import ValidationError

#: The currencies offered first in forms; any ISO 4217 code babel knows is accepted.
COMMON_CURRENCIES = ("MYR", "IDR", "SGD", "USD", "THB", "PHP", "VND", "BND", "EUR", "GBP",
                     "AUD", "CNY")
#: Currencies whose whole amounts are shown without decimals.
WHOLE_UNIT_CURRENCIES = frozenset({"IDR", "VND", "KRW", "JPY"})
DEFAULT_LOCALE = "ms_MY"


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(list_currencies())


def check_currency(code: str, field: str = "currency") -> str:
    """Return ``code`` upper-cased if it is a known ISO 4217 currency, else raise.

    Raises:
        ValidationError: the code is not a currency (``field`` names the form field).
    """
    value = (code or "").strip().upper()
    if len(value) != 3 or value not in _known():
        raise ValidationError("money.currency_unknown", {"code": code}, field=field,
                              hint="money.currency_hint")
    return value


def to_decimal(value: object, field: str = "amount") -> Decimal:
    """Read an amount (Decimal, int, or text such as "12.50") as a finite ``Decimal``.

    Floats are refused: they cannot hold cents exactly.

    Raises:
        ValidationError: not a number.
    """
    if isinstance(value, (bool, float)):
        raise ValidationError("money.not_exact", field=field)
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    else:
        text = str(value or "").strip().replace(" ", "")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ValidationError("money.not_amount", {"value": value}, field=field) from None
    if not result.is_finite():
        raise ValidationError("money.not_amount", {"value": value}, field=field)
    return result


@lru_cache(maxsize=32)
def _whole_pattern(locale: str) -> str:
    pattern: str = Locale.parse(locale).currency_formats["standard"].pattern
    # drop the fraction digits of every sub-pattern ("¤#,##0.00;(¤#,##0.00)")
    return pattern.replace("0.00", "0")


def format_money(amount: Decimal | int | str, currency: str, locale: str = DEFAULT_LOCALE) -> str:
    """Format ``amount`` in ``currency`` for ``locale``, e.g. ``RM1,234.50`` or ``Rp150.000``.

    An unknown locale falls back to :data:`DEFAULT_LOCALE`; the currency must be known.
    """
    value = to_decimal(amount)
    code = check_currency(currency)
    try:
        Locale.parse(locale or DEFAULT_LOCALE)
        loc = locale or DEFAULT_LOCALE
    except (UnknownLocaleError, ValueError, TypeError):
        loc = DEFAULT_LOCALE
    if code in WHOLE_UNIT_CURRENCIES:
        if value == value.to_integral_value():
            return format_currency(value, code, format=_whole_pattern(loc), locale=loc,
                                   currency_digits=False)
        # the locale's own pattern has two decimals; CLDR's digits for the code do not count
        return format_currency(value, code, locale=loc, currency_digits=False)
    return format_currency(value, code, locale=loc)


def format_exact(amount: Decimal | int | str, currency: str, locale: str = DEFAULT_LOCALE) -> str:
    """Money with every decimal it has ("RM1.234" for a reading of "1.234"): for messages
    that must show a figure exactly, where :func:`format_money` would round it."""
    value = to_decimal(amount)
    code = check_currency(currency)
    loc = locale if _locale_ok(locale) else DEFAULT_LOCALE
    pattern = _whole_pattern(loc).replace("#,##0", "#,##0.00###" if fraction_digits(code)
                                          else "#,##0.###")
    return format_currency(value, code, format=pattern, locale=loc, currency_digits=False)


def _locale_ok(locale: str) -> bool:
    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


# a money parameter of a message is an (amount, currency) pair: English shows it this way
messages.ENGLISH_KINDS["money"] = lambda value: format_money(value[0], value[1])
messages.ENGLISH_KINDS["amount"] = lambda value: format_exact(value[0], value[1], "en_US")


# --- reading what the seller typed ----------------------------------------------------------

#: what may stand around the figure: a sign, spaces, a currency sign or code
_TYPED = re.compile(r"\s*(?P<sign>[-\u2212]?)\s*(?P<before>[^\d\s.,\-\u2212]*)\s*"
                    r"(?P<sign2>[-\u2212]?)\s*(?P<figure>[\d.,\s\u00a0\u202f']*?)\s*(?P<after>[^\d\s.,]*)\s*")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def fraction_digits(currency: str) -> int:
    """Decimals the currency's prices are written with: none for rupiah, dong, won and yen
    (as sellers write them, whatever ISO 4217 says), two for ringgit, dollars and most."""
    code = (currency or "").upper()
    if code in WHOLE_UNIT_CURRENCIES:
        return 0
    try:
        return min(2, int(get_currency_precision(code)))
    except (KeyError, ValueError):
        return 2


#: signs sellers write that CLDR does not list for every locale
_LOCAL_SIGNS = {"MYR": ("RM",), "IDR": ("Rp",), "USD": ("$", "US$"), "SGD": ("$", "S$")}


@lru_cache(maxsize=64)
def _symbols(code: str) -> frozenset[str]:
    """How the currency may be written beside an amount ("RM", "Rp", "US$", "MYR" ...)."""
    found = {code, *_LOCAL_SIGNS.get(code, ())}
    for locale in ("en_US", "ms_MY", "id_ID", "en_SG", "en_MY"):
        try:
            found.add(get_currency_symbol(code, locale=locale))
        except (UnknownLocaleError, ValueError):
            continue
    return frozenset(s.casefold() for s in found if s)


def parse_amount(text: str, currency: str, field: str = "amount") -> Decimal:
    """Read an amount as the seller typed it, by the currency's rules, not the interface's.

    "85.000", "85,000" and "85000" are eighty-five thousand rupiah (rupiah are written
    without decimals); "1.234,50" and "1,234.50" are 1234.50 in any currency, whichever mark
    comes last being the decimal one; "12.5" and "12,50" are twelve and a half. One mark
    followed by exactly three digits ("1.234") in a currency with cents could mean a figure
    with three decimals or a thousand and more: that is refused with a question naming both
    readings, never guessed. A currency sign or code around the figure ("RM 12.50",
    "Rp85.000") is allowed; spaces inside the figure are ignored.

    Raises:
        ValidationError: ``money.not_amount`` (not a figure) or ``money.ambiguous``.
    """
    code = check_currency(currency)
    raw = str(text or "")
    m = _TYPED.fullmatch(raw)
    if m is None or not any(c.isdigit() for c in m["figure"]):
        raise ValidationError("money.not_amount", {"value": raw.strip()}, field=field)
    symbols = _symbols(code)
    for part in (m["before"], m["after"]):
        if part and part.casefold() not in symbols:
            raise ValidationError("money.not_amount", {"value": raw.strip()}, field=field)
    negative = bool(m["sign"] or m["sign2"])
    figure = re.sub(r"[\s\u00a0\u202f']", "", m["figure"])
    value = _read_figure(figure, code, raw.strip(), field)
    return -value if negative else value


def _read_figure(figure: str, code: str, typed: str, field: str) -> Decimal:
    def refuse() -> ValidationError:
        return ValidationError("money.not_amount", {"value": typed}, field=field)

    marks = [c for c in figure if c in ".,"]
    if not marks:
        return Decimal(figure)
    last = figure.rfind(marks[-1])
    head, tail = figure[:last], figure[last + 1:]
    if len(set(marks)) == 2:
        # both marks: the last one is the decimal mark, the other groups thousands
        if marks.count(marks[-1]) > 1 or not tail or not _grouped(head, marks[-1]):
            raise refuse()
        return _decimal(head.replace(marks[0], "") + "." + tail, typed, field)
    if len(marks) > 1:
        # one mark, used more than once: it can only group thousands ("1.234.567")
        if not _GROUPED.fullmatch(figure):
            raise refuse()
        return Decimal(figure.replace(marks[0], ""))
    if not head:
        head = "0"  # ".50"
    if len(tail) == 3 and head.isdigit() and len(head) <= 3 and head != "0":
        if fraction_digits(code) == 0:
            return Decimal(head + tail)  # "85.000" rupiah
        thousands = Decimal(head + tail)
        small = Decimal(head + "." + tail)
        raise ValidationError(
            "money.ambiguous", {"value": typed, "small": (small, code),
                                "large": (thousands, code)},
            field=field, hint=messages.Msg("money.ambiguous_hint", {"plain": head + tail}))
    return _decimal(head + "." + tail, typed, field)


def _grouped(head: str, decimal_mark: str) -> bool:
    """Whether the part before the decimal mark is digits, grouped by threes or not."""
    group = "." if decimal_mark == "," else ","
    return head.isdigit() or bool(re.fullmatch(r"\d{1,3}(?:" + re.escape(group) + r"\d{3})+",
                                               head))


def _decimal(text: str, typed: str, field: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationError("money.not_amount", {"value": typed}, field=field) from None
    if not value.is_finite():
        raise ValidationError("money.not_amount", {"value": typed}, field=field)
    return value


def format_amount(amount: Decimal | int | str, currency: str,
                  locale: str = DEFAULT_LOCALE) -> str:
    """The figure alone, as a form field shows it for the seller to change: the locale's
    marks, the currency's decimals ("85.000" rupiah in Indonesian, "1,234.50" ringgit in
    English). :func:`parse_amount` reads it back to the same amount in any interface."""
    value = to_decimal(amount)
    code = check_currency(currency)
    loc = locale if _locale_ok(locale) else DEFAULT_LOCALE
    if fraction_digits(code) == 0 and value == value.to_integral_value():
        return format_decimal(value, format="#,##0", locale=loc)
    return format_decimal(value, format="#,##0.00", locale=loc, decimal_quantization=False)


def locale_for_country(country: str, language: str = "") -> str:
    """A sensible babel locale for a seller's or customer's country and language."""
    country = (country or "").upper()
    language = (language or "").lower()
    if country == "ID" or language == "id":
        return "id_ID"
    if language == "en" and country:
        candidate = f"en_{country}"
        try:
            Locale.parse(candidate)
            return candidate
        except (UnknownLocaleError, ValueError):
            return "en_US"
    if country == "MY" or language == "ms":
        return "ms_MY"
    if country == "SG":
        return "en_SG"
    return "en_US"
