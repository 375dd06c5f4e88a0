"""The import's bulk path writes what the order-by-order path writes (issue 15): orders,
items, customers, parcels, links to stored mail and the catalogue, on the same file over
the same ledger; and an import whose link step never ran is linked at the next start."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from helpers import exports as ex

from seller_desk.core.shop import customers, linking, orders
from seller_desk.core.shop.imports import apply
from seller_desk.core.store import db
from seller_desk.core.store.models import (
    Account,
    Conversation,
    ConversationOrder,
    Customer,
    CustomerAddress,
    Event,
    Message,
    Order,
    OrderItem,
    PendingLink,
    Product,
    ProductPrice,
    Shipment,
)

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
SITI = dict(name="Siti Aminah", phone="60123456789",
            address="12 Jalan Mawar, Taman Melati, 53100 Kuala Lumpur")


def file_orders() -> list[dict]:
    """Shared buyers (by phone), a buyer whose address comes with a later order, a buyer
    known before the import, repeated products at different prices and dates, parcels in
    transit and delivered, and an order the ledger refuses (shipped in the future)."""
    return [
        dict(number="261103ABCD0001", status="Completed", tracking="SPXMY0001112223",
             courier="SPX Express", placed="2026-11-03 14:22", fee=4.9,
             items=[("Batik silk scarf", "BTK-1", 2, 45.9), ("Pandan soap", "SOAP-3", 1, 12.5)],
             **SITI),
        dict(number="261103ABCD0002", status="To ship", name="Ali Hassan", phone="019-876 5432",
             placed="2026-11-04 09:00", items=[("Songket", "SG-1", 1, 120)]),
        dict(number="261103ABCD0003", status="Shipping", tracking="SPXMY0001112224",
             courier="SPX Express", placed="2026-11-05 10:00", name="Ali Hassan",
             phone="019-876 5432", address="3 Lorong Kenari, 10450 George Town",
             items=[("Batik silk scarf", "BTK-1", 1, 49.0)]),
        dict(number="261103ABCD0004", status="Unpaid", placed="2026-11-02 08:00",
             items=[("Kain pelikat", "", 3, 18), ("pandan SOAP", "", 1, 11)], **SITI),
        dict(number="261103ABCD0005", status="Completed", tracking="SPXMY0001112225",
             courier="SPX Express", placed="2026-11-06 11:00", name="Mei Ling",
             phone="0171234567", address="8 Jalan Bunga, 81100 Johor Bahru",
             items=[("Serai candle", "CND-1", 2, 19.9)]),
        dict(number="261103ABCD0006", status="Shipping", tracking="SPXMY0001112226",
             courier="SPX Express", placed="2031-01-01 10:00", name="Future Buyer",
             phone="0131112222", items=[("Songket", "SG-1", 1, 120)]),
        dict(number="261103ABCD0007", status="Cancelled", placed="2026-11-07 12:00",
             name="Nur", phone="0145556666", items=[("Bawal tudung", "TDG-1", 4, 25)]),
    ]


def ledger_before(path) -> db.peewee.Database:
    """A ledger with a buyer, a product and some mail before the import (``path``: a
    SQLite file, or a database URL)."""
    database = db.open_database(path if "://" in str(path) else f"sqlite:///{path}")
    Account.create(name="Shop", email="shop@example.test", username="shop",
                   imap_host="127.0.0.1")
    linking.forget_cached_accounts()
    customers.create_customer(name="", phone="0171234567", country="MY",
                              emails=["mei@example.test"])  # Mei Ling, no name or address yet
    orders.create_order("#1201", "web", [{"title": "Serai candle", "sku": "", "quantity": 1,
                                          "unit_price": "21.00"}], placed_at=T0, at=T0)
    for i, (subject, body) in enumerate([
            ("Pesanan 261103ABCD0001", "Kak, barang dah sampai ke?"),
            ("Question", "Order 261103ABCD0003 belum sampai, tolong semak"),
            ("Re: Question", "And 261103ABCD0005 too please"),
            ("Hello", "No order named here")]):
        conv = Conversation.create(subject=subject)
        Message.create(conversation=conv, date=T0 + timedelta(hours=i), direction="in",
                       sender_name="Buyer", sender_email=f"b{i}@example.test", is_auto=False,
                       subject=subject, text_body=body, snippet=body, message_id=f"m{i}@x")
    return database


def snapshot() -> dict[str, list]:
    """Everything the import writes, by content (ids differ between databases)."""
    people = {c.id: (c.name, c.phone, c.address, c.country) for c in Customer.select()}
    numbers = {o.id: o.number for o in Order.select()}
    products = {p.id: (p.name, p.variant, p.sku, p.active) for p in Product.select()}
    return {
        "orders": sorted((o.number, o.channel, people.get(o.customer_id), o.placed_at, o.status,
                          o.currency, o.total, o.shipping_fee, o.payment_method, o.paid_at,
                          o.notes, o.delivery_address, o.created_at, o.items_text, o.item_count)
                         for o in Order.select()),
        "items": sorted((numbers[i.order_id], i.title, i.sku, i.quantity, i.unit_price,
                         products.get(i.product_id)) for i in OrderItem.select()),
        "customers": sorted((c.name, c.phone, c.address, c.country, c.language, c.notes,
                             sorted(a.email for a in c.addresses)) for c in Customer.select()),
        "addresses": sorted((a.email, a.is_relay, a.channel) for a in CustomerAddress.select()),
        "parcels": sorted((numbers[s.order_id], s.courier, s.tracking_number, s.shipped_at,
                           s.eta, s.status, s.delivered_at, s.created_at)
                          for s in Shipment.select()),
        "links": sorted((c.conversation.subject, numbers[c.order_id], c.linked_by)
                        for c in ConversationOrder.select()),
        "products": sorted(products.values()),
        "prices": sorted((products[p.product_id], p.currency, p.price, p.as_of)
                         for p in ProductPrice.select()),
        "events": sorted((e.kind, numbers.get(e.order_id)) for e in Event.select()
                         if e.kind not in ("customer_created", "customer_updated")),
        "conversations": sorted((c.subject, people.get(c.customer_id))
                                for c in Conversation.select()),
    }


def import_into(tmp_path, name: str, batch: bool,
                url: str = "") -> tuple[dict[str, list], apply.ImportResult]:
    path = ex.write_xlsx(tmp_path / f"{name}.xlsx", ex.shopee_rows(file_orders()),
                         above=[["Shopee Seller Centre"]])
    database = ledger_before(url or tmp_path / f"{name}.sqlite3")
    try:
        result = apply.commit(apply.preview(path), batch=batch)
        again = apply.commit(apply.preview(path), batch=batch)  # a re-import doubles nothing
        assert (again.new, again.updated, again.refused[:0]) == (0, 0, [])
        return snapshot(), result
    finally:
        database.close()


def test_the_bulk_path_writes_what_the_order_by_order_path_writes(tmp_path):
    one_by_one, slow = import_into(tmp_path, "slow", batch=False)
    bulk, fast = import_into(tmp_path, "fast", batch=True)

    assert (fast.new, fast.updated, fast.unchanged) == (slow.new, slow.updated, slow.unchanged)
    assert [(r.number, r.reason.id) for r in fast.refused] == \
        [(r.number, r.reason.id) for r in slow.refused] == \
        [("261103ABCD0006", "shipment.shipped_in_future")]
    for key in one_by_one:
        assert bulk[key] == one_by_one[key], key
    # and what they wrote is what the file says (not two equal mistakes)
    assert fast.new == 6
    assert ("Pesanan 261103ABCD0001", "261103ABCD0001", "auto") in bulk["links"]
    assert ("Question", "261103ABCD0003", "auto") in bulk["links"]
    assert ("Re: Question", "261103ABCD0005", "auto") in bulk["links"]
    assert ("Mei Ling", "+60171234567", "8 Jalan Bunga, 81100 Johor Bahru", "MY", "", "",
            ["mei@example.test"]) in bulk["customers"]  # the known buyer, filled in
    ali = [o for o in bulk["orders"] if o[0] in ("261103ABCD0002", "261103ABCD0003")]
    assert [o[11] for o in ali] == [None, "3 Lorong Kenari, 10450 George Town"]
    scarf = [p for p in bulk["prices"] if p[0][0] == "Batik silk scarf"]
    assert [(p[2], p[3]) for p in scarf] == [(Decimal("49.00"), datetime(2026, 11, 5, 2, 0,
                                                                          tzinfo=UTC))]


def test_both_paths_write_the_same_on_postgresql(tmp_path, pg_url_factory):
    one_by_one, slow = import_into(tmp_path, "slow", batch=False, url=pg_url_factory())
    bulk, fast = import_into(tmp_path, "fast", batch=True, url=pg_url_factory())

    assert (fast.new, len(fast.refused)) == (slow.new, len(slow.refused)) == (6, 1)
    for key in one_by_one:
        assert bulk[key] == one_by_one[key], key
    assert len(bulk["links"]) == 3


def test_an_import_cut_off_before_its_link_step_is_linked_at_the_next_start(tmp_path):
    path = ex.write_xlsx(tmp_path / "o.xlsx", ex.shopee_rows(file_orders()))
    database = ledger_before(tmp_path / "ledger.sqlite3")
    result = apply.commit(apply.preview(path), link=False)  # the app closed right here
    assert result.new == 6
    assert ConversationOrder.select().count() == 0
    assert PendingLink.select().count() == 6  # the promise went in with the orders
    database.close()

    database = db.open_database(f"sqlite:///{tmp_path / 'ledger.sqlite3'}")  # next start
    try:
        assert linking.link_owed() == 3
        linked = sorted((c.conversation.subject, c.order.number)
                        for c in ConversationOrder.select())
        assert linked == [("Pesanan 261103ABCD0001", "261103ABCD0001"),
                          ("Question", "261103ABCD0003"), ("Re: Question", "261103ABCD0005")]
        assert PendingLink.select().count() == 0
        assert linking.link_owed() == 0  # paid once
    finally:
        database.close()


def test_a_cancelled_bulk_import_writes_nothing_and_owes_no_links(tmp_path):
    path = ex.write_xlsx(tmp_path / "o.xlsx", ex.shopee_rows(file_orders()))
    database = ledger_before(tmp_path / "ledger.sqlite3")
    try:
        before = (Customer.select().count(), Event.select().count())
        stop = threading.Event()
        stop.set()
        with pytest.raises(apply.ImportCancelled):
            apply.commit(apply.preview(path), cancel=stop)
        assert (Order.select().count(), PendingLink.select().count()) == (1, 0)
        assert (Customer.select().count(), Event.select().count()) == before
    finally:
        database.close()


def test_a_number_another_writer_took_meanwhile_falls_back_to_order_by_order(
        tmp_path, monkeypatch):
    path = ex.write_xlsx(tmp_path / "o.xlsx", ex.shopee_rows(file_orders()))
    database = ledger_before(tmp_path / "ledger.sqlite3")
    try:
        shown = apply.preview(path)
        # another laptop of the team saves one of the file's orders after the plan was made
        planned = apply.plan
        monkeypatch.setattr(apply, "plan", lambda parsed: (
            planned(parsed), orders.create_order(
                "261103ABCD0002", "shopee", [{"title": "Songket", "unit_price": "120"}],
                placed_at=T0))[0])

        result = apply.commit(shown)

        assert result.new == 5
        assert sorted((r.number, r.reason.id) for r in result.refused) == [
            ("261103ABCD0002", "order.duplicate"),
            ("261103ABCD0006", "shipment.shipped_in_future")]
        assert Order.select().where(Order.number.startswith("261103")).count() == 6
        assert OrderItem.select().join(Order).where(
            Order.number == "261103ABCD0002").count() == 1  # the other writer's, alone
        assert ConversationOrder.select().count() == 3  # and the links were made
    finally:
        database.close()
