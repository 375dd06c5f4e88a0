"""Orders: entry with items, validation that saves nothing half-way, status pipeline,
refunds, links to conversations and the orders table query."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from seller_desk.core.common import money
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.shop import customers, orders
from seller_desk.core.store import events
from seller_desk.core.store.models import (
    Conversation,
    ConversationOrder,
    Event,
    Order,
    OrderItem,
)

T0 = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
SCARF = {"title": "Batik silk scarf", "sku": "BTK-SCF-01", "quantity": 2, "unit_price": "89.00"}


pytestmark = pytest.mark.usefixtures("memory_database")


def make(number: str = "251120ABCD2345", channel: str = "shopee", **kw) -> Order:
    kw.setdefault("placed_at", T0)
    return orders.create_order(number, channel, kw.pop("items", [SCARF]), **kw)


def test_an_order_keeps_its_items_and_totals_them_with_the_shipping_fee():
    order = make(items=[SCARF, orders.ItemInput("Pandan soap", 3, Decimal("25.00"), "SOAP")],
                 shipping_fee="8.00", currency="myr")
    assert order.currency == "MYR"
    assert Decimal(order.total) == Decimal("261.00")
    assert [(i.title, i.quantity) for i in order.items.order_by(OrderItem.id)] == [
        ("Batik silk scarf", 2), ("Pandan soap", 3)]
    created = Event.get(Event.kind == events.ORDER_CREATED)
    assert created.order_id == order.id and created.data["total"] == "261.00"


@pytest.mark.parametrize(("items", "kw", "field"), [
    ([{"title": "Scarf", "quantity": -1, "unit_price": "10"}], {}, "items[0].quantity"),
    ([{"title": "Scarf", "quantity": 0}], {}, "items[0].quantity"),
    ([{"title": "Scarf", "quantity": 1, "unit_price": "-5"}], {}, "items[0].unit_price"),
    ([{"title": "Scarf", "quantity": 1, "unit_price": "abc"}], {}, "items[0].unit_price"),
    ([{"title": "", "quantity": 1}], {}, "items[0].title"),
    ([], {}, "items"),
    ([SCARF], {"currency": "RMX"}, "currency"),
    ([SCARF], {"channel": "carousell"}, "channel"),
    ([SCARF], {"number": "  "}, "number"),
    ([SCARF], {"shipping_fee": "-1"}, "shipping_fee"),
    ([SCARF], {"status": "lost"}, "status"),
    ([SCARF], {"paid_at": T0 - timedelta(days=1)}, "paid_at"),
])
def test_bad_input_is_refused_naming_the_field_and_nothing_is_saved(items, kw, field):
    number = kw.pop("number", "X-1")
    channel = kw.pop("channel", "web")
    with pytest.raises(ValidationError) as err:
        orders.create_order(number, channel, [SCARF, *items] if items else [], placed_at=T0,
                            **kw)
    expected = field.replace("items[0]", "items[1]") if items and field.startswith("items[") \
        else field
    assert err.value.field == expected
    assert Order.select().count() == 0 and OrderItem.select().count() == 0
    assert Event.select().count() == 0


def test_an_order_number_is_unique_per_channel_only():
    make("#1201", "web")
    with pytest.raises(ValidationError) as err:
        make("#1201", "web")
    assert err.value.field == "number"
    assert make("#1201", "whatsapp").channel == "whatsapp"
    assert Order.select().count() == 2


def test_the_status_follows_the_pipeline_and_keeps_a_history():
    order = make()
    orders.change_status(order, "paid", at=T0 + timedelta(hours=2))
    assert order.paid_at == T0 + timedelta(hours=2)
    orders.change_status(order, "packed", at=T0 + timedelta(hours=5))
    with pytest.raises(ValidationError) as err:
        orders.change_status(order, "completed")
    assert err.value.field == "status" and "shipped" in err.value.hint
    assert Order.get_by_id(order.id).status == "packed"
    moves = [(e.data["old"], e.data["new"]) for e in orders.history(order)
             if e.kind == events.ORDER_STATUS]
    assert moves == [("awaiting_payment", "paid"), ("paid", "packed")]
    assert orders.allowed_transitions("refunded") == ()


def test_a_cancelled_order_can_be_reopened_but_a_refunded_one_is_final():
    order = make()
    orders.change_status(order, "cancelled")
    orders.change_status(order, "awaiting_payment")
    assert order.paid_at is None
    orders.change_status(order, "paid")
    orders.record_refund(order, order.total, reason="out of stock")
    assert order.status == "refunded"
    with pytest.raises(ValidationError):
        orders.change_status(order, "paid")


def test_refunds_add_up_and_never_exceed_the_total():
    order = make(shipping_fee="8.00")  # 186.00
    orders.change_status(order, "paid")
    orders.change_status(order, "shipped")
    orders.change_status(order, "delivered")
    orders.record_refund(order, "50.00", reason="one scarf torn")
    assert order.status == "delivered" and Decimal(order.refunded_amount) == Decimal("50.00")
    with pytest.raises(ValidationError) as err:
        orders.record_refund(order, "136.01")
    assert err.value.field == "amount"
    with pytest.raises(ValidationError):
        orders.record_refund(order, "0")
    orders.record_refund(order, "136.00")
    fresh = Order.get_by_id(order.id)
    assert fresh.status == "refunded" and Decimal(fresh.refunded_amount) == Decimal("186.00")
    refunds = [e.data["amount"] for e in orders.history(order) if e.kind == events.REFUND_RECORDED]
    assert refunds == ["50.00", "136.00"]


def test_update_replaces_items_and_refuses_a_duplicate_number():
    make("#1201", "web")
    order = make("#1202", "web")
    orders.update_order(order, items=[{"title": "Sarong", "quantity": 1, "unit_price": "149"}],
                        shipping_fee="10")
    assert Decimal(Order.get_by_id(order.id).total) == Decimal("159.00")
    with pytest.raises(ValidationError) as err:
        orders.update_order(order, number="#1201")
    assert err.value.field == "number"
    assert Order.get_by_id(order.id).number == "#1202"
    with pytest.raises(ValidationError):
        orders.update_order(order, status="paid")  # has its own function


def test_linking_by_hand_shares_the_customer_and_unlinking_is_remembered():
    buyer = customers.create_customer("Budi", ["budi@gmail.com"])
    conv = Conversation.create(subject="Paket belum sampai", customer=buyer)
    order = make()
    assert orders.link_conversation(conv, order) is True
    assert orders.link_conversation(conv, order) is False
    assert Order.get_by_id(order.id).customer_id == buyer.id
    assert [o.id for o in orders.orders_of_conversation(conv)] == [order.id]
    assert orders.unlink_conversation(conv, order) is True
    assert ConversationOrder.select().count() == 0
    assert orders.was_unlinked(conv.id, [order.id]) == {order.id}


def test_the_orders_table_filters_and_pages():
    buyer = customers.create_customer("Dewi Lestari", ["dewi@yahoo.co.id"])
    for n in range(25):
        o = make(f"#{1000 + n}", "web", placed_at=T0 + timedelta(days=n),
                 customer=buyer if n % 5 == 0 else None)
        if n % 2:
            orders.change_status(o, "paid", at=T0 + timedelta(days=n, hours=1))
    make("12-34567-89012", "ebay", placed_at=T0)
    page = orders.query_orders(orders.OrderFilter(channels=("web",)), offset=0, limit=10)
    assert page.total == 25 and len(page.rows) == 10
    assert page.rows[0].number == "#1024"  # newest first
    assert page.rows[0].item_count == 2
    unpaid = orders.query_orders(orders.OrderFilter(unpaid=True, channels=("web",)), limit=100)
    assert unpaid.total == 13 and all(r.status == "awaiting_payment" for r in unpaid.rows)
    not_shipped = orders.query_orders(orders.OrderFilter(not_shipped=True), limit=100)
    assert not_shipped.total == 12
    period = orders.query_orders(orders.OrderFilter(start=T0 + timedelta(days=10),
                                                    end=T0 + timedelta(days=12)))
    assert [r.number for r in period.rows] == ["#1011", "#1010"]
    by_name = orders.query_orders(orders.OrderFilter(text="dewi"))
    assert by_name.total == 5 and by_name.rows[0].customer_name == "Dewi Lestari"
    make("#2000", "web", placed_at=T0, items=[{"title": "Kopi Liberica 500g", "quantity": 3}])
    by_product = orders.query_orders(orders.OrderFilter(text="liberica"))
    assert [(r.number, r.item_count, r.items_text) for r in by_product.rows] == [
        ("#2000", 3, "3 × Kopi Liberica 500g")]
    oldest = orders.query_orders(sort="placed_at", descending=False, limit=1)
    assert oldest.rows[0].placed_at == T0


@pytest.mark.parametrize(("amount", "currency", "locale", "text"), [
    ("1234.5", "MYR", "ms_MY", "RM1,234.50"),
    ("150000", "IDR", "id_ID", "Rp150.000"),
    # our rule, whatever the CLDR release says of the rupiah: a fraction is never hidden
    ("150000.50", "IDR", "id_ID", "Rp150.000,50"),
    ("150000.5", "IDR", "ms_MY", "IDR150,000.50"),
    ("1500", "JPY", "en_US", "¥1,500"),
    ("12", "SGD", "en_SG", "$12.00"),
    ("12", "USD", "en_US", "$12.00"),
])
def test_money_is_shown_the_way_each_country_writes_it(amount, currency, locale, text):
    assert money.format_money(Decimal(amount), currency, locale=locale) == text


def test_unknown_currencies_and_float_amounts_are_refused():
    with pytest.raises(ValidationError):
        money.format_money(Decimal(1), "XYZ")
    with pytest.raises(ValidationError):
        money.to_decimal(0.1)
