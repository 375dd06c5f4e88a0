"""Renumbering an order, or moving it to another channel, takes away the automatic links
made under its old number that no longer match; links the seller made or confirmed stay,
and links the seller removed stay removed (issue 15)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seller_desk.core.screens import orders as order_screen
from seller_desk.core.shop import linking, orders
from seller_desk.core.store import db, events
from seller_desk.core.store.models import Conversation, ConversationOrder, Event, Message

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
OLD, NEW = "261103ABCD0001", "261103ABCD0002"


@pytest.fixture(autouse=True)
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'ledger.sqlite3'}")
    yield d
    d.close()


def conversation(subject: str, body: str) -> int:
    conv = Conversation.create(subject=subject)
    Message.create(conversation=conv, date=T0 + timedelta(minutes=conv.id), direction="in",
                   sender_name="Buyer", sender_email=f"b{conv.id}@example.test", is_auto=False,
                   subject=subject, text_body=body, snippet=body, message_id=f"m{conv.id}@x")
    return int(conv.id)


def linked(order_id: int) -> dict[int, str]:
    return {c.conversation_id: c.linked_by
            for c in ConversationOrder.select().where(ConversationOrder.order == order_id)}


def make_order(number: str = OLD, channel: str = "shopee") -> orders.Order:
    return orders.create_order(number, channel, [{"title": "Batik scarf", "quantity": 1,
                                                  "unit_price": "45.00"}], placed_at=T0)


def test_renumbering_drops_the_automatic_links_of_the_old_number_only():
    auto = conversation(f"Order {OLD}", "Belum sampai")
    confirmed = conversation(f"Re: {OLD}", "Tolong semak")
    by_hand = conversation("Hello", "About my scarf")
    names_new = conversation(f"Order {NEW}", "Where is it?")
    order = make_order()
    assert linked(order.id) == {auto: "auto", confirmed: "auto"}
    linking.link_order(confirmed, order)  # the seller confirmed this one
    linking.link_order(by_hand, order)

    orders.update_order(order, number=NEW)

    assert linked(order.id) == {confirmed: "manual", by_hand: "manual", names_new: "auto"}
    dropped = Event.select().where(Event.kind == events.ORDER_LINK_DROPPED)
    assert [(e.conversation_id, e.order_id) for e in dropped] == [(auto, order.id)]


def test_a_dropped_link_comes_back_with_the_old_number_but_a_removed_one_does_not():
    auto = conversation(f"Order {OLD}", "Belum sampai")
    removed = conversation(f"Pesanan {OLD}", "Sudah bayar")
    order = make_order()
    linking.unlink_order(removed, order)  # the seller: "not this order"

    orders.update_order(order, number=NEW)
    assert linked(order.id) == {}
    orders.update_order(order, number=OLD)  # a typo put right

    assert linked(order.id) == {auto: "auto"}  # not a removal by the seller: it comes back
    assert removed not in linked(order.id)  # the seller's removal holds


def test_moving_an_order_to_another_channel_drops_links_its_number_no_longer_makes():
    shopee = conversation(f"Order {OLD}", "Belum sampai")
    order = make_order()
    assert linked(order.id) == {shopee: "auto"}

    orders.update_order(order, channel="lazada")

    assert linked(order.id) == {}


def test_the_order_form_renumbering_drops_old_links_even_when_linking_waits():
    auto = conversation(f"Order {OLD}", "Belum sampai")
    names_new = conversation(f"Order {NEW}", "Where is it?")
    order = make_order()
    with linking.deferred_links() as later:  # as the order form saves
        orders.update_order(order, number=NEW)
    assert linked(order.id) == {}  # the old link went at once
    assert order_screen.link_to_mail(later) == 1  # the worker's part
    assert linked(order.id) == {names_new: "auto"}
    assert auto not in linked(order.id)
