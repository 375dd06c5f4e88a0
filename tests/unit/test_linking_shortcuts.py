"""The batch linking skips work whose outcome is known, and still ends where linking one
message at a time ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seller_desk.core.shop import linking, order_numbers, orders
from seller_desk.core.store import db
from seller_desk.core.store.models import (
    Account,
    Conversation,
    ConversationOrder,
    Customer,
    CustomerAddress,
    Message,
    database,
)

T0 = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)
MALAY = "Kak, barang dah sampai ke? Terima kasih"
ENGLISH = "Hello, when will my order arrive? Thank you"
UNCLEAR = "ok"

# (hours after T0, sender, body)
MAIL = [(0, "siti@x.test", MALAY), (1, "siti@x.test", ENGLISH), (2, "siti@x.test", UNCLEAR),
        (3, "budi@y.test", ENGLISH), (4, "budi@y.test", MALAY),
        (5, "ani@z.test", ENGLISH), (6, "ani@z.test", UNCLEAR)]


def build(path, stored_language: str):
    opened = db.open_database(f"sqlite:///{path}")
    Account.create(name="Shop", email="shop@x.test", username="shop", imap_host="127.0.0.1")
    linking.forget_cached_accounts()
    # Ani is known already, her language stored
    ani = Customer.create(name="Ani", language=stored_language)
    from seller_desk.core.shop import customers

    customers._add_address_row(ani, "ani@z.test")
    conv = Conversation.create(subject="c")
    mail = [Message.create(conversation=conv, date=T0 + timedelta(hours=h), direction="in",
                           sender_email=sender, text_body=body, snippet=body[:100],
                           subject="Order #1201", message_id=f"m{h}@x")
            for h, sender, body in MAIL]
    return opened, mail


@pytest.mark.parametrize("stored", ["", "en", "ms"])
def test_languages_match_linking_one_message_at_a_time(tmp_path, stored):
    found = []
    for name, batch in (("one", False), ("batch", True)):
        opened, mail = build(tmp_path / f"{name}.sqlite3", stored)
        if batch:
            linking.after_messages_stored(mail)
        else:
            for m in mail:
                linking.after_message_stored(m)
        found.append(sorted((c.name, c.language) for c in Customer.select()))
        opened.close()
    assert found[1] == found[0]
    assert ("", "en") in found[1]  # Siti's latest clear message is in English


def test_mail_is_read_for_order_numbers_only_when_orders_exist(tmp_path, monkeypatch):
    opened, mail = build(tmp_path / "o.sqlite3", "")
    calls = []
    real = order_numbers.detect

    def counting(*texts, **kw):
        calls.append(texts)
        return real(*texts, **kw)

    monkeypatch.setattr(order_numbers, "detect", counting)
    with database.atomic():
        linking.after_messages_stored(mail[:3])
    assert calls == []  # no order stored: nothing to link to
    orders.create_order("#1201", "web", [{"title": "Scarf", "quantity": 1,
                                          "unit_price": "89.00"}], placed_at=T0)
    calls.clear()  # the new order was linked to the mail stored before
    with database.atomic():
        linking.after_messages_stored(mail[3:])
    assert len(calls) == 4
    assert ConversationOrder.select().count() == 1
    opened.close()


def test_conversations_take_their_customer_together_and_keep_one_they_have(tmp_path):
    opened = db.open_database(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    Account.create(name="Shop", email="shop@x.test", username="shop", imap_host="127.0.0.1")
    linking.forget_cached_accounts()
    owner = Customer.create(name="Owner")
    convs = [Conversation.create(subject=f"c{i}") for i in range(320)]  # two statements
    Conversation.update(customer=owner).where(Conversation.id == convs[7].id).execute()
    mail = [Message.create(conversation=conv, date=T0 + timedelta(minutes=i), direction="in",
                           sender_email=f"buyer{i % 150}@x.test", snippet=UNCLEAR,
                           message_id=f"m{i}@x")
            for i, conv in enumerate(convs)]
    with database.atomic():
        linking.after_messages_stored(mail)
    owners = dict(Conversation.select(Conversation.id, Conversation.customer).tuples())
    by_address = dict(CustomerAddress.select(CustomerAddress.email,
                                             CustomerAddress.customer).tuples())
    assert owners[convs[7].id] == owner.id
    for i, conv in enumerate(convs):
        if i != 7:
            assert owners[conv.id] == by_address[f"buyer{i % 150}@x.test"]
    opened.close()


@pytest.mark.parametrize(("text", "language"), [
    ("Kak, barang dah sampai ke? Tak sampai lagi", "ms"),
    ("Kak, paketnya belum sampai, tolong dicek ya", "id"),
    ("Hello, when will my order ship? Thanks", "en"),
    ("ok", ""),  # too few words to tell
    ("saya ada barang", ""),  # as Malay as Indonesian
    ("zzz yyy xxx www", ""),  # no known word
])
def test_a_messages_language_is_the_one_most_of_its_known_words_belong_to(text, language):
    assert linking.detect_language(text) == language
