"""The data model: mail, conversations, customers, orders, shipments, follow-ups.

All models bind to :data:`database`, a proxy that :func:`seller_desk.core.store.db.open_database`
points at SQLite or PostgreSQL. Times are aware UTC datetimes (:class:`UtcDateTimeField`);
money is ``Decimal`` with its currency beside it.

Deliberate departures from the first design sketch (see README, "Architecture"):

* A :class:`Message` is one email, whatever the number of folders or accounts it sits in;
  each place it sits is a :class:`MessageLocation` (folder + UID + flags). The same mail in
  INBOX and in Gmail's "All Mail", or sent to two of the seller's addresses, is stored and
  counted once, and conversations never show it twice.
* Tags are rows (:class:`ConversationTag`), so "complaints about product X" is a query and
  not a string search.
* The event log stores plain ids, not foreign keys: it is append-only history and must
  outlive the rows it talks about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

import peewee
from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from seller_desk.core.store.fields import JsonField, UtcDateTimeField, utcnow

database = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False

    if TYPE_CHECKING:
        # peewee is untyped to mypy (see pyproject.toml), so every lookup would come back
        # as Any; these say what peewee does give back (the row of the class asked), and
        # exist for the checker only: at run time peewee's own methods answer.
        @classmethod
        def get(cls, *query: object, **filters: object) -> Self: ...

        @classmethod
        def get_by_id(cls, pk: object) -> Self: ...

        @classmethod
        def get_or_none(cls, *query: object, **filters: object) -> Self | None: ...

        @classmethod
        def create(cls, **values: object) -> Self: ...


# --- constants -------------------------------------------------------------------------

SECURITY_CHOICES = ("ssl", "starttls", "none")
FOLDER_ROLES = ("inbox", "sent", "archive", "drafts", "junk", "trash", "other")
DIRECTION_IN, DIRECTION_OUT = "in", "out"
CONVERSATION_STATUSES = ("open", "waiting_customer", "closed")
ORDER_STATUSES = (
    "awaiting_payment",
    "paid",
    "packed",
    "shipped",
    "delivered",
    "completed",
    "cancelled",
    "returned",
    "refunded",
)
CHANNELS = ("ebay", "shopee", "lazada", "tokopedia", "tiktok", "web", "whatsapp", "facebook",
            "other")
SHIPMENT_STATUSES = ("pending", "in_transit", "delivered", "returned", "lost")
OUTBOX_STATES = ("queued", "sending", "sent", "failed", "cancelled")
MESSAGE_KEY_INDEX = "message_message_id_key"
TAGS = ("question", "payment", "shipping", "complaint", "return", "refund", "feedback", "other")


# --- internal bookkeeping ------------------------------------------------------------


class AppMeta(BaseModel):
    """Key/value facts about the database itself (schema version, creation time)."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()


# --- mail ------------------------------------------------------------------------------




class Account(BaseModel):
    """A mailbox the seller reads. The password is in the OS keyring, never here."""

    id = AutoField()
    name = CharField(max_length=200)
    email = CharField(max_length=320, unique=True)
    provider = CharField(max_length=32, default="generic")
    username = CharField(max_length=320)
    imap_host = CharField(max_length=255)
    imap_port = IntegerField(default=993)
    imap_security = CharField(max_length=16, default="ssl")
    smtp_host = CharField(max_length=255, default="")
    smtp_port = IntegerField(default=465)
    smtp_security = CharField(max_length=16, default="ssl")
    smtp_username = CharField(max_length=320, default="")
    # sha256 fingerprint of a self-signed certificate the seller chose to trust
    imap_trusted_fingerprint = CharField(max_length=128, null=True)
    smtp_trusted_fingerprint = CharField(max_length=128, null=True)
    # plain (unencrypted) connections to a non-loopback host need this explicit consent
    allow_insecure = BooleanField(default=False)
    # the provider files sent mail into Sent by itself (Gmail): do not append a copy
    server_saves_sent = BooleanField(default=False)
    sync_window_days = IntegerField(null=True)  # None: the global setting
    # customer mail dated before this is history: stored and listed, but it starts no reply
    # clock (None, accounts from before schema 13: all mail counts)
    counts_from = UtcDateTimeField(null=True)
    # how it logs in: "password" (kept in the keyring), or an OAuth2 provider's key
    # ("microsoft", "google": a refresh token in the keyring; core/mail/connection/oauth.py)
    auth = CharField(max_length=16, default="password")
    enabled = BooleanField(default=True)
    # the demo shop's mailboxes: their mail goes to an in-process stand-in, never to a
    # server, and nothing of theirs connects anywhere (schema 14)
    simulated = BooleanField(default=False)
    color = CharField(max_length=16, default="")
    signature = TextField(default="")
    # the name on this mailbox's From line (None or "": the shop's name, as before schema 14)
    sender_name = CharField(max_length=200, null=True)
    last_sync_at = UtcDateTimeField(null=True)
    last_error = TextField(null=True)
    created_at = UtcDateTimeField(default=utcnow)

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"


class Folder(BaseModel):
    id = AutoField()
    account = ForeignKeyField(Account, backref="folders", on_delete="CASCADE")
    name = CharField(max_length=500)  # the server's name, decoded
    raw_name = CharField(max_length=500, default="")  # as the server sends it (modified UTF-7)
    delimiter = CharField(max_length=4, default="/")
    role = CharField(max_length=16, default="other")
    uidvalidity = peewee.BigIntegerField(null=True)
    uidnext = peewee.BigIntegerField(null=True)
    highestmodseq = peewee.BigIntegerField(null=True)
    message_count = IntegerField(default=0)
    # lowest UID fetched so far: the first sync goes newest first and resumes from here
    lowest_synced_uid = peewee.BigIntegerField(null=True)
    backfill_done = BooleanField(default=False)
    sync_enabled = BooleanField(default=True)
    last_sync_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("account", "name"), True),)


class Customer(BaseModel):
    id = AutoField()
    name = CharField(max_length=300, default="")
    phone = CharField(max_length=40, default="")
    notes = TextField(default="")
    language = CharField(max_length=8, default="")  # en, ms, id ... last used or detected
    country = CharField(max_length=2, default="")
    # where parcels go, as a marketplace export gave it (one line, comma-separated); None
    # or "" when unknown (no default here: rows written by older schema steps leave it out)
    address = TextField(null=True)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)
    # written only by the database's triggers (core/store/customer_keys.py, schema 23): the
    # latest conversation activity (else updated_at), the lower-case name (whole and from
    # its second word) and the national part of the phone, so the customer book sorts and
    # searches on indexes. No Python default: an insert leaves them out (the database's
    # default, then its trigger, fill them), so rows written at an older version still go in
    last_contact_at = UtcDateTimeField(null=True)
    name_key = CharField(max_length=300, constraints=[peewee.SQL("DEFAULT ''")])
    name_rest_key = CharField(max_length=300, constraints=[peewee.SQL("DEFAULT ''")])
    phone_key = CharField(max_length=40, constraints=[peewee.SQL("DEFAULT ''")])

    class Meta:
        # a save that writes a stale copy of the kept columns fires the triggers, which
        # put them right again in the same statement's transaction
        indexes = (
            (("name",), False),
            (("last_contact_at", "id"), False),
            # with the last contact: a search part sorts its matches from the index alone
            (("name_key", "last_contact_at"), False),
            (("name_rest_key", "last_contact_at"), False),
            (("phone_key", "last_contact_at"), False),
        )


class CustomerAddress(BaseModel):
    """One email address of a customer; a customer may have several."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="addresses", on_delete="CASCADE")
    email = CharField(max_length=320, unique=True)  # stored lower-case
    # a marketplace relay address (e.g. Shopee or eBay masking the buyer's own address)
    is_relay = BooleanField(default=False)
    channel = CharField(max_length=16, default="")
    created_at = UtcDateTimeField(default=utcnow)


class Conversation(BaseModel):
    """A thread with one customer. Clock fields are derived from its messages.

    ``waiting_since`` is the time of the oldest customer message no seller reply has
    followed (None when the seller has answered): the inbox sorts on it.
    """

    id = AutoField()
    subject = TextField(default="")
    subject_key = CharField(max_length=300, default="")  # normalised, for thread fallback
    account = ForeignKeyField(Account, null=True, backref="conversations", on_delete="SET NULL")
    customer = ForeignKeyField(
        Customer, null=True, backref="conversations", on_delete="SET NULL"
    )
    status = CharField(max_length=20, default="open")
    snoozed_until = UtcDateTimeField(null=True)
    snooze_until_reply = BooleanField(default=False)
    first_customer_at = UtcDateTimeField(null=True)
    first_reply_at = UtcDateTimeField(null=True)
    resolved_at = UtcDateTimeField(null=True)
    waiting_since = UtcDateTimeField(null=True)
    last_customer_at = UtcDateTimeField(null=True)
    last_reply_at = UtcDateTimeField(null=True)
    last_activity_at = UtcDateTimeField(null=True)
    message_count = IntegerField(default=0)
    unread_count = IntegerField(default=0)
    snippet = TextField(default="")
    last_sender = CharField(max_length=320, default="")  # display name of the latest sender
    counterpart_email = CharField(max_length=320, default="")  # the customer's address
    is_auto = BooleanField(default=False)  # only automatic mail so far (notifications)
    has_attachments = BooleanField(default=False)
    # where the conversation happens: "email", or "whatsapp" for an imported chat (read
    # only here; its reply-time figures are shown apart from email's)
    channel = CharField(max_length=16, default="email")
    created_at = UtcDateTimeField(default=utcnow)
    # reply-time figures in seconds, calendar and business-hours clock (see core/conversations/clocks.py):
    # stored so KPIs over a year aggregate without replaying every conversation
    first_reply_s = IntegerField(null=True)
    first_reply_business_s = IntegerField(null=True)
    resolution_s = IntegerField(null=True)
    resolution_business_s = IntegerField(null=True)
    # a team: the member (Member.id) who answers this customer; None: nobody yet
    assigned_to = IntegerField(null=True, index=True)

    class Meta:
        indexes = (
            (("last_activity_at",), False),
            (("status", "waiting_since"), False),
            (("subject_key",), False),
            # the search box matches part of an address anywhere in it: a scan, but of this
            # small index rather than of the wide conversation rows (1.4 ms against 4.3 ms
            # over 25,000 conversations)
            (("counterpart_email",), False),
            # covering: a year of KPIs reads this index only, never the table
            (("first_customer_at", "first_reply_s", "first_reply_business_s", "resolution_s",
              "resolution_business_s"), False),
        )


# only conversations waiting on the seller (a few among many thousands): the waiting list
# and its fine/warn/breach counts read this small index
Conversation.add_index(Conversation.index(
    Conversation.waiting_since, name="conversation_waiting",
    where=Conversation.waiting_since.is_null(False)))
# the few chats (WhatsApp) among the mail: the reports read their figures apart
Conversation.add_index(Conversation.index(
    Conversation.first_customer_at, name="conversation_chat",
    where=Conversation.channel != "email"))


class Message(BaseModel):
    """One email. Where it sits on the servers is in :class:`MessageLocation`."""

    id = AutoField()
    account = ForeignKeyField(Account, null=True, backref="messages", on_delete="SET NULL")
    conversation = ForeignKeyField(
        Conversation, null=True, backref="messages", on_delete="SET NULL"
    )
    message_id = CharField(max_length=998, default="")  # without angle brackets
    in_reply_to = TextField(default="")
    references = TextField(default="")  # space-separated ids
    sender_name = CharField(max_length=300, default="")
    sender_email = CharField(max_length=320, default="")
    to_addrs = TextField(default="")  # "Name <a@b>, ..." decoded
    cc_addrs = TextField(default="")
    reply_to = TextField(default="")
    subject = TextField(default="")
    date = UtcDateTimeField(null=True)  # the Date header (or arrival when missing)
    received_at = UtcDateTimeField(null=True)  # INTERNALDATE
    direction = CharField(max_length=4, default=DIRECTION_IN)
    is_seen = BooleanField(default=False)
    is_flagged = BooleanField(default=False)
    is_answered = BooleanField(default=False)
    is_auto = BooleanField(default=False)  # auto-generated: never starts a reply clock
    text_body = TextField(default="")
    # sanitized (parse/html.py), or '' until first shown; remote content blocked at display
    html_body = TextField(default="")
    # the HTML as received, kept only until the message is first shown, then cleaned into
    # html_body and emptied (core/mail/ingest/bodies.py): never shown, quoted or sent
    html_unsafe = TextField(default="")
    has_remote_content = BooleanField(default=False)  # of html_body, set when cleaned
    snippet = CharField(max_length=300, default="")
    size = IntegerField(default=0)
    has_attachments = BooleanField(default=False)
    body_fetched = BooleanField(default=False)
    raw = BlobField(null=True)  # zlib-compressed raw message, when kept
    parse_error = TextField(null=True)
    language = CharField(max_length=8, default="")
    created_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = (
            (("conversation", "date"), False),
            (("message_id",), False),
            (("sender_email",), False),
            (("in_reply_to",), False),
        )


# one row per Message-ID (or the stand-in of a message without one): two syncs storing the
# same mailbox at once cannot store a message twice (schema 11). Rows without a key (written
# by hand, never by the sync) are not deduplicated. The plain index above stays for lookups:
# neither SQLite nor PostgreSQL (for IN lists) proves "= x" implies "<> ''", so they would
# not use this partial one to find a message.
Message.add_index(Message.index(
    Message.message_id, unique=True, name=MESSAGE_KEY_INDEX,
    where=Message.message_id != ""))


class MessageLocation(BaseModel):
    """A message's place on a server: folder, UID and that copy's flags."""

    id = AutoField()
    message = ForeignKeyField(Message, backref="locations", on_delete="CASCADE")
    folder = ForeignKeyField(Folder, backref="locations", on_delete="CASCADE")
    uid = peewee.BigIntegerField()
    flags = TextField(default="")  # space-separated IMAP flags
    modseq = peewee.BigIntegerField(null=True)

    class Meta:
        indexes = ((("folder", "uid"), True),)


class UndeliveredMessage(BaseModel):
    """A message its folder lists that the server did not send when asked.

    A damaged file on the server's side makes it refuse that one message (Dovecot even
    closes the connection); a garbled answer may lose one on the way. Without a note the
    folder would either stop at that message for ever or move past it and never ask
    again. Each is fetched again once per sync, on its own, and shown among the mailbox's
    problems in the server's words (``error``) until it arrives or leaves the folder.
    """

    id = AutoField()
    folder = ForeignKeyField(Folder, backref="undelivered", on_delete="CASCADE")
    uid = peewee.BigIntegerField()
    error = TextField(default="")  # what the server said; "" when it just sent nothing
    refused = BooleanField(default=False)  # the server said no (rather than sent nothing)
    attempts = IntegerField(default=1)
    first_failed_at = UtcDateTimeField(default=utcnow)
    last_tried_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("folder", "uid"), True),)


class VanishedCopy(BaseModel):
    """A message that lost a copy (expunged, its folder deleted, or its UIDs dropped with
    an old UIDVALIDITY) and may have to go once the account is in step again.

    Deciding at once lost mail: a copy dropped because the folder's UIDVALIDITY changed is
    found again only when the folder has been fetched again in full (``refetch``), and a
    message moved to another folder is found only when that folder is fetched. The sync
    decides at the end of a sync that was not stopped, for every note whose folder is in
    step (see core/mail/ingest/store.py, settle_vanished).
    """

    id = AutoField()
    account = ForeignKeyField(Account, on_delete="CASCADE")
    message = ForeignKeyField(Message, on_delete="CASCADE")
    folder = ForeignKeyField(Folder, null=True, on_delete="SET NULL")
    refetch = BooleanField(default=False)

    class Meta:
        indexes = ((("account", "refetch"), False), (("message",), False))


class MessageReference(BaseModel):
    """A Message-ID a stored message refers to in its References, other than its
    In-Reply-To (which is on the message row).

    So a message stored before an ancestor it names finds that ancestor's conversation when
    it arrives, even when the message in between is missing (schema 12).
    """

    id = AutoField()
    message = ForeignKeyField(Message, backref="reference_rows", on_delete="CASCADE")
    ref = CharField(max_length=998)

    class Meta:
        indexes = ((("ref",), False),)

    #: a longer reference cannot sit in PostgreSQL's index (an entry holds about 2.7 kB);
    #: a real Message-ID is a few dozen ASCII characters
    MAX_BYTES = 2000

    @classmethod
    def rows_for(cls, message: int, references: list[str], in_reply_to: str,
                 ) -> list[dict[str, object]]:
        """The rows of one message: each reference once, cut to the column, without the
        In-Reply-To (looked up on the message row) and without unindexable giants."""
        refs = {r[:998] for r in references if r}
        refs.discard(in_reply_to[:998])
        return [{"message": message, "ref": r} for r in sorted(refs)
                if len(r.encode("utf-8", "replace")) <= cls.MAX_BYTES]


class Attachment(BaseModel):
    """A part listed from the message structure; the bytes are fetched when asked for."""

    id = AutoField()
    message = ForeignKeyField(Message, backref="attachments", on_delete="CASCADE")
    part = CharField(max_length=64, default="")  # IMAP section number, e.g. "2" or "1.3"
    filename = CharField(max_length=500, default="")
    content_type = CharField(max_length=200, default="application/octet-stream")
    size = IntegerField(default=0)
    content_id = CharField(max_length=500, default="")
    is_inline = BooleanField(default=False)
    cached_path = TextField(null=True)  # relative to the cache folder once fetched


class Note(BaseModel):
    """A private note on a conversation; never sent, never moves a clock."""

    id = AutoField()
    conversation = ForeignKeyField(Conversation, backref="notes", on_delete="CASCADE")
    body = TextField()
    created_at = UtcDateTimeField(default=utcnow)


class ConversationTag(BaseModel):
    id = AutoField()
    conversation = ForeignKeyField(Conversation, backref="tags", on_delete="CASCADE")
    tag = CharField(max_length=32)
    product = CharField(max_length=300, default="")  # the product a complaint concerns
    created_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("conversation", "tag", "product"), True), (("tag", "created_at"), False))


class SenderPreference(BaseModel):
    """Per-sender choices the seller made, such as showing remote images."""

    email = CharField(max_length=320, primary_key=True)
    load_remote_content = BooleanField(default=False)


class NotCustomer(BaseModel):
    """A sender, or everyone at a domain, the seller marked as not a customer.

    Their mail stays stored, listed and searchable, but starts no reply clock (see
    core/conversations/not_customers.py). ``address`` is "name@x.com" for a sender and
    "x.com" for a domain; both are kept lower case.
    """

    id = AutoField()
    address = CharField(max_length=320, unique=True)
    kind = CharField(max_length=10)  # sender or domain
    created_at = UtcDateTimeField(default=utcnow)


# --- orders ----------------------------------------------------------------------------


class Order(BaseModel):
    id = AutoField()
    number = CharField(max_length=100)
    channel = CharField(max_length=16, default="other")
    customer = ForeignKeyField(Customer, null=True, backref="orders", on_delete="SET NULL")
    placed_at = UtcDateTimeField(default=utcnow)
    status = CharField(max_length=20, default="awaiting_payment")
    currency = CharField(max_length=3, default="MYR")
    total = DecimalField(max_digits=14, decimal_places=2, default=0, auto_round=True)
    shipping_fee = DecimalField(max_digits=14, decimal_places=2, default=0, auto_round=True)
    payment_method = CharField(max_length=50, default="")
    payment_due_at = UtcDateTimeField(null=True)
    paid_at = UtcDateTimeField(null=True)
    refunded_amount = DecimalField(max_digits=14, decimal_places=2, default=0, auto_round=True)
    notes = TextField(default="")
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)
    # where this order's parcel goes (several lines); None or "" when unknown, and the
    # papers then use the customer's address (schema 19; older rows have none)
    delivery_address = TextField(null=True)
    # written only by the database's triggers on order_item (core/store/item_summary.py)
    items_text = TextField(default="", constraints=[peewee.SQL("DEFAULT ''")])
    item_count = IntegerField(default=0, constraints=[peewee.SQL("DEFAULT 0")])

    class Meta:
        # save() writes only the fields set on the object, never a stale items summary
        only_save_dirty = True
        indexes = (
            (("channel", "number"), True),
            (("placed_at",), False),
            # covering, grouped columns first: orders per channel and status over a period
            # read this index only, in group order (SQLite skip-scans the period)
            (("channel", "status", "currency", "placed_at", "total", "refunded_amount"), False),
            (("status",), False),
            # the customer book finds a customer by an order number (schema 23)
            (("number", "customer"), False),
        )


class Product(BaseModel):
    """A product in the catalogue (schema 14): order items point at it, so counts and prices
    follow the product and not however its name was typed.

    ``search`` is the name, variant and SKU normalised (core/shop/products.py), what the
    order form's completer matches; it is rewritten with every change of the three.
    """

    id = AutoField()
    name = CharField(max_length=500)
    variant = CharField(max_length=200, default="")
    sku = CharField(max_length=100, default="")
    active = BooleanField(default=True)  # switched off: no longer offered in the order form
    search = TextField(default="")
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)

    class Meta:
        # the completer reads matches from this index alone, in its order, and stops at a
        # dozen (the search text starts with the name, so its order is the names')
        indexes = ((("active", "search"), False),)


class ProductKey(BaseModel):
    """One way order items name a product: ``sku:bs-01`` or ``name:batik scarf blue``.

    A product keeps the keys it had before a rename and those of the products merged into
    it, so an order typed the old way still finds it.
    """

    key = CharField(max_length=600, primary_key=True)
    product = ForeignKeyField(Product, backref="keys", on_delete="CASCADE")


class ProductPrice(BaseModel):
    """The latest price of a product in one currency (``as_of``: the order or edit it came
    from, so an import of older orders never overwrites a newer price)."""

    id = AutoField()
    product = ForeignKeyField(Product, backref="prices", on_delete="CASCADE")
    currency = CharField(max_length=3)
    price = DecimalField(max_digits=14, decimal_places=2, auto_round=True)
    as_of = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("product", "currency"), True),)


class OrderItem(BaseModel):
    id = AutoField()
    order = ForeignKeyField(Order, backref="items", on_delete="CASCADE")
    sku = CharField(max_length=100, default="")
    title = CharField(max_length=500)
    # the catalogue's product (schema 14), set by core/shop/products.py after the item is written
    product = ForeignKeyField(Product, null=True, backref="order_items", on_delete="SET NULL")
    quantity = IntegerField(default=1)
    unit_price = DecimalField(max_digits=14, decimal_places=2, default=0, auto_round=True)


class ConversationOrder(BaseModel):
    id = AutoField()
    conversation = ForeignKeyField(Conversation, backref="order_links", on_delete="CASCADE")
    order = ForeignKeyField(Order, backref="conversation_links", on_delete="CASCADE")
    linked_by = CharField(max_length=8, default="auto")  # auto or manual
    created_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("conversation", "order"), True),)


class Shipment(BaseModel):
    id = AutoField()
    order = ForeignKeyField(Order, backref="shipments", on_delete="CASCADE")
    courier = CharField(max_length=50)  # a code from resources/couriers.json
    tracking_number = CharField(max_length=100, default="")
    shipped_at = UtcDateTimeField(null=True)
    eta = peewee.DateField(null=True)
    delivered_at = UtcDateTimeField(null=True)
    status = CharField(max_length=16, default="pending")
    notes = TextField(default="")
    created_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("status", "eta"), False), (("tracking_number",), False))


# --- follow-ups and answers ------------------------------------------------------------


class Reminder(BaseModel):
    id = AutoField()
    kind = CharField(max_length=32)  # payment, arrival_check, feedback, complaint, manual
    due_at = UtcDateTimeField()
    conversation = ForeignKeyField(
        Conversation, null=True, backref="reminders", on_delete="CASCADE"
    )
    order = ForeignKeyField(Order, null=True, backref="reminders", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, null=True, backref="reminders", on_delete="CASCADE")
    note = TextField(default="")
    rule = CharField(max_length=32, null=True)  # None: made by hand
    # one reminder per rule and subject: running the rules again never duplicates
    rule_key = CharField(max_length=100, null=True, unique=True)
    done_at = UtcDateTimeField(null=True)
    cancelled_at = UtcDateTimeField(null=True)
    snoozed_until = UtcDateTimeField(null=True)
    snooze_until_reply = BooleanField(default=False)
    created_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("done_at", "due_at"), False),)


class Template(BaseModel):
    """A canned response in one language. ``key`` groups the languages of one answer."""

    id = AutoField()
    key = CharField(max_length=64)
    language = CharField(max_length=8, default="en")
    name = CharField(max_length=200)
    category = CharField(max_length=64, default="")
    shortcut = CharField(max_length=32, default="")
    subject = TextField(default="")
    body = TextField(default="")
    is_builtin = BooleanField(default=False)
    updated_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("key", "language"), True), (("shortcut",), False))


class Draft(BaseModel):
    """What the seller is typing, saved as they type, so nothing is lost."""

    id = AutoField()
    account = ForeignKeyField(Account, null=True, on_delete="SET NULL")
    conversation = ForeignKeyField(
        Conversation, null=True, backref="drafts", on_delete="CASCADE"
    )
    kind = CharField(max_length=16, default="reply")  # reply, reply_all, forward, new
    reply_to_message = ForeignKeyField(Message, null=True, on_delete="SET NULL")
    to_addrs = TextField(default="")
    cc_addrs = TextField(default="")
    subject = TextField(default="")
    body = TextField(default="")
    html_body = TextField(default="")
    attachments = JsonField(null=True)  # list of local file paths
    template_key = CharField(max_length=64, null=True)
    updated_at = UtcDateTimeField(default=utcnow)


#: how an automatic status email's ``OutboxMessage.dedup_key`` begins ("auto:shipped:...")
AUTO_KEY_PREFIX = "auto:"


class OutboxMessage(BaseModel):
    """A message on its way out. The raw MIME is final once queued: a retry resends it
    byte for byte, with the same Message-ID, so a copy already delivered can be recognised.
    """

    id = AutoField()
    account = ForeignKeyField(Account, backref="outbox", on_delete="CASCADE")
    conversation = ForeignKeyField(Conversation, null=True, on_delete="SET NULL")
    order = ForeignKeyField(Order, null=True, on_delete="SET NULL")
    message_id = CharField(max_length=998, unique=True)
    raw = BlobField()
    sender = CharField(max_length=320)
    recipients = TextField()  # comma-separated envelope recipients
    subject = TextField(default="")
    state = CharField(max_length=16, default="queued")
    attempts = IntegerField(default=0)
    last_error = TextField(null=True)
    next_attempt_at = UtcDateTimeField(null=True)
    # e.g. "auto:shipped:order:12": an automatic message is queued once per stage
    dedup_key = CharField(max_length=100, null=True, unique=True)
    appended_to_sent = BooleanField(default=False)
    created_at = UtcDateTimeField(default=utcnow)
    sent_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("state", "next_attempt_at"), False),)


class Event(BaseModel):
    """Append-only history: the source of KPIs and the audit trail."""

    id = AutoField()
    at = UtcDateTimeField(default=utcnow)
    kind = CharField(max_length=40)
    conversation_id = IntegerField(null=True)
    message_id = IntegerField(null=True)
    order_id = IntegerField(null=True)
    customer_id = IntegerField(null=True)
    reminder_id = IntegerField(null=True)
    data = JsonField(null=True)

    class Meta:
        indexes = (
            (("kind", "at"), False),
            (("conversation_id",), False),
            (("order_id",), False),
        )


class ChangeLog(BaseModel):
    """What changed that another window shows, one row per thing changed (team mode).

    Written in the same transaction as the change (core/team/changes.py), announced by
    NOTIFY with only the row's id; a window that lost its connection reads the rows after
    the last one it applied. ``entity``: conversation, order, reminder, template,
    setting; ``by``: the person whose window made the change.
    """

    id = AutoField()
    at = UtcDateTimeField(default=utcnow)
    kind = CharField(max_length=40)
    entity = CharField(max_length=20)
    entity_id = IntegerField(null=True)
    by = CharField(max_length=200, null=True)


class Member(BaseModel):
    """A person of a team (core/team/members.py): the name the others see, the sender
    name and signature of their replies, and their database login (which tells whose
    window is whose). Passwords stay in each person's keyring, never here."""

    id = AutoField()
    name = CharField(max_length=200, unique=True)
    sender_name = CharField(max_length=200, default="")
    signature = TextField(default="")
    login = CharField(max_length=200, null=True)
    role = CharField(max_length=20, default="member")  # owner, member
    created_at = UtcDateTimeField(default=utcnow)


class Presence(BaseModel):
    """Who has which conversation open in a team, and whether they are typing a reply.

    One row per open window (``session``: a token of that window's life). A row whose
    heartbeat (``seen_at``) is older than 30 s belongs to a window that went away without
    a word (killed, asleep, offline) and is ignored (core/team/presence.py).
    """

    session = CharField(max_length=64, unique=True)
    name = CharField(max_length=200)
    conversation_id = IntegerField(null=True, index=True)
    typing = BooleanField(default=False)
    opened_at = UtcDateTimeField(null=True)
    seen_at = UtcDateTimeField(default=utcnow)


class StaleConversation(BaseModel):
    """A conversation whose derived fields (clock, counts, snippet) wait to be recomputed.

    The sync stores a batch and recomputes its conversations a little later, in bulk, for
    speed; the promise to do so is written here in the batch's own transaction, so a crash
    in between cannot leave a conversation's clock wrong for good (the next sync keeps it).
    """

    conversation = ForeignKeyField(Conversation, primary_key=True, on_delete="CASCADE")


class PendingLink(BaseModel):
    """An order whose linking to the stored mail naming it is still owed.

    An import writes thousands of orders and links them in one pass after its transaction;
    the promise is written here in that transaction, so closing the app in between costs
    nothing: the next start keeps it (shop/linking.py ``link_owed``).
    """

    order = ForeignKeyField(Order, primary_key=True, on_delete="CASCADE")


#: Every table, in creation order (referenced tables first).
MODELS: list[type[BaseModel]] = [
    AppMeta,
    Account,
    Folder,
    Customer,
    CustomerAddress,
    Conversation,
    Message,
    MessageLocation,
    MessageReference,
    Attachment,
    Note,
    ConversationTag,
    SenderPreference,
    NotCustomer,
    Order,
    Product,
    ProductKey,
    ProductPrice,
    OrderItem,
    ConversationOrder,
    Shipment,
    Reminder,
    Template,
    Draft,
    OutboxMessage,
    Event,
    ChangeLog,
    Presence,
    Member,
    UndeliveredMessage,
    VanishedCopy,
    StaleConversation,
    PendingLink,
]
