"""Packing slips, invoices and receipts as PDF, read back with pdftotext: the customer's
language, no prices on a slip, money in its currency, names in other scripts, the order
number as text (and a QR code), several orders one per page, and the command line."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from seller_desk import printing
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.documents import papers
from seller_desk.core.shop import customers, orders, shipping
from seller_desk.core.store import db

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (Debian: poppler-utils) is not installed")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.fixture
def shop(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    settings = Settings()
    settings.set("seller.shop_name", "Nora Batik & Craft")
    settings.set("seller.return_address", "12 Jalan Bunga, 20000 Kuala Terengganu")
    settings.set("seller.payment_methods", "Maybank 1122 3344 5566")
    yield database
    db.close_database()


def order_for(name, language, currency="MYR", number="#1042", phone="+60123456789"):
    customer = customers.create_customer(name=name, phone=phone, language=language)
    order = orders.create_order(
        number=number, channel="web", customer=customer, currency=currency,
        shipping_fee="8" if currency == "MYR" else "15000",
        items=[{"title": "Batik silk scarf", "sku": "BS-01", "quantity": 2,
                "unit_price": "89.00" if currency == "MYR" else "150000"},
               {"title": "Pandan soap", "sku": "", "quantity": 1,
                "unit_price": "12.50" if currency == "MYR" else "25000"}])
    shipping.add_shipment(order, "poslaju", "EN123456789MY")
    return order


@pytest.mark.parametrize(("language", "slip_word", "invoice_word", "currency", "total"), [
    ("en", "Packing slip", "Invoice", "MYR", "RM198.50"),
    ("ms", "Slip pembungkusan", "Invois", "MYR", "RM198.50"),
    ("id", "Slip pengemasan", "Faktur", "IDR", "Rp340.000"),
])
def test_a_slip_and_an_invoice_in_the_customers_language(
        shop, tmp_path, language, slip_word, invoice_word, currency, total):
    order = order_for("Siti Aminah", language, currency)
    slip = tmp_path / "slip.pdf"
    printing.write_pdf([papers.document_for(order, "slip")], slip)
    text = pdf_text(slip)
    assert slip_word in text and "#1042" in text and "Siti Aminah" in text
    assert "Batik silk scarf" in text and "BS-01" in text
    assert "EN123456789MY" in text and "Pos Laju" in text
    assert "RM" not in text and "Rp" not in text  # a slip goes in the parcel: no prices
    # the shop's texts written per language: the customer's version is printed
    Settings().set("seller.payment_methods", {"": "Maybank 1122 3344 5566",
                                              "ms": "", "id": "BCA 123 456 7890"})
    invoice = tmp_path / "invoice.pdf"
    printing.write_pdf([papers.document_for(order, "invoice")], invoice)
    text = pdf_text(invoice)
    assert invoice_word in text and total in text
    assert ("BCA 123 456 7890" if language == "id" else "Maybank 1122 3344 5566") in text


def test_names_in_other_scripts_and_several_orders_one_per_page(shop, tmp_path):
    first = order_for("陈美玲", "en", number="#2001", phone="+60123450001")
    second = order_for("Siti Aminah", "ms", number="#2002", phone="+60123450002")
    path = tmp_path / "two.pdf"
    pages = printing.write_pdf([papers.document_for(o, "slip") for o in (first, second)],
                               path, size="A6")
    assert pages >= 2
    text = pdf_text(path)
    assert "陈美玲" in text and "#2001" in text and "#2002" in text
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "297 x 420 pts" in info  # A6: 105 x 148 mm


def test_a_cancelled_pdf_leaves_nothing(shop, tmp_path):
    import threading

    order = order_for("Siti Aminah", "en")
    stop = threading.Event()
    stop.set()
    path = tmp_path / "none.pdf"
    printing.write_pdf([papers.document_for(order, "slip")], path, cancel=stop)
    assert not path.exists() and not list(tmp_path.glob("*.part"))


def test_the_sellers_own_template_wins_and_a_wrong_field_is_refused(shop, tmp_path):
    order = order_for("Siti Aminah", "en")
    with pytest.raises(ValidationError):
        papers.save_template("slip", "en", "<p>{order.nomber}</p>")
    papers.save_template("slip", "en", "<p>Kiriman untuk {customer.name}: {order.number}</p>")
    assert papers.is_customised("slip", "en")
    html = papers.render_html(papers.document_for(order, "slip"))
    assert html == "<p>Kiriman untuk Siti Aminah: #1042</p>"
    papers.restore_template("slip", "en")
    assert "Packing slip" in papers.render_html(papers.document_for(order, "slip"))


def test_the_qr_code_holds_the_order_number():
    png = printing.qr_png("#1042")
    assert png.startswith(b"\x89PNG")


def test_the_command_line_prints_a_receipt(shop, tmp_path):
    from helpers.cli import run

    data = tmp_path / "data"
    proc = run(data, "print", "slip", "#9999", "-o", str(tmp_path / "x.pdf"))
    assert proc.returncode != 0 and "No order has the number #9999" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_slip_carries_the_orders_own_delivery_address(shop, tmp_path):
    """The order's address wins over the customer's; without one the customer's is used."""
    siti = customers.create_customer(name="Siti Aminah", address="12 Jalan Mawar, Kuala Lumpur")
    gift = orders.create_order("#2001", "web", [{"title": "Batik silk scarf", "quantity": 1,
                                                 "unit_price": "89"}], customer=siti,
                               delivery_address="Ros binti Ali\n3 Lorong Duku, 30000 Ipoh")
    plain = orders.create_order("#2002", "web", [{"title": "Pandan soap", "quantity": 1,
                                                  "unit_price": "12"}], customer=siti)
    slip = tmp_path / "slips.pdf"
    printing.write_pdf([papers.document_for(gift, "slip"), papers.document_for(plain, "slip")],
                       slip)
    first, second = pdf_text(slip).split("\f")[:2]
    assert "3 Lorong Duku, 30000 Ipoh" in first and "Jalan Mawar" not in first
    assert "12 Jalan Mawar, Kuala Lumpur" in second
