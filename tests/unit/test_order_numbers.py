"""Order numbers and marketplace notices are recognised by patterns kept as data; linking
ties each stored message to its customer and orders."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from seller_desk.core.demo import texts as demo_texts
from seller_desk.core.shop import customers, linking, order_numbers, orders
from seller_desk.core.store import db, events
from seller_desk.core.store.models import (
    Account,
    Conversation,
    ConversationOrder,
    Customer,
    Message,
    Order,
    Reminder,
)

T0 = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def database():
    d = db.open_database("sqlite:///:memory:")
    order_numbers.reload()
    linking.forget_cached_accounts()
    yield d
    d.close()
    order_numbers.reload()


def found(text: str) -> set[tuple[str, str]]:
    return {(d.channel, d.number) for d in order_numbers.detect(text)}


@pytest.mark.parametrize(("text", "channel", "number"), [
    ("Re: order 12-34567-89012 not received", "ebay", "12-34567-89012"),
    ("Pesanan 251120abcd2345 belum sampai", "shopee", "251120ABCD2345"),
    ("Order No. 123456789012345, please check", "lazada", "123456789012345"),
    ("Nomor INV/20260115/MPL/2927384756 ya kak", "tokopedia", "INV/20260115/MPL/2927384756"),
    ("Hi, about my order #1234 from your shop", "web", "#1234"),
    ("Saya dah bayar WA-0044 tadi", "whatsapp", "WA-0044"),
    ("Pesanan TikTok 576461234567890123 belum dikirim", "tiktok", "576461234567890123"),
])
def test_each_marketplace_format_is_recognised(text, channel, number):
    assert (channel, number) in found(text)


@pytest.mark.parametrize("text", [
    "Call me at +60123456789 or 0123456789",
    "Delivered on 2026-03-02 at 14:05",
    "Amount RM 1,234.50; postcode 20400",
    "colour #ffcc00 and &#1234; entity",
    "tracking EN123456789MY",
    "ref 5764612345678901234 (19 digits) and 57646123456789012 (17)",
])
def test_ordinary_numbers_are_not_order_numbers(text):
    assert found(text) == set()


def test_detection_keeps_the_order_of_appearance_and_drops_repeats():
    text = "#1201 and WA-0002, again #1201"
    assert [d.number for d in order_numbers.detect(text)] == ["#1201", "WA-0002"]


@pytest.mark.parametrize("spec", demo_texts.NOTIFICATIONS)
def test_marketplace_notices_are_read_for_order_facts(spec):
    channel, _name, sender, subject, body = spec
    number = {"ebay": "12-34567-89012", "shopee": "251120ABCD2345",
              "lazada": "123456789012345",
              "tokopedia": "INV/20260115/MPL/2927384756"}[channel]
    currency, amount = ("IDR", "320,000.00") if channel == "tokopedia" else ("MYR", "1,234.50")
    values = {"order": number, "product": "Batik silk scarf", "amount": f"{currency} {amount}"}
    for key, value in values.items():
        subject, body = subject.replace("{" + key + "}", value), body.replace("{" + key + "}", value)
    facts = order_numbers.read_notice(sender, subject, body)
    assert facts is not None
    assert (facts.channel, facts.kind, facts.number) == (channel, "sold", number)
    assert facts.currency == currency
    assert facts.amount == (Decimal("320000") if currency == "IDR" else Decimal("1234.50"))
    assert "Batik silk scarf" in facts.product


def test_a_customer_mail_is_no_notice():
    assert order_numbers.read_notice("budi@gmail.com", "Pesanan baru", "No. Pesanan: 1") is None


@pytest.mark.parametrize(("text", "currency", "value"), [
    ("320.000", "IDR", "320000"), ("1.234,50", "IDR", "1234.50"),
    ("1,234.50", "MYR", "1234.50"), ("320,000.00", "IDR", "320000.00"), ("15", "MYR", "15"),
])
def test_amounts_in_either_convention_are_read(text, currency, value):
    assert order_numbers.parse_amount(text, currency) == Decimal(value)


def test_the_sellers_own_pattern_file_replaces_the_defaults(seller_desk_home):
    data = json.loads(order_numbers.default_path().read_text(encoding="utf-8"))
    data["order_numbers"].append({"channel": "facebook", "name": "FB", "regex": "FB-[0-9]{4}"})
    order_numbers.save_user_patterns(data)
    assert ("facebook", "FB-1234") in found("order FB-1234")
    # a damaged personal file falls back to the defaults instead of stopping the sync
    order_numbers.user_path().write_text("{ not json", encoding="utf-8")
    order_numbers.reload()
    assert found("order FB-1234") == set() and ("web", "#1234") in found("#1234")


def test_a_pattern_that_does_not_compile_is_refused_and_nothing_saved(seller_desk_home):
    data = {"order_numbers": [{"channel": "web", "regex": "(unclosed"}]}
    with pytest.raises(order_numbers.ValidationError):
        order_numbers.save_user_patterns(data)
    assert not order_numbers.user_path().exists()


# --- linking ---------------------------------------------------------------------------


def store(conv: Conversation, sender: str, subject: str, body: str, *, direction: str = "in",
          auto: bool = False, when: datetime = T0, name: str = "") -> Message:
    msg = Message.create(conversation=conv, direction=direction, sender_email=sender,
                         sender_name=name, subject=subject, text_body=body, date=when,
                         is_auto=auto)
    linking.after_message_stored(msg)
    return msg


def test_a_customer_message_links_customer_conversation_order_and_language():
    order = orders.create_order("INV/20260301/MPL/1234567890", "tokopedia",
                                [{"title": "Sarung", "unit_price": "550000"}], currency="IDR",
                                placed_at=T0 - timedelta(days=2))
    conv = Conversation.create(subject="Paket")
    store(conv, "Budi.Santoso@Gmail.com", "Paket INV/20260301/MPL/1234567890",
          "Halo kak, paket saya belum sampai, tolong dicek resi ya. Makasih", name="Budi")
    conv = Conversation.get_by_id(conv.id)
    buyer = Customer.get_by_id(conv.customer_id)
    assert buyer.name == "Budi" and buyer.language == "id"
    link = ConversationOrder.get()
    assert (link.order_id, link.linked_by) == (order.id, "auto")
    assert Order.get_by_id(order.id).customer_id == buyer.id
    assert events.ORDER_LINKED in {e.kind for e in orders.history(order)}


def test_the_sellers_own_and_automatic_senders_never_become_customers():
    Account.create(name="Shop", email="shop@norabatik.my", username="shop", imap_host="x")
    linking.forget_cached_accounts()
    conv = Conversation.create(subject="x")
    store(conv, "shop@norabatik.my", "Copy", "note to self")
    store(conv, "no-reply@shopee.com.my", "Promo", "Sale now", auto=True)
    assert Customer.select().count() == 0


def test_a_link_the_seller_removed_is_not_made_again():
    order = orders.create_order("#1201", "web", [{"title": "Soap"}], placed_at=T0)
    conv = Conversation.create(subject="Order #1201")
    store(conv, "a@x.test", "Order #1201", "Where is it?")
    orders.unlink_conversation(conv, order)
    store(conv, "a@x.test", "Re: Order #1201", "Any news on #1201?", when=T0 + timedelta(hours=3))
    assert ConversationOrder.select().count() == 0


def test_a_sold_notice_creates_the_order_and_a_paid_notice_moves_it():
    conv = Conversation.create(subject="Pesanan baru")
    store(conv, "no-reply@shopee.com.my", "Pesanan baru #251120ABCD2345",
          "No. Pesanan: 251120ABCD2345\nProduk: Batik sarong\nJumlah: RM 149.00", auto=True)
    order = Order.get(Order.number == "251120ABCD2345")
    assert (order.channel, order.currency, order.status) == ("shopee", "MYR", "awaiting_payment")
    assert Decimal(order.total) == Decimal("149.00")
    assert order.items.get().title == "Batik sarong"
    paid = Conversation.create(subject="Pembayaran")
    store(paid, "no-reply@shopee.com.my", "Pembayaran diterima untuk pesanan 251120ABCD2345",
          "No. Pesanan: 251120ABCD2345", auto=True, when=T0 + timedelta(hours=1))
    assert Order.get_by_id(order.id).status == "paid"
    assert ConversationOrder.select().where(ConversationOrder.order == order.id).count() == 2


def test_a_reply_wakes_reminders_snoozed_until_the_customer_writes():
    buyer = customers.customer_for_sender("rina@gmail.com")
    conv = Conversation.create(subject="Hadiah", customer=buyer)
    reminder = Reminder.create(kind="manual", due_at=T0, note="Follow up", customer=buyer,
                               snooze_until_reply=True, snoozed_until=T0)
    store(conv, "rina@gmail.com", "Re: Hadiah", "Sudah sampai kak, bagus sekali")
    assert Reminder.get_by_id(reminder.id).snooze_until_reply is False


def test_linking_a_plain_customer_message_costs_a_handful_of_queries(database):
    conv = Conversation.create(subject="Colour")
    store(conv, "weiming.tan@yahoo.com", "Colour", "Hello")  # the first one also caches
    msg = Message.create(conversation=conv, direction="in", sender_email="weiming.tan@yahoo.com",
                         subject="Colour of the scarf", text_body="Is it indigo or navy?",
                         date=T0)
    statements: list[str] = []
    original = database.execute_sql

    def counting(sql, *args, **kwargs):
        statements.append(sql)
        return original(sql, *args, **kwargs)

    database.execute_sql = counting
    try:
        linking.after_message_stored(msg)
    finally:
        del database.execute_sql
    data = [s for s in statements if not s.upper().startswith(("SAVEPOINT", "RELEASE",
                                                               "BEGIN", "COMMIT"))]
    assert 1 <= len(data) <= 4, data


def test_numbers_in_the_quoted_conversation_are_not_searched_again():
    assert linking.link_text("Thanks!\n> Your order #1201 has shipped") == "Thanks!"
    orders.create_order("#1201", "web", [{"title": "Soap"}], placed_at=T0)
    conv = Conversation.create(subject="Thanks")
    store(conv, "a@x.test", "Thanks", "Got it, thanks!\n\n> Your order #1201 has shipped")
    assert ConversationOrder.select().count() == 0
