"""What the shipments screen lists: parcels by state, late ones first.

Qt-free. "Late" is the courier's ETA passed in the seller's time zone without a delivery,
as :func:`seller_desk.core.shop.shipping.overdue` defines it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

from peewee import JOIN, Case

from seller_desk.core.answering import compose
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.conversations import clocks
from seller_desk.core.followups import auto_email
from seller_desk.core.shop import orders, shipping
from seller_desk.core.store.fields import as_utc, utcnow
from seller_desk.core.store.models import (
    DIRECTION_IN,
    Conversation,
    ConversationOrder,
    Customer,
    Message,
    Order,
    OutboxMessage,
    Shipment,
)
from seller_desk.core.templates import canned as templates

VIEWS = ("open", "late", "delivered", "all")


@dataclass(frozen=True)
class ShipmentRow:
    """One parcel in the shipments table."""

    id: int
    order_id: int
    order_number: str
    order_status: str
    currency: str
    customer_id: int | None
    customer_name: str
    courier: str
    courier_name: str
    tracking_number: str
    tracking_url: str
    shipped_at: datetime | None
    eta: date | None
    delivered_at: datetime | None
    status: str
    days_late: int  # 0 unless the ETA has passed without delivery

    @property
    def is_late(self) -> bool:
        return self.days_late > 0


def query_shipments(view: str = "open", text: str = "", now: datetime | None = None,
                    limit: int = 1000) -> list[ShipmentRow]:
    """Parcels of ``view`` ("open": not delivered, late first; "late"; "delivered";
    "all"), optionally only those whose tracking number, order number or customer name
    contains ``text``."""
    policy = clocks.current_policy()
    today = as_utc(now or utcnow()).astimezone(policy.tz).date()
    q = (Shipment.select(Shipment, Order.number, Order.status.alias("order_status"),
                         Order.currency, Order.customer.alias("customer_ref"), Customer.name)
         .join(Order)
         .join(Customer, JOIN.LEFT_OUTER, on=(Order.customer == Customer.id)))
    if view == "open":
        q = q.where(Shipment.status.in_(shipping.OPEN_STATUSES))
    elif view == "late":
        q = q.where(Shipment.status == "in_transit", Shipment.eta < today)
    elif view == "delivered":
        q = q.where(Shipment.status == "delivered")
    if text.strip():
        like = f"%{text.strip()}%"
        q = q.where((Shipment.tracking_number ** like) | (Order.number ** like)
                    | (Customer.name ** like))
    if view == "delivered":
        q = q.order_by(Shipment.delivered_at.desc(), Shipment.id.desc())
    else:
        # late parcels first (oldest ETA first), then the rest by ETA, then unsent ones
        late = Case(None, [((Shipment.status == "in_transit") & (Shipment.eta < today), 0)], 1)
        q = q.order_by(late, Shipment.eta.asc(nulls="LAST"), Shipment.id.desc())
    rows = []
    for s in q.limit(limit).objects():
        days_late = 0
        if s.status == "in_transit" and s.eta is not None and s.eta < today:
            days_late = (today - s.eta).days
        rows.append(ShipmentRow(
            id=s.id, order_id=s.order_id, order_number=s.number,
            order_status=s.order_status,
            currency=s.currency, customer_id=s.customer_ref,
            customer_name=getattr(s, "name", None) or "", courier=s.courier,
            courier_name=shipping.courier_name(s.courier), tracking_number=s.tracking_number,
            tracking_url=shipping.tracking_url(s.courier, s.tracking_number),
            shipped_at=s.shipped_at, eta=s.eta, delivered_at=s.delivered_at,
            status=s.status,
            days_late=days_late))
    return rows


def counts(now: datetime | None = None) -> dict[str, int]:
    """How many parcels each view holds (for the view buttons)."""
    policy = clocks.current_policy()
    today = as_utc(now or utcnow()).astimezone(policy.tz).date()
    return {
        "open": Shipment.select().where(Shipment.status.in_(shipping.OPEN_STATUSES)).count(),
        "late": Shipment.select().where(Shipment.status == "in_transit",
                                        Shipment.eta < today).count(),
        "delivered": Shipment.select().where(Shipment.status == "delivered").count(),
        "all": Shipment.select().count(),
    }


def courier_choices(country: str, preferred: list[str] | tuple[str, ...] = ()
                    ) -> list[shipping.Courier]:
    """Couriers for the picker: the seller's chosen ones first, then those of their country
    and the international ones."""
    every = {c.code: c for c in shipping.couriers()}
    first = [every[code] for code in preferred if code in every]
    rest = [c for c in shipping.couriers(country or None) if c not in first]
    return first + rest


def courier_choices_for_order(order_id: int | None, seller_country: str,
                              preferred: list[str] | tuple[str, ...] = ()
                              ) -> list[shipping.Courier]:
    """Couriers for a parcel of this order: when it travels in another country than the
    seller's (a Tokopedia order: Indonesia), that country's couriers come first, all of
    them, ticked in Settings or not; then the usual list."""
    usual = courier_choices(seller_country, preferred)
    order = Order.get_or_none(Order.id == order_id) if order_id is not None else None
    if order is None:
        return usual
    country = orders.order_country(order.channel, order.currency, seller_country)
    if country == (seller_country or "").upper():
        return usual
    theirs = [c for c in shipping.couriers(country) if c.country == country]
    ranked = sorted(theirs, key=lambda c: (c.code not in preferred, theirs.index(c)))
    return ranked + [c for c in usual if c not in ranked]


# --- the "shipped" message -----------------------------------------------------------------

SHIPPED_TEMPLATE = "shipped"


def _conversation_of(order_id: int) -> Conversation | None:
    return cast("Conversation | None", Conversation.select().join(ConversationOrder)
                .where(ConversationOrder.order == order_id)
                .order_by(Conversation.last_activity_at.desc(nulls="LAST")).first())


def shipped_message(shipment_id: int, language: str | None = None) -> compose.Outgoing:
    """The "shipped" email for a parcel, filled in and addressed, ready to queue.

    It answers the order's latest conversation when there is one (so it stays in the
    thread), else it is a new message to the customer's address.

    Raises:
        ValidationError: no customer address, no "shipped" template, or something the
            template needs is missing (the hint says what to add).
    """
    parcel = Shipment.get_by_id(shipment_id)
    order = parcel.order
    conversation = _conversation_of(order.id)
    ctx = templates.build_context(conversation, order=order, shipment=parcel,
                                  language=language)
    if not ctx.customer_email:
        raise ValidationError("shipped_mail.no_address", field="customer",
                              hint="shipped_mail.no_address_hint")
    template = templates.get_template(SHIPPED_TEMPLATE, ctx.language)
    if template is None:
        raise ValidationError("shipped_mail.no_template", field="template",
                              hint="shipped_mail.no_template_hint")
    rendered = templates.render_template(template, ctx)
    if not rendered.complete:
        raise ValidationError(
            "shipped_mail.incomplete", field="template",
            hint=[m.hint_msg for m in rendered.missing if m.hint_msg]
            or "shipped_mail.incomplete_hint")
    last_in = None
    if conversation is not None:
        last_in = (Message.select().where(Message.conversation == conversation.id,
                                          Message.direction == DIRECTION_IN)
                   .order_by(Message.date.desc(nulls="LAST")).first())
    if last_in is not None:
        out = compose.reply(last_in)
        out.to = [ctx.customer_email]
    else:
        out = compose.new_message(to=[ctx.customer_email], conversation=conversation,
                                  order=order)
    out.order = order
    out.include_quote = False
    compose.apply_template(out, rendered)
    return out


@dataclass(frozen=True)
class Queued:
    """The outbox row of a "shipped" email; ``already`` when it had been queued before."""

    outbox: OutboxMessage
    already: bool


def shipped_dedup_key(shipment_id: int) -> str:
    """The outbox key of a parcel's "shipped" email.

    An order's first parcel shares the key of the automatic "shipped" status email, so the
    one-click email and the automatic one never both reach the customer.
    """
    parcel = Shipment.get_by_id(shipment_id)
    first = (Shipment.select(Shipment.id).where(Shipment.order == parcel.order_id)
             .order_by(Shipment.id).scalar())
    if first == parcel.id:
        return auto_email.dedup_key(parcel.order_id, "shipped")
    return f"shipped:shipment:{parcel.id}"


def send_shipped_message(shipment_id: int, language: str | None = None) -> Queued:
    """Queue the "shipped" email of a parcel in the outbox (sent in the background).

    A parcel's email is queued once: asking again returns the first one (``already``).

    Raises:
        ValidationError: see :func:`shipped_message`.
    """
    key = shipped_dedup_key(shipment_id)
    queued = OutboxMessage.get_or_none(OutboxMessage.dedup_key == key)
    if queued is not None:
        return Queued(queued, True)
    return Queued(compose.send(shipped_message(shipment_id, language), dedup_key=key), False)


def add_parcel(order_id: int, courier_code: str, tracking_number: str = "", *,
               shipped_at: datetime | None = None, accept_unusual_number: bool = False
               ) -> Shipment:
    """Record a parcel (see :func:`shipping.add_shipment`); when that moves the order to
    "shipped", the automatic status email follows if the seller switched it on.

    Raises:
        ValidationError: as :func:`shipping.add_shipment`.
    """
    return shipping.add_shipment(order_id, courier_code, tracking_number,
                                 shipped_at=shipped_at,
                                 accept_unusual_number=accept_unusual_number)


def deliver(shipment_id: int, at: datetime | None = None) -> Shipment:
    """Mark a parcel delivered (see :func:`shipping.mark_delivered`), with the automatic
    "delivered" email when that completed the order's delivery."""
    return shipping.mark_delivered(Shipment.get_by_id(shipment_id), at)
