"""The customer book: customers page by page, one customer's profile and whole history.

Qt-free queries for the Customers screen. The list is sorted by last contact (the latest
conversation activity, else the customer's own last change), so the people a seller
deals with now are on top; a search matches a name, an email address, a phone number or
an order number. A profile gathers every conversation (mail and WhatsApp), order, parcel
and reminder of one customer on a single timeline, and names the customers who may be the
same person (same phone, same name), so duplicates can be merged where they are seen.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

import peewee
from peewee import fn

from seller_desk.core.store import waiting
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    Conversation,
    ConversationTag,
    Customer,
    CustomerAddress,
    Order,
    Reminder,
    Shipment,
)

logger = logging.getLogger(__name__)

#: orders still on their way to the customer (or to being paid)
OPEN_ORDER_STATUSES = ("awaiting_payment", "paid", "packed", "shipped")
#: conversation tags that count as a complaint
COMPLAINT_TAGS = ("complaint", "return", "refund")


@dataclass(frozen=True)
class CustomerFilter:
    """What the list shows: a search text and the three filters of the screen."""

    text: str = ""
    open_orders: bool = False
    complaints: bool = False
    waiting: bool = False


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customers table."""

    id: int
    name: str
    email: str
    phone: str
    last_contact: datetime | None
    orders: int
    conversations: int


@dataclass(frozen=True)
class CustomerPage:
    rows: list[CustomerRow]
    total: int


def _last_contact() -> peewee.Node:
    latest = (Conversation.select(fn.MAX(Conversation.last_activity_at))
              .where(Conversation.customer == Customer.id))
    return fn.COALESCE(latest, Customer.updated_at)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _filtered(flt: CustomerFilter, *fields: peewee.Node) -> peewee.ModelSelect:
    q = Customer.select(*fields)
    text = flt.text.strip()
    if text:
        like = f"%{text}%"
        by_email = CustomerAddress.select(CustomerAddress.customer).where(
            CustomerAddress.email ** like)
        by_order = Order.select(Order.customer).where(
            Order.number ** like, Order.customer.is_null(False))
        cond = ((Customer.name ** like) | Customer.id.in_(by_email)
                | Customer.id.in_(by_order))
        digits = _digits(text)
        # phones are stored in E.164: "012-345 6789" finds "+60123456789" by its digits
        if len(digits) >= 3:
            cond |= Customer.phone ** f"%{digits}%"
        q = q.where(cond)
    if flt.open_orders:
        q = q.where(Customer.id.in_(Order.select(Order.customer).where(
            Order.status.in_(OPEN_ORDER_STATUSES))))
    if flt.complaints:
        q = q.where(Customer.id.in_(
            Conversation.select(Conversation.customer).join(ConversationTag)
            .where(ConversationTag.tag.in_(COMPLAINT_TAGS))))
    if flt.waiting:
        q = q.where(Customer.id.in_(Conversation.select(Conversation.customer)
                                    .where(waiting.condition(utcnow()))))
    return q


def query_customers(flt: CustomerFilter, offset: int = 0, limit: int = 200) -> CustomerPage:
    """One page of customers matching ``flt``, the most recently in touch first."""
    first_email = (CustomerAddress.select(fn.MIN(CustomerAddress.email))
                   .where(CustomerAddress.customer == Customer.id))
    order_count = Order.select(fn.COUNT(Order.id)).where(Order.customer == Customer.id)
    conv_count = (Conversation.select(fn.COUNT(Conversation.id))
                  .where(Conversation.customer == Customer.id))
    last = _last_contact()
    q = (_filtered(flt, Customer.id, Customer.name, Customer.phone,
                   first_email.alias("email"), last.alias("last_contact"),
                   order_count.alias("orders"), conv_count.alias("conversations"))
         .order_by(last.desc(), Customer.id.desc()).offset(offset).limit(limit))
    rows = [CustomerRow(r["id"], r["name"] or "", r["email"] or "", r["phone"] or "",
                        _as_datetime(r["last_contact"]), r["orders"], r["conversations"])
            for r in q.dicts()]
    total = _filtered(flt, Customer.id).count()
    return CustomerPage(rows, total)


def _as_datetime(value: object) -> datetime | None:
    """A COALESCE of two date columns comes back from SQLite as text: read it as UTC."""
    if value is None or isinstance(value, datetime):
        return value
    return Customer.updated_at.python_value(value)  # type: ignore[no-any-return]


# --- one customer --------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    """One thing on a customer's timeline; ``conversation_id``/``order_id`` say what opens."""

    at: datetime
    kind: str  # conversation, order, parcel, reminder
    title: str
    status: str = ""
    channel: str = ""  # a conversation's channel (email, whatsapp), an order's shop
    amount: Decimal | None = None
    currency: str = ""
    conversation_id: int | None = None
    order_id: int | None = None


@dataclass(frozen=True)
class LikelyDuplicate:
    id: int
    name: str
    email: str
    phone: str
    reason: str  # "phone" or "name"


@dataclass
class CustomerProfile:
    id: int
    name: str
    phone: str
    address: str
    language: str
    country: str
    notes: str
    emails: list[str] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    duplicates: list[LikelyDuplicate] = field(default_factory=list)


def timeline(customer_id: int) -> list[TimelineEntry]:
    """Every conversation, order, parcel and reminder of the customer, newest first."""
    entries: list[TimelineEntry] = []
    for c in Conversation.select().where(Conversation.customer == customer_id):
        at = c.last_activity_at or c.first_customer_at
        if at is None:
            continue
        entries.append(TimelineEntry(at, "conversation", c.subject, c.status, c.channel,
                                     conversation_id=c.id))
    for o in Order.select().where(Order.customer == customer_id):
        entries.append(TimelineEntry(o.placed_at, "order", o.number, o.status, o.channel,
                                     Decimal(o.total), o.currency, order_id=o.id))
    for s in (Shipment.select(Shipment.id, Shipment.order, Shipment.courier,
                              Shipment.tracking_number, Shipment.status, Shipment.shipped_at,
                              Shipment.delivered_at, Order.number.alias("number"))
              .join(Order).where(Order.customer == customer_id).objects()):
        at = s.delivered_at or s.shipped_at
        if at is None:
            continue
        entries.append(TimelineEntry(at, "parcel", s.tracking_number or s.number,
                                     s.status, s.courier, order_id=s.order_id))
    mine = ((Reminder.customer == customer_id)
            | Reminder.order.in_(Order.select(Order.id).where(Order.customer == customer_id))
            | Reminder.conversation.in_(Conversation.select(Conversation.id)
                                        .where(Conversation.customer == customer_id)))
    for r in Reminder.select().where(mine, Reminder.cancelled_at.is_null()):
        entries.append(TimelineEntry(r.due_at, "reminder", r.note or r.kind,
                                     "done" if r.done_at else "due", r.kind,
                                     conversation_id=r.conversation_id, order_id=r.order_id))
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries


def likely_duplicates(customer: Customer, limit: int = 5) -> list[LikelyDuplicate]:
    """Other customers with the same phone number, then with the same name (any case)."""
    found: dict[int, LikelyDuplicate] = {}
    first_email = (CustomerAddress.select(fn.MIN(CustomerAddress.email))
                   .where(CustomerAddress.customer == Customer.id))
    checks = []
    if customer.phone:
        checks.append(("phone", Customer.phone == customer.phone))
    if customer.name.strip():
        checks.append(("name", fn.LOWER(Customer.name) == customer.name.strip().lower()))
    for reason, cond in checks:
        q = (Customer.select(Customer.id, Customer.name, Customer.phone,
                             first_email.alias("email"))
             .where(cond, Customer.id != customer.id).order_by(Customer.id).limit(limit))
        for r in q.dicts():
            found.setdefault(r["id"], LikelyDuplicate(r["id"], r["name"] or "",
                                                      r["email"] or "", r["phone"] or "",
                                                      reason))
    return list(found.values())[:limit]


def profile(customer_id: int) -> CustomerProfile | None:
    """Everything the profile pane shows of one customer; None when they are gone."""
    c = Customer.get_or_none(Customer.id == customer_id)
    if c is None:
        return None
    emails = [a.email for a in c.addresses.order_by(CustomerAddress.id)]
    return CustomerProfile(c.id, c.name, c.phone, c.address or "", c.language, c.country,
                           c.notes, emails, timeline(c.id), likely_duplicates(c))


@dataclass(frozen=True)
class MergePreview:
    """What a merge of ``other`` into ``keep`` moves, for the confirmation."""

    keep_name: str
    other_name: str
    emails: int
    conversations: int
    orders: int
    reminders: int


def merge_preview(keep_id: int, other_id: int) -> MergePreview:
    keep, other = Customer.get_by_id(keep_id), Customer.get_by_id(other_id)
    return MergePreview(
        keep.name, other.name,
        CustomerAddress.select().where(CustomerAddress.customer == other_id).count(),
        Conversation.select().where(Conversation.customer == other_id).count(),
        Order.select().where(Order.customer == other_id).count(),
        Reminder.select().where(Reminder.customer == other_id).count())
