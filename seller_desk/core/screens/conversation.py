"""What the conversation screen shows, read in one call: messages, outbox, side panel.

Qt-free: the interface calls these on a worker thread and only lays out what comes back.
Quoted text is split off here (so it can be folded), the HTML of mail not shown before is
cleaned (``mail/ingest/bodies.py``), remote images are blocked unless the seller allowed
them for the sender, and the side panel gathers the customer, their linked
orders with items and shipments (with the courier's tracking link) and open reminders.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, cast

import peewee

from seller_desk.core.answering import compose, drafts
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import inbox
from seller_desk.core.conversations.inbox import write_transaction
from seller_desk.core.mail.ingest import bodies
from seller_desk.core.mail.parse import attribution
from seller_desk.core.mail.parse import html as mail_html
from seller_desk.core.shop import linking, order_numbers, shipping, whatsapp
from seller_desk.core.shop.customers import whatsapp_link
from seller_desk.core.store import events
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    DIRECTION_IN,
    DIRECTION_OUT,
    Account,
    Attachment,
    Conversation,
    ConversationOrder,
    ConversationTag,
    Customer,
    CustomerAddress,
    Message,
    Note,
    Order,
    OrderItem,
    OutboxMessage,
    Reminder,
    SenderPreference,
    Shipment,
    Template,
)
from seller_desk.core.templates import canned as templates
from seller_desk.core.templates import placeholders

logger = logging.getLogger(__name__)


# --- data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentView:
    id: int
    filename: str
    content_type: str
    size: int
    is_inline: bool
    cached: bool


@dataclass(frozen=True)
class MessageView:
    """One message as shown: the new part, the folded quote, and its attachments."""

    id: int
    direction: str
    sender_name: str
    sender_email: str
    to_addrs: str
    cc_addrs: str
    date: datetime | None
    subject: str
    text: str  # what the sender wrote (plain text), quote removed
    quoted_text: str  # the quoted part, folded by default
    html: str  # sanitized HTML, quote removed, remote content blocked unless allowed
    quoted_html: str
    has_remote_content: bool
    remote_allowed: bool
    is_auto: bool
    is_seen: bool
    parse_error: str | None
    attachments: tuple[AttachmentView, ...] = ()
    # the web images the seller allowed for this message: the only ones the viewer fetches
    remote_addresses: frozenset[str] = frozenset()
    # False for a message of an imported WhatsApp chat: it has no mail source to save
    is_mail: bool = True

    @property
    def is_incoming(self) -> bool:
        """Written to the seller (a customer, a marketplace, anyone else)."""
        return self.direction == DIRECTION_IN

    @property
    def is_outgoing(self) -> bool:
        """Written by the seller (sent from Seller Desk or found in their Sent folder)."""
        return self.direction == DIRECTION_OUT


@dataclass(frozen=True)
class OutboxView:
    """A message of this conversation on its way out (or failed)."""

    id: int
    state: str  # queued, sending, sent, failed, cancelled
    subject: str
    recipients: str
    attempts: int
    last_error: str
    created_at: datetime | None
    next_attempt_at: datetime | None


@dataclass
class ConversationData:
    id: int
    subject: str
    status: str
    account_id: int | None
    account_name: str
    account_email: str
    customer_id: int | None
    customer_name: str
    counterpart_email: str
    waiting_since: datetime | None
    snoozed_until: datetime | None
    snooze_until_reply: bool
    tags: list[str]
    messages: list[MessageView]
    outbox: list[OutboxView]
    #: "email", or "whatsapp" for an imported chat (read only: answered in WhatsApp)
    channel: str = "email"
    #: the kind (reply, reply_all, forward, new) of the newest unsent draft, or None: the
    #: page reopens it with the conversation, so nothing typed waits behind a key
    draft_kind: str | None = None


@dataclass(frozen=True)
class ShipmentView:
    id: int
    courier: str
    courier_name: str
    tracking_number: str
    tracking_url: str
    status: str
    shipped_at: datetime | None
    eta: Any  # date or None
    delivered_at: datetime | None


@dataclass(frozen=True)
class OrderItemView:
    title: str
    sku: str
    quantity: int
    unit_price: Decimal


@dataclass(frozen=True)
class OrderView:
    id: int
    number: str
    channel: str
    status: str
    currency: str
    total: Decimal
    placed_at: datetime | None
    paid_at: datetime | None
    items: tuple[OrderItemView, ...]
    shipments: tuple[ShipmentView, ...]


@dataclass(frozen=True)
class ReminderView:
    id: int
    kind: str
    due_at: datetime
    note: str
    overdue: bool
    # made by a follow-up rule: its note is the rule's English text, its kind says it all
    by_rule: bool = False


@dataclass
class SidePanelData:
    conversation_id: int
    customer_id: int | None = None
    customer_name: str = ""
    phone: str = ""
    whatsapp_url: str = ""
    customer_notes: str = ""
    language: str = ""
    addresses: list[str] = field(default_factory=list)
    orders: list[OrderView] = field(default_factory=list)
    reminders: list[ReminderView] = field(default_factory=list)
    notes: list[tuple[datetime, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    other_conversations: int = 0
    #: (channel, number) of orders its mail names that the ledger does not hold yet
    unknown_orders: list[tuple[str, str]] = field(default_factory=list)


# --- quoted text ---------------------------------------------------------------------------

# besides an attribution line ("On ... wrote:", core/mail/parse/attribution.py): the
# Outlook header block and the classic separators
_QUOTE_START = re.compile(
    r"^\s*(?:-{2,}\s*(?:original message|pesan asli|mesej asal)\s*-{2,}|_{10,}\s*$|"
    r"from:\s.{1,200}$)",
    re.IGNORECASE,
)
_FROM_BLOCK_NEXT = re.compile(r"^\s*(?:sent|date|dikirim|tarikh|to|kepada):", re.IGNORECASE)


def split_quoted_text(text: str) -> tuple[str, str]:
    """(what the sender wrote, the quoted earlier mail) for a plain-text body.

    The quote starts at an attribution line ("On ... wrote:", "Pada ... menulis:", an
    "Original Message" separator, an Outlook "From:/Sent:" block) or at a run of ">" lines
    that lasts to the end of the message.
    """
    if not text:
        return "", ""
    lines = text.splitlines()
    cut = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if i > 0 and (attribution.is_attribution(line) or _QUOTE_START.match(line)):
            if line.strip().lower().startswith("from:"):
                following = [x for x in lines[i + 1:i + 4] if x.strip()]
                if not following or not _FROM_BLOCK_NEXT.match(following[0]):
                    continue
            cut = i
            break
        if line.lstrip().startswith(">") and i > 0 and all(
            (not rest.strip()) or rest.lstrip().startswith(">") for rest in lines[i:]
        ):
            cut = i
            break
    if cut is None:
        return text.rstrip(), ""
    head = "\n".join(lines[:cut]).rstrip()
    if not head.strip():  # nothing but a quote: show it all rather than an empty message
        return text.rstrip(), ""
    return head, "\n".join(lines[cut:]).strip("\n")


_HTML_QUOTE_START = re.compile(
    r'<blockquote\b|<div\b[^>]*\bclass="[^"]*\b(?:gmail_quote|yahoo_quoted|moz-cite-prefix)\b'
    r'|<div\b[^>]*\bid="(?:divRplyFwdMsg|appendonsend)"',
    re.IGNORECASE,
)


def split_quoted_html(safe_html: str) -> tuple[str, str]:
    """(new part, quoted part) of sanitized HTML, cut before the first quote block."""
    if not safe_html:
        return "", ""
    m = _HTML_QUOTE_START.search(safe_html)
    if not m:
        return safe_html, ""
    head, tail = safe_html[: m.start()], safe_html[m.start():]
    # take the attribution line ("On ... wrote:") with the quote when it sits just before
    visible = mail_html.html_to_text(head)
    if not visible.strip():
        return safe_html, ""
    last_lines = visible.strip().splitlines()[-1:] if visible.strip() else []
    if last_lines and (attribution.is_attribution(last_lines[0])
                       or _QUOTE_START.match(last_lines[0])):
        idx = _last_block_start(head)
        if idx is not None and mail_html.html_to_text(head[:idx]).strip():
            head, tail = head[:idx], head[idx:] + tail
    return head, tail


def _last_block_start(html: str) -> int | None:
    starts = [m.start() for m in re.finditer(r"<(?:div|p|br)\b", html, re.IGNORECASE)]
    return starts[-1] if starts else None


# --- sender preferences --------------------------------------------------------------------


def remote_content_allowed(sender_email: str) -> bool:
    pref = SenderPreference.get_or_none(SenderPreference.email == sender_email.lower())
    return bool(pref and pref.load_remote_content)


def set_remote_content_allowed(sender_email: str, allowed: bool) -> None:
    """Remember whether images from ``sender_email`` may be loaded."""
    email = sender_email.lower().strip()
    if not email:
        return
    with write_transaction():
        pref, created = SenderPreference.get_or_create(
            email=email, defaults={"load_remote_content": allowed})
        if not created and pref.load_remote_content != allowed:
            pref.load_remote_content = allowed
            pref.save()


# --- loading -------------------------------------------------------------------------------


def load(conversation_id: int, allow_remote_for: set[int] | None = None) -> ConversationData:
    """The conversation with its messages in order and its outgoing mail.

    Args:
        allow_remote_for: message ids whose remote images the seller chose to show once.
    """
    conv = Conversation.get_by_id(conversation_id)
    account = Account.get_or_none(Account.id == conv.account_id) if conv.account_id else None
    customer = Customer.get_or_none(Customer.id == conv.customer_id) if conv.customer_id \
        else None
    msgs = list(Message.select().where(Message.conversation == conversation_id)
                .order_by(Message.date, Message.id))
    bodies.clean_html(msgs)  # mail not shown before has its HTML as received only
    attachments: dict[int, list[AttachmentView]] = {}
    if msgs:
        for a in Attachment.select().where(Attachment.message.in_([m.id for m in msgs])) \
                .order_by(Attachment.id):
            attachments.setdefault(a.message_id, []).append(AttachmentView(
                a.id, a.filename or "attachment", a.content_type, a.size, a.is_inline,
                bool(a.cached_path)))
    senders = {m.sender_email.lower() for m in msgs if m.sender_email}
    allowed_senders = {
        p.email for p in SenderPreference.select().where(
            SenderPreference.email.in_(list(senders)), SenderPreference.load_remote_content)
    } if senders else set()
    once = allow_remote_for or set()
    views = []
    for m in msgs:
        allowed = m.sender_email.lower() in allowed_senders or m.id in once
        text, quoted = split_quoted_text(m.text_body or "")
        if not text and not m.html_body and m.parse_error:
            text = _raw_text(m)
        html, quoted_html = split_quoted_html(m.html_body or "")
        html = mail_html.for_display(html, allowed) if html else ""
        quoted_html = mail_html.for_display(quoted_html, allowed) if quoted_html else ""
        views.append(MessageView(
            id=m.id, direction=m.direction, sender_name=m.sender_name,
            sender_email=m.sender_email, to_addrs=_decoded(m.to_addrs),
            cc_addrs=_decoded(m.cc_addrs),
            date=m.date or m.received_at, subject=m.subject, text=text, quoted_text=quoted,
            html=html, quoted_html=quoted_html,
            has_remote_content=m.has_remote_content or mail_html.has_remote_content(
                m.html_body or ""),
            remote_allowed=allowed, is_auto=m.is_auto, is_seen=m.is_seen,
            parse_error=m.parse_error,
            attachments=tuple(attachments.get(m.id, ())),
            remote_addresses=frozenset(
                mail_html.remote_addresses(html) | mail_html.remote_addresses(quoted_html))
            if allowed else frozenset(),
            is_mail=conv.channel != "whatsapp",
        ))
    outbox = [
        OutboxView(o.id, o.state, o.subject, o.recipients, o.attempts, o.last_error or "",
                   o.created_at, o.next_attempt_at)
        for o in OutboxMessage.select().where(OutboxMessage.conversation == conversation_id,
                                              OutboxMessage.state != "sent",
                                              OutboxMessage.state != "cancelled")
        .order_by(OutboxMessage.id)
    ]
    tags = sorted({t.tag for t in ConversationTag.select(ConversationTag.tag)
                   .where(ConversationTag.conversation == conversation_id)})
    return ConversationData(
        id=conv.id, subject=conv.subject, status=conv.status,
        account_id=conv.account_id, account_name=account.name if account else "",
        account_email=account.email if account else "",
        customer_id=conv.customer_id,
        customer_name=(customer.name if customer else "") or conv.last_sender,
        counterpart_email=conv.counterpart_email,
        waiting_since=conv.waiting_since if conv.status != "closed" else None,
        snoozed_until=conv.snoozed_until, snooze_until_reply=conv.snooze_until_reply,
        tags=tags, messages=views, outbox=outbox, channel=conv.channel or "email",
        draft_kind=next((d.kind for d in drafts.drafts_for(conversation_id)), None),
    )


def _decoded(addresses: str) -> str:
    """Addresses for display: any RFC 2047 encoded names decoded ("=?utf-8?b?...?=")."""
    if "=?" not in (addresses or ""):
        return addresses or ""
    from email.header import decode_header, make_header

    try:
        return str(make_header(decode_header(addresses)))
    except (ValueError, LookupError):
        return addresses


def _raw_text(m: Message) -> str:
    """A message that could not be parsed is shown as its raw text, never dropped."""
    if not m.raw:
        return ""
    import zlib

    try:
        return zlib.decompress(m.raw).decode("utf-8", "replace")[:100_000]
    except zlib.error:
        return ""


def side_panel(conversation_id: int, now: datetime | None = None) -> SidePanelData:
    """The customer, linked orders (items, shipments), reminders and notes."""
    now = now or utcnow()
    conv = Conversation.get_by_id(conversation_id)
    data = SidePanelData(conversation_id=conversation_id)
    data.tags = sorted({t.tag for t in ConversationTag.select(ConversationTag.tag)
                        .where(ConversationTag.conversation == conversation_id)})
    customer = Customer.get_or_none(Customer.id == conv.customer_id) if conv.customer_id \
        else None
    if customer is not None:
        data.customer_id = customer.id
        data.customer_name = customer.name
        data.phone = customer.phone
        data.customer_notes = customer.notes
        data.language = customer.language
        data.whatsapp_url = _whatsapp(customer)
        data.addresses = [a.email for a in CustomerAddress.select(CustomerAddress.email)
                          .where(CustomerAddress.customer == customer.id)
                          .order_by(CustomerAddress.id)]
        data.other_conversations = Conversation.select().where(
            Conversation.customer == customer.id, Conversation.id != conversation_id).count()
    elif conv.counterpart_email:
        data.addresses = [conv.counterpart_email]
        data.customer_name = conv.last_sender
    order_ids = [r[0] for r in ConversationOrder.select(ConversationOrder.order)
                 .where(ConversationOrder.conversation == conversation_id)
                 .order_by(ConversationOrder.id).tuples()]
    data.orders = orders_view(order_ids)
    # this conversation's and its linked orders' reminders, and those about the customer
    # alone (no order, no conversation); never the customer's other orders': those have
    # their own conversations, and listing them here misleads
    about = Reminder.conversation == conversation_id
    if order_ids:
        about = about | Reminder.order.in_(order_ids)
    if customer is not None:
        about = about | ((Reminder.customer == customer.id) & Reminder.order.is_null()
                         & Reminder.conversation.is_null())
    reminder_q = (Reminder.select()
                  .where(Reminder.done_at.is_null(), Reminder.cancelled_at.is_null(), about)
                  .order_by(Reminder.due_at).limit(20))
    data.reminders = [ReminderView(r.id, r.kind, r.due_at, r.note, r.due_at <= now,
                                   r.rule is not None)
                      for r in reminder_q]
    data.notes = [(n.created_at, n.body) for n in
                  Note.select().where(Note.conversation == conversation_id).order_by(Note.id)]
    data.unknown_orders = unknown_orders(conversation_id)
    return data


#: order numbers "not in the ledger yet" the panel lists at most, and messages it reads
MAX_UNKNOWN_ORDERS = 5
_UNKNOWN_SCAN = 50


def unknown_orders(conversation_id: int) -> list[tuple[str, str]]:
    """Order numbers the conversation's mail names (as the linking reads them) that no
    order in the ledger has: (channel, number), first named first, for "Add this order"."""
    named: list[tuple[str, str]] = []
    for m in (Message.select(Message.subject, Message.text_body, Message.snippet)
              .where(Message.conversation == conversation_id)
              .order_by(Message.date, Message.id).limit(_UNKNOWN_SCAN)):
        body = m.text_body or m.snippet or ""
        for d in order_numbers.detect(m.subject, linking.link_text(body)):
            if (d.channel, d.number) not in named:
                named.append((d.channel, d.number))
    if not named:
        return []
    known = {(channel, number) for channel, number in
             Order.select(Order.channel, Order.number)
             .where(Order.number.in_([number for _, number in named])).tuples()}
    return [pair for pair in named if pair not in known][:MAX_UNKNOWN_ORDERS]


def orders_view(order_ids: list[int]) -> list[OrderView]:
    if not order_ids:
        return []
    orders = {o.id: o for o in Order.select().where(Order.id.in_(order_ids))}
    items: dict[int, list[OrderItemView]] = {}
    for it in OrderItem.select().where(OrderItem.order.in_(order_ids)).order_by(OrderItem.id):
        items.setdefault(it.order_id, []).append(
            OrderItemView(it.title, it.sku, it.quantity, it.unit_price))
    shipments: dict[int, list[ShipmentView]] = {}
    for s in Shipment.select().where(Shipment.order.in_(order_ids)).order_by(Shipment.id):
        shipments.setdefault(s.order_id, []).append(ShipmentView(
            s.id, s.courier, courier_name(s.courier), s.tracking_number,
            tracking_url(s.courier, s.tracking_number), s.status, s.shipped_at, s.eta,
            s.delivered_at))
    return [
        OrderView(o.id, o.number, o.channel, o.status, o.currency, o.total, o.placed_at,
                  o.paid_at, tuple(items.get(o.id, ())), tuple(shipments.get(o.id, ())))
        for oid in order_ids if (o := orders.get(oid)) is not None
    ]


def _whatsapp(customer: Customer) -> str:
    return whatsapp_link(customer)


def courier_name(code: str) -> str:
    try:
        return shipping.courier(code).name
    except ValidationError:
        return code


def tracking_url(courier: str, tracking_number: str) -> str:
    """The courier's tracking page for this parcel ("" when unknown)."""
    return shipping.tracking_url(courier, tracking_number)


# --- linking orders ------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderChoice:
    id: int
    number: str
    channel: str
    customer_name: str
    placed_at: datetime | None
    total: Decimal
    currency: str
    status: str


def find_orders(query: str, customer_id: int | None = None, limit: int = 50
                ) -> list[OrderChoice]:
    """Orders to link: matching number or customer name; with no query, the customer's."""
    q = (Order.select(Order.id, Order.number, Order.channel, Customer.name, Order.placed_at,
                      Order.total, Order.currency, Order.status)
         .join(Customer, peewee.JOIN.LEFT_OUTER, on=(Order.customer == Customer.id)))
    query = query.strip().lstrip("#")
    if query:
        like = f"%{query}%"
        q = q.where((Order.number ** like) | (Customer.name ** like))
    elif customer_id is not None:
        q = q.where(Order.customer == customer_id)
    q = q.order_by(Order.placed_at.desc()).limit(limit)
    return [OrderChoice(oid, number, channel, name or "", placed, Decimal(str(total or 0)),
                        currency, status)
            for oid, number, channel, name, placed, total, currency, status in q.tuples()]


def link_order(conversation_id: int, order_id: int) -> bool:
    """Link an order to the conversation by hand; False when it was linked already."""
    try:

        fn = getattr(linking, "link_order", None)
    except ImportError:
        fn = None
    if fn is not None:
        result = fn(conversation_id, order_id)
        return bool(result) if isinstance(result, bool) else True
    with write_transaction():
        created: bool
        _, created = ConversationOrder.get_or_create(
            conversation=conversation_id, order=order_id, defaults={"linked_by": "manual"})
        if created:
            order = Order.get_by_id(order_id)
            conv = Conversation.get_by_id(conversation_id)
            if conv.customer_id is None and order.customer_id is not None:
                conv.customer = order.customer_id
                conv.save()
            events.record(events.ORDER_LINKED, conversation=conversation_id, order=order_id,
                          by="manual")
    return created


def unlink_order(conversation_id: int, order_id: int) -> bool:
    with write_transaction():
        n = ConversationOrder.delete().where(ConversationOrder.conversation == conversation_id,
                                             ConversationOrder.order == order_id).execute()
        if n:
            events.record(events.ORDER_UNLINKED, conversation=conversation_id, order=order_id)
    return bool(n)


def add_note(conversation_id: int, body: str) -> None:
    """A private note: never sent, never moves a clock."""
    body = body.strip()
    if body:
        with write_transaction():
            Note.create(conversation=conversation_id, body=body)


def mark_conversation_read(conversation_id: int) -> list[int]:
    """Mark every customer message of the conversation read (opening it does this)."""

    return inbox.mark_read([conversation_id], True)


def first_unread_customer_message(conversation_id: int) -> int | None:
    m = (Message.select(Message.id).where(Message.conversation == conversation_id,
                                          Message.direction == DIRECTION_IN,
                                          Message.is_seen == False)  # noqa: E712
         .order_by(Message.date).first())
    return m.id if m else None


# --- answering -----------------------------------------------------------------------------


def answer_target(conversation_id: int) -> Message | None:
    """The message a reply answers: the customer's latest (not automatic), else the latest."""
    base = Message.select().where(Message.conversation == conversation_id)
    target = (base.where(Message.direction == DIRECTION_IN, Message.is_auto == False)  # noqa: E712
              .order_by(Message.date.desc(), Message.id.desc()).first())
    return cast("Message | None", target or base.order_by(Message.date.desc(), Message.id.desc()).first())


@dataclass
class Prepared:
    """What the composer starts from: the message being written and the accounts."""

    outgoing: Any  # seller_desk.core.answering.compose.Outgoing
    draft_id: int | None
    accounts: list[tuple[int, str, str]]  # id, name, address
    customer_language: str
    restored: bool = False  # True when an autosaved draft was reopened
    #: placeholders of a reopened draft filled because they became known since it was saved
    filled: list[str] = field(default_factory=list)


def prepare_outgoing(conversation_id: int | None, kind: str, draft_id: int | None = None
                     ) -> Prepared:
    """A reply / reply all / forward to a conversation, or a new message; an unsent draft of
    the same kind is reopened instead, so nothing typed is ever lost."""

    accounts = [(a.id, a.name, a.email) for a in Account.select().order_by(Account.id)]
    restored = False
    out = None
    if draft_id is None and conversation_id is not None:
        for d in drafts.drafts_for(conversation_id):
            if d.kind == kind:
                draft_id = d.id
                break
    filled: list[str] = []
    if draft_id is not None:
        out = drafts.load_draft(draft_id)
        restored = True
        filled = fill_draft_blanks(out)
    elif conversation_id is not None and kind in ("reply", "reply_all", "forward"):
        target = answer_target(conversation_id)
        if target is None:
            out = compose.new_message(conversation=Conversation.get_by_id(conversation_id))
        elif kind == "forward":
            out = compose.forward(target)
        else:
            out = compose.reply(target, all=kind == "reply_all")
    else:
        conv = Conversation.get_by_id(conversation_id) if conversation_id is not None else None
        out = compose.new_message(conversation=conv)
    conv = out.conversation
    language = templates.choose_language(
        customer=conv.customer if conv is not None and conv.customer_id else None,
        conversation=conv) if conv is not None else out.language
    return Prepared(out, draft_id, accounts, language, restored, filled)


def fill_draft_blanks(out: Any) -> list[str]:
    """Fill the blanks of a reopened draft that became known since it was saved (shop
    details set up, an order linked, a tracking number added); returns their names.

    Only ``{placeholder}`` tokens are replaced: what the seller typed stays as typed.
    """
    if not (templates.unfilled(out.text) or templates.unfilled(out.subject)):
        return []
    conv = out.conversation
    ctx = templates.build_context(conv.id if conv is not None else None,
                                  account=out.account, language=out.language or None)
    out.text, in_text = templates.fill_known(out.text, ctx)
    out.subject, in_subject = templates.fill_known(out.subject, ctx)
    return list(dict.fromkeys(in_subject + in_text))


def template_choices(query: str, language: str) -> list[Any]:
    """Templates answering a picker search, best first: name, shortcut, category, text."""
    return templates.search_templates(query, language)


def render_template_for(conversation_id: int | None, template_id: int,
                        language: str | None = None, account_id: int | None = None) -> Any:
    """A template filled from the conversation's customer, linked order and shipment."""

    template = Template.get_by_id(template_id)
    if language and language != template.language:
        template = templates.get_template(template.key, language) or template
    account = Account.get_or_none(Account.id == account_id) if account_id else None
    ctx = templates.build_context(conversation_id, account=account,
                                  language=template.language)
    return templates.render_template(template, ctx)


def template_for_shortcut(shortcut: str, language: str) -> int | None:

    t = templates.find_by_shortcut(shortcut, language)
    return t.id if t is not None else None


def template_shortcuts(language: str) -> list[tuple[str, str]]:
    """(shortcut, name) of every template that has a shortcut, for "/" completion."""

    seen: dict[str, str] = {}
    for t in Template.select(Template.shortcut, Template.name, Template.language) \
            .where(Template.shortcut != "").order_by(Template.shortcut):
        if t.shortcut not in seen or t.language == language:
            seen[t.shortcut] = t.name
    return sorted(seen.items())


# --- WhatsApp chats ----------------------------------------------------------------------


def import_whatsapp_chat(path: str, *, customer_id: int | None = None, phone: str = "",
                         me: str = "", day_first: bool | None = None,
                         cancel: threading.Event | None = None) -> whatsapp.ImportResult:
    """A WhatsApp export into the customer's history (worker thread); see
    :func:`seller_desk.core.shop.whatsapp.import_chat` for what it asks when unsure."""
    return whatsapp.import_chat(path, customer_id=customer_id, customer_phone=phone, me=me,
                                day_first=day_first, cancel=cancel)


@dataclass(frozen=True)
class WhatsAppAnswer:
    """A template filled for the customer, and the wa.me address that carries it."""

    text: str
    url: str  # "" when the customer has no usable phone number
    language: str
    blanks: tuple[str, ...] = ()


def whatsapp_templates(conversation_id: int) -> tuple[str, list[tuple[str, str]]]:
    """The customer's language and the templates offered in it: (key, name) pairs."""
    conv = Conversation.get_by_id(conversation_id)
    customer = Customer.get_or_none(Customer.id == conv.customer_id) if conv.customer_id \
        else None
    language = placeholders.choose_language(customer, conv, Settings())
    rows = templates.list_templates(language) or templates.list_templates()
    return language, [(t.key, t.name) for t in rows]


def whatsapp_answer(conversation_id: int, template_key: str = "", text: str = "") -> WhatsAppAnswer:
    """The answer for WhatsApp: ``template_key`` filled for this conversation's customer in
    their language (same placeholders and language rules as mail), or ``text`` as typed."""
    conv = Conversation.get_by_id(conversation_id)
    customer = Customer.get_or_none(Customer.id == conv.customer_id) if conv.customer_id \
        else None
    ctx = placeholders.build_context(conv, customer=customer)
    blanks: tuple[str, ...] = ()
    if template_key:
        template = templates.get_template(template_key, ctx.language)
        if template is None:
            raise ValidationError("template.gone", hint="template.gone_hint")
        rendered = templates.render_template(template, ctx)
        text = rendered.body
        blanks = tuple(m.name for m in rendered.missing) + rendered.unknown
    url = whatsapp_link(customer, text) if customer is not None else ""
    return WhatsAppAnswer(text, url, ctx.language, blanks)


def record_whatsapp_answer(conversation_id: int, text: str) -> int:
    """The seller says the WhatsApp answer went out: kept in the customer's WhatsApp
    conversation (its clock stops). Returns that conversation's id."""
    conv = Conversation.get_by_id(conversation_id)
    if not conv.customer_id:
        raise ValidationError("whatsapp.customer_needed", hint="whatsapp.customer_needed_hint")
    name = str(Settings().get("seller.name") or "")
    return whatsapp.record_answer(conv.customer_id, text, sender=name)
