"""The shipments screen's facade (core/screens/shipments.py), without Qt: parcels by view with
the late ones first, the counts, the courier picker, the one-click "shipped" email (once per
parcel, never beside the automatic one), and recording and delivering parcels."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime, timedelta

import pytest

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import clocks
from seller_desk.core.followups import auto_email
from seller_desk.core.mail.connection import accounts
from seller_desk.core.screens import shipments as view
from seller_desk.core.shop import customers, orders, shipping
from seller_desk.core.store import db
from seller_desk.core.store.models import (
    Conversation,
    Message,
    Order,
    OutboxMessage,
    Shipment,
    Template,
)
from seller_desk.core.templates import canned as templates

KL = clocks.ClockPolicy(country="MY", subdivision="", timezone="Asia/Kuala_Lumpur")
T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)  # Monday 10:00 in Kuala Lumpur
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def database():
    d = db.open_database("sqlite:///:memory:")
    clocks.set_policy(KL)
    templates.install_defaults()
    settings = Settings()
    settings.set("seller.name", "Nora")
    settings.set("seller.shop_name", "Nora Batik")
    yield d
    clocks.set_policy(None)
    d.close()


def paid_order(number: str, name: str = "", email_address: str = "") -> Order:
    customer = customers.create_customer(name, [email_address] if email_address else [],
                                         country="MY") if name else None
    return orders.create_order(number, "web", [{"title": "Batik scarf", "unit_price": "89"}],
                               customer=customer, placed_at=T0, status="paid", paid_at=T0)


@pytest.fixture
def parcels():
    """Four parcels: one late (ETA passed), one on time, one not posted yet, one delivered."""
    late = shipping.add_shipment(paid_order("#1", "Aisyah Rahman", "aisyah@example.com"),
                                 "poslaju", "EN111111111MY", shipped_at=T0,
                                 eta_date=date(2026, 11, 10))
    on_time = shipping.add_shipment(paid_order("#2", "Budi Santoso"), "jnt_my", "630000000002",
                                    shipped_at=T0, eta_date=date(2026, 11, 25))
    pending = shipping.add_shipment(paid_order("#3"), "poslaju", "", accept_unusual_number=True)
    delivered = shipping.add_shipment(paid_order("#4", "Chong Wei"), "dhl_ecommerce_my",
                                      "5012345678", shipped_at=T0, eta_date=date(2026, 11, 5),
                                      accept_unusual_number=True)
    shipping.mark_delivered(delivered, T0 + timedelta(days=3))
    return {"late": late, "on_time": on_time, "pending": pending, "delivered": delivered}


# --- the list ------------------------------------------------------------------------------


def test_open_parcels_list_the_late_first_then_by_eta_then_the_unsent(parcels):
    rows = view.query_shipments("open", now=NOW)
    assert [r.id for r in rows] == [parcels[k].id for k in ("late", "on_time", "pending")]
    late = rows[0]
    assert late.is_late and late.days_late == 10
    assert (late.order_number, late.customer_name, late.courier) == (
        "#1", "Aisyah Rahman", "poslaju")
    assert late.courier_name == shipping.courier("poslaju").name
    assert late.tracking_url.endswith("/EN111111111MY")
    assert not rows[1].is_late and rows[2].customer_name == "" and rows[2].eta is None


def test_each_view_holds_its_parcels_and_the_counts_agree(parcels):
    assert [r.id for r in view.query_shipments("late", now=NOW)] == [parcels["late"].id]
    assert [r.id for r in view.query_shipments("delivered", now=NOW)] == [
        parcels["delivered"].id]
    assert len(view.query_shipments("all", now=NOW)) == 4
    assert view.counts(now=NOW) == {"open": 3, "late": 1, "delivered": 1, "all": 4}
    # before the ETA passed nothing is late
    assert view.counts(now=T0 + timedelta(days=1))["late"] == 0


def test_the_list_is_searched_by_tracking_number_order_number_or_customer(parcels):
    assert [r.id for r in view.query_shipments("all", "6300000000", now=NOW)] == [
        parcels["on_time"].id]
    assert [r.id for r in view.query_shipments("all", "#4", now=NOW)] == [
        parcels["delivered"].id]
    assert [r.id for r in view.query_shipments("all", "aisyah", now=NOW)] == [
        parcels["late"].id]
    assert view.query_shipments("open", "chong", now=NOW) == []  # delivered, not open
    assert len(view.query_shipments("all", now=NOW, limit=2)) == 2


def test_the_courier_picker_puts_the_sellers_couriers_first():
    choices = view.courier_choices("MY", ["jnt_my", "poslaju", "no_such_courier"])
    assert [c.code for c in choices[:2]] == ["jnt_my", "poslaju"]
    codes = [c.code for c in choices]
    assert len(codes) == len(set(codes))
    assert {c.country for c in choices} <= {"MY", ""}
    assert {c.code for c in view.courier_choices("ID")} >= {"jne"}


# --- the "shipped" email -------------------------------------------------------------------


@pytest.fixture
def account():
    return accounts.add_account("Web shop", "hello@norabatik.my")


def test_the_shipped_email_answers_the_orders_conversation(parcels, account):
    order = Order.get_by_id(parcels["late"].order_id)
    conv = Conversation.create(subject="Bila sampai?", account=account,
                               customer=order.customer_id, last_activity_at=T0)
    orders.link_conversation(conv, order)
    Message.create(conversation=conv, account=account, direction="in", date=T0,
                   message_id="q1@example.com", sender_name="Aisyah",
                   sender_email="aisyah@example.com", subject="Bila sampai?")
    out = view.shipped_message(parcels["late"].id, "en")
    assert out.in_reply_to == "q1@example.com" and out.to == ["aisyah@example.com"]
    assert out.subject == "Re: Bila sampai?"  # it stays in the customer's thread
    assert "EN111111111MY" in out.text and not out.include_quote
    assert out.order.id == order.id


def test_the_shipped_email_without_a_conversation_is_a_new_message(parcels, account):
    out = view.shipped_message(parcels["late"].id, "ms")
    assert out.kind == "new" and out.to == ["aisyah@example.com"] and not out.in_reply_to
    assert "EN111111111MY" in out.text and "#1" in out.subject


def test_the_shipped_email_is_refused_in_plain_words_when_it_cannot_be_written(parcels,
                                                                               account):
    with pytest.raises(ValidationError) as err:
        view.shipped_message(parcels["on_time"].id)  # the customer has no address
    assert err.value.field == "customer"
    with pytest.raises(ValidationError) as err:
        view.shipped_message(parcels["pending"].id)  # no customer at all
    assert err.value.field == "customer"
    Template.delete().where(Template.key == view.SHIPPED_TEMPLATE).execute()
    with pytest.raises(ValidationError) as err:
        view.shipped_message(parcels["late"].id)
    assert err.value.field == "template"


def test_the_first_parcel_shares_the_automatic_emails_key_the_next_has_its_own(parcels):
    order_id = parcels["late"].order_id
    second = shipping.add_shipment(order_id, "jnt_my", "630000000009", shipped_at=T0)
    assert view.shipped_dedup_key(parcels["late"].id) == auto_email.dedup_key(order_id,
                                                                             "shipped")
    assert view.shipped_dedup_key(second.id) == f"shipped:shipment:{second.id}"


def test_the_shipped_email_is_queued_once(parcels, account):
    first = view.send_shipped_message(parcels["late"].id, "en")
    assert not first.already and first.outbox.state == "queued"
    parsed = email.message_from_bytes(bytes(first.outbox.raw), policy=email.policy.default)
    assert "EN111111111MY" in parsed.get_body(("plain",)).get_content()
    again = view.send_shipped_message(parcels["late"].id, "en")
    assert again.already and again.outbox.id == first.outbox.id
    assert OutboxMessage.select().count() == 1


# --- recording and delivering --------------------------------------------------------------


def test_a_parcel_ships_the_order_and_the_automatic_email_follows_when_on(account):
    Settings().set("auto_email.shipped", True)
    order = paid_order("#9", "Aisyah Rahman", "aisyah@example.com")
    parcel = view.add_parcel(order.id, "poslaju", "en999999999my", shipped_at=T0)
    assert parcel.tracking_number == "EN999999999MY" and parcel.status == "in_transit"
    assert Order.get_by_id(order.id).status == "shipped"
    queued = OutboxMessage.get(OutboxMessage.dedup_key == auto_email.dedup_key(order.id,
                                                                              "shipped"))
    # the one-click email afterwards finds the automatic one instead of sending twice
    assert view.send_shipped_message(parcel.id).outbox.id == queued.id
    with pytest.raises(ValidationError) as err:
        view.add_parcel(order.id, "poslaju", "12345")
    assert err.value.field == "tracking_number"


def test_a_parcel_recorded_with_the_email_off_queues_nothing(account):
    order = paid_order("#10", "Aisyah Rahman", "aisyah@example.com")
    view.add_parcel(order.id, "poslaju", "EN999999998MY", shipped_at=T0)
    assert Order.get_by_id(order.id).status == "shipped"
    assert OutboxMessage.select().count() == 0


def test_delivering_the_last_parcel_delivers_the_order_with_its_email(parcels, account):
    Settings().set("auto_email.delivered", True)
    parcel = view.deliver(parcels["late"].id, at=NOW)
    assert parcel.status == "delivered" and parcel.delivered_at == NOW
    assert Order.get_by_id(parcel.order_id).status == "delivered"
    assert OutboxMessage.get(OutboxMessage.dedup_key == auto_email.dedup_key(
        parcel.order_id, "delivered"))
    with pytest.raises(ValidationError):
        view.deliver(parcels["on_time"].id, at=T0 - timedelta(days=1))
    assert Shipment.get_by_id(parcels["on_time"].id).status == "in_transit"
