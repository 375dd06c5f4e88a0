"""Amounts, dates, quantities and phone numbers as the exports write them.

Each reader returns None for an empty cell and raises :class:`BadValue` for one it cannot
read, so the parser can refuse the row with the cell's own words.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers

CENT = Decimal("0.01")
#: currencies written without cents, whose dots and commas group thousands
WHOLE_CURRENCIES = frozenset({"IDR", "JPY", "KRW", "VND"})
_SIGNS = re.compile(r"[^\d.,\-]")


class BadValue(ValueError):
    """A cell that is not what its column should hold."""


def text(value: Any) -> str:
    """A cell as text: a whole float loses its ".0" (an order number read as a number)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value).strip()


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def amount(value: Any, currency: str = "") -> Decimal | None:
    """``45.99``, ``"$45.99"``, ``"RM 1,234.50"``, ``"Rp 150.000"``, ``"1.234,50"`` as a
    Decimal with at most two decimals (rounded half up: an export's own sums are)."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise BadValue(str(value))
    if isinstance(value, (int, float)):
        result = Decimal(str(value))
    else:
        raw = str(value).strip()
        negative = raw.startswith("-") or (raw.startswith("(") and raw.endswith(")"))
        digits = _SIGNS.sub("", raw).lstrip("-")
        if not digits or not any(ch.isdigit() for ch in digits):
            if raw in ("-", "Non Tunai"):  # Tokopedia writes "Non Tunai" for a cashless fee
                return None
            raise BadValue(raw)
        digits = _separators(digits, currency)
        try:
            result = Decimal(digits)
        except InvalidOperation:
            raise BadValue(raw) from None
        if negative:
            result = -result
    if not result.is_finite():
        raise BadValue(str(value))
    return result.quantize(CENT, rounding=ROUND_HALF_UP)


def _separators(digits: str, currency: str) -> str:
    """Decide which of "." and "," is the decimal point."""
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:  # the last one is the decimal point
        if digits.rfind(",") > digits.rfind("."):
            return digits.replace(".", "").replace(",", ".")
        return digits.replace(",", "")
    sep = "." if dots else "," if commas else ""
    if not sep:
        return digits
    parts = digits.split(sep)
    grouped = len(parts) > 2 or (len(parts[-1]) == 3 and parts[0] not in ("", "0"))
    if grouped and (currency in WHOLE_CURRENCIES or sep == "," or len(parts) > 2):
        return digits.replace(sep, "")
    return digits.replace(",", ".")


def quantity(value: Any) -> int | None:
    """A whole number of at least 1."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise BadValue(str(value))
    if isinstance(value, float):
        if not value.is_integer():
            raise BadValue(text(value))
        number = int(value)
    elif isinstance(value, int):
        number = value
    else:
        raw = str(value).strip().replace(",", "")
        if raw.endswith(".0"):
            raw = raw[:-2]
        if not raw.isdigit():
            raise BadValue(str(value).strip())
        number = int(raw)
    if number < 1:
        raise BadValue(text(value))
    return number


@lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def when(value: Any, formats: tuple[str, ...], timezone: str) -> datetime | None:
    """A date or date-time cell in the export's time zone, as UTC."""
    if is_empty(value):
        return None
    zone = _zone(timezone or "UTC")
    local: datetime | None
    if isinstance(value, datetime):
        local = value
    elif isinstance(value, date):
        local = datetime(value.year, value.month, value.day)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        # an Excel serial day number that the file did not mark as a date
        local = datetime(1899, 12, 30) + timedelta(days=float(value))
    else:
        raw = re.sub(r"\s+", " ", str(value).strip())
        raw = re.sub(r"\s*(PDT|PST|GMT|BST|UTC|WIB|MYT)$", "", raw)
        local = None
        for fmt in formats:
            try:
                local = datetime.strptime(raw, fmt)
                break
            except ValueError:
                continue
    if local is None:
        raise BadValue(str(value).strip())
    if local.tzinfo is None:
        local = local.replace(tzinfo=zone)
    return local.astimezone(UTC)


#: calling codes of the countries a currency belongs to, for numbers written without "+"
CALLING_CODES = {"MY": "60", "ID": "62", "SG": "65", "GB": "44", "US": "1"}


def phone(value: Any, country: str) -> str:
    """A phone number in E.164, or "" when the cell holds none that can be read (exports
    mask buyers' numbers, "******789"): a missing phone never refuses an order."""
    raw = text(value)
    digits = re.sub(r"[^\d+]", "", raw)
    if len(digits.lstrip("+")) < 7 or "*" in raw:
        return ""
    code = CALLING_CODES.get(country.upper(), "")
    if not digits.startswith("+") and code and digits.startswith(code) and len(digits) >= 10:
        digits = "+" + digits
    try:
        parsed = phonenumbers.parse(digits, country.upper() or "MY")
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(parsed):
        return ""
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
