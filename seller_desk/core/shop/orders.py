"""Orders entered by hand (or read from marketplace notices): items, status pipeline, refunds,
links to conversations, and the paged query behind the orders table.

Every function checks its input first and raises :class:`ValidationError` naming the field,
then writes in one transaction, so bad input never leaves half an order behind. Each change
is recorded in the event log, which is the order's history.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, cast

import peewee
from peewee import JOIN, fn

from seller_desk.core.common import money
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.messages import Msg
from seller_desk.core.store import events
from seller_desk.core.store.fields import as_utc, utcnow

# the order form and the pattern settings read the choices here
from seller_desk.core.store.models import CHANNELS as CHANNELS
from seller_desk.core.store.models import ORDER_STATUSES as ORDER_STATUSES
from seller_desk.core.store.models import (
    Conversation,
    ConversationOrder,
    Customer,
    Event,
    Order,
    OrderItem,
    Shipment,
    database,
)

logger = logging.getLogger(__name__)

ORDER_UPDATED = events.ORDER_UPDATED

#: status -> the statuses it may move to. Mistakes can be undone one step where it is safe
#: (packed -> paid, cancelled -> awaiting payment); refunded is final.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "awaiting_payment": ("paid", "cancelled"),
    "paid": ("packed", "shipped", "cancelled", "refunded"),
    "packed": ("shipped", "paid", "cancelled", "refunded"),
    "shipped": ("delivered", "returned", "refunded"),
    "delivered": ("completed", "returned", "refunded"),
    "completed": ("returned", "refunded"),
    "returned": ("refunded", "completed"),
    "cancelled": ("awaiting_payment",),
    "refunded": (),
}
#: statuses at which the order has been paid for
PAID_STATUSES = frozenset({"paid", "packed", "shipped", "delivered", "completed", "returned",
                           "refunded"})
#: channels that sell in one country whatever the seller's own (Tokopedia is Indonesian);
#: every other channel sells in the seller's country (a Malaysian seller's Shopee is Shopee
#: Malaysia), see docs/guide.md "Channels and countries"
CHANNEL_COUNTRIES = {"tokopedia": "ID"}
#: each country's currency, for a channel tied to a country other than the seller's
COUNTRY_CURRENCIES = {"MY": "MYR", "ID": "IDR", "SG": "SGD", "BN": "BND", "TH": "THB",
                      "PH": "PHP", "VN": "VND"}
#: channels whose orders carry the marketplace's own number (never one we make up)
MARKETPLACES = frozenset({"ebay", "shopee", "lazada", "tokopedia", "tiktok"})
MAX_QUANTITY = 1_000_000
MAX_AMOUNT = Decimal("999999999999.99")


@dataclass(frozen=True)
class ItemInput:
    """One line of an order as a form gives it."""

    title: str
    quantity: int = 1
    unit_price: Decimal | int | str = Decimal(0)
    sku: str = ""


@dataclass(frozen=True)
class _Item:
    title: str
    quantity: int
    unit_price: Decimal
    sku: str


def channel_country(channel: str, seller_country: str) -> str:
    """The country an order on ``channel`` is sold in: the channel's own, else the seller's."""
    return CHANNEL_COUNTRIES.get(channel, (seller_country or "").upper())


def channel_currency(channel: str, seller_country: str, seller_currency: str) -> str:
    """The currency a new order on ``channel`` starts in: the seller's own, unless the
    channel sells in another country (a Malaysian seller's Tokopedia order is in rupiah)."""
    country = channel_country(channel, seller_country)
    if country == (seller_country or "").upper() and seller_currency:
        return seller_currency
    return COUNTRY_CURRENCIES.get(country, seller_currency or "MYR")


def order_country(channel: str, currency: str, seller_country: str) -> str:
    """Where an order's parcel travels, for the couriers to offer first: the channel's
    country, else the country of the order's currency, else the seller's."""
    if channel in CHANNEL_COUNTRIES:
        return CHANNEL_COUNTRIES[channel]
    by_currency = {code: country for country, code in COUNTRY_CURRENCIES.items()}
    seller = (seller_country or "").upper()
    if COUNTRY_CURRENCIES.get(seller) == currency:
        return seller
    return by_currency.get(currency, seller)


def allowed_transitions(status: str) -> tuple[str, ...]:
    """The statuses an order in ``status`` may move to."""
    return TRANSITIONS.get(status, ())


def _amount(value: Any, field_name: str, allow_zero: bool = True,
            currency: str = "") -> Decimal:
    # typed text is read by the currency's rules ("85.000" rupiah are 85,000), numbers as is
    if isinstance(value, str) and currency:
        amount = money.parse_amount(value, currency, field=field_name)
    else:
        amount = money.to_decimal(value, field=field_name)
    if amount < 0 or (amount == 0 and not allow_zero):
        raise ValidationError("order.amount_negative" if amount < 0 else "order.amount_zero",
                              field=field_name)
    if amount > MAX_AMOUNT:
        raise ValidationError("order.amount_too_large", field=field_name)
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError("order.amount_decimals", field=field_name)
    return amount


def _items(items: Sequence[ItemInput | Mapping[str, Any]], currency: str = "") -> list[_Item]:
    if not items:
        raise ValidationError("order.no_items", field="items")
    checked = []
    for i, raw in enumerate(items):
        spec: Mapping[str, Any] = raw if isinstance(raw, Mapping) else raw.__dict__
        where = f"items[{i}]"
        title = str(spec.get("title") or "").strip()
        if not title:
            raise ValidationError("order.item_no_title", {"number": i + 1},
                                  field=f"{where}.title")
        quantity = spec.get("quantity", 1)
        if isinstance(quantity, bool) or not isinstance(quantity, (int, str)):
            raise ValidationError("order.quantity_whole", {"title": title},
                                  field=f"{where}.quantity")
        try:
            quantity = int(quantity)
        except ValueError:
            raise ValidationError("order.quantity_whole", {"title": title},
                                  field=f"{where}.quantity") from None
        if quantity < 1 or quantity > MAX_QUANTITY:
            raise ValidationError("order.quantity_min", {"title": title},
                                  field=f"{where}.quantity")
        price = _amount(spec.get("unit_price", 0), f"{where}.unit_price", currency=currency)
        checked.append(_Item(title[:500], quantity, price, str(spec.get("sku") or "").strip()[:100]))
    return checked


def _when(value: datetime | None, field_name: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise ValidationError("order.date_invalid", field=field_name)
    return as_utc(value)


def _check_number(number: str, channel: str, exclude_id: int | None = None) -> str:
    value = (number or "").strip()
    if not value:
        raise ValidationError("order.number_missing", field="number")
    if len(value) > 100:
        raise ValidationError("order.number_too_long", field="number")
    q = Order.select(Order.id).where(Order.channel == channel, Order.number == value)
    if exclude_id is not None:
        q = q.where(Order.id != exclude_id)
    if q.exists():
        raise ValidationError("order.duplicate", {"number": value, "channel": channel},
                              field="number", hint="order.duplicate_hint")
    return value


def _check_channel(channel: str) -> str:
    value = (channel or "").strip().lower()
    if value not in CHANNELS:
        raise ValidationError("order.channel_unknown", {"channel": channel}, field="channel",
                              hint=Msg("order.channel_hint", {"channels": list(CHANNELS)}))
    return value


@dataclass(frozen=True)
class NewOrder:
    """An order checked by :func:`check_new_order`, ready to be written."""

    number: str
    channel: str
    currency: str
    lines: list[_Item]
    shipping_fee: Decimal
    status: str
    placed_at: datetime
    payment_due_at: datetime | None
    paid_at: datetime | None
    total: Decimal


def check_new_order(
    number: str,
    channel: str,
    items: Sequence[ItemInput | Mapping[str, Any]],
    *,
    currency: str = "MYR",
    placed_at: datetime | None = None,
    status: str = "awaiting_payment",
    shipping_fee: Decimal | int | str = 0,
    payment_due_at: datetime | None = None,
    paid_at: datetime | None = None,
    known_new: bool = False,
) -> NewOrder:
    """Every check :func:`create_order` makes, without writing: a bulk writer (the order
    import) checks each order first and then writes them all at once, with the same
    refusals as one at a time. ``known_new``: the caller has made sure no order holds the
    number on the channel (one query for thousands instead of one each).

    Raises:
        ValidationError: as :func:`create_order`.
    """
    channel = _check_channel(channel)
    if known_new:
        number = (number or "").strip()
        if not number:
            raise ValidationError("order.number_missing", field="number")
        if len(number) > 100:
            raise ValidationError("order.number_too_long", field="number")
    else:
        number = _check_number(number, channel)
    code = money.check_currency(currency)
    lines = _items(items, code)
    fee = _amount(shipping_fee, "shipping_fee", currency=code)
    if status not in ORDER_STATUSES:
        raise ValidationError("order.status_unknown", {"status": status}, field="status")
    placed = _when(placed_at, "placed_at") or utcnow()
    due = _when(payment_due_at, "payment_due_at")
    paid = _when(paid_at, "paid_at")
    if paid is None and status in PAID_STATUSES:
        paid = placed
    if paid is not None and paid < placed:
        raise ValidationError("order.paid_before_placed", field="paid_at")
    total = sum((ln.unit_price * ln.quantity for ln in lines), Decimal(0)) + fee
    if total > MAX_AMOUNT:
        raise ValidationError("order.total_too_large", field="items")
    return NewOrder(number, channel, code, lines, fee, status, placed, due, paid, total)


def create_order(
    number: str,
    channel: str,
    items: Sequence[ItemInput | Mapping[str, Any]],
    *,
    currency: str = "MYR",
    placed_at: datetime | None = None,
    customer: Customer | int | None = None,
    status: str = "awaiting_payment",
    payment_method: str = "",
    shipping_fee: Decimal | int | str = 0,
    payment_due_at: datetime | None = None,
    paid_at: datetime | None = None,
    notes: str = "",
    conversation: Conversation | int | None = None,
    at: datetime | None = None,
    delivery_address: str = "",
) -> Order:
    """Create an order with its items; total = items + shipping fee.

    ``delivery_address`` is where the parcel goes; left empty, the customer's address is
    taken (copied, so a later move of the customer leaves this order's parcel as it was).

    ``conversation`` links it at once (manual link). ``at`` is when the entry happened
    (default now; the demo and imports pass the past).

    Raises:
        ValidationError: a missing number, a duplicate number on the channel, an unknown
            channel, currency or status, no items, a quantity below 1 or a negative price.
    """
    checked = check_new_order(number, channel, items, currency=currency, placed_at=placed_at,
                              status=status, shipping_fee=shipping_fee,
                              payment_due_at=payment_due_at, paid_at=paid_at)
    number, channel, code, lines = checked.number, checked.channel, checked.currency, checked.lines
    fee, placed, due, paid, total = (checked.shipping_fee, checked.placed_at,
                                     checked.payment_due_at, checked.paid_at, checked.total)
    when = at or utcnow()
    try:
        with database.atomic():
            order = Order.create(
                number=number, channel=channel, customer=customer, placed_at=placed,
                status=status, currency=code, total=total, shipping_fee=fee,
                payment_method=payment_method.strip()[:50], payment_due_at=due, paid_at=paid,
                notes=notes, created_at=when, updated_at=when,
                delivery_address=_delivery_address(delivery_address, customer),
            )
            OrderItem.insert_many([
                {"order": order.id, "sku": ln.sku, "title": ln.title, "quantity": ln.quantity,
                 "unit_price": ln.unit_price}
                for ln in lines
            ]).execute()
            events.record(events.ORDER_CREATED, at=min(when, placed) if at else when,
                          order=order, customer=customer, number=number, channel=channel,
                          total=str(total), currency=code)
            if conversation is not None:
                _link(conversation, order, "manual", when)
            # after the link: a status email it calls for answers in that conversation
            if status != "awaiting_payment":
                events.record(events.ORDER_STATUS, at=paid or placed, order=order,
                              customer=customer, old=None, new=status)
    except peewee.IntegrityError:
        # the same number arrived from another writer between our check and the insert
        raise ValidationError("order.duplicate", {"number": number, "channel": channel},
                              field="number") from None
    return order


def _delivery_address(typed: str | None, customer: Customer | int | None) -> str | None:
    """What the seller typed, or else the customer's own address (None when neither)."""
    text = (typed or "").strip()
    if text:
        return text
    if customer is None:
        return None
    row = customer if isinstance(customer, Customer) else Customer.get_or_none(
        Customer.id == customer)
    return (row.address or "").strip() or None if row is not None else None


def _get(order: Order | int) -> Order:
    return order if isinstance(order, Order) else Order.get_by_id(order)


def update_order(order: Order | int, **changes: Any) -> Order:
    """Change an order's details: number, channel, customer, placed_at, currency,
    payment_method, shipping_fee, payment_due_at, paid_at, notes, delivery_address, items
    (replaces all lines). An empty delivery address becomes the customer's address.

    The status has its own function (:func:`change_status`).

    Raises:
        ValidationError: as for :func:`create_order`, or an unknown field.
    """
    order = _get(order)
    allowed = {"number", "channel", "customer", "placed_at", "currency", "payment_method",
               "shipping_fee", "payment_due_at", "paid_at", "notes", "items",
               "delivery_address"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError("order.fields_unknown", {"fields": sorted(unknown)},
                              field=sorted(unknown)[0])
    channel = _check_channel(changes.get("channel", order.channel))
    number = order.number
    if "number" in changes or "channel" in changes:
        number = _check_number(changes.get("number", order.number), channel, order.id)
    currency = money.check_currency(changes.get("currency", order.currency))
    lines = _items(changes["items"], currency) if "items" in changes else None
    fee = _amount(changes.get("shipping_fee", order.shipping_fee), "shipping_fee",
                  currency=currency)
    placed = _when(changes.get("placed_at"), "placed_at") or order.placed_at
    paid = _when(changes["paid_at"], "paid_at") if "paid_at" in changes else order.paid_at
    if paid is not None and paid < placed:
        raise ValidationError("order.paid_before_placed", field="paid_at")
    first_shipped = (Shipment.select(fn.MIN(Shipment.shipped_at))
                     .where(Shipment.order == order.id).scalar())
    if first_shipped is not None and as_utc(first_shipped) < placed:
        raise ValidationError("order.placed_after_shipped", field="placed_at")
    old_number, old_channel = order.number, order.channel
    with database.atomic():
        if lines is not None:
            OrderItem.delete().where(OrderItem.order == order.id).execute()
            OrderItem.insert_many([
                {"order": order.id, "sku": ln.sku, "title": ln.title, "quantity": ln.quantity,
                 "unit_price": ln.unit_price}
                for ln in lines
            ]).execute()
            subtotal = sum((ln.unit_price * ln.quantity for ln in lines), Decimal(0))
        else:
            subtotal = Decimal(order.total) - Decimal(order.shipping_fee)
        order.number, order.channel, order.currency = number, channel, currency
        order.shipping_fee, order.total = fee, subtotal + fee
        order.placed_at, order.paid_at = placed, paid
        if "customer" in changes:
            order.customer = changes["customer"]
        if "payment_method" in changes:
            order.payment_method = str(changes["payment_method"]).strip()[:50]
        if "payment_due_at" in changes:
            order.payment_due_at = _when(changes["payment_due_at"], "payment_due_at")
        if "notes" in changes:
            order.notes = str(changes["notes"])
        if "delivery_address" in changes:
            order.delivery_address = _delivery_address(changes["delivery_address"],
                                                       order.customer_id)
        order.updated_at = utcnow()
        try:
            order.save()
        except peewee.IntegrityError:
            raise ValidationError("order.duplicate", {"number": number, "channel": channel},
                                  field="number") from None
        # a new number or channel is news to the linking of stored mail (its subscriber)
        renumbered = (number, channel) != (old_number, old_channel)
        extra: dict[str, Any] = {"renumbered": True} if renumbered else {}
        events.record(ORDER_UPDATED, order=order, fields=sorted(changes), **extra)
    return order


def change_status(order: Order | int, new_status: str, *, at: datetime | None = None,
                  note: str = "") -> Order:
    """Move an order along its pipeline, recording the change; the rule reminders that
    waited for it (payment, arrival) cancel themselves.

    Raises:
        ValidationError: the move is not allowed from the current status.
    """
    order = _get(order)
    if new_status not in ORDER_STATUSES:
        raise ValidationError("order.status_unknown", {"status": new_status}, field="status")
    old = order.status
    if new_status == old:
        return order
    if new_status not in TRANSITIONS.get(old, ()):
        allowed = TRANSITIONS.get(old, ())
        raise ValidationError(
            "order.transition", {"current": old, "new": new_status}, field="status",
            hint=Msg("order.transition_hint", {"allowed": list(allowed)}) if allowed
            else "order.transition_final_hint")
    when = as_utc(at) if at else utcnow()
    with database.atomic():
        order.status = new_status
        if new_status in PAID_STATUSES and order.paid_at is None:
            order.paid_at = max(when, order.placed_at)
        if new_status == "awaiting_payment":
            order.paid_at = None
        order.updated_at = utcnow()
        order.save()
        events.record(events.ORDER_STATUS, at=when, order=order, customer=order.customer_id,
                      old=old, new=new_status, note=note or None)
    return order


def record_refund(order: Order | int, amount: Decimal | int | str, *, reason: str = "",
                  at: datetime | None = None, mark_refunded: bool = True) -> Order:
    """Record money given back. A refund of the whole total moves the order to "refunded"
    when its status allows it (``mark_refunded``).

    Raises:
        ValidationError: the amount is not positive or refunds would exceed the total.
    """
    order = _get(order)
    value = _amount(amount, "amount", allow_zero=False, currency=order.currency)
    already = Decimal(order.refunded_amount or 0)
    if already + value > Decimal(order.total):
        left = Decimal(order.total) - already
        raise ValidationError("order.refund_too_large", {"left": (left, order.currency)},
                              field="amount")
    when = as_utc(at) if at else utcnow()
    with database.atomic():
        order.refunded_amount = already + value
        order.updated_at = utcnow()
        order.save()
        events.record(events.REFUND_RECORDED, at=when, order=order, customer=order.customer_id,
                      amount=str(value), currency=order.currency, reason=reason or None)
        if (mark_refunded and order.refunded_amount == Decimal(order.total)
                and "refunded" in TRANSITIONS.get(order.status, ())):
            change_status(order, "refunded", at=when, note=reason)
    return order


# --- links to conversations ------------------------------------------------------------


def _link(conversation: Conversation | int, order: Order | int, by: str,
          when: datetime | None = None) -> bool:
    conv_id = int(getattr(conversation, "id", conversation))
    order_id = int(getattr(order, "id", order))
    try:
        with database.atomic():  # a savepoint: a duplicate link leaves the caller's work intact
            ConversationOrder.create(conversation=conv_id, order=order_id, linked_by=by,
                                     created_at=when or utcnow())
        created = True
    except peewee.IntegrityError:
        created = False
    if created:
        events.record(events.ORDER_LINKED, at=when, conversation=conv_id, order=order_id, by=by)
    return created


def link_conversation(conversation: Conversation | int, order: Order | int,
                      by: str = "manual") -> bool:
    """Link a conversation and an order; the one without a customer takes the other's.

    Returns True when the link is new.
    """
    conv = conversation if isinstance(conversation, Conversation) else \
        Conversation.get_by_id(conversation)
    order = _get(order)
    with database.atomic():
        existing = ConversationOrder.get_or_none(ConversationOrder.conversation == conv.id,
                                                 ConversationOrder.order == order.id)
        if existing is not None:
            if by == "manual" and existing.linked_by != "manual":
                existing.linked_by = "manual"
                existing.save()
            return False
        _link(conv, order, by)
        if order.customer_id is None and conv.customer_id is not None:
            Order.update(customer=conv.customer_id).where(Order.id == order.id).execute()
        elif conv.customer_id is None and order.customer_id is not None:
            Conversation.update(customer=order.customer_id).where(
                Conversation.id == conv.id).execute()
    return True


def unlink_conversation(conversation: Conversation | int, order: Order | int) -> bool:
    """Remove a link. Automatic linking never re-creates a link the seller removed.

    Returns True when there was a link.
    """
    conv_id = int(getattr(conversation, "id", conversation))
    order_id = int(getattr(order, "id", order))
    with database.atomic():
        removed = ConversationOrder.delete().where(
            ConversationOrder.conversation == conv_id, ConversationOrder.order == order_id
        ).execute()
        if removed:
            events.record(events.ORDER_UNLINKED, conversation=conv_id, order=order_id,
                          by="manual")
    return bool(removed)


def was_unlinked(conversation_id: int, order_ids: Sequence[int]) -> set[int]:
    """The orders among ``order_ids`` the seller unlinked from the conversation by hand."""
    if not order_ids:
        return set()
    return {
        row[0]
        for row in Event.select(Event.order_id)
        .where(Event.kind == events.ORDER_UNLINKED, Event.conversation_id == conversation_id,
               Event.order_id.in_(list(order_ids)))
        .tuples()
    }


def orders_of_conversation(conversation: Conversation | int) -> list[Order]:
    """The orders linked to a conversation, oldest link first."""
    conv_id = int(getattr(conversation, "id", conversation))
    return list(Order.select().join(ConversationOrder)
                .where(ConversationOrder.conversation == conv_id)
                .order_by(ConversationOrder.id))


def find_order(number: str, channel: str | None = None) -> Order | None:
    """The order with ``number`` (on ``channel`` when given), or None."""
    q = Order.select().where(Order.number == (number or "").strip())
    if channel:
        q = q.where(Order.channel == channel)
    return cast("Order | None", q.first())


def history(order: Order | int) -> list[Event]:
    """The order's events, oldest first: its status history and everything else."""
    order_id = int(getattr(order, "id", order))
    return list(Event.select().where(Event.order_id == order_id).order_by(Event.at, Event.id))


# --- the orders table -----------------------------------------------------------------


@dataclass(frozen=True)
class OrderFilter:
    """What the orders table shows. Empty tuples mean "any"."""

    statuses: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    start: datetime | None = None  # placed at or after
    end: datetime | None = None  # placed before
    unpaid: bool = False
    not_shipped: bool = False  # paid or packed, no parcel out yet
    customer_id: int | None = None
    text: str = ""  # part of the number, the customer's name or an item's title


@dataclass(frozen=True)
class OrderRow:
    """One row of the orders table."""

    id: int
    number: str
    channel: str
    status: str
    placed_at: datetime
    currency: str
    total: Decimal
    refunded_amount: Decimal
    paid_at: datetime | None
    payment_method: str
    customer_id: int | None
    customer_name: str
    item_count: int
    tracking_number: str = ""
    courier: str = ""
    items_text: str = ""


@dataclass(frozen=True)
class OrderPage:
    rows: list[OrderRow]
    total: int
    offset: int
    limit: int
    extra: dict[str, Any] = field(default_factory=dict)


SORT_KEYS = {"placed_at": Order.placed_at, "number": Order.number, "total": Order.total,
             "status": Order.status, "channel": Order.channel}


def _filtered(flt: OrderFilter) -> peewee.ModelSelect:
    q = Order.select()
    if flt.statuses:
        q = q.where(Order.status.in_(list(flt.statuses)))
    if flt.channels:
        q = q.where(Order.channel.in_(list(flt.channels)))
    if flt.start is not None:
        q = q.where(Order.placed_at >= as_utc(flt.start))
    if flt.end is not None:
        q = q.where(Order.placed_at < as_utc(flt.end))
    if flt.unpaid:
        q = q.where(Order.status == "awaiting_payment")
    if flt.not_shipped:
        q = q.where(Order.status.in_(["paid", "packed"]))
    if flt.customer_id is not None:
        q = q.where(Order.customer == flt.customer_id)
    if flt.text.strip():
        like = f"%{flt.text.strip()}%"
        names = Customer.select(Customer.id).where(Customer.name ** like)
        q = q.where((Order.number ** like) | Order.customer.in_(names)
                    | (Order.items_text ** like))
    return q


def query_orders(flt: OrderFilter | None = None, offset: int = 0, limit: int = 100,
                 sort: str = "placed_at", descending: bool = True) -> OrderPage:
    """One page of the orders table for ``flt``, with the number of matching orders."""
    flt = flt or OrderFilter()
    key = SORT_KEYS.get(sort, Order.placed_at)
    base = _filtered(flt)
    total = base.count()
    q = (base.select(Order.id, Order.number, Order.channel, Order.status, Order.placed_at,
                     Order.currency, Order.total, Order.refunded_amount, Order.paid_at,
                     Order.payment_method, Order.customer, Order.item_count,
                     Order.items_text, Customer.name)
         .join(Customer, JOIN.LEFT_OUTER, on=(Order.customer == Customer.id))
         .order_by(key.desc() if descending else key.asc(),
                   Order.id.desc() if descending else Order.id.asc())
         .offset(offset).limit(limit))
    orders = list(q.objects())
    ids = [o.id for o in orders]
    parcels: dict[int, tuple[str, str]] = {}
    if ids:
        for order_id, number, courier in (Shipment.select(Shipment.order, Shipment.tracking_number,
                                                          Shipment.courier)
                                          .where(Shipment.order.in_(ids))
                                          .order_by(Shipment.id).tuples()):
            parcels[order_id] = (number, courier)
    rows = [
        OrderRow(
            id=o.id, number=o.number, channel=o.channel, status=o.status,
            placed_at=o.placed_at, currency=o.currency, total=Decimal(o.total),
            refunded_amount=Decimal(o.refunded_amount or 0), paid_at=o.paid_at,
            payment_method=o.payment_method, customer_id=o.customer_id,
            customer_name=getattr(o, "name", None) or "", item_count=int(o.item_count),
            items_text=o.items_text,
            tracking_number=parcels.get(o.id, ("", ""))[0], courier=parcels.get(o.id, ("", ""))[1],
        )
        for o in orders
    ]
    return OrderPage(rows, total, offset, limit)
