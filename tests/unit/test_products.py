"""The product catalogue: filled from orders as they are written, matched by SKU or by
name and variant, the latest price per currency, switching off, merging, and the upgrade
that fills it from the orders stored before it existed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.shop import orders, products
from seller_desk.core.store import db, migrations
from seller_desk.core.store.models import OrderItem, Product, ProductPrice
from seller_desk.core.store.models import database as proxy
from tests.unit.test_migrations import load_v1

T0 = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


pytestmark = pytest.mark.usefixtures("memory_database")


def order(number: str, *items: orders.ItemInput, currency: str = "MYR",
          placed: datetime = T0, channel: str = "whatsapp"):
    return orders.create_order(number, channel, list(items), currency=currency,
                               placed_at=placed)


def item(title: str, price: str = "0", sku: str = "", quantity: int = 1) -> orders.ItemInput:
    return orders.ItemInput(title, quantity, Decimal(price), sku)


def product_of(order_row) -> list[int | None]:
    return [i.product_id for i in OrderItem.select().where(OrderItem.order == order_row.id)
            .order_by(OrderItem.id)]


def test_a_hand_typed_order_fills_the_catalogue():
    first = order("WA-1", item("Batik scarf (Blue)", "25.00"), item("Pandan soap", "8.50"))
    assert Product.select().count() == 2
    again = order("WA-2", item("batik  SCARF - blue", "26.00"))
    assert product_of(again)[0] == product_of(first)[0]
    assert Product.select().count() == 2
    scarf = products.get(product_of(first)[0])
    assert scarf.name == "Batik scarf (Blue)" and scarf.prices == {"MYR": Decimal("26.00")}
    assert scarf.sold == 2 and scarf.orders == 2


def test_changing_an_orders_items_links_the_new_ones():
    first = order("WA-1", item("Pandan soap", "8.50"))
    orders.update_order(first, items=[item("Kaftan Nora", "120.00")])
    [kaftan] = product_of(first)
    assert kaftan is not None and products.get(kaftan).name == "Kaftan Nora"


def test_a_sku_wins_over_the_name():
    typed = order("WA-1", item("Scarf", "25.00", sku="BS-01"))
    renamed = order("WA-2", item("Terengganu silk scarf", "25.00", sku="bs-01"))
    assert product_of(renamed) == product_of(typed)
    # the same name with another SKU is another product (another variant)
    other = order("WA-3", item("Scarf", "30.00", sku="BS-02"))
    assert product_of(other) != product_of(typed)
    assert Product.select().count() == 2


def test_a_product_typed_without_a_sku_takes_the_first_sku_it_meets():
    typed = order("WA-1", item("Pandan soap", "8.50"))
    imported = order("251120AB", item("Pandan Soap", "8.50", sku="PS-01"), channel="shopee")
    assert product_of(imported) == product_of(typed)
    assert products.get(product_of(typed)[0]).sku == "PS-01"
    by_sku = order("WA-2", item("Soap bar", "8.50", sku="ps-01"))
    assert product_of(by_sku) == product_of(typed)


def test_the_latest_price_per_currency_is_remembered():
    ringgit = order("WA-1", item("Kain batik", "89.00"), placed=T0)
    order("WA-2", item("Kain batik", "150000", sku=""), currency="IDR", placed=T0)
    order("WA-3", item("Kain batik", "95.00"), placed=T0 + timedelta(days=3))
    # an older order imported later does not overwrite the newer price
    order("WA-4", item("Kain batik", "70.00"), placed=T0 - timedelta(days=30))
    # nor does a gift at zero
    order("WA-5", item("Kain batik", "0"), placed=T0 + timedelta(days=4))
    kain = products.get(product_of(ringgit)[0])
    assert kain.prices == {"IDR": Decimal("150000.00"), "MYR": Decimal("95.00")}
    [offer] = products.suggest("kain", "IDR")
    assert offer.prices == {"IDR": Decimal("150000.00")}


def test_suggestions_match_every_word_and_skip_switched_off_products():
    order("WA-1", item("Batik scarf (Blue)", "25.00", sku="BS-BL"),
          item("Batik scarf (Red)", "25.00", sku="BS-RD"), item("Pandan soap", "8.50"))
    assert [p.title for p in products.suggest("scarf blue", "MYR")] == ["Batik scarf (Blue)"]
    assert [p.title for p in products.suggest("bs-rd", "MYR")] == ["Batik scarf (Red)"]
    red = products.suggest("scarf red", "MYR")[0]
    products.set_active(red.id, False)
    assert [p.title for p in products.suggest("scarf", "MYR")] == ["Batik scarf (Blue)"]
    assert products.suggest("", "MYR") == []
    # switched off, it still counts its orders
    again = order("WA-2", item("Batik scarf (Red)", "25.00", sku="BS-RD"))
    assert product_of(again) == [red.id]


def test_editing_keeps_the_old_name_finding_the_product():
    first = order("WA-1", item("Scarf blue", "25.00"))
    pid = product_of(first)[0]
    edited = products.update_product(pid, name="Batik scarf", variant="Blue", sku="BS-BL",
                                     prices={"MYR": "27.50", "SGD": "9.00"})
    assert edited.title == "Batik scarf (Blue)" and edited.sku == "BS-BL"
    assert edited.prices == {"MYR": Decimal("27.50"), "SGD": Decimal("9.00")}
    assert product_of(order("WA-2", item("scarf blue", "25")))[0] == pid
    assert product_of(order("WA-3", item("Batik scarf (Blue)", "25")))[0] == pid
    with pytest.raises(ValidationError) as refused:
        products.update_product(pid, name=" ", prices={})
    assert refused.value.field == "name"


def test_a_sku_another_product_has_is_refused_with_the_merge_hint():
    order("WA-1", item("Scarf", "25.00", sku="BS-01"), item("Shawl", "25.00", sku="SH-01"))
    shawl = products.suggest("shawl", "MYR")[0]
    with pytest.raises(ValidationError) as refused:
        products.update_product(shawl.id, name="Shawl", sku="bs-01")
    assert refused.value.msg.id == "product.sku_taken"
    assert "merge" in refused.value.hint
    assert refused.value.field == "sku"


def test_merging_two_products_moves_orders_names_and_newer_prices():
    typed = order("WA-1", item("Songket shawl", "120.00"), placed=T0)
    other = order("WA-2", item("Shawl songket", "130.00", sku="SS-1"),
                  placed=T0 + timedelta(days=1))
    keep, gone = product_of(typed)[0], product_of(other)[0]
    assert keep != gone
    merged = products.merge(keep, gone)
    assert merged.sold == 2 and merged.sku == "SS-1"
    assert merged.prices == {"MYR": Decimal("130.00")}
    assert Product.get_or_none(Product.id == gone) is None
    assert product_of(other) == [keep]
    # what named the merged product now finds the one kept
    assert product_of(order("WA-3", item("shawl songket", "130")))[0] == keep
    with pytest.raises(ValidationError):
        products.merge(keep, keep)


def test_complaint_texts_resolve_to_products():
    order("WA-1", item("Batik scarf", "25.00", sku="BS-01"))
    pid = products.suggest("batik", "MYR")[0].id
    found = products.resolve(["batik SCARF", "bs-01", "Something else"])
    assert found == {"batik SCARF": pid, "bs-01": pid}


def check_upgrade_fills_the_catalogue(url: str, dialect: str) -> None:
    """Order items stored at version 19 get their products at the upgrade: one per name
    however cased, one per SKU, each with the price of its newest order per currency."""
    raw = db.make_database(url)
    raw.connect()
    load_v1(raw, dialect)
    proxy.initialize(raw)
    migrations.migrate(raw, up_to=19)
    p = raw.param
    for n, (title, sku, price, currency, day) in enumerate([
        ("Batik scarf", "", "25.00", "MYR", 1),
        ("batik scarf", "", "27.00", "MYR", 3),
        ("Batik Scarf", "", "24.00", "MYR", 2),
        ("Pandan soap", "PS-01", "150000", "IDR", 1),
        ("Soap", "ps-01", "160000", "IDR", 4),
    ]):
        raw.execute_sql(
            'INSERT INTO "order" (number, channel, placed_at, status, currency, total, '
            "shipping_fee, payment_method, refunded_amount, notes, created_at, updated_at) "
            f"VALUES ({p}, 'whatsapp', {p}, 'paid', {p}, {p}, 0, '', 0, '', {p}, {p})",
            (f"WA-{n}", f"2026-03-0{day} 03:00:00", currency, price,
             "2026-03-01 00:00:00", "2026-03-01 00:00:00"))
        order_id = raw.execute_sql('SELECT MAX(id) FROM "order"').fetchone()[0]
        raw.execute_sql("INSERT INTO order_item (order_id, sku, title, quantity, unit_price) "
                        f"VALUES ({p}, {p}, {p}, 1, {p})", (order_id, sku, title, price))
    raw.close()

    upgraded = db.open_database(url)
    assert migrations.schema_version(upgraded) == migrations.CURRENT_VERSION
    assert OrderItem.select().where(OrderItem.product.is_null()).count() == 0
    catalogue = {p.title: p for p in products.list_products()}
    assert set(catalogue) == {"Batik scarf", "Pandan soap"}
    assert catalogue["Batik scarf"].sold == 3
    assert catalogue["Batik scarf"].prices == {"MYR": Decimal("27.00")}  # the newest order's
    assert catalogue["Pandan soap"].prices == {"IDR": Decimal("160000.00")}
    assert ProductPrice.select().count() == 2
    # and the catalogue goes on filling from new orders after the upgrade
    order("WA-9", item("BATIK SCARF", "28.00"), placed=T0 + timedelta(days=30))
    assert products.get(catalogue["Batik scarf"].id).sold == 4
    upgraded.close()


def test_upgrading_fills_the_catalogue_from_stored_items(tmp_path):
    check_upgrade_fills_the_catalogue(f"sqlite:///{tmp_path / 'v19.sqlite3'}", "sqlite")


@pytest.mark.integration
def test_upgrading_a_postgresql_database_fills_the_catalogue(pg_url):
    check_upgrade_fills_the_catalogue(pg_url, "postgresql")


@pytest.mark.integration
def test_the_catalogue_works_the_same_on_postgresql(pg_url):
    shared = db.open_database(pg_url)
    try:
        first = order("WA-1", item("Batik scarf (Blue)", "25.00", sku="BS-BL"),
                      item("Pandan soap", "8.50"))
        again = order("WA-2", item("batik scarf - BLUE", "26.00"), item("Soap bar", "8.50"),
                      placed=T0 + timedelta(days=1))
        assert product_of(again)[0] == product_of(first)[0]
        assert [p.title for p in products.suggest("blue scarf", "MYR")] == [
            "Batik scarf (Blue)"]
        soap, bar = product_of(first)[1], product_of(again)[1]
        merged = products.merge(soap, bar)
        assert merged.sold == 2 and Product.select().count() == 2
        with pytest.raises(ValidationError):
            products.update_product(soap, name="Soap", sku="bs-bl")
    finally:
        shared.close()
