"""Importing Seller Centre order exports: each marketplace's file as it is downloaded
(header rows not on the first line, both header languages, item rows grouped into orders,
trailer rows, bad rows), imported, re-imported, and checked in the ledger."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from helpers import exports as ex

from seller_desk.core.common.errors import UserError
from seller_desk.core.shop.imports import apply, mappings, values
from seller_desk.core.store.models import Customer, Event, Order, OrderItem, Shipment

pytestmark = pytest.mark.usefixtures("memory_database")


SITI = dict(name="Siti Aminah", phone="60123456789",
            address="12 Jalan Mawar, Taman Melati, 53100 Kuala Lumpur")


def shopee_orders() -> list[dict]:
    return [
        dict(number="261103ABCD01", status="Completed", tracking="SPXMY0001112223",
             courier="SPX Express", items=[("Batik silk scarf", "BTK-1", 2, 45.9),
                                           ("Pandan soap", "SOAP-3", 1, 12.5)],
             fee=4.9, **SITI),
        dict(number="261103ABCD02", status="To ship", name="Ali Hassan", phone="019-876 5432",
             address="3 Lorong Kenari, 10450 George Town", items=[("Songket", "SG-1", 1, 120)]),
        dict(number="261103ABCD03", status="Unpaid", items=[("Kain pelikat", "KP-2", 3, 18)],
             **SITI),
    ]


def order(number: str) -> Order:
    return Order.get(Order.number == number)


def test_a_shopee_export_in_english_below_branding_rows_makes_orders_customers_and_parcels(
        tmp_path):
    path = ex.write_xlsx(tmp_path / "Order.all.20261103.xlsx", ex.shopee_rows(shopee_orders()),
                         above=[["Shopee Seller Centre"], ["My Sales: all orders"]])
    preview = apply.preview(path)
    assert (preview.source, preview.language) == ("shopee", "en")
    assert (preview.new, preview.updated, preview.unchanged, preview.refused) == (3, 0, 0, [])
    assert Order.select().count() == 0  # the preview writes nothing

    result = apply.commit(preview)

    assert (result.new, result.refused) == (3, [])
    first = order("261103ABCD01")
    assert (first.channel, first.currency, first.status) == ("shopee", "MYR", "completed")
    assert first.total == Decimal("45.90") * 2 + Decimal("12.50") + Decimal("4.90")
    assert first.placed_at == datetime(2026, 11, 3, 6, 22, tzinfo=UTC)  # 14:22 in Malaysia
    items = [(i.title, i.sku, i.quantity, i.unit_price) for i in first.items.order_by(OrderItem.id)]
    assert items == [("Batik silk scarf", "BTK-1", 2, Decimal("45.90")),
                     ("Pandan soap", "SOAP-3", 1, Decimal("12.50"))]
    siti = first.customer
    assert (siti.name, siti.phone, siti.address, siti.country) == (
        "Siti Aminah", "+60123456789", SITI["address"], "MY")
    assert order("261103ABCD03").customer_id == siti.id  # found again by her phone
    assert order("261103ABCD02").customer.phone == "+60198765432"
    assert Customer.select().count() == 2
    parcel = Shipment.get(Shipment.order == first.id)
    assert (parcel.courier, parcel.tracking_number, parcel.status) == (
        "spx_my", "SPXMY0001112223", "delivered")
    assert order("261103ABCD03").status == "awaiting_payment"
    assert order("261103ABCD02").status == "paid"


def test_re_importing_the_same_file_doubles_nothing(tmp_path):
    path = ex.write_xlsx(tmp_path / "orders.xlsx", ex.shopee_rows(shopee_orders()))
    apply.commit(apply.preview(path))
    counts = (Order.select().count(), OrderItem.select().count(), Customer.select().count(),
              Shipment.select().count(), Event.select().count())

    again = apply.preview(path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    result = apply.commit(again)

    assert (result.new, result.updated, result.unchanged) == (0, 0, 3)
    assert (Order.select().count(), OrderItem.select().count(), Customer.select().count(),
            Shipment.select().count(), Event.select().count()) == counts


def test_a_newer_file_moves_status_payment_and_tracking_forward(tmp_path):
    first = [dict(number="261103XY", status="Unpaid", items=[("Songket", "SG", 1, 120)], **SITI)]
    apply.commit(apply.preview(ex.write_xlsx(tmp_path / "a.xlsx", ex.shopee_rows(first))))
    assert order("261103XY").status == "awaiting_payment"

    shipped = [dict(first[0], status="Shipping", paid="2026-11-03 15:00",
                    tracking="SPXMY0009998887", courier="SPX Express")]
    preview = apply.preview(ex.write_xlsx(tmp_path / "b.xlsx", ex.shopee_rows(shipped)))
    assert preview.updated == 1
    assert set(preview.plans[0].changes) == {"status", "payment", "tracking"}
    apply.commit(preview)
    moved = order("261103XY")
    assert moved.status == "shipped"
    assert moved.paid_at == datetime(2026, 11, 3, 7, 0, tzinfo=UTC)
    assert [s.tracking_number for s in moved.shipments] == ["SPXMY0009998887"]

    done = [dict(shipped[0], status="Completed")]
    apply.commit(apply.preview(ex.write_xlsx(tmp_path / "c.xlsx", ex.shopee_rows(done))))
    assert order("261103XY").status == "completed"
    assert [s.status for s in order("261103XY").shipments] == ["delivered"]
    # an older file (unpaid again) never moves the order back
    old = apply.preview(tmp_path / "a.xlsx")
    assert old.unchanged == 1
    apply.commit(old)
    assert order("261103XY").status == "completed"


def test_a_shopee_export_in_indonesian_is_in_rupiah_with_indonesian_couriers(tmp_path):
    rows = ex.shopee_rows([
        dict(number="2611IDR01", status="Sedang Dikirim", tracking="JP1234567890",
             courier="J&T Express", name="Dewi Lestari", phone="081234567890",
             address="Jl. Merdeka No. 5, Bandung", items=[("Kemeja batik", "KB-1", 2, "Rp 150.000")],
             fee="Rp 12.000"),
        dict(number="2611IDR02", status="Selesai", items=[("Tas anyaman", "TA", 1, 89000)]),
    ], language="id")
    preview = apply.preview(ex.write_xlsx(tmp_path / "Pesanan.xlsx", rows))
    assert (preview.source, preview.language, preview.new) == ("shopee", "id", 2)
    apply.commit(preview)
    shirt = order("2611IDR01")
    assert (shirt.currency, shirt.status, shirt.total) == ("IDR", "shipped", Decimal("312000.00"))
    assert shirt.customer.phone == "+6281234567890"
    assert [(s.courier, s.tracking_number) for s in shirt.shipments] == [("jnt_id", "JP1234567890")]
    assert order("2611IDR02").status == "completed"


LAZADA = [
    dict(number="401234567", name="Nurul Huda", phone="+60 12-222 3333", address="8 Jalan Ipoh",
         city="Kuala Lumpur", courier="LEX MY", tracking="MYMPA0123456789",
         items=[("Tudung bawal", "TB-01", 2, "25.00"), ("Kerongsang", "KR-02", 1, "9.90")]),
    dict(number="401234568", name="Farid", status="pending", items=[("Kopiah", "KP", 1, "15.00")]),
]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_lazada_export_groups_its_one_row_per_unit_into_orders(tmp_path, kind):
    rows = ex.lazada_rows(LAZADA)
    path = (ex.write_csv(tmp_path / "lazada.csv", rows) if kind == "csv"
            else ex.write_xlsx(tmp_path / "lazada.xlsx", rows))
    preview = apply.preview(path)
    assert (preview.source, preview.new, preview.rows_read) == ("lazada", 2, 4)
    apply.commit(preview)
    first = order("401234567")
    assert (first.channel, first.currency, first.status) == ("lazada", "MYR", "delivered")
    assert sorted((i.title, i.quantity, i.unit_price) for i in first.items) == [
        ("Kerongsang", 1, Decimal("9.90")), ("Tudung bawal", 1, Decimal("25.00")),
        ("Tudung bawal", 1, Decimal("25.00"))]
    assert first.customer.address == "8 Jalan Ipoh, Kuala Lumpur, Malaysia"
    assert [(s.courier, s.status) for s in first.shipments] == [("lazada_logistics", "delivered")]
    assert order("401234568").status == "paid"


def test_a_tokopedia_export_with_its_header_on_row_5_and_blank_repeated_cells(tmp_path):
    rows = ex.tokopedia_rows([
        dict(number="INV/20261103/MPL/123456789", name="Budi Santoso", phone="6285711112222",
             address="Jl. Asia Afrika 8", courier="JNE Reguler", tracking="CGK1234567890",
             status="Pesanan Dikirim",
             items=[("Kain batik tulis", "KBT-1", 1, "Rp 350.000"), ("Selendang", "SL-2", 2, 75000)]),
        dict(number="INV/20261103/MPL/123456790", status="Pesanan Selesai",
             name="Rina", items=[("Blangkon", "BL", 1, 60000)], courier="SiCepat REG",
             tracking="000123456789"),
    ])
    preview = apply.preview(ex.write_xlsx(tmp_path / "Daftar Transaksi.xlsx", rows))
    assert (preview.source, preview.new, preview.refused) == ("tokopedia", 2, [])
    apply.commit(preview)
    batik = order("INV/20261103/MPL/123456789")
    assert (batik.currency, batik.status) == ("IDR", "shipped")
    assert batik.total == Decimal("350000") + 2 * Decimal("75000") + Decimal("18000")
    assert batik.items.count() == 2  # the second row had no invoice number: same order
    assert [(s.courier, s.tracking_number) for s in batik.shipments] == [("jne", "CGK1234567890")]
    assert [s.courier for s in order("INV/20261103/MPL/123456790").shipments] == ["sicepat"]


def test_a_tiktok_shop_export_takes_the_price_after_discount_and_the_country(tmp_path):
    rows = ex.tiktok_rows([
        dict(number="576461234567890123", status="Shipped", tracking="JX1234567890",
             courier="J&T Express", name="Putri", phone="(+62)81398765432",
             address="Jl. Kemang Raya 10", items=[("Gamis", "GM-1", 2, 200000)], line=360000),
        dict(number="576461234567890124", status="Completed", country="Malaysia",
             tracking="EN123456789MY", courier="Pos Laju", name="Aina",
             items=[("Baju kurung", "BK", 1, 89)], line=79),
    ])
    preview = apply.preview(ex.write_xlsx(tmp_path / "To ship order.xlsx", rows))
    assert (preview.source, preview.new) == ("tiktok", 2)
    apply.commit(preview)
    gamis = order("576461234567890123")
    # TikTok Shop is its own channel (issue 15), in the currency of the file's country
    assert (gamis.channel, gamis.currency, gamis.total) == ("tiktok", "IDR", Decimal("360000.00"))
    assert [i.unit_price for i in gamis.items] == [Decimal("180000.00")]
    assert gamis.customer.phone == "+6281398765432"
    kurung = order("576461234567890124")
    assert (kurung.channel, kurung.currency) == ("tiktok", "MYR")
    assert [s.courier for s in kurung.shipments] == ["poslaju"]


def test_an_ebay_report_with_a_sep_line_a_preamble_order_rows_and_trailers(tmp_path):
    rows = ex.ebay_rows([
        dict(number="12-34567-89012", buyer="jdoe", name="John Doe", email="jdoe@example.com",
             address="1 Main St", shipped="Nov-04-26", tracking="1Z999AA10123456784",
             service="UPS Ground", items=[("Batik tie", "TIE-1", 1, "45.99"),
                                          ("Batik pocket square", "PS-1", 2, "12.50")]),
        dict(number="12-34567-89013", name="Mary Roe", items=[("Sarong", "SR", 1, "30.00")],
             paid=""),
    ])
    path = ex.write_csv(tmp_path / "eBay-OrdersReport-Nov-04-2026.csv", rows,
                        preamble=["sep=,", '"Orders report"', ""])
    preview = apply.preview(path)
    assert (preview.source, preview.language, preview.new, preview.refused) == (
        "ebay", "en", 2, [])
    apply.commit(preview)
    tie = order("12-34567-89012")
    assert (tie.channel, tie.currency, tie.status) == ("ebay", "USD", "shipped")
    assert sorted((i.title, i.quantity, i.unit_price) for i in tie.items) == [
        ("Batik pocket square", 2, Decimal("12.50")), ("Batik tie", 1, Decimal("45.99"))]
    assert tie.shipping_fee == Decimal("5.00")
    assert [(s.courier, s.tracking_number) for s in tie.shipments] == [
        ("ups", "1Z999AA10123456784")]
    assert tie.customer.addresses.get().email == "jdoe@example.com"
    assert order("12-34567-89013").status == "awaiting_payment"


def test_a_refused_row_of_an_ebay_report_is_named_by_its_line_in_the_file(tmp_path):
    rows = ex.ebay_rows([dict(number="12-1", items=[("Tie", "T", 1, "45.99")]),
                         dict(number="12-2", items=[("Sarong", "S", 1, "thirty")])])
    path = ex.write_csv(tmp_path / "report.csv", rows, preamble=["sep=,"])
    preview = apply.preview(path)
    assert [(r.number, r.rows, r.reason.id) for r in preview.refused] == [
        ("12-2", (4,), "import.bad_amount")]  # line 1 "sep=,", 2 the header, 3 and 4 orders
    assert path.read_text(encoding="utf-8-sig").splitlines()[3].startswith('1002,12-2')


def test_a_uk_ebay_report_says_post_to_and_is_in_pounds(tmp_path):
    rows = ex.ebay_rows([dict(number="23-11111-22222", name="Amy Pond", address="7 Leadworth Rd",
                              country="United Kingdom", placed="03-Nov-26", paid="03-Nov-26",
                              items=[("Batik cushion", "CU-1", 1, "19.99")])], uk=True)
    preview = apply.preview(ex.write_csv(tmp_path / "uk.csv", rows))
    assert (preview.source, preview.language) == ("ebay", "en_gb")
    apply.commit(preview)
    cushion = order("23-11111-22222")
    assert (cushion.currency, cushion.status, cushion.total) == ("GBP", "paid", Decimal("24.99"))
    assert cushion.customer.address.startswith("7 Leadworth Rd")


def test_a_bad_row_refuses_its_whole_order_and_nothing_of_it_is_written(tmp_path):
    rows = ex.shopee_rows([
        dict(number="261103GOOD", items=[("Songket", "SG", 1, 120)], name="Ali", phone="0191112222"),
        dict(number="261103BAD", name="Zara", phone="0173334444",
             items=[("Batik scarf", "BTK", 1, 45), ("Pandan soap", "SOAP", "two", 12)]),
        dict(number="261103WHEN", placed="yesterday", items=[("Kopiah", "KP", 1, 15)]),
    ])
    rows.append(["", "Completed", "", "", "2026-11-03 10:00", "", "Lost item", "", "", 10, 1,
                 "", "", "", "", "", 0, ""])
    preview = apply.preview(ex.write_xlsx(tmp_path / "bad.xlsx", rows))
    refused = {r.number: (r.rows, r.reason.id, r.reason.params) for r in preview.refused}
    assert refused == {
        "261103BAD": ((3, 4), "import.bad_quantity", {"value": "two"}),
        "261103WHEN": ((5,), "import.bad_date", {"value": "yesterday"}),
        "": ((6,), "import.no_number", {}),
    }
    assert preview.refused[0].reason.english() == \
        "The quantity “two” is not a whole number of at least 1."
    result = apply.commit(preview)
    assert (result.new, len(result.refused)) == (1, 3)
    assert [o.number for o in Order.select()] == ["261103GOOD"]
    assert [c.name for c in Customer.select()] == ["Ali"]  # no customer for the refused order


def test_an_unknown_status_or_courier_is_refused_in_plain_words(tmp_path):
    rows = ex.shopee_rows([
        dict(number="A1", status="Lost in space", items=[("Songket", "SG", 1, 120)]),
        dict(number="A2", tracking="ZZ123", courier="Pigeon Post", items=[("Kopiah", "KP", 1, 15)]),
    ])
    preview = apply.preview(ex.write_xlsx(tmp_path / "odd.xlsx", rows))
    reasons = {r.number: r.reason.english() for r in preview.refused}
    assert reasons == {"A1": "The order status “Lost in space” is not one Seller Desk knows.",
                       "A2": "The courier “Pigeon Post” is not one Seller Desk knows."}


def test_cancelling_mid_import_leaves_nothing(tmp_path):
    many = [dict(number=f"2611C{i:04d}", name=f"Buyer {i}", phone=f"01{i:08d}",
                 items=[("Songket", "SG", 1, 120)], tracking=f"SPXMY{i:010d}",
                 courier="SPX Express", status="Shipping") for i in range(120)]
    preview = apply.preview(ex.write_xlsx(tmp_path / "many.xlsx", ex.shopee_rows(many)))
    cancel = threading.Event()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= 50:
            cancel.set()  # the seller pressed Cancel half-way

    with pytest.raises(apply.ImportCancelled) as stopped:
        apply.commit(preview, progress=progress, cancel=cancel)
    assert stopped.value.text() == "The import was stopped. Nothing was saved."
    assert max(seen) >= 50
    assert (Order.select().count(), Customer.select().count(), Shipment.select().count(),
            Event.select().count()) == (0, 0, 0, 0)


def test_an_unknown_file_is_mapped_once_and_recognised_next_time(tmp_path):
    rows = [["My shop orders"], ["Ref", "Date", "Item", "Qty", "Price", "Buyer", "HP", "Status"],
            ["WEB-1", "2026-11-03", "Songket", 2, "120.00", "Ali", "0191112222", "paid"],
            ["WEB-1", "2026-11-03", "Kopiah", 1, "15.00", "Ali", "0191112222", "paid"],
            ["WEB-2", "2026-11-04", "Sarong", 1, "30.00", "Siti", "0123456789", "shipped"]]
    path = ex.write_csv(tmp_path / "web.csv", rows)
    with pytest.raises(apply.UnknownLayout) as unknown:
        apply.preview(path)
    assert unknown.value.headers[:3] == ["Ref", "Date", "Item"]
    assert unknown.value.msg.id == "import.layout_unknown"

    mapping = mappings.save(mappings.Mapping(
        "Web shop", "web", "MYR", {"number": "Ref", "placed_at": "Date", "title": "Item",
                                   "quantity": "Qty", "unit_price": "Price",
                                   "customer_name": "Buyer", "phone": "HP",
                                   "status": "Status"}))
    assert mappings.for_headers(unknown.value.headers) == mapping

    preview = apply.preview(path)  # offered by itself the next time
    assert (preview.source, preview.new) == ("Web shop", 2)
    apply.commit(preview)
    assert order("WEB-1").total == Decimal("255.00")
    assert (order("WEB-2").channel, order("WEB-2").status) == ("web", "shipped")


def test_a_mapping_needs_a_name_and_the_order_number_and_product_columns():
    with pytest.raises(UserError) as nameless:
        mappings.save(mappings.Mapping(" ", "web", "MYR", {"number": "Ref", "title": "Item"}))
    assert nameless.value.msg.id == "import.mapping_name_missing"
    with pytest.raises(UserError) as incomplete:
        mappings.save(mappings.Mapping("Web", "web", "MYR", {"number": "Ref"}))
    assert incomplete.value.msg.id == "import.mapping_incomplete"


def test_files_that_cannot_be_imported_say_why(tmp_path):
    with pytest.raises(UserError) as missing:
        apply.preview(tmp_path / "gone.xlsx")
    assert missing.value.msg.id == "import.file_missing"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UserError) as unreadable:
        apply.preview(broken)
    assert unreadable.value.msg.id == "import.file_unreadable"
    (tmp_path / "orders.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(UserError) as pdf:
        apply.preview(tmp_path / "orders.pdf")
    assert pdf.value.msg.id == "import.format_unknown"
    path = ex.write_xlsx(tmp_path / "s.xlsx", ex.shopee_rows(shopee_orders()))
    with pytest.raises(UserError) as source:
        apply.preview(path, source="amazon")
    assert source.value.msg.id == "import.source_unknown"
    assert "shopee" in source.value.hint


def test_amounts_are_read_as_each_export_writes_them():
    assert values.amount("$45.99") == Decimal("45.99")
    assert values.amount("RM 1,234.50") == Decimal("1234.50")
    assert values.amount("Rp 150.000", "IDR") == Decimal("150000.00")
    assert values.amount("1.234,50") == Decimal("1234.50")
    assert values.amount("12,50") == Decimal("12.50")
    assert values.amount(39.9) == Decimal("39.90")
    assert values.amount("") is None and values.amount("Non Tunai") is None
    with pytest.raises(values.BadValue):
        values.amount("free")


def test_phone_numbers_become_e164_and_masked_ones_are_left_out():
    assert values.phone("60123456789", "MY") == "+60123456789"
    assert values.phone("012-345 6789", "MY") == "+60123456789"
    assert values.phone("081234567890", "ID") == "+6281234567890"
    assert values.phone("******789", "MY") == ""
    assert values.phone("", "MY") == ""
