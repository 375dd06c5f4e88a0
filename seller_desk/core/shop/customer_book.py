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
from datetime import UTC, datetime
from decimal import Decimal

import peewee
from peewee import fn

from seller_desk.core.store import customer_keys, waiting
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    Conversation,
    ConversationTag,
    Customer,
    CustomerAddress,
    Order,
    Reminder,
    Shipment,
    database,
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
    """One page of rows and how many customers match.

    Counting stops two pages past the page read (a count of every match over 50,000
    customers cost more than the page itself): ``exact`` says whether ``total`` is the
    whole count or only "more than ``total - 1``".
    """

    rows: list[CustomerRow]
    total: int
    exact: bool = True


#: how many pages past the one read are counted before the count says "more than"
COUNTED_PAGES = 2


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _prefix(column: peewee.Field, text: str) -> peewee.Expression:
    """Rows whose ``column`` starts with ``text``, found on the column's index.

    SQLite compares text byte by byte, so a range from ``text`` to ``text`` followed by the
    highest character holds exactly the values that start with it, and the range walks the
    index (its LIKE uses no index on a column of the default collation). PostgreSQL's
    collations order text by language rules, where such a range is not exact: there a LIKE
    does it (the team database has a server's processor, and the index helps less there).
    """
    if isinstance(database.obj, peewee.SqliteDatabase):
        return (column >= text) & (column < text + "\U0010ffff")
    return _like(column, f"{_escape(text)}%")


def _escape(text: str) -> str:
    """``text`` read literally in a LIKE pattern: % and _ typed by the seller are no wildcards."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(column: peewee.Node, pattern: str) -> peewee.Node:
    """A case-insensitive LIKE with the escape character said (SQLite has none by default)."""
    op = "LIKE" if isinstance(database.obj, peewee.SqliteDatabase) else "ILIKE"
    return peewee.NodeList((column, peewee.SQL(op), pattern, peewee.SQL("ESCAPE '\\'")))


def _sqlite_lower(text: str) -> str:
    """Lower case as SQLite's ``lower()`` writes ``name_key``: ASCII letters only."""
    if not isinstance(database.obj, peewee.SqliteDatabase):
        return text.lower()
    return "".join(c.lower() if c.isascii() else c for c in text)


def _phone_keys(text: str) -> set[str]:
    """The national digits a typed phone number may begin with.

    "012-345 6789" (a local number with its trunk 0) and "12345" are the national part
    already; "+60 12-345 6789" or "6012345" name their country code first, which is cut
    off as the stored key has it cut off (customer_keys.phone_key).
    """
    digits = _digits(text)
    if len(digits) < 3:
        return set()
    keys = {digits.lstrip("0")}
    if not digits.startswith("0"):
        keys.add(customer_keys.phone_key("+" + digits))
    return {key for key in keys if len(key) >= 2}


def _search_parts(text: str) -> list[peewee.Expression]:
    """What ``text`` finds, each part on an index: the start of the name or (from two
    letters) of its second word, the start of an email address, the phone's national
    digits, an order number (any part of it, from three characters with a digit: numbers
    are short and sit in one index). Each is a condition on the customer row."""
    low = _sqlite_lower(text)
    parts: list[peewee.Expression] = [
        _prefix(Customer.name_key, low),
        Customer.id.in_(CustomerAddress.select(CustomerAddress.customer).where(
            _prefix(CustomerAddress.email, text.lower()))),
    ]
    if len(low) >= 2:
        # from the second word on ("aminah" finds "Siti Aminah"); one letter would match
        # nearly every name and tell the seller nothing
        parts.append(_prefix(Customer.name_rest_key, low))
    for key in sorted(_phone_keys(text)):
        parts.append(_prefix(Customer.phone_key, key))
    if len(text) >= 3 and any(c.isdigit() for c in text):
        # every marketplace's and shop's order numbers hold digits: a name costs no scan
        parts.append(Customer.id.in_(Order.select(Order.customer).where(
            _like(Order.number, f"%{_escape(text)}%"), Order.customer.is_null(False))))
    return parts


def _filters(flt: CustomerFilter) -> list[peewee.Expression]:
    conds: list[peewee.Expression] = []
    if flt.open_orders:
        conds.append(Customer.id.in_(Order.select(Order.customer).where(
            Order.status.in_(OPEN_ORDER_STATUSES))))
    if flt.complaints:
        conds.append(Customer.id.in_(
            Conversation.select(Conversation.customer).join(ConversationTag)
            .where(ConversationTag.tag.in_(COMPLAINT_TAGS))))
    if flt.waiting:
        conds.append(Customer.id.in_(Conversation.select(Conversation.customer)
                                     .where(waiting.condition(utcnow()))))
    return conds


def _first_ids(flt: CustomerFilter, count: int) -> list[int]:
    """The first ``count`` matching ids, the most recently in touch first.

    A search runs each of its parts on its own, each stopping at ``count`` in the list's
    order, and merges them here: the first ``count`` of the union are among the first
    ``count`` of some part, so this is exact, and a part that matches thousands ("s")
    sorts only what it found, never the union of all parts (a UNION under an IN had to be
    built whole before the first row).
    """
    order = (Customer.last_contact_at.desc(), Customer.id.desc())
    base = _filters(flt)
    text = flt.text.strip()
    if not text:
        query = Customer.select(Customer.id)
        if base:
            query = query.where(*base)
        return [i for (i,) in query.order_by(*order).limit(count).tuples()]
    if isinstance(database.obj, peewee.SqliteDatabase):
        # SQLite, without statistics, would walk the last-contact index for the order and
        # test every customer against the part (all 50,000 when nothing matches): a unary
        # plus hides that index, so the part's own index finds the rows and they are sorted
        order = (peewee.NodeList((peewee.SQL("+"), Customer.last_contact_at)).desc(),
                 Customer.id.desc())
    found: dict[int, datetime | None] = {}
    for part in _search_parts(text):
        for contact, i in (Customer.select(Customer.last_contact_at, Customer.id)
                           .where(part, *base).order_by(*order).limit(count).tuples()):
            found[i] = contact
    # the list's order: latest contact first, none after every date, then the newest id
    ranked = sorted(found.items(), key=lambda item: (
        item[1] is not None, item[1] or datetime.min.replace(tzinfo=UTC), item[0]),
        reverse=True)
    return [i for i, _ in ranked[:count]]


def query_customers(flt: CustomerFilter, offset: int = 0, limit: int = 200) -> CustomerPage:
    """One page of customers matching ``flt``, the most recently in touch first.

    The ids are read in order (the kept ``last_contact_at``, then the newest customer) up to
    two pages past this one, which is also the count; then the page's rows with their email
    and counts by primary key. Matching twice (once for the rows, once for a count) cost as
    much as everything else together.
    """
    enough = offset + COUNTED_PAGES * limit
    ids = _first_ids(flt, enough + 1)
    wanted = ids[offset:offset + limit]
    first_email = (CustomerAddress.select(fn.MIN(CustomerAddress.email))
                   .where(CustomerAddress.customer == Customer.id))
    order_count = Order.select(fn.COUNT(Order.id)).where(Order.customer == Customer.id)
    conv_count = (Conversation.select(fn.COUNT(Conversation.id))
                  .where(Conversation.customer == Customer.id))
    found = {r.id: r for r in
             Customer.select(Customer.id, Customer.name, Customer.phone,
                             first_email.alias("email"), Customer.last_contact_at,
                             order_count.alias("orders"), conv_count.alias("conversations"))
             .where(Customer.id.in_(wanted)).objects()} if wanted else {}
    rows = [CustomerRow(r.id, r.name or "", r.email or "", r.phone or "", r.last_contact_at,
                        r.orders, r.conversations)
            for r in (found.get(i) for i in wanted) if r is not None]
    return CustomerPage(rows, len(ids), len(ids) <= enough)


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
