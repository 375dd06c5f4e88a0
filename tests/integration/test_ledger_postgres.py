"""The ledger on a shared PostgreSQL database: orders, linking, reminders, clocks, KPIs and
export behave exactly as on SQLite."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.conversations import clocks
from seller_desk.core.conversations import state as conversations
from seller_desk.core.followups import reminders
from seller_desk.core.reports import export
from seller_desk.core.reports import kpis as reports
from seller_desk.core.screens import reports as report_screen
from seller_desk.core.shop import linking, orders, shipping
from seller_desk.core.store import db
from seller_desk.core.store.models import (
    Conversation,
    ConversationOrder,
    Customer,
    Message,
    Order,
    OrderItem,
)

KL = clocks.ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur")
T0 = datetime(2026, 5, 4, 2, 0, tzinfo=UTC)  # Monday 10:00 in Kuala Lumpur
H = timedelta(hours=1)


@pytest.fixture
def pg(pg_url):
    d = db.open_database(pg_url)
    clocks.set_policy(KL)
    linking.forget_cached_accounts()
    yield d
    clocks.set_policy(None)
    d.close()


def test_orders_validate_and_roll_back_on_postgresql(pg):
    order = orders.create_order("#1201", "web", [{"title": "Sarong", "quantity": 2,
                                                  "unit_price": "149.00"}], placed_at=T0)
    assert Decimal(Order.get_by_id(order.id).total) == Decimal("298.00")
    with pytest.raises(ValidationError) as err:
        orders.create_order("#1201", "web", [{"title": "x"}])
    assert err.value.field == "number"
    with pytest.raises(ValidationError):
        orders.create_order("#1202", "web", [{"title": "ok"}, {"title": "bad", "quantity": -2}])
    assert Order.select().count() == 1 and OrderItem.select().count() == 1
    orders.change_status(order, "paid", at=T0 + H)
    parcel = shipping.add_shipment(order, "poslaju", "EN123456789MY", shipped_at=T0 + 3 * H)
    assert parcel.eta == date(2026, 5, 6)
    assert reminders.run_rules(now=T0 + 5 * 24 * H, policy=KL).created == 1
    assert reminders.run_rules(now=T0 + 5 * 24 * H, policy=KL).created == 0
    shipping.mark_delivered(parcel, at=T0 + 48 * H)
    assert Order.get_by_id(order.id).status == "delivered"


def test_linking_clocks_kpis_and_export_on_postgresql(pg, tmp_path):
    order = orders.create_order("251120ABCD2345", "shopee", [{"title": "Scarf"}], placed_at=T0)
    conv = Conversation.create(subject="Order")
    msg = Message.create(conversation=conv, direction="in", sender_email="Buyer@Gmail.com",
                         subject="Pesanan 251120ABCD2345", text_body="Bila sampai kak?",
                         date=T0 + H)
    linking.after_message_stored(msg)
    conversations.refresh(conv)
    assert ConversationOrder.get().order_id == order.id
    Message.create(conversation=conv, direction="out", date=T0 + 4 * H)
    conversations.refresh(conv)
    conversations.close(conv, at=T0 + 6 * H)
    waiting = Conversation.create(subject="Waiting")
    Message.create(conversation=waiting, direction="in", date=T0 - 30 * H, sender_email="w@x.test")
    conversations.refresh(waiting)

    k = reports.kpis(T0 - 48 * H, T0 + 48 * H, policy=KL)
    assert (k.cases, k.first_reply.median_s, k.resolution.median_s) == (2, 3 * 3600, 5 * 3600)
    assert dict(k.volume_per_day)[date(2026, 5, 4)] == 1
    assert dict(k.volume_per_day)[date(2026, 5, 3)] == 1  # T0 - 30 h is Sunday 04:00 in KL
    assert k.orders_per_channel == {"shopee": 1}
    assert clocks.waiting_counts(T0, KL) == {"fine": 0, "warn": 0, "breach": 1}
    assert [r.subject for r in clocks.waiting_list(T0, policy=KL)] == ["Waiting"]

    path = tmp_path / "orders.csv"
    assert export.export("orders", None, None, path, bom=True, separator=";") == 1
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert rows[0]["placed_at"] == "2026-05-04T10:00:00+08:00"
    assert rows[0]["total"] == "0.00"
    convs = tmp_path / "c.csv"
    export.export("conversations", None, None, convs)
    with open(convs, encoding="utf-8", newline="") as fh:
        by_subject = {r["subject"]: r for r in csv.DictReader(fh)}
    assert by_subject["Order"]["first_reply_hours"] == "3.0"
    assert export.export("kpis", T0 - 48 * H, T0 + 48 * H, tmp_path / "k.csv") > 10


@pytest.mark.parametrize(("channel", "number"), [
    ("ebay", "12-34567-89012"), ("shopee", "240512ABCD1234"), ("lazada", "304123456789012"),
    ("tokopedia", "INV/20240512/MPL/IV/3801234567"), ("web", "#4102"), ("whatsapp", "WA-0064"),
])
def test_an_order_entered_after_its_mail_links_on_postgresql(pg, channel, number):
    """PostgreSQL's own text search finds the number's words, as FTS5 does on SQLite."""
    conv = Conversation.create(subject="Question")
    Message.create(conversation=conv, direction="in", sender_email="buyer@example.test",
                   subject="Question", text_body=f"Hi, where is order {number}? Thanks.",
                   date=T0)
    Message.create(conversation=Conversation.create(subject="Other"), direction="in",
                   sender_email="other@example.test", subject="Price",
                   text_body="Is it 4102 or 89012 ringgit?", date=T0)
    order = orders.create_order(number, channel, [{"title": "Scarf"}], placed_at=T0)
    assert {r.conversation_id for r in ConversationOrder.select()
            .where(ConversationOrder.order == order.id)} == {conv.id}


def test_the_reports_screen_counts_customers_still_waiting_on_postgresql(pg):
    now = T0 + 3 * 24 * H
    customer = Customer.create(name="Siti Aminah")
    for since, who in ((now - 55 * H, customer), (now - 2 * H, None)):
        Conversation.create(subject="Bila sampai?", customer=who, first_customer_at=since,
                            waiting_since=since, counterpart_email="buyer@example.my")
    start, end = T0 - 7 * 24 * H, now + H
    for business in (False, True):
        data = report_screen.report(start, end, business, policy=KL, now=now)
        assert sum(b.waiting for b in data.buckets) == data.kpis.still_waiting == 2
    data = report_screen.report(start, end, policy=KL, now=now)
    assert [b.waiting for b in data.buckets] == [0, 1, 0, 0, 0, 1]
    assert [w.name for w in data.longest_waiting] == ["Siti Aminah", "buyer@example.my"]
    rows = report_screen.peak_rows(start, end, policy=KL, known=data.kpis)
    assert rows[0].cases == 2 and rows[1].key == "before"
