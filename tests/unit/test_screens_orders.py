"""The order screens' facade (core/screens/orders.py), without Qt: the customer picker, the
order form's save in one transaction, status changes with their emails, suggested numbers,
the order detail and the orders waiting for a parcel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import clocks
from seller_desk.core.followups import auto_email
from seller_desk.core.mail.connection import accounts
from seller_desk.core.screens import orders as view
from seller_desk.core.shop import customers, orders, shipping
from seller_desk.core.store import db, events
from seller_desk.core.store.models import (
    Conversation,
    ConversationOrder,
    Customer,
    Message,
    Order,
    OutboxMessage,
)
from seller_desk.core.templates import canned as templates

KL = clocks.ClockPolicy(country="MY", subdivision="", timezone="Asia/Kuala_Lumpur")
T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
SCARF = orders.ItemInput("Batik silk scarf", 2, Decimal("89.00"), "BTK-SCF-01")


@pytest.fixture(autouse=True)
def database():
    d = db.open_database("sqlite:///:memory:")
    clocks.set_policy(KL)
    templates.install_defaults()
    yield d
    clocks.set_policy(None)
    d.close()


@pytest.fixture
def aisyah() -> Customer:
    return customers.create_customer("Aisyah Rahman", ["aisyah@example.com"],
                                     phone="012-345 6789", country="MY")


def form(number: str = "#1201", **kw) -> view.OrderForm:
    kw.setdefault("placed_at", T0)
    return view.OrderForm(number=number, channel=kw.pop("channel", "web"),
                          items=kw.pop("items", [SCARF]), **kw)


# --- the customer picker -------------------------------------------------------------------


def test_customers_are_found_by_name_address_or_phone_names_starting_first(aisyah):
    customers.create_customer("Nur Aisyah", ["nur@example.com"])
    customers.create_customer("Budi Santoso", ["budi@example.net"], phone="+62 812 3456 7890")
    assert [c.name for c in view.search_customers("aisyah")] == ["Aisyah Rahman", "Nur Aisyah"]
    assert [c.name for c in view.search_customers("example.net")] == ["Budi Santoso"]
    assert [c.name for c in view.search_customers("6281234")] == ["Budi Santoso"]
    assert view.search_customers("nobody") == []
    assert len(view.search_customers("", limit=2)) == 2


def test_a_customer_choice_shows_name_and_address(aisyah):
    choice = view.customer_choice(aisyah.id)
    assert choice == view.CustomerChoice(aisyah.id, "Aisyah Rahman", "aisyah@example.com",
                                         "+60123456789")
    assert choice.label() == "Aisyah Rahman <aisyah@example.com>"
    assert view.CustomerChoice(1, "", "", "+60123").label() == "+60123"
    assert view.customer_choice(999_999) is None


def test_a_new_order_from_a_conversation_knows_the_sender(aisyah):
    known = Conversation.create(subject="Order", customer=aisyah,
                                counterpart_email="aisyah@example.com")
    start = view.from_conversation(known.id)
    assert start.customer is not None and start.customer.id == aisyah.id
    stranger = Conversation.create(subject="Nak order", counterpart_email="siti@example.com")
    Message.create(conversation=stranger, direction="out", date=T0, sender_name="Nora")
    Message.create(conversation=stranger, direction="in", date=T0 + timedelta(hours=1),
                   sender_name="Siti Aminah", sender_email="siti@example.com")
    start = view.from_conversation(stranger.id)
    assert (start.customer, start.name, start.email, start.channel) == (
        None, "Siti Aminah", "siti@example.com", "")


# --- saving the form -----------------------------------------------------------------------


def test_a_new_customer_and_their_order_are_saved_together(aisyah):
    conv = Conversation.create(subject="Nak order", counterpart_email="siti@example.com")
    order = view.save_order(form(new_customer=view.NewCustomer(
        "Siti Aminah", "siti@example.com", "013-222 3333"), conversation_id=conv.id,
        shipping_fee="8.00"))
    siti = Customer.get(Customer.name == "Siti Aminah")
    assert order.customer_id == siti.id and siti.phone == "+60132223333"
    assert Decimal(order.total) == Decimal("186.00")
    assert ConversationOrder.get(ConversationOrder.order == order.id).conversation_id == conv.id


def test_a_refused_order_leaves_no_stray_customer(aisyah):
    before = Customer.select().count()
    with pytest.raises(ValidationError) as err:
        view.save_order(form(items=[orders.ItemInput("", 1, Decimal("5"))],
                             new_customer=view.NewCustomer("Siti Aminah", "siti@example.com")))
    assert err.value.field == "items[0].title"
    assert Customer.select().count() == before and Order.select().count() == 0


def test_saving_an_existing_order_updates_it_and_moves_its_status(aisyah):
    order = view.save_order(form(customer_id=aisyah.id))
    changed = view.save_order(form(items=[SCARF, orders.ItemInput("Pandan soap", 1,
                                                                 Decimal("25.00"))],
                                   customer_id=aisyah.id, status="paid",
                                   payment_method="DuitNow QR", notes="Gift wrap"),
                              order_id=order.id)
    assert changed.id == order.id and changed.status == "paid"
    assert (changed.payment_method, changed.notes) == ("DuitNow QR", "Gift wrap")
    assert Decimal(changed.total) == Decimal("203.00")
    assert Order.select().count() == 1


def test_a_status_email_follows_the_saved_status_only_when_switched_on(aisyah):
    accounts.add_account("Web shop", "hello@norabatik.my")
    settings = Settings()
    settings.set("seller.name", "Nora")
    settings.set("seller.shop_name", "Nora Batik")
    first = view.save_order(form("#1201", customer_id=aisyah.id, status="paid"))
    assert OutboxMessage.select().count() == 0  # switched off: nothing queued
    settings.set("auto_email.paid", True)
    second = view.save_order(form("#1202", customer_id=aisyah.id, status="paid"))
    [queued] = OutboxMessage.select()
    assert queued.dedup_key == auto_email.dedup_key(second.id, "paid")
    assert "#1202" in queued.subject and first.id != second.id


def test_change_status_follows_the_pipeline_and_sends_the_stage_email(aisyah):
    accounts.add_account("Web shop", "hello@norabatik.my")
    settings = Settings()
    settings.set("seller.name", "Nora")
    settings.set("seller.shop_name", "Nora Batik")
    settings.set("auto_email.paid", True)
    order = view.save_order(form(customer_id=aisyah.id))
    with pytest.raises(ValidationError):
        view.change_status(order.id, "delivered")
    assert Order.get_by_id(order.id).status == "awaiting_payment"
    paid = view.change_status(order.id, "paid")
    assert paid.status == "paid"
    assert OutboxMessage.get(OutboxMessage.dedup_key == auto_email.dedup_key(order.id, "paid"))
    view.change_status(order.id, "packed")  # the same stage: no second email
    assert OutboxMessage.select().count() == 1


def test_numbers_are_suggested_for_channels_without_their_own():
    assert view.suggest_number("whatsapp") == "WA-0001"
    view.save_order(form("WA-0007", channel="whatsapp"))
    view.save_order(form("WA-note", channel="whatsapp"))  # not a number of ours
    view.save_order(form("FB-0100", channel="facebook"))
    assert view.suggest_number("whatsapp") == "WA-0008"
    assert view.suggest_number("facebook") == "FB-0101"
    assert view.suggest_number("other") == "ORD-0001"
    assert view.suggest_number("shopee") == ""  # the marketplace numbers its orders


# --- detail --------------------------------------------------------------------------------


def test_the_order_detail_gathers_items_parcels_conversations_and_history(aisyah):
    conv = Conversation.create(subject="Scarf", customer=aisyah, last_activity_at=T0)
    order = view.save_order(form(customer_id=aisyah.id, conversation_id=conv.id,
                                 items=[SCARF, orders.ItemInput("Pandan soap", 3,
                                                                Decimal("25.00"), "SOAP")],
                                 shipping_fee="8.00", payment_method="GrabPay"))
    view.change_status(order.id, "paid")
    shipping.add_shipment(order.id, "poslaju", "EN123456789MY",
                          shipped_at=T0 + timedelta(days=1))
    detail = view.order_detail(order.id)
    assert (detail.number, detail.status, detail.currency) == ("#1201", "shipped", "MYR")
    assert detail.customer is not None and detail.customer.name == "Aisyah Rahman"
    assert [(i.title, i.quantity, i.total) for i in detail.items] == [
        ("Batik silk scarf", 2, Decimal("178.00")), ("Pandan soap", 3, Decimal("75.00"))]
    assert detail.subtotal == Decimal("253.00")
    assert detail.total == Decimal("261.00") and detail.shipping_fee == Decimal("8.00")
    assert detail.refunded_amount == Decimal(0) and detail.payment_method == "GrabPay"
    [parcel] = detail.shipments
    assert (parcel.courier, parcel.tracking_number, parcel.status) == (
        "poslaju", "EN123456789MY", "in_transit")
    assert parcel.courier_name == shipping.courier("poslaju").name
    assert parcel.tracking_url.endswith("/EN123456789MY") and parcel.eta is not None
    assert [c.id for c in detail.conversations] == [conv.id]
    kinds = [h.kind for h in detail.history]
    assert {events.ORDER_CREATED, events.ORDER_STATUS, events.SHIPMENT_CREATED} <= set(kinds)
    assert [h.at for h in detail.history] == sorted(h.at for h in detail.history)
    assert detail.next_statuses == orders.allowed_transitions("shipped")


def test_orders_to_ship_are_the_paid_or_packed_ones_without_a_parcel(aisyah):
    waiting = view.save_order(form("#1", customer_id=aisyah.id, status="paid"))
    packed = view.save_order(form("#2", status="packed", placed_at=T0 + timedelta(hours=1)))
    view.save_order(form("#3", status="awaiting_payment"))
    sent = view.save_order(form("#4", status="paid"))
    shipping.add_shipment(sent.id, "poslaju", "EN123456789MY")
    assert view.orders_to_ship() == [(waiting.id, "#1", "Aisyah Rahman"), (packed.id, "#2", "")]
    assert view.orders_to_ship(limit=1) == [(waiting.id, "#1", "Aisyah Rahman")]


# --- delivery addresses (schema 19) -------------------------------------------------------


def test_an_order_ships_to_the_customers_address_unless_another_is_typed():
    siti = customers.create_customer("Siti", address="12 Jalan Mawar, 50000 Kuala Lumpur")
    first = orders.create_order("WA-0001", "whatsapp", [SCARF], customer=siti)
    assert first.delivery_address == "12 Jalan Mawar, 50000 Kuala Lumpur"
    gift = orders.create_order("WA-0002", "whatsapp", [SCARF], customer=siti,
                               delivery_address="  Mak Cik Ros\n3 Lorong Duku, Ipoh  ")
    assert gift.delivery_address == "Mak Cik Ros\n3 Lorong Duku, Ipoh"
    # the customer moves later: the order already made keeps where it went
    customers.update_customer(siti, address="9 Jalan Baru, Shah Alam")
    assert Order.get_by_id(first.id).delivery_address == "12 Jalan Mawar, 50000 Kuala Lumpur"
    assert orders.create_order("WA-0003", "whatsapp", [SCARF]).delivery_address is None


def test_the_form_sets_and_clears_the_delivery_address_and_the_detail_shows_it():
    siti = customers.create_customer("Siti", address="12 Jalan Mawar, Kuala Lumpur")
    form = view.OrderForm("WA-0001", "whatsapp", [SCARF], customer_id=siti.id,
                          delivery_address="Pejabat Pos Ampang, peti 7")
    order = view.save_order(form)
    assert view.order_detail(order.id).delivery_address == "Pejabat Pos Ampang, peti 7"
    form.delivery_address = ""  # cleared in the form: back to the customer's own
    view.save_order(form, order.id)
    assert Order.get_by_id(order.id).delivery_address == "12 Jalan Mawar, Kuala Lumpur"
    assert view.customer_address(siti.id) == "12 Jalan Mawar, Kuala Lumpur"
    # an order stored before schema 19 has none: the detail shows the customer's
    Order.update(delivery_address=None).where(Order.id == order.id).execute()
    assert view.order_detail(order.id).delivery_address == "12 Jalan Mawar, Kuala Lumpur"
    with pytest.raises(ValidationError):
        orders.update_order(order.id, delivery_adress="typo")
