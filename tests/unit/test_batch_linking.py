"""The sync's batch paths give exactly what the one-message paths give."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seller_desk.core.conversations import state as conversations
from seller_desk.core.shop import customers, linking, orders
from seller_desk.core.store import db
from seller_desk.core.store.models import (
    Conversation,
    ConversationOrder,
    Customer,
    CustomerAddress,
    Event,
    Message,
    Reminder,
    database,
)

T0 = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)

# (conversation index, hours after T0, direction, sender, is_auto, subject, body)
SCRIPT = [
    (0, 0, "in", "Siti <siti@example.test>", False, "Pesanan #1201", "Kak, barang dah sampai ke?"),
    (0, 2, "out", "Shop <shop@example.test>", False, "Re: Pesanan #1201", "Sudah pos semalam"),
    (0, 30, "in", "siti@example.test", False, "Re: Pesanan #1201", "Terima kasih kak"),
    (1, 1, "in", "Budi <budi@example.test>", False, "Order 261001ABCDEFGH",
     "Kak, paket saya belum sampai, tolong dicek ya"),
    (2, 3, "in", "noreply@tokopedia.com", True, "Pesanan Baru INV/20261001/MPL/1234567890",
     "Ada pesanan baru"),
    (3, 4, "in", "Hannah <h@example.test>", False, "Question", "Is the scarf silk? Thanks"),
    (3, 5, "out", "Shop <shop@example.test>", False, "Re: Question", "Yes it is"),
    (3, 6, "in", "h@example.test", False, "Re: Question", "Great, I will order"),
    # a buyer behind a marketplace's relay address: a customer whose address is a relay
    (1, 7, "in", "Ani <ani.x7k2@members.ebay.com>", False, "Re: Order 261001ABCDEFGH",
     "Hello, any update please?"),
]


def build(tmp_path, name):
    database_ = db.open_database(f"sqlite:///{tmp_path / name}.sqlite3")
    from seller_desk.core.store.models import Account

    Account.create(name="Shop", email="shop@example.test", username="shop",
                   imap_host="127.0.0.1")
    linking.forget_cached_accounts()
    orders.create_order("#1201", "web", [{"title": "Batik scarf", "quantity": 1,
                                          "unit_price": "89.00"}], placed_at=T0 - timedelta(days=3))
    convs = [Conversation.create(subject=f"c{i}") for i in range(4)]
    sleeper = Reminder.create(kind="manual", due_at=T0 + timedelta(days=9), note="wake",
                              conversation=convs[3], snooze_until_reply=True,
                              snoozed_until=T0)
    messages = []
    for conv_i, hours, direction, sender, auto, subject, body in SCRIPT:
        name_, _, addr = sender.rpartition(" ")
        messages.append(Message.create(
            conversation=convs[conv_i], date=T0 + timedelta(hours=hours), direction=direction,
            sender_name=name_.strip(), sender_email=addr.strip("<>"), is_auto=auto,
            subject=subject, text_body=body, snippet=body[:100], message_id=f"m{hours}@x"))
    return database_, convs, messages, sleeper


def snapshot(convs, sleeper):
    state = []
    for conv in Conversation.select().order_by(Conversation.id):
        state.append((conv.customer_id, conv.waiting_since, conv.first_reply_at,
                      conv.message_count, conv.unread_count, conv.snippet, conv.status,
                      conv.first_reply_s))
    links = sorted(ConversationOrder.select(ConversationOrder.conversation,
                                            ConversationOrder.order).tuples())
    people = sorted((c.name, c.language) for c in Customer.select())
    addresses = sorted((a.email, a.customer_id, a.is_relay, a.channel)
                       for a in CustomerAddress.select())
    kinds = sorted((e.kind, e.conversation_id, e.at) for e in Event.select()
                   if e.kind.startswith("clock") or e.kind == "order_linked")
    # the customers the linking made, in the same order, each with its event
    kinds += sorted((e.kind, e.customer_id, tuple(sorted((e.data or {}).items())))
                    for e in Event.select() if e.kind == customers.CUSTOMER_CREATED)
    woken = Reminder.get_by_id(sleeper.id).snooze_until_reply
    return state, links, people, addresses, kinds, woken


@pytest.fixture
def pair(tmp_path):
    results = []
    for name, batch in (("single", False), ("batch", True)):
        _database, convs, messages, sleeper = build(tmp_path, name)
        if batch:
            conversations.refresh_many([c.id for c in convs])
            linking.after_messages_stored(messages)
        else:
            for conv in convs:
                conversations.refresh(conv)
            for message in sorted(messages, key=lambda m: m.date):
                linking.after_message_stored(message)
        results.append(snapshot(convs, sleeper))
        database.close()
    return results


def test_batch_refresh_and_linking_match_the_one_by_one_paths(pair):
    single, batch = pair
    assert batch == single


def test_the_batch_links_customers_orders_and_wakes_reminders(pair):
    state, links, people, addresses, kinds, woken = pair[1]
    assert addresses == [("ani.x7k2@members.ebay.com", 4, True, "ebay"),
                         ("budi@example.test", 2, False, ""),
                         ("h@example.test", 3, False, ""),
                         ("siti@example.test", 1, False, "")]
    assert ("Siti", "ms") in people
    assert links and all(len(link) == 2 for link in links)
    assert woken is False
    assert any(k[0] == "clock_stopped" for k in kinds)
    assert state[0][1] is not None  # Siti wrote again after the reply: waiting
