"""Ties each stored message to a customer and to the orders it mentions.

The mail sync calls :func:`after_message_stored` for every new message once it sits in its
conversation. For a typical customer message that mentions no order this costs three small
indexed queries; patterns are compiled once (see :mod:`seller_desk.core.shop.order_numbers`).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.shop import customers, order_numbers, orders
from seller_desk.core.store import events, search
from seller_desk.core.store.bulk import Listed, bulk_insert, chunks, marks, run
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    DIRECTION_IN,
    Account,
    Conversation,
    ConversationOrder,
    Message,
    Order,
    PendingLink,
    database,
)

logger = logging.getLogger(__name__)

_OWN_TTL = 60.0  # seconds: the seller's own addresses change rarely
_own_cache: tuple[float, frozenset[str]] = (0.0, frozenset())

# A few words that tell Malay, Indonesian and English apart in short customer messages.
_WORDS = {
    "ms": {"tak", "nak", "boleh", "hantar", "dah", "macam", "sikit", "betul", "awak",
           "kenapa", "bila", "sampai", "barang", "terima", "kasih", "saya", "kak", "ke",
           "pos", "stok", "ada", "tolong", "semak", "belum", "lagi", "minta", "maaf",
           "sudah", "bayar", "encik", "cik", "puan", "baju", "harga"},
    "id": {"bisa", "tidak", "nggak", "gak", "mau", "kirim", "dikirim", "gimana", "dong",
           "aja", "kapan", "resi", "makasih", "ongkir", "dicek", "cek", "sudah", "belum",
           "barang", "saya", "kak", "kakak", "tolong", "ya", "sampai", "transfer", "terima",
           "kasih", "ada", "minta", "maaf", "pesanan", "harganya", "paket", "mohon"},
    "en": {"the", "and", "is", "you", "please", "thanks", "thank", "my", "order", "i", "it",
           "to", "of", "have", "can", "when", "did", "not", "yet", "hello", "hi", "would",
           "what", "with", "for", "this", "was"},
}
_TOKEN = re.compile(r"[a-z]+")


def detect_language(text: str) -> str:
    """'ms', 'id' or 'en' when the words make it clear, else ""."""
    tokens = _TOKEN.findall((text or "")[:1000].lower())
    if len(tokens) < 3:
        return ""
    # each set's membership test mapped over the words: counted without a Python step each
    scores = {lang: sum(map(words.__contains__, tokens)) for lang, words in _WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < 2 or ranked[0] == ranked[1]:
        return ""
    return best


def _own_addresses() -> frozenset[str]:
    global _own_cache
    stamp, cached = _own_cache
    if time.monotonic() - stamp > _OWN_TTL:
        cached = frozenset(e.lower() for (e,) in Account.select(Account.email).tuples())
        _own_cache = (time.monotonic(), cached)
    return cached


def forget_cached_accounts() -> None:
    """Drop the cached list of the seller's own addresses (after an account is added)."""
    global _own_cache
    _own_cache = (0.0, frozenset())


def after_message_stored(message: Message) -> None:
    """Link a freshly stored message: customer, conversation's customer, orders, language.

    * an incoming, non-automatic sender becomes (or is found as) a Customer, and the
      conversation takes that customer if it has none;
    * order numbers in subject and body link the conversation to existing orders
      (``linked_by="auto"``), except links the seller removed by hand;
    * a marketplace notification (sold, paid, shipped) is read for order facts: a new order
      is created from a "sold" notice, paid and shipped notices move its status;
    * the customer's language is set when the message makes it clear;
    * reminders snoozed "until the customer replies" wake up.

    Never raises for bad data in the message: linking is best effort and logged.
    """
    conv_id = message.conversation_id
    if conv_id is None:
        return
    try:
        with database.atomic():
            _link_message(message, conv_id)
    except ValidationError as exc:
        logger.info("Message %s not linked: %s", message.id, exc.message)


def after_messages_stored(messages: list[Message]) -> None:
    """The batch form of :func:`after_message_stored`, for the sync's batches of mail.

    Same outcome as calling it for each message in date order, with a handful of queries
    per batch instead of several per message: senders are looked up together, order numbers
    are matched together, and sleeping reminders are woken in one statement.
    """
    todo = sorted((m for m in messages if m.conversation_id is not None),
                  key=lambda m: (m.date or m.received_at or utcnow(), m.id or 0))
    if not todo:
        return
    own = _own_addresses()
    senders: dict[int, str] = {}
    normalized: dict[str, str] = {}  # a batch has many messages from the same few senders
    for m in todo:
        raw = m.sender_email
        sender = normalized.get(raw)
        if sender is None:
            sender = normalized[raw] = customers.normalize_email(raw)
        if (m.direction == DIRECTION_IN and not m.is_auto and sender and sender not in own):
            senders[id(m)] = sender
    known = _customers_by_address(set(senders.values()))
    # the senders no customer owns yet, named as they first wrote, created together
    new_senders: dict[str, str] = {}
    for m in todo:
        address = senders.get(id(m))
        if address is not None and address not in known:
            new_senders.setdefault(address, m.sender_name)
    if new_senders:
        known.update(customers.customers_for_new_senders(list(new_senders.items())))
    conv_customer: dict[int, int] = {}
    written: dict[int, list[Message]] = {}  # each customer's messages, in date order
    stored: dict[int, str] = {}  # each customer's language as stored
    for m in todo:
        address = senders.get(id(m))
        if address is None or address not in known:
            continue
        customer_id, stored[customer_id] = known[address]
        conv_customer.setdefault(m.conversation_id, customer_id)
        written.setdefault(customer_id, []).append(m)
    languages: dict[int, str] = {}
    for customer_id, mail in written.items():
        lang = _last_language(mail)
        if lang and lang != stored[customer_id]:
            languages[customer_id] = lang
    with database.atomic():
        _give_customers(conv_customer)
        for customer_id, lang in languages.items():
            _run("language", [lang, customer_id])
        if conv_customer:
            _wake_reminders(set(conv_customer), set(conv_customer.values()))
        _link_batch_orders(todo, normalized)


def _last_language(mail: list[Message]) -> str:
    """The language of the latest of a customer's messages that makes one clear ("" when
    none does): one by one, each message sets the customer's language in turn, so the
    latest clear one is what stays, and the older ones need not be read."""
    for m in reversed(mail):
        lang = m.language or detect_language(m.text_body or m.snippet)
        if lang:
            return lang
    return ""


def _customers_by_address(emails: set[str]) -> dict[str, tuple[int, str]]:

    found: dict[str, tuple[int, str]] = {}
    ordered = sorted(emails)
    for start in range(0, len(ordered), 500):
        part = ordered[start:start + 500]
        sql = ('SELECT a.email, c.id, c.language FROM "customer_address" AS a '
               f'JOIN "customer" AS c ON c.id = a.customer_id WHERE a.email IN ({marks(len(part))})')
        for email, customer_id, language in run(sql, part).fetchall():
            found[email] = (customer_id, language)
    return found


def _give_customers(conv_customer: dict[int, int]) -> None:
    """Give each conversation that has no customer yet its customer: one statement per
    few hundred conversations (a first sync's batch names one per conversation it holds,
    and statement by statement cost more than the writing)."""
    pairs = sorted(conv_customer.items())
    param = database.obj.param if database.obj is not None else "?"
    for start in range(0, len(pairs), 300):  # three parameters each, under SQLite's 999
        part = pairs[start:start + 300]
        cases = " ".join([f"WHEN {param} THEN {param}"] * len(part))
        marks = ", ".join([param] * len(part))
        database.execute_sql(
            f'UPDATE "conversation" SET customer_id = CASE id {cases} END '
            f"WHERE id IN ({marks}) AND customer_id IS NULL",
            [value for pair in part for value in pair] + [conv_id for conv_id, _ in part])


def _has_orders() -> bool:
    """Whether any order is stored (one index step)."""
    return run('SELECT id FROM "order" LIMIT 1').fetchone() is not None


def _wake_reminders(conv_ids: set[int], customer_ids: set[int]) -> None:
    """Wake the reminders snoozed until a reply in these conversations or from these
    customers (SQL text, as the per-message statements below: once per batch of mail)."""
    convs, customers_ = sorted(conv_ids), sorted(customer_ids)
    run('UPDATE "reminder" SET snooze_until_reply = ?, snoozed_until = NULL '
        f"WHERE snooze_until_reply = ? AND (conversation_id IN ({marks(len(convs))}) "
        f"OR customer_id IN ({marks(len(customers_))}))", [False, True, *convs, *customers_])


def _link_batch_orders(todo: list[Message], normalized: dict[str, str]) -> None:
    wanted: dict[int, set[tuple[str, str]]] = {}
    notices: dict[int, set[int]] = {}
    for m in todo:
        if m.direction == DIRECTION_IN and m.is_auto:
            body = m.text_body or m.snippet or ""
            sender = normalized.get(m.sender_email)
            if sender is None:
                sender = customers.normalize_email(m.sender_email)
            facts = order_numbers.read_notice(sender, m.subject, body)
            if facts is not None:
                try:
                    with database.atomic():
                        order = _apply_notice(facts, m)
                except ValidationError as exc:
                    logger.info("Notice in message %s not applied: %s", m.id, exc.message)
                    order = None
                if order is not None:
                    notices.setdefault(id(m), set()).add(order.id)
    # the numbers can only name orders that exist: a shop's first sync, before any order
    # is entered or imported, reads no text for them
    if _has_orders():
        for m in todo:
            body = m.text_body or m.snippet or ""
            for d in order_numbers.detect(m.subject, link_text(body)):
                wanted.setdefault(id(m), set()).add((d.channel, d.number))
    if not wanted and not notices:
        return
    found: dict[tuple[str, str], int] = {}
    numbers = sorted({number for pairs in wanted.values() for _, number in pairs})
    for start in range(0, len(numbers), 500):
        for order_id, channel, number in (
            Order.select(Order.id, Order.channel, Order.number)
            .where(Order.number.in_(Listed(numbers[start:start + 500]))).tuples()
        ):
            found[(channel, number)] = order_id
    for m in todo:
        linked = set(notices.get(id(m), ()))
        linked |= {found[pair] for pair in wanted.get(id(m), ()) if pair in found}
        if linked:
            _link_orders(m.conversation_id, linked, m)


# The hot path runs for every synced message: its statements are written once as SQL
# (peewee would rebuild each query every time, which costs more than running it).
_SQL = {
    "customer": 'SELECT c.id, c.language FROM "customer_address" AS a '
                'JOIN "customer" AS c ON c.id = a.customer_id WHERE a.email = ?',
    "conversation": 'UPDATE "conversation" SET customer_id = ? '
                    'WHERE id = ? AND customer_id IS NULL',
    "language": 'UPDATE "customer" SET language = ? WHERE id = ?',
    "wake": 'UPDATE "reminder" SET snooze_until_reply = ?, snoozed_until = NULL '
            'WHERE snooze_until_reply = ? AND (conversation_id = ? OR customer_id = ?)',
}


def _run(name: str, params: list[object]) -> object:
    sql = _SQL[name]
    if database.obj is not None and database.obj.param != "?":
        sql = sql.replace("?", database.obj.param)
    return database.execute_sql(sql, params)


def link_text(body: str) -> str:
    """The part of a body worth searching for order numbers: the message's own text, before
    the quoted conversation (quoted numbers were linked when their message came)."""
    cut = len(body)
    for marker in ("\n>", "\n-----Original Message", "\n________________"):
        at = body.find(marker)
        if 0 <= at < cut:
            cut = at
    return body[:min(cut, order_numbers.MAX_TEXT)]


def _link_message(message: Message, conv_id: int) -> None:
    incoming = message.direction == DIRECTION_IN
    sender = customers.normalize_email(message.sender_email)
    if incoming and not message.is_auto and sender and sender not in _own_addresses():
        row = _run("customer", [sender]).fetchone()  # type: ignore[attr-defined]
        if row is None:
            created = customers.customer_for_sender(sender, message.sender_name)
            row = (created.id, created.language)
        customer_id, language = row
        _run("conversation", [customer_id, conv_id])
        lang = message.language or detect_language(message.text_body or message.snippet)
        if lang and lang != language:
            _run("language", [lang, customer_id])
        _run("wake", [False, True, conv_id, customer_id])

    body = message.text_body or message.snippet or ""
    linked: set[int] = set()
    if incoming and message.is_auto:
        facts = order_numbers.read_notice(sender, message.subject, body)
        if facts is not None:
            order = _apply_notice(facts, message)
            if order is not None:
                linked.add(order.id)
    detections = order_numbers.detect(message.subject, link_text(body))
    if detections:
        numbers = list({d.number for d in detections})
        wanted = {(d.channel, d.number) for d in detections}
        for order_id, channel, number in (
            Order.select(Order.id, Order.channel, Order.number)
            .where(Order.number.in_(numbers)).tuples()
        ):
            if (channel, number) in wanted:
                linked.add(order_id)
    if not linked:
        return
    _link_orders(conv_id, linked, message)


def _link_orders(conv_id: int, order_ids: set[int], message: Message) -> None:
    existing = {
        row[0] for row in ConversationOrder.select(ConversationOrder.order)
        .where(ConversationOrder.conversation == conv_id).tuples()
    }
    new = order_ids - existing
    if not new:
        return

    refused = orders.was_unlinked(conv_id, sorted(new))
    conv_customer = (Conversation.select(Conversation.customer)
                     .where(Conversation.id == conv_id).scalar())
    when = message.date or utcnow()
    for order_id in sorted(new - refused):
        ConversationOrder.insert(conversation=conv_id, order=order_id, linked_by="auto",
                                 created_at=when).on_conflict_ignore().execute()
        events.record(events.ORDER_LINKED, at=when, conversation=conv_id, order=order_id,
                      message=message, by="auto")
        if conv_customer is not None:
            Order.update(customer=conv_customer).where(
                Order.id == order_id, Order.customer.is_null()).execute()
    if conv_customer is None:
        # a notice-only conversation takes the order's customer, if the order has one
        owner = (Order.select(Order.customer)
                 .where(Order.id.in_(sorted(new - refused)), Order.customer.is_null(False))
                 .scalar())
        if owner is not None:
            Conversation.update(customer=owner).where(Conversation.id == conv_id).execute()


def _apply_notice(facts: order_numbers.NoticeFacts, message: Message) -> Order | None:
    """Bring an order in line with a marketplace notice (best effort)."""

    when = message.date or message.received_at or utcnow()
    order = orders.find_order(facts.number, facts.channel)
    if order is None:
        if facts.amount is None or facts.amount < 0:
            return None
        currency = facts.currency or _default_currency()
        status = {"sold": "awaiting_payment", "paid": "paid", "shipped": "paid"}[facts.kind]
        try:
            order = orders.create_order(
                facts.number, facts.channel,
                [{"title": facts.product or f"{facts.channel.title()} order {facts.number}",
                  "quantity": 1, "unit_price": facts.amount.quantize(Decimal("0.01"))}],
                currency=currency, placed_at=when - timedelta(minutes=1), status=status,
                notes="Created from a marketplace notification: check the items.", at=when,
            )
        except ValidationError as exc:
            logger.info("Notice for %s %s not turned into an order: %s", facts.channel,
                        facts.number, exc.message)
            return None
    if facts.kind == "paid" and order.status == "awaiting_payment":
        orders.change_status(order, "paid", at=max(when, order.placed_at),
                             note="marketplace notification")
    elif facts.kind == "shipped" and order.status in ("paid", "packed"):
        orders.change_status(order, "shipped", at=max(when, order.placed_at),
                             note="marketplace notification")
    return order


def _default_currency() -> str:

    try:
        return str(Settings().get("seller.currency") or "MYR")
    except (OSError, ValueError):
        return "MYR"


def link_order(conversation: Conversation | int, order: Order | int) -> bool:
    """Link an order to a conversation by hand; False when they were linked already."""

    return orders.link_conversation(conversation, order, by="manual")


def unlink_order(conversation: Conversation | int, order: Order | int) -> bool:
    """Remove a link by hand; automatic linking will not re-create it."""

    return orders.unlink_conversation(conversation, order)


def on_messages_stored(notice: events.Notice) -> None:
    """Subscriber: link a stored batch to its customers and orders.

    In a savepoint of the batch's transaction, and never raising: a linking bug must not
    cost the seller the mail it would have linked (it is logged; the mail is stored).
    """
    messages = notice.data["messages"]
    try:
        with database.atomic():
            after_messages_stored(messages)
    except Exception:  # linking must never lose mail; its bug is logged
        logger.exception("Linking failed for a batch of %d messages", len(messages))


# --- linking when the order arrives ------------------------------------------------------

#: numbers looked up in one full-text query (a long OR of phrases is still one index walk)
_NUMBERS_PER_QUERY = 200
_deferred = threading.local()


@contextmanager
def deferred_links() -> Iterator[list[int]]:
    """Collect, instead of link, the orders created or renumbered on this thread.

    The order form saves inside this and hands the collected ids to a worker
    (:func:`link_orders_to_mail`), so the window never waits for the search; an import can
    do the same and link thousands of orders in a few queries rather than one each. Outside
    it, every new or renumbered order is linked at once, in its own transaction, so every
    way an order arrives (the command line, a marketplace notice, an import) gets it.
    """
    outer = getattr(_deferred, "ids", None)
    ids: list[int] = []
    _deferred.ids = ids
    try:
        yield ids
    finally:
        _deferred.ids = outer
        if outer is not None:
            outer.extend(ids)  # nested: the outermost caller links them all


def on_order_numbered(notice: events.Notice) -> None:
    """Subscriber: an order was created, or its number or channel changed: link the stored
    conversations that name it (or collect it, inside :func:`deferred_links`).

    Never raises: the order is saved whatever linking finds; a bug here is logged.
    """
    order_id = notice.order_id
    if order_id is None:
        return
    if notice.kind == orders.ORDER_UPDATED:
        if not notice.data.get("renumbered"):
            return
        _drop_safely(int(order_id))
    _link_now_or_later([order_id])


def _drop_safely(order_id: int) -> None:
    try:
        with database.atomic():
            drop_stale_links(order_id)
    except Exception:  # the order is saved; a linking bug must not undo it
        logger.exception("Checking the links of renumbered order %s failed", order_id)


def drop_stale_links(order_id: int) -> int:
    """Remove the automatic links of an order whose conversation no longer names it (its
    number or channel changed); how many.

    Right after a renumbering, at once (not on a worker): a conversation linked under the
    old number must not go on showing the order. A link the seller made or confirmed by
    hand (``linked_by="manual"``) stays; the removal is recorded as its own kind of event,
    not as the seller's unlinking, so the order gets the link back if its number returns.
    """
    auto = [c for (c,) in ConversationOrder.select(ConversationOrder.conversation)
            .where(ConversationOrder.order == order_id, ConversationOrder.linked_by == "auto")
            .tuples()]
    row = Order.select(Order.channel, Order.number).where(Order.id == order_id).tuples().first()
    if not auto or row is None:
        return 0
    channel, number = row
    still: set[int] = set()
    candidates = search.messages_naming([number])
    for part in chunks(candidates):
        for m in (Message.select(Message.id, Message.conversation, Message.subject,
                                 Message.text_body, Message.snippet)
                  .where(Message.id.in_(list(part)), Message.conversation.in_(auto))):
            body = m.text_body or m.snippet or ""
            if any((d.channel, d.number) == (channel, number)
                   for d in order_numbers.detect(m.subject, link_text(body))):
                still.add(m.conversation_id)
    gone = [c for c in auto if c not in still]
    if gone:
        ConversationOrder.delete().where(ConversationOrder.order == order_id,
                                         ConversationOrder.conversation.in_(gone),
                                         ConversationOrder.linked_by == "auto").execute()
        for conv_id in gone:
            events.record(events.ORDER_LINK_DROPPED, conversation=conv_id, order=order_id,
                          by="auto", number=number, channel=channel)
        logger.info("Order %s renumbered: %d automatic link(s) dropped", order_id, len(gone))
    return len(gone)


def on_orders_numbered(notices: list[events.Notice]) -> None:
    """The batch form of :func:`on_order_numbered` (an import's thousands of orders): one
    search for all of them."""
    ids = [int(n.order_id) for n in notices if n.order_id is not None
           and (n.kind != orders.ORDER_UPDATED or n.data.get("renumbered"))]
    for n in notices:
        if n.kind == orders.ORDER_UPDATED and n.order_id is not None:
            _drop_safely(int(n.order_id))
    if ids:
        _link_now_or_later(ids)


def _link_now_or_later(order_ids: list[int]) -> None:
    pending = getattr(_deferred, "ids", None)
    if pending is not None:
        pending.extend(order_ids)
        return
    try:
        with database.atomic():
            link_orders_to_mail(order_ids)
    except Exception:  # the order is saved; a linking bug must not undo it
        logger.exception("Linking orders %s to stored mail failed", order_ids[:10])


def owe_links(order_ids: Iterable[int]) -> None:
    """Promise, in the caller's transaction, to link these orders to their mail later
    (:func:`link_owed`): an import writes the promise with its orders, so the link step
    survives the app being closed before it ran."""
    ids = sorted({int(i) for i in order_ids})
    stored: list[int] = []
    for part in chunks(ids):  # an order refused after it was collected was rolled back
        stored.extend(o for (o,) in Order.select(Order.id).where(Order.id.in_(list(part)))
                      .tuples())
    bulk_insert(PendingLink, [{"order": i} for i in sorted(stored)], ignore_conflicts=True)


def link_owed() -> int:
    """Link every order whose linking is still owed (:func:`owe_links`), and clear the
    debt in the same transaction; how many links were made. The app runs it on a worker
    at start, an import right after its commit."""
    with database.atomic():
        # read inside the transaction: an import finishing meanwhile links its own
        ids = [o for (o,) in PendingLink.select(PendingLink.order).tuples()]
        if not ids:
            return 0
        made = link_orders_to_mail(ids)
        for part in chunks(ids):
            PendingLink.delete().where(PendingLink.order.in_(list(part))).execute()
    return made


def link_orders_to_mail(order_ids: Iterable[int]) -> int:
    """Link every stored conversation whose mail names one of these orders; the number of
    links made.

    The full-text index finds the messages holding each number (one query per
    :data:`_NUMBERS_PER_QUERY` orders), and the order-number patterns confirm each one as the
    mail sync would have: the number in the channel's format, in the message's own text.
    A link the seller removed stays removed (:func:`orders.was_unlinked`).
    """
    ids = sorted({int(i) for i in order_ids})
    wanted: dict[tuple[str, str], int] = {}
    for start in range(0, len(ids), 500):
        for order_id, channel, number in (
            Order.select(Order.id, Order.channel, Order.number)
            .where(Order.id.in_(ids[start:start + 500])).tuples()
        ):
            wanted[(channel, number)] = order_id
    if not wanted:
        return 0
    numbers = sorted({number for _, number in wanted})
    candidates: set[int] = set()
    for start in range(0, len(numbers), _NUMBERS_PER_QUERY):
        candidates.update(search.messages_naming(numbers[start:start + _NUMBERS_PER_QUERY]))
    if not candidates:
        return 0
    # per conversation: the orders its mail names, and the first message naming them
    found: dict[int, tuple[set[int], Message]] = {}
    ordered = sorted(candidates)
    for start in range(0, len(ordered), 500):
        for m in (Message.select(Message.id, Message.conversation, Message.subject,
                                 Message.text_body, Message.snippet, Message.date,
                                 Message.received_at)
                  .where(Message.id.in_(ordered[start:start + 500]),
                         Message.conversation.is_null(False))):
            body = m.text_body or m.snippet or ""
            named = {wanted[(d.channel, d.number)]
                     for d in order_numbers.detect(m.subject, link_text(body))
                     if (d.channel, d.number) in wanted}
            if not named:
                continue
            conv_id = m.conversation_id
            have, first = found.get(conv_id, (set(), m))
            if (m.date or m.received_at or utcnow()) < (first.date or first.received_at
                                                         or utcnow()):
                first = m
            found[conv_id] = (have | named, first)
    made = 0
    for conv_id in sorted(found):
        named, first = found[conv_id]
        before = ConversationOrder.select().where(ConversationOrder.conversation == conv_id)
        count = before.count()
        _link_orders(conv_id, named, first)
        made += before.count() - count
    if made:
        logger.info("Linked %d conversation(s) to %d order(s) found in stored mail", made,
                    len(ids))
    return made
