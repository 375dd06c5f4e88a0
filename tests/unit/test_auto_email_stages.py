"""Automatic status emails: opt-in per stage, once per order and stage, never half-filled."""

from __future__ import annotations

import email
import email.policy
import threading
from datetime import timedelta
from decimal import Decimal

import pytest

from seller_desk.core.followups import auto_email
from seller_desk.core.store import db, events
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    Account,
    Conversation,
    ConversationOrder,
    Customer,
    CustomerAddress,
    Event,
    Message,
    Order,
    OutboxMessage,
    Shipment,
)
from seller_desk.core.templates import canned as templates

BASE = {
    "seller.name": "Nora",
    "seller.shop_name": "Nora Batik & Craft",
    "seller.country": "MY",
    "auto_email.paid": True,
    "auto_email.shipped": True,
    "auto_email.delivered": False,
}


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    templates.install_defaults()
    yield d
    d.close()


@pytest.fixture
def order(database):
    Account.create(name="Shop", email="hello@norabatik.my", username="hello",
                   imap_host="127.0.0.1", smtp_host="127.0.0.1")
    customer = Customer.create(name="Dewi Lestari", language="id", country="ID")
    CustomerAddress.create(customer=customer, email="dewi@example.co.id")
    return Order.create(number="TKP-778", channel="tokopedia", customer=customer,
                        status="awaiting_payment", currency="IDR", total=Decimal("250000"))


def move(order, status, at=None):
    """What the order ledger does: save the status and record the change."""
    old = order.status
    order.status, order.updated_at = status, at or utcnow()
    if status == "paid":
        order.paid_at = at or utcnow()
    order.save()
    events.record(events.ORDER_STATUS, at=at or utcnow(), order=order, old=old, new=status)
    return old


def parsed(row):
    return email.message_from_bytes(bytes(row.raw), policy=email.policy.default)


def test_payment_received_goes_out_once_in_the_customers_language(order):
    old = move(order, "paid")
    result = auto_email.on_order_status_changed(order, old, "paid", settings=BASE)
    assert result.queued and result.stage == "paid"
    row = result.outbox
    assert row.dedup_key == f"auto:paid:order:{order.id}"
    assert row.recipients == "dewi@example.co.id" and row.order.id == order.id
    msg = parsed(row)
    assert msg["Subject"] == "Pembayaran pesanan TKP-778 sudah kami terima"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert "Rp250.000" in msg.get_content() and "Halo Kak Dewi," in msg.get_content()
    again = auto_email.on_order_status_changed(order, "awaiting_payment", "paid", settings=BASE)
    assert again.already and not again.queued
    assert auto_email.run_pending(settings=BASE) == []
    assert OutboxMessage.select().count() == 1


def test_a_stage_that_is_off_sends_nothing(order):
    move(order, "paid")
    result = auto_email.on_order_status_changed(
        order, "awaiting_payment", "paid", settings={**BASE, "auto_email.paid": False})
    assert not result.queued and "switched off" in result.reason
    assert OutboxMessage.select().count() == 0


def test_changes_that_call_for_no_email(order):
    assert auto_email.on_order_status_changed(order, "paid", "packed", settings=BASE).outbox \
        is None
    assert auto_email.on_order_status_changed(order, "shipped", "returned",
                                              settings=BASE).stage is None
    assert OutboxMessage.select().count() == 0


def test_shipped_waits_for_the_tracking_number_then_goes(order):
    move(order, "paid")
    move(order, "shipped")
    shipment = Shipment.create(order=order, courier="jne", tracking_number="",
                               shipped_at=utcnow())
    held = auto_email.on_order_status_changed(order, "paid", "shipped", settings=BASE)
    assert not held.queued and "{shipment.tracking_number}" in held.reason
    assert Event.select().where(Event.kind == auto_email.AUTO_EMAIL_HELD).count() == 1
    # asking again for the same reason records nothing new
    auto_email.run_pending(settings=BASE)
    assert Event.select().where(Event.kind == auto_email.AUTO_EMAIL_HELD).count() == 1
    shipment.tracking_number = "JNE1234567890"
    shipment.save()
    results = auto_email.run_pending(settings=BASE)
    assert [r.stage for r in results if r.queued] == ["shipped"]
    body = parsed(results[0].outbox).get_content()
    assert "JNE1234567890" in body and "{" not in body


def test_switching_an_option_on_never_mails_old_orders(order):
    long_ago = utcnow() - timedelta(days=30)
    move(order, "paid", at=long_ago)
    move(order, "shipped", at=long_ago)
    move(order, "delivered", at=long_ago)
    Shipment.create(order=order, courier="jne", tracking_number="JNE1", shipped_at=long_ago,
                    delivered_at=long_ago)
    assert auto_email.run_pending(settings={**BASE, "auto_email.delivered": True}) == []
    assert OutboxMessage.select().count() == 0


def test_an_earlier_stage_is_skipped_once_a_later_one_went(order):
    move(order, "paid")
    move(order, "shipped")
    Shipment.create(order=order, courier="jne", tracking_number="JNE1", shipped_at=utcnow())
    assert auto_email.on_order_status_changed(order, "paid", "shipped", settings=BASE).queued
    late = auto_email.queue_stage(order, "paid", settings=BASE)
    assert not late.queued and "later status email" in late.reason


def test_it_threads_into_the_customers_conversation(order):
    account = Account.get()
    conv = Conversation.create(subject="Pesanan TKP-778", account=account,
                               customer=order.customer, counterpart_email="dewi@example.co.id")
    ConversationOrder.create(conversation=conv, order=order)
    Message.create(account=account, conversation=conv, message_id="q1@example.co.id",
                   direction="in", date=utcnow(), sender_email="dewi@example.co.id",
                   subject="Pesanan TKP-778", text_body="Sudah saya transfer ya kak")
    move(order, "paid")
    row = auto_email.on_order_status_changed(order, "awaiting_payment", "paid",
                                             settings=BASE).outbox
    msg = parsed(row)
    assert msg["In-Reply-To"] == "<q1@example.co.id>"
    assert row.conversation.id == conv.id
    assert "> Sudah saya transfer" not in msg.get_content()  # a status mail quotes nothing


def test_no_address_or_no_account_holds_it(order):
    CustomerAddress.delete().execute()
    move(order, "paid")
    result = auto_email.on_order_status_changed(order, "awaiting_payment", "paid",
                                                settings=BASE)
    assert not result.queued and "address" in result.reason


def test_a_bug_never_reaches_the_caller(order, monkeypatch):
    def boom(*a, **k):
        raise RuntimeError("bug")

    monkeypatch.setattr(auto_email, "queue_stage", boom)
    result = auto_email.on_order_status_changed(order, "awaiting_payment", "paid",
                                                settings=BASE)
    assert not result.queued and "internal error" in result.reason


def test_the_outbox_worker_sends_a_held_email_once_it_can_be_filled(order):
    from seller_desk.core.common.settings import Settings
    from seller_desk.core.mail.send import outbox

    settings = Settings()
    for key, value in BASE.items():
        settings.set(key, value)
    Account.update(smtp_port=1, smtp_security="none").execute()  # refused at once
    move(order, "paid")
    move(order, "shipped")
    shipment = Shipment.create(order=order, courier="jne", tracking_number="",
                               shipped_at=utcnow())
    assert not auto_email.on_order_status_changed(order, "paid", "shipped").queued
    shipment.tracking_number = "JNE5550001"
    shipment.save()
    done = threading.Event()
    worker = outbox.OutboxWorker(on_report=lambda r: done.set(), poll_seconds=30).start()
    try:
        assert done.wait(20), "the worker did not pick up the status email"
    finally:
        assert worker.stop(timeout=20)
    row = OutboxMessage.get(OutboxMessage.dedup_key == auto_email.dedup_key(order, "shipped"))
    assert "JNE5550001" in parsed(row).get_content()


def test_a_sent_status_email_leaves_the_customer_waiting(order):
    """A status email the rules sent is not the seller's answer: once it has gone out the
    customer still waits, and the reply time counts until the seller really replies."""
    from seller_desk.core.conversations import state
    from seller_desk.core.mail.send import outbox_records

    account = Account.get()
    conv = Conversation.create(subject="Pesanan TKP-778", account=account,
                               customer=order.customer, counterpart_email="dewi@example.co.id")
    ConversationOrder.create(conversation=conv, order=order)
    asked = utcnow() - timedelta(hours=3)
    Message.create(account=account, conversation=conv, message_id="q1@example.co.id",
                   direction="in", date=asked, sender_email="dewi@example.co.id",
                   subject="Pesanan TKP-778", text_body="Kapan dikirim kak?")
    state.refresh(conv.id)
    move(order, "paid")
    row = auto_email.on_order_status_changed(order, "awaiting_payment", "paid",
                                             settings=BASE).outbox
    OutboxMessage.update(state="sending").where(OutboxMessage.id == row.id).execute()

    sent = outbox_records.record_sent(OutboxMessage.get_by_id(row.id), appended=False)

    assert sent.direction == "out" and sent.is_auto
    conv = Conversation.get_by_id(conv.id)
    assert (conv.waiting_since, conv.first_reply_at) == (asked, None)
    assert not Event.select().where(Event.kind == events.CLOCK_STOPPED).exists()
