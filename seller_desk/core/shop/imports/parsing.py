"""Rows of an export into orders: item rows grouped by order number, every cell read, and
each row that cannot be read refused with its reason, taking its whole order with it (half
an order is worse than none: the seller would trust a total that is wrong).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from seller_desk.core.common.messages import Msg
from seller_desk.core.shop import shipping
from seller_desk.core.shop.imports import values
from seller_desk.core.shop.imports.layouts import Header, Layout, normalize
from seller_desk.core.store.fields import utcnow

logger = logging.getLogger(__name__)

#: the country a currency's parcels travel in (for courier names and phone numbers)
COUNTRY_OF = {"MYR": "MY", "IDR": "ID", "SGD": "SG", "GBP": "GB", "USD": "US", "AUD": "AU",
              "CAD": "CA", "EUR": ""}
#: statuses at which a parcel has left
SENT = frozenset({"shipped", "delivered", "completed", "returned"})
ARRIVED = frozenset({"delivered", "completed"})


@dataclass(frozen=True)
class ParsedItem:
    title: str
    quantity: int
    unit_price: Decimal
    sku: str = ""


@dataclass(frozen=True)
class ParsedCustomer:
    name: str = ""
    phone: str = ""  # E.164 or ""
    email: str = ""
    address: str = ""
    country: str = ""


@dataclass
class ParsedOrder:
    """One order as the file tells it."""

    number: str
    rows: list[int]
    channel: str
    currency: str
    status: str
    placed_at: datetime
    items: list[ParsedItem]
    customer: ParsedCustomer
    paid_at: datetime | None = None
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    shipping_fee: Decimal = Decimal(0)
    payment_method: str = ""
    courier: str = ""  # a code of resources/couriers.json, "" without a parcel
    tracking: str = ""
    notes: str = ""

    @property
    def total(self) -> Decimal:
        return sum((i.unit_price * i.quantity for i in self.items), Decimal(0)) + self.shipping_fee


@dataclass(frozen=True)
class Refusal:
    """An order (or a row without an order number) that will not be imported, and why."""

    number: str
    rows: tuple[int, ...]
    reason: Msg


@dataclass
class Parsed:
    """What a file holds: its orders, in file order, and what was refused."""

    layout: Layout
    language: str
    orders: list[ParsedOrder] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    rows_read: int = 0


class _Refuse(Exception):
    def __init__(self, row: int, reason: Msg) -> None:
        super().__init__(reason.id)
        self.row, self.reason = row, reason


def parse(rows: list[list[Any]], header: Header) -> Parsed:
    """The orders in ``rows`` below ``header``."""
    layout = header.layout
    result = Parsed(layout, header.language)
    skip = [re.compile(p, re.IGNORECASE) for p in layout.skip_rows]
    col = header.columns
    number_col = col["number"]
    groups: dict[str, list[tuple[int, list[Any]]]] = {}
    current: str | None = None
    for index in range(header.row + 1, len(rows)):
        row = rows[index]
        line = index + 1  # as the spreadsheet numbers it
        filled = [c for c in row if not values.is_empty(c)]
        if len(filled) <= 1:
            continue  # blank, a title or a trailer ("Seller ID: ...")
        first = values.text(filled[0])
        if any(p.search(first) for p in skip):
            continue
        result.rows_read += 1
        number = values.text(row[number_col]) if number_col < len(row) else ""
        if not number:
            if layout.continuation_rows and current is not None:
                groups[current].append((line, row))
            else:
                result.refused.append(Refusal("", (line,), Msg("import.no_number")))
            continue
        current = number
        groups.setdefault(number, []).append((line, row))
    for number, group in groups.items():
        try:
            result.orders.append(_order(number, group, header))
        except _Refuse as exc:
            result.refused.append(Refusal(number, tuple(line for line, _ in group), exc.reason))
    result.refused.sort(key=lambda r: r.rows[0])  # in file order, as the seller reads it
    return result


def _cell(row: list[Any], header: Header, name: str) -> Any:
    i = header.columns.get(name)
    if i is None or i >= len(row):
        return None
    value = row[i]
    return None if values.is_empty(value) else value


def _first(group: list[tuple[int, list[Any]]], header: Header, name: str) -> tuple[int, Any]:
    """The first filled cell of a field among the order's rows (order fields are repeated
    on every item row, or only on the first)."""
    for line, row in group:
        value = _cell(row, header, name)
        if value is not None:
            return line, value
    return group[0][0], None


def _currency(group: list[tuple[int, list[Any]]], header: Header) -> str:
    layout = header.layout
    rule = layout.currency
    _, explicit = _first(group, header, "currency")
    if explicit is not None and len(values.text(explicit)) == 3:
        return values.text(explicit).upper()
    signs = rule.get("by_sign", {})
    if signs:
        for name in ("unit_price", "order_total", "line_total", "shipping_fee"):
            _, cell = _first(group, header, name)
            if isinstance(cell, str):
                written = cell.strip()
                for sign in sorted(signs, key=len, reverse=True):
                    if written.startswith(sign):
                        return str(signs[sign])
    _, country = _first(group, header, "country")
    by_country = rule.get("by_country", {})
    if country is not None and normalize(country) in by_country:
        return str(by_country[normalize(country)])
    by_language = rule.get("by_language", {})
    if header.language in by_language:
        return str(by_language[header.language])
    return str(rule.get("default", "MYR"))


def _amount(group: list[tuple[int, list[Any]]], header: Header, name: str,
            currency: str) -> Decimal | None:
    line, cell = _first(group, header, name)
    try:
        return values.amount(cell, currency)
    except values.BadValue as exc:
        raise _Refuse(line, Msg("import.bad_amount", {"value": str(exc)})) from None


def _date(group: list[tuple[int, list[Any]]], header: Header, name: str,
          zone: str) -> datetime | None:
    line, cell = _first(group, header, name)
    try:
        return values.when(cell, header.layout.date_formats, zone)
    except values.BadValue as exc:
        raise _Refuse(line, Msg("import.bad_date", {"value": str(exc)})) from None


def _status(group: list[tuple[int, list[Any]]], header: Header, paid: datetime | None,
            shipped: datetime | None, delivered: datetime | None) -> str:
    line, cell = _first(group, header, "status")
    statuses = header.layout.statuses
    if cell is None or not statuses:
        # no status column (eBay): the dates tell how far the order got
        if delivered is not None and shipped is not None:
            return "delivered"
        return "shipped" if shipped else "paid" if paid else "awaiting_payment"
    said = normalize(cell)
    if said in statuses:
        return statuses[said]
    # "Transaksi selesai.. Dana akan diteruskan ke penjual.": the status, then a remark
    for key in sorted(statuses, key=len, reverse=True):
        if said.startswith(key):
            return statuses[key]
    raise _Refuse(line, Msg("import.status_unknown", {"value": values.text(cell)}))


def _courier(group: list[tuple[int, list[Any]]], header: Header, country: str,
             tracking: str) -> str:
    """The courier code for the parcel; "" when there is no parcel to record."""
    if not tracking:
        return ""
    line, cell = _first(group, header, "courier")
    said = normalize(cell)
    names = {**header.layout.couriers.get("", {}), **header.layout.couriers.get(country, {})}
    mapped: str | None = None
    for key in sorted(names, key=len, reverse=True):
        if key and key in said:
            mapped = names[key]
            break
    code = mapped or key_known(said, country)
    # a name mapped to "" is known but has no code of its own (USPS): the number decides
    if not code and (mapped == "" or header.layout.unknown_courier == "guess" or not said):
        code = _guess(tracking, country)
    if code:
        return code
    if not said:
        raise _Refuse(line, Msg("import.courier_missing"))
    raise _Refuse(line, Msg("import.courier_unknown", {"courier": values.text(cell)}))


def key_known(said: str, country: str = "") -> str:
    """A courier named as the registry names it ("Pos Laju", "GDEX"), or ""."""
    for courier in shipping.couriers(country or None):
        if normalize(courier.name) == said or courier.code == said:
            return courier.code
    return ""


def _guess(tracking: str, country: str) -> str:
    """The one courier of the country (or an international one) whose tracking-number
    format the number has; "" when none or several do."""
    fits = [c.code for c in shipping.couriers(country or None)
            if c.tracking_regex and c.matches(tracking)]
    return fits[0] if len(fits) == 1 else ""


def _address(group: list[tuple[int, list[Any]]], header: Header) -> str:
    parts: list[str] = []
    for name in ("address", "address2", "city", "postcode", "state", "country"):
        _, cell = _first(group, header, name)
        piece = values.text(cell)
        if piece and piece.casefold() not in ", ".join(parts).casefold():
            parts.append(piece)
    return ", ".join(parts)[:1000]


def _items(group: list[tuple[int, list[Any]]], header: Header,
           currency: str) -> list[ParsedItem]:
    items = []
    for line, row in group:
        title = values.text(_cell(row, header, "title"))
        if not title:
            if header.layout.order_rows:
                continue  # eBay's order row above its item rows
            raise _Refuse(line, Msg("import.no_title"))
        raw_quantity = _cell(row, header, "quantity")
        try:
            quantity = values.quantity(raw_quantity) or 1
        except values.BadValue as exc:
            raise _Refuse(line, Msg("import.bad_quantity", {"value": str(exc)})) from None
        try:
            line_total = values.amount(_cell(row, header, "line_total"), currency)
            unit = values.amount(_cell(row, header, "unit_price"), currency)
        except values.BadValue as exc:
            raise _Refuse(line, Msg("import.bad_amount", {"value": str(exc)})) from None
        if line_total is not None:  # what the buyer paid, after the shop's discounts
            unit = (line_total / quantity).quantize(values.CENT, rounding=ROUND_HALF_UP)
        if unit is None:
            unit = Decimal(0)
        if unit < 0:
            raise _Refuse(line, Msg("import.bad_amount", {"value": str(unit)}))
        variation = values.text(_cell(row, header, "variation"))
        if variation and variation.casefold() not in title.casefold():
            title = f"{title} ({variation})"
        items.append(ParsedItem(title[:500], quantity, unit,
                                values.text(_cell(row, header, "sku"))[:100]))
    if not items:
        raise _Refuse(group[0][0], Msg("import.no_items"))
    return items


def _order(number: str, group: list[tuple[int, list[Any]]], header: Header) -> ParsedOrder:
    layout = header.layout
    currency = _currency(group, header)
    country = COUNTRY_OF.get(currency, "")
    zone = layout.timezones.get(currency) or next(iter(layout.timezones.values()), "UTC")
    placed = _date(group, header, "placed_at", zone)
    paid = _date(group, header, "paid_at", zone)
    shipped = _date(group, header, "shipped_at", zone)
    delivered = _date(group, header, "delivered_at", zone)
    status = _status(group, header, paid, shipped, delivered)
    placed = placed or paid or shipped or utcnow()
    if paid is not None and paid < placed:
        paid = placed  # the export rounds to the minute: never before the order
    tracking = shipping.normalize_tracking(values.text(_first(group, header, "tracking")[1]))
    if tracking in ("-", "0"):
        tracking = ""
    courier = _courier(group, header, country, tracking)
    items = _items(group, header, currency)
    fee = _amount(group, header, "shipping_fee", currency) or Decimal(0)
    if fee < 0:
        raise _Refuse(group[0][0], Msg("import.bad_amount", {"value": str(fee)}))
    name = values.text(_first(group, header, "customer_name")[1]) or \
        values.text(_first(group, header, "buyer_name")[1])
    email = values.text(_first(group, header, "email")[1]).lower()
    customer = ParsedCustomer(
        name=name[:300], phone=values.phone(_first(group, header, "phone")[1], country),
        email=email if "@" in email and " " not in email else "",
        address=_address(group, header), country=country)
    return ParsedOrder(
        number=number[:100], rows=[line for line, _ in group], channel=layout.channel_for(currency),
        currency=currency, status=status, placed_at=placed, items=items, customer=customer,
        paid_at=paid, shipped_at=shipped, delivered_at=delivered, shipping_fee=fee,
        payment_method=values.text(_first(group, header, "payment_method")[1])[:50],
        courier=courier, tracking=tracking,
        notes=values.text(_first(group, header, "notes")[1]),
    )
