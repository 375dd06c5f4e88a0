"""Each order's items summary and quantity on the order row stay right whoever writes the
items: the order service, a direct insert, an update that moves an item, a delete, a
cascade; on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from seller_desk.core.shop import orders
from seller_desk.core.store import db, item_summary
from seller_desk.core.store.models import Order, OrderItem

T0 = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
SCARF = {"title": "Batik silk scarf", "sku": "BTK-SCF-01", "quantity": 2, "unit_price": "89.00"}
SOAP = {"title": "Sabun pandan «asli» 陈", "quantity": 3, "unit_price": "25.00"}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def database(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'summary.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_url")
    d = db.open_database(url)
    yield d
    d.close()


def stored(order: Order | int) -> tuple[str, int]:
    row = Order.get_by_id(order if isinstance(order, int) else order.id)
    return row.items_text, row.item_count


def expected(order: Order) -> tuple[str, int]:
    items = list(OrderItem.select().where(OrderItem.order == order.id).order_by(OrderItem.id))
    return (item_summary.summary((i.title, i.sku, i.quantity) for i in items),
            sum(i.quantity for i in items))


def test_the_order_service_fills_and_replaces_the_summary(database):
    order = orders.create_order("#1001", "web", [SCARF, SOAP], placed_at=T0)
    assert stored(order) == ("2 × Batik silk scarf [BTK-SCF-01]; 3 × Sabun pandan «asli» 陈", 5)
    orders.update_order(order, items=[SOAP])
    assert stored(order) == ("3 × Sabun pandan «asli» 陈", 3)
    # an object loaded before the items changed saves without writing its old summary back
    stale = Order.get_by_id(order.id)
    orders.update_order(order, items=[SCARF])
    stale.notes = "Gift wrap"
    stale.save()
    assert stored(order) == ("2 × Batik silk scarf [BTK-SCF-01]", 2)
    assert Order.get_by_id(order.id).notes == "Gift wrap"
    orders.update_order(order, items=[SCARF], notes="No gift wrap")
    assert stored(order) == expected(order)


def test_direct_writes_to_the_item_table_keep_it_right(database):
    first = orders.create_order("#1002", "web", [SCARF], placed_at=T0)
    second = orders.create_order("#1003", "web", [SOAP], placed_at=T0)
    extra = OrderItem.create(order=first, title="Serai candle", quantity=4,
                             unit_price=Decimal("19.90"))
    assert stored(first) == ("2 × Batik silk scarf [BTK-SCF-01]; 4 × Serai candle", 6)
    OrderItem.update(quantity=1, sku="SC-1").where(OrderItem.id == extra.id).execute()
    assert stored(first) == ("2 × Batik silk scarf [BTK-SCF-01]; 1 × Serai candle [SC-1]", 3)
    # moving an item to another order changes both
    OrderItem.update(order=second.id).where(OrderItem.id == extra.id).execute()
    assert stored(first) == expected(first) == ("2 × Batik silk scarf [BTK-SCF-01]", 2)
    assert stored(second) == expected(second)
    assert stored(second)[1] == 4
    OrderItem.delete().where(OrderItem.order == first.id).execute()
    assert stored(first) == ("", 0)
    # deleting an order takes its items with it, and the other order is untouched
    Order.delete().where(Order.id == second.id).execute()
    assert OrderItem.select().count() == 0
    assert stored(first) == ("", 0)


def test_rebuild_recomputes_every_order_from_its_items(database):
    made = [orders.create_order(f"#20{i:02d}", "web", [SCARF, SOAP][: 1 + i % 2], placed_at=T0)
            for i in range(6)]
    Order.update(items_text="wrong", item_count=99).execute()
    item_summary.rebuild(database)
    assert [stored(o) for o in made] == [expected(o) for o in made]
    assert {stored(o)[1] for o in made} == {2, 5}


def test_the_python_summary_matches_the_database_one(database):
    items = [{"title": "=SUM(A1)", "sku": "", "quantity": 1, "unit_price": "1.00"},
             {"title": "Tudung bawal; satin", "sku": "TB [L]", "quantity": 12,
              "unit_price": "15.00"}]
    order = orders.create_order("#3001", "web", items, placed_at=T0)
    assert stored(order)[0] == item_summary.summary(
        (i["title"], i["sku"], i["quantity"]) for i in items)
    assert stored(order) == ("1 × =SUM(A1); 12 × Tudung bawal; satin [TB [L]]", 13)
