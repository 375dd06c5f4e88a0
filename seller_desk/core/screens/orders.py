"""What the order screens show and save: customer search, the order form, order detail.

Qt-free. The form's save is one transaction: a new customer and their order are created
together or not at all, so a mistake in the order never leaves a stray customer behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from peewee import JOIN, Case, fn

from seller_desk.core.shop import customers, linking, orders, shipping
from seller_desk.core.store.models import (
    DIRECTION_IN,
    Conversation,
    ConversationOrder,
    Customer,
    CustomerAddress,
    Event,
    Message,
    Order,
    Shipment,
    database,
)

#: Payment methods offered in the order form (the seller may type any other).
PAYMENT_METHODS = ("Online banking", "DuitNow QR", "Touch 'n Go eWallet", "GrabPay",
                   "ShopeePay", "Bank transfer", "GoPay", "OVO", "DANA", "QRIS",
                   "Cash on delivery", "PayPal", "Credit card")
#: Order numbers Seller Desk suggests for channels without their own numbers.
NUMBER_PREFIX = {"whatsapp": "WA-", "facebook": "FB-", "other": "ORD-"}


@dataclass(frozen=True)
class CustomerChoice:
    """A customer as the picker lists them."""

    id: int
    name: str
    email: str
    phone: str

    def label(self) -> str:
        extra = self.email or self.phone
        return f"{self.name} <{extra}>" if self.name and extra else (self.name or extra)


def search_customers(text: str, limit: int = 15) -> list[CustomerChoice]:
    """Customers whose name, address or phone contains ``text``, best matches first."""
    text = (text or "").strip()
    first_email = (CustomerAddress.select(fn.MIN(CustomerAddress.email))
                   .where(CustomerAddress.customer == Customer.id))
    q = Customer.select(Customer.id, Customer.name, Customer.phone,
                        first_email.alias("email"))
    if text:
        like = f"%{text}%"
        with_address = CustomerAddress.select(CustomerAddress.customer).where(
            CustomerAddress.email ** like)
        q = q.where((Customer.name ** like) | (Customer.phone ** like)
                    | Customer.id.in_(with_address))
        # names that start with the text come before names that only contain it
        q = q.order_by(Case(None, [(Customer.name ** f"{text}%", 0)], 1), Customer.name)
    else:
        q = q.order_by(Customer.updated_at.desc())
    return [CustomerChoice(row["id"], row["name"] or "", row["email"] or "", row["phone"] or "")
            for row in q.limit(limit).dicts()]


def customer_choice(customer_id: int) -> CustomerChoice | None:
    """The customer with ``customer_id`` as the picker shows them, or None."""
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        return None
    email = (CustomerAddress.select(fn.MIN(CustomerAddress.email))
             .where(CustomerAddress.customer == row.id).scalar())
    return CustomerChoice(row.id, row.name, email or "", row.phone)


@dataclass(frozen=True)
class ConversationStart:
    """What a conversation tells the order form: who the customer is, the channel."""

    customer: CustomerChoice | None
    name: str  # the sender's name when there is no customer yet
    email: str
    channel: str


def from_conversation(conversation_id: int) -> ConversationStart:
    """The customer (or their name and address) of a conversation, for a new order."""
    conv = Conversation.get_by_id(conversation_id)
    customer = customer_choice(conv.customer_id) if conv.customer_id else None
    address = (CustomerAddress.get_or_none(CustomerAddress.email == conv.counterpart_email)
               if conv.counterpart_email else None)
    channel = address.channel if address is not None and address.channel else ""
    first_in = (Message.select(Message.sender_name)
                .where(Message.conversation == conv.id, Message.direction == DIRECTION_IN)
                .order_by(Message.date).first())
    name = first_in.sender_name if first_in is not None else ""
    return ConversationStart(customer, name, conv.counterpart_email or "", channel)


@dataclass
class NewCustomer:
    """A customer typed into the order form."""

    name: str
    email: str = ""
    phone: str = ""


@dataclass
class OrderForm:
    """Everything the order form holds."""

    number: str
    channel: str
    items: list[orders.ItemInput]
    currency: str = "MYR"
    customer_id: int | None = None
    new_customer: NewCustomer | None = None
    placed_at: datetime | None = None
    status: str = "awaiting_payment"
    payment_method: str = ""
    shipping_fee: Decimal | str = Decimal(0)
    notes: str = ""
    conversation_id: int | None = None  # link the new order to this conversation
    delivery_address: str = ""  # empty: the customer's own address


def save_order(form: OrderForm, order_id: int | None = None, country: str = "MY",
               links_later: list[int] | None = None) -> Order:
    """Create (or, with ``order_id``, update) the order of ``form``, with its new customer.

    A new or renumbered order is linked to the stored mail naming it; with ``links_later``
    that search is left to the caller (its ids are appended there, for :func:`link_to_mail`
    on a worker), so the form closes at once.

    Raises:
        ValidationError: naming the form field ("number", "items[0].title", "email" ...);
            nothing is saved then.
    """
    if links_later is None:
        return _save_order(form, order_id, country)
    with linking.deferred_links() as pending:
        order = _save_order(form, order_id, country)
    links_later.extend(pending)
    return order


def link_to_mail(order_ids: list[int]) -> int:
    """Link the stored conversations naming these orders (a worker's job after a save);
    how many links were made."""
    with database.atomic():
        return linking.link_orders_to_mail(order_ids)


def _save_order(form: OrderForm, order_id: int | None, country: str) -> Order:
    with database.atomic():
        customer: Customer | int | None = form.customer_id
        if form.new_customer is not None and form.new_customer.name.strip():
            new = form.new_customer
            emails = [new.email] if new.email.strip() else []
            customer = customers.create_customer(new.name, emails, phone=new.phone.strip(),
                                                 country=country)
        if order_id is None:
            order = orders.create_order(
                form.number, form.channel, form.items, currency=form.currency,
                placed_at=form.placed_at, customer=customer, status=form.status,
                payment_method=form.payment_method, shipping_fee=form.shipping_fee,
                notes=form.notes, conversation=form.conversation_id,
                delivery_address=form.delivery_address)
        else:
            order = Order.get_by_id(order_id)
            changes: dict[str, Any] = dict(
                number=form.number, channel=form.channel, items=form.items,
                currency=form.currency, customer=customer, payment_method=form.payment_method,
                shipping_fee=form.shipping_fee, notes=form.notes,
                delivery_address=form.delivery_address)
            if form.placed_at is not None:
                changes["placed_at"] = form.placed_at
            order = orders.update_order(order, **changes)
            if form.status != order.status:
                order = orders.change_status(order, form.status)
    return order


def change_status(order_id: int, status: str) -> Order:
    """Move an order to ``status`` (see :func:`orders.change_status`); the automatic status
    email follows when the seller switched it on for that stage (its subscriber hears of
    every status change).

    Raises:
        ValidationError: the move is not allowed.
    """
    return orders.change_status(order_id, status)


@dataclass(frozen=True)
class ChannelDefaults:
    """What a new order on a channel starts with."""

    currency: str
    number: str  # a suggestion for our own channels; "" where the marketplace numbers it
    marketplace: bool  # the seller must type the marketplace's own number


def channel_defaults(channel: str, seller_country: str, seller_currency: str) -> ChannelDefaults:
    """The currency and number suggestion of a new order on ``channel``: a Tokopedia order
    starts in rupiah with no number (Tokopedia gives its own), a WhatsApp order in the
    seller's currency with the next "WA-" number."""
    return ChannelDefaults(orders.channel_currency(channel, seller_country, seller_currency),
                           "" if channel in orders.MARKETPLACES else suggest_number(channel),
                           channel in orders.MARKETPLACES)


def suggest_number(channel: str) -> str:
    """The next free number for a channel whose orders have no number of their own."""
    prefix = NUMBER_PREFIX.get(channel)
    if prefix is None:
        return ""
    highest = 0
    pattern = re.compile(re.escape(prefix) + r"(\d+)$")
    for (number,) in (Order.select(Order.number)
                      .where(Order.channel == channel, Order.number.startswith(prefix))
                      .tuples()):
        match = pattern.match(number)
        if match:
            highest = max(highest, int(match.group(1)))
    return f"{prefix}{highest + 1:04d}"


# --- order detail ------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemLine:
    title: str
    sku: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class ShipmentLine:
    id: int
    courier: str
    courier_name: str
    tracking_number: str
    tracking_url: str
    shipped_at: datetime | None
    eta: date | None
    delivered_at: datetime | None
    status: str


@dataclass(frozen=True)
class ConversationLine:
    id: int
    subject: str
    last_activity_at: datetime | None
    waiting_since: datetime | None
    status: str


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    kind: str
    data: dict[str, Any]


@dataclass
class OrderDetail:
    """An order with everything around it, for the detail panel and the form."""

    id: int
    number: str
    channel: str
    status: str
    placed_at: datetime
    currency: str
    total: Decimal
    shipping_fee: Decimal
    refunded_amount: Decimal
    payment_method: str
    paid_at: datetime | None
    notes: str
    customer: CustomerChoice | None
    items: list[ItemLine]
    next_statuses: tuple[str, ...]
    shipments: list[ShipmentLine] = field(default_factory=list)
    conversations: list[ConversationLine] = field(default_factory=list)
    history: list[HistoryLine] = field(default_factory=list)
    delivery_address: str = ""  # the order's own, else the customer's ("" when unknown)

    @property
    def subtotal(self) -> Decimal:
        return sum((item.total for item in self.items), Decimal(0))


def order_detail(order_id: int) -> OrderDetail:
    """The order with its items, parcels, conversations and history."""
    order = Order.get_by_id(order_id)
    customer = customer_choice(order.customer_id) if order.customer_id else None
    items = [ItemLine(i.title, i.sku, i.quantity, Decimal(i.unit_price))
             for i in order.items.order_by(order.items.model.id)]
    parcels = []
    for s in Shipment.select().where(Shipment.order == order.id).order_by(Shipment.id):
        parcels.append(ShipmentLine(s.id, s.courier, shipping.courier_name(s.courier),
                                    s.tracking_number,
                                    shipping.tracking_url(s), s.shipped_at, s.eta,
                                    s.delivered_at, s.status))
    conversations = [
        ConversationLine(c.id, c.subject, c.last_activity_at, c.waiting_since, c.status)
        for c in (Conversation.select().join(ConversationOrder)
                  .where(ConversationOrder.order == order.id)
                  .order_by(Conversation.last_activity_at.desc()))
    ]
    history = [HistoryLine(e.at, e.kind, e.data or {})
               for e in Event.select().where(Event.order_id == order.id)
               .order_by(Event.at, Event.id)]
    return OrderDetail(
        id=order.id, number=order.number, channel=order.channel, status=order.status,
        placed_at=order.placed_at, currency=order.currency, total=Decimal(order.total),
        shipping_fee=Decimal(order.shipping_fee),
        refunded_amount=Decimal(order.refunded_amount or 0),
        payment_method=order.payment_method, paid_at=order.paid_at, notes=order.notes,
        customer=customer, items=items, next_statuses=orders.allowed_transitions(order.status),
        shipments=parcels, conversations=conversations, history=history,
        delivery_address=delivery_address(order))


def delivery_address(order: Order) -> str:
    """Where ``order``'s parcel goes: its own address, else its customer's; "" if unknown."""
    own = (order.delivery_address or "").strip()
    if own or order.customer_id is None:
        return own
    return customer_address(order.customer_id)


def customer_address(customer_id: int | None) -> str:
    """The customer's delivery address, to prefill the order form ("" when unknown)."""
    if customer_id is None:
        return ""
    address = (Customer.select(Customer.address).where(Customer.id == customer_id).scalar())
    return (address or "").strip()


def orders_to_ship(limit: int = 200) -> list[tuple[int, str, str]]:
    """(id, number, customer name) of paid or packed orders without a parcel yet."""
    shipped = Shipment.select(Shipment.order)
    q = (Order.select(Order.id, Order.number, Customer.name)
         .join(Customer, JOIN.LEFT_OUTER, on=(Order.customer == Customer.id))
         .where(Order.status.in_(["paid", "packed"]), Order.id.not_in(shipped))
         .order_by(Order.placed_at).limit(limit))
    return [(row[0], row[1], row[2] or "") for row in q.tuples()]
