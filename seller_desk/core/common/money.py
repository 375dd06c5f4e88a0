"""Money: currency codes, amounts as ``Decimal``, and display per locale with babel.

Amounts are never floats. A currency is an ISO 4217 code that babel (CLDR) knows.
Rupiah, dong, won and yen are shown without decimals when the amount is whole, as sellers
write them ("Rp150.000", not "Rp150.000,00"). An amount that does carry a fraction is shown
with two decimals in every currency ("Rp150.000,50"): what the seller typed or imported is
never rounded away on screen. That is our rule, not CLDR's: CLDR releases have changed the
rupiah's digits back and forth, so the digits never come from babel's currency data.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, list_currencies

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


# a money parameter of a message is an (amount, currency) pair: English shows it this way
messages.ENGLISH_KINDS["money"] = lambda value: format_money(value[0], value[1])


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
