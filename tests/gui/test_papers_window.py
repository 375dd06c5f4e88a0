"""Printing from the window: an order's "Print…" saves its packing slip as a PDF on a
worker (read back with pdftotext), and "Slips for today" takes every parcel going out."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from gui.desk_support import close_window, open_window

from seller_desk.core.shop import customers, orders, shipping

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (Debian: poppler-utils) is not installed")


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_window(qtbot, f"sqlite:///{tmp_path / 'w.sqlite3'}")
    yield window
    close_window(qtbot, window)


def test_print_an_orders_slip_to_pdf_and_todays_slips(window, qtbot, tmp_path):
    buyers = [customers.create_customer(name=n, phone=p, language=lang)
              for n, p, lang in (("Siti Aminah", "+60123450001", "ms"),
                                 ("Rina Wijaya", "+60123450002", "id"))]
    made = []
    for n, buyer in enumerate(buyers):
        order = orders.create_order(number=f"#30{n}", channel="web", customer=buyer,
                                    items=[{"title": "Batik scarf", "quantity": 1,
                                            "unit_price": "89"}])
        shipping.add_shipment(order, "poslaju", f"EN12345678{n}MY")
        made.append(order)

    window.show_section("orders")
    page = window.section_page("orders")
    page.detail.show_order(made[0].id)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=10_000)
    assert page.detail.print_button.text() == "Print…"
    dialog = page.detail.print_papers()
    path = tmp_path / "slip.pdf"
    task = dialog.save_pdf(str(path))
    qtbot.waitUntil(lambda: dialog.saved_to == str(path), timeout=20_000)
    assert task is not None
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Slip pembungkusan" in text and "#300" in text and "Siti Aminah" in text
    dialog.reject()

    window.show_section("shipments")
    ships = window.section_page("shipments")
    today = ships.print_todays_slips()
    assert today.order_ids == sorted(o.id for o in made)
    today.reject()
