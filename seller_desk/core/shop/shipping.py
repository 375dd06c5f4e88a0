"""Shipments: the courier registry, tracking numbers and links, ETA in working days, delivery.

Couriers are data (``resources/couriers.json``): code, name, country, tracking-page URL
template with ``{tracking}``, typical delivery days, and the tracking-number format where
one is known. The ETA counts the courier's typical days as working days: no weekend day and
no public holiday (``holidays`` library) of the country the parcel travels in.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from urllib.parse import quote

from peewee import JOIN

from seller_desk.core.common import paths
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.conversations import clocks
from seller_desk.core.shop import orders
from seller_desk.core.store import events
from seller_desk.core.store.fields import as_utc, utcnow
from seller_desk.core.store.models import Customer, Order, Shipment, database

logger = logging.getLogger(__name__)

OPEN_STATUSES = ("pending", "in_transit")


@dataclass(frozen=True)
class Courier:
    """One courier of the registry."""

    code: str
    name: str
    country: str  # ISO code; "" for an international courier
    tracking_url: str  # with {tracking}
    typical_days: int
    tracking_regex: str = ""

    def matches(self, tracking_number: str) -> bool:
        """True when the number has the courier's known format (or none is known)."""
        if not self.tracking_regex:
            return True
        return re.fullmatch(self.tracking_regex, tracking_number) is not None


@lru_cache(maxsize=1)
def _registry() -> dict[str, Courier]:
    data = json.loads(paths.resource("couriers.json").read_text(encoding="utf-8"))
    result = {}
    for spec in data["couriers"]:
        courier = Courier(
            code=spec["code"], name=spec["name"], country=spec.get("country", ""),
            tracking_url=spec["tracking_url"], typical_days=int(spec["typical_days"]),
            tracking_regex=spec.get("tracking_regex", ""),
        )
        re.compile(courier.tracking_regex)  # a broken registry fails loudly, at once
        result[courier.code] = courier
    return result


def couriers(country: str | None = None) -> list[Courier]:
    """All couriers, or those of ``country`` plus the international ones, in registry order."""
    every = list(_registry().values())
    if country is None:
        return every
    return [c for c in every if c.country in (country.upper(), "")]


def courier(code: str | Courier) -> Courier:
    """The courier with ``code``.

    Raises:
        ValidationError: no such courier.
    """
    if isinstance(code, Courier):
        return code
    found = _registry().get((code or "").strip().lower())
    if found is None:
        raise ValidationError("shipment.courier_unknown", {"code": code}, field="courier")
    return found


def courier_name(code: str) -> str:
    """The courier's name for a stored code ("poslaju" -> "Pos Laju"); a code the registry
    does not know (a courier typed by hand) shows as it is."""
    found = _registry().get((code or "").strip().lower())
    return found.name if found is not None else code


def normalize_tracking(number: str) -> str:
    """Tracking number without spaces, letters upper-cased: " en 1234 5678 9my" -> "EN123456789MY"."""
    return re.sub(r"\s+", "", number or "").upper()


def check_tracking(courier_code: str | Courier, number: str, accept_unusual: bool = False) -> str:
    """The normalised tracking number, checked against the courier's known format.

    Raises:
        ValidationError: the number does not have the courier's format (unless
            ``accept_unusual``: formats change, and the seller has the parcel slip in hand).
    """
    c = courier(courier_code)
    value = normalize_tracking(number)
    if len(value) > 100:
        raise ValidationError("shipment.tracking_too_long", field="tracking_number")
    if value and not accept_unusual and not c.matches(value):
        raise ValidationError("shipment.tracking_shape", {"number": value, "courier": c.name},
                              field="tracking_number", hint="shipment.tracking_shape_hint")
    return value


def tracking_url(shipment_or_courier_code: Shipment | Courier | str,
                 tracking_number: str | None = None) -> str:
    """The courier's tracking page for the parcel; "" without a number or a known courier."""
    if isinstance(shipment_or_courier_code, Shipment):
        code: str | Courier = shipment_or_courier_code.courier
        number = tracking_number or shipment_or_courier_code.tracking_number
    else:
        code, number = shipment_or_courier_code, tracking_number or ""
    number = normalize_tracking(number)
    if not number:
        return ""
    try:
        c = courier(code)
    except ValidationError:
        return ""
    return c.tracking_url.replace("{tracking}", quote(number, safe=""))


def _calendar_for(c: Courier, policy: clocks.ClockPolicy) -> object:
    # a domestic courier works to its own country's holidays; the seller's state only
    # applies when the seller is in that country
    country = c.country or policy.country
    subdivision = policy.subdivision if country.upper() == policy.country.upper() else ""
    # couriers keep delivering on Indonesia's cuti bersama (they are leave days for
    # offices, not public holidays), so only public holidays move an expected date
    return clocks.holiday_calendar(country, subdivision, False)


def eta(courier_code: str | Courier, shipped_at: datetime,
        policy: clocks.ClockPolicy | None = None) -> date:
    """Expected delivery date: the courier's typical days counted as working days after the
    day the parcel was shipped (in the seller's time zone)."""
    c = courier(courier_code)
    policy = policy or clocks.current_policy()
    cal = _calendar_for(c, policy)
    weekend = getattr(cal, "weekend", {5, 6})
    day = as_utc(shipped_at).astimezone(policy.tz).date()
    counted = 0
    while counted < c.typical_days:
        day += timedelta(days=1)
        if day.weekday() not in weekend and day not in cal:  # type: ignore[operator]
            counted += 1
    return day


def _order(order: Order | int) -> Order:
    return order if isinstance(order, Order) else Order.get_by_id(order)


@dataclass(frozen=True)
class NewShipment:
    """A parcel checked by :func:`check_shipment`, ready to be written."""

    courier: str
    tracking_number: str
    shipped_at: datetime | None
    eta: date | None
    delivered_at: datetime | None
    status: str


def check_shipment(placed_at: datetime, courier_code: str, tracking_number: str = "", *,
                   shipped_at: datetime | None = None, eta_date: date | None = None,
                   accept_unusual_number: bool = False,
                   delivered_at: datetime | None = None) -> NewShipment:
    """Every check :func:`add_shipment` makes for an order placed at ``placed_at``, without
    writing: a bulk writer (the order import) checks first and writes many parcels at once.

    Raises:
        ValidationError: as :func:`add_shipment`.
    """
    c = courier(courier_code)
    number = check_tracking(c, tracking_number, accept_unusual_number)
    shipped = as_utc(shipped_at) if shipped_at is not None else None
    if shipped is not None:
        if shipped < as_utc(placed_at):
            raise ValidationError("shipment.shipped_before_order", field="shipped_at")
        if shipped > utcnow() + timedelta(days=1):
            raise ValidationError("shipment.shipped_in_future", field="shipped_at")
    expected = eta_date or (eta(c, shipped) if shipped is not None else None)
    arrived = as_utc(delivered_at) if delivered_at is not None and shipped is not None else None
    if arrived is not None and shipped is not None and arrived < shipped:
        raise ValidationError("shipment.delivered_before_shipped", field="delivered_at")
    status = "delivered" if arrived else "in_transit" if shipped is not None else "pending"
    return NewShipment(c.code, number, shipped, expected, arrived, status)


def add_shipment(
    order: Order | int,
    courier_code: str,
    tracking_number: str = "",
    *,
    shipped_at: datetime | None = None,
    eta_date: date | None = None,
    notes: str = "",
    accept_unusual_number: bool = False,
    mark_shipped: bool = True,
    delivered_at: datetime | None = None,
) -> Shipment:
    """Record a parcel for an order; with ``shipped_at`` it is in transit with an ETA and the
    order moves to "shipped" when its status allows it (``mark_shipped``). With
    ``delivered_at`` as well it is recorded as delivered at once (an order import brings
    parcels that arrived long ago; the order's status is then the import's business).

    Raises:
        ValidationError: unknown courier, a tracking number not in the courier's format, or a
            shipped date before the order date or in the future. Nothing is saved then.
    """
    o = _order(order)
    p = check_shipment(o.placed_at, courier_code, tracking_number, shipped_at=shipped_at,
                       eta_date=eta_date, accept_unusual_number=accept_unusual_number,
                       delivered_at=delivered_at)
    c, number, shipped, arrived = courier(p.courier), p.tracking_number, p.shipped_at, \
        p.delivered_at
    with database.atomic():
        shipment = Shipment.create(
            order=o, courier=c.code, tracking_number=number, shipped_at=shipped, eta=p.eta,
            status=p.status, delivered_at=arrived, notes=notes, created_at=shipped or utcnow(),
        )
        events.record(events.SHIPMENT_CREATED, at=shipped, order=o, customer=o.customer_id,
                      shipment=shipment.id, courier=c.code, tracking=number or None)
        if arrived is not None:
            events.record(events.SHIPMENT_DELIVERED, at=arrived, order=o.id,
                          shipment=shipment.id)
        if mark_shipped and shipped is not None and o.status in ("paid", "packed"):

            orders.change_status(o, "shipped", at=shipped)
    return shipment


def update_shipment(shipment: Shipment | int, *, courier_code: str | None = None,
                    tracking_number: str | None = None, shipped_at: datetime | None = None,
                    notes: str | None = None, accept_unusual_number: bool = False) -> Shipment:
    """Correct a parcel's courier, tracking number, shipped date or notes; the ETA follows.

    Raises:
        ValidationError: as for :func:`add_shipment`.
    """
    s = shipment if isinstance(shipment, Shipment) else Shipment.get_by_id(shipment)
    c = courier(courier_code or s.courier)
    number = check_tracking(c, s.tracking_number if tracking_number is None else tracking_number,
                            accept_unusual_number or tracking_number is None)
    shipped = as_utc(shipped_at) if shipped_at is not None else s.shipped_at
    if shipped is not None and shipped < s.order.placed_at:
        raise ValidationError("shipment.shipped_before_order", field="shipped_at")
    if shipped is not None and s.delivered_at is not None and shipped > s.delivered_at:
        raise ValidationError("shipment.shipped_after_delivered", field="shipped_at")
    with database.atomic():
        s.courier, s.tracking_number, s.shipped_at = c.code, number, shipped
        if shipped is not None:
            s.eta = eta(c, shipped)
            if s.status == "pending":
                s.status = "in_transit"
        if notes is not None:
            s.notes = notes
        s.save()
    return s


def mark_delivered(shipment: Shipment | int, at: datetime | None = None) -> Shipment:
    """Mark a parcel delivered; when every parcel of the order is, the order becomes
    "delivered" and the arrival-check reminder cancels itself.

    Raises:
        ValidationError: a delivery time before the parcel was shipped.
    """
    s = shipment if isinstance(shipment, Shipment) else Shipment.get_by_id(shipment)
    when = as_utc(at) if at else utcnow()
    if s.shipped_at is not None and when < s.shipped_at:
        raise ValidationError("shipment.delivered_before_shipped", field="delivered_at")
    with database.atomic():
        s.status, s.delivered_at = "delivered", when
        if s.shipped_at is None:
            s.shipped_at = when
        s.save()
        events.record(events.SHIPMENT_DELIVERED, at=when, order=s.order_id, shipment=s.id)
        o = s.order
        open_left = (Shipment.select().where(Shipment.order == o.id,
                                             Shipment.status.in_(OPEN_STATUSES)).exists())
        if not open_left and o.status == "shipped":

            orders.change_status(o, "delivered", at=when)
    return s


@dataclass(frozen=True)
class OverdueShipment:
    """A parcel past its ETA and not delivered."""

    shipment_id: int
    order_id: int
    order_number: str
    customer_name: str
    courier: str
    courier_name: str
    tracking_number: str
    shipped_at: datetime | None
    eta: date
    days_late: int
    tracking_url: str


def overdue(now: datetime | None = None, policy: clocks.ClockPolicy | None = None,
            limit: int | None = None) -> list[OverdueShipment]:
    """Parcels in transit whose ETA (in the seller's time zone) has passed, most late first."""
    policy = policy or clocks.current_policy()
    today = as_utc(now or utcnow()).astimezone(policy.tz).date()
    q = (Shipment.select(Shipment, Order.number, Customer.name)
         .join(Order).join(Customer, JOIN.LEFT_OUTER, on=(Order.customer == Customer.id))
         .where(Shipment.status == "in_transit", Shipment.eta < today)
         .order_by(Shipment.eta, Shipment.id))
    if limit:
        q = q.limit(limit)
    result = []
    for s in q.objects():
        result.append(OverdueShipment(
            shipment_id=s.id, order_id=s.order_id, order_number=s.number,
            customer_name=getattr(s, "name", None) or "", courier=s.courier,
            courier_name=courier_name(s.courier),
            tracking_number=s.tracking_number, shipped_at=s.shipped_at, eta=s.eta,
            days_late=(today - s.eta).days, tracking_url=tracking_url(s.courier, s.tracking_number),
        ))
    return result
