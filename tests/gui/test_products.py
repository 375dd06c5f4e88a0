"""The catalogue in the window: the order form's product completer and the products window."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from seller_desk.core.common.settings import Settings
from seller_desk.core.shop import orders, products
from seller_desk.core.store import db
from seller_desk.core.store.models import OrderItem, Product
from seller_desk.ui import forms, i18n
from seller_desk.ui.app import make_application
from seller_desk.ui.orders import OrdersPage
from seller_desk.ui.orders.form import OrderFormDialog
from seller_desk.ui.orders.products import COL_NAME, ProductsDialog
from seller_desk.ui.qt import QApplication, Qt

T0 = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
# the offscreen platform cannot raise windows or grab the keyboard for a popup
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard",
                                       "This plugin does not support propagateSizeHints")


@pytest.fixture
def shop(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    orders.create_order("WA-1", "whatsapp", [
        orders.ItemInput("Batik scarf (Blue)", 1, Decimal("25.00"), "BS-BL"),
        orders.ItemInput("Batik scarf (Red)", 1, Decimal("26.00"), "BS-RD"),
        orders.ItemInput("Pandan soap", 1, Decimal("8.50"))], placed_at=T0)
    orders.create_order("TP-1", "tokopedia", [
        orders.ItemInput("Batik scarf (Blue)", 1, Decimal("150000"), "BS-BL")],
        currency="IDR", placed_at=T0)
    yield database
    database.close()


@pytest.fixture
def form(qtbot, shop, monkeypatch):
    make_application()
    # pytest-qt closes the typed-in form after each test: nobody is there to answer the
    # "Save, discard or keep editing?" question, so it is answered "discard"
    monkeypatch.setattr(forms, "ask_discard", lambda _parent: "discard")
    dialog = OrderFormDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def offers(row) -> list[str]:
    model = row.completer.offer_model
    return [model.item(i).text() for i in range(model.rowCount())]


def test_typing_a_product_offers_the_catalogue_and_choosing_fills_sku_and_price(qtbot, form):
    row = form.items.rows[0]
    row.title.setFocus()
    qtbot.keyClicks(row.title, "scarf bl")
    assert offers(row) == ["Batik scarf (Blue) — RM25.00   [BS-BL]"]
    popup = row.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert row.title.text() == "Batik scarf (Blue)"
    assert row.sku.text() == "BS-BL"
    assert Decimal(row.price.text()) == Decimal("25.00")
    assert form.items.subtotal() == Decimal("25.00")
    assert len(form.items.rows) == 2  # the next line waits


def test_tab_past_the_offers_keeps_what_was_typed_and_moves_on(qtbot, form):
    """Keyboard-only entry: the offers never take a product the seller did not choose."""
    row = form.items.rows[0]
    row.title.setFocus()
    qtbot.keyClicks(row.title, "Batik")
    qtbot.waitUntil(row.completer.popup().isVisible, timeout=2000)
    qtbot.keyClick(row.completer.popup(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.quantity, timeout=2000)
    assert (row.title.text(), row.sku.text(), row.price.text()) == ("Batik", "", "")


def test_the_price_offered_is_the_one_in_the_orders_currency(qtbot, form):
    form.currency.setCurrentText("IDR")
    row = form.items.rows[0]
    row.title.setFocus()
    qtbot.keyClicks(row.title, "scarf")
    rupiah = i18n.format_money(Decimal(150000), "IDR")
    assert offers(row)[0] == f"Batik scarf (Blue) — {rupiah}   [BS-BL]"
    # the red scarf was never sold in rupiah: offered without a price
    assert offers(row)[1] == "Batik scarf (Red)   [BS-RD]"
    form.items.use_product(row, row.completer.offers[products.suggest("scarf red", "IDR")[0].id])
    assert row.price.text() == ""


def test_a_sku_typed_in_the_sku_field_finds_its_product(qtbot, form):
    row = form.items.rows[0]
    row.sku.setFocus()
    qtbot.keyClicks(row.sku, "bs-rd")
    popup = row.sku_completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert (row.title.text(), row.sku.text()) == ("Batik scarf (Red)", "BS-RD")
    assert Decimal(row.price.text()) == Decimal("26.00")


def test_a_switched_off_product_is_not_offered(qtbot, form):
    red = products.suggest("scarf red", "MYR")[0]
    products.set_active(red.id, False)
    row = form.items.rows[0]
    row.title.setFocus()
    qtbot.keyClicks(row.title, "scarf")
    assert offers(row) == ["Batik scarf (Blue) — RM25.00   [BS-BL]"]


def test_an_order_saved_from_a_completion_counts_for_that_product(qtbot, form):
    form.customer.setText("")
    row = form.items.rows[0]
    form.items.use_product(row, products.suggest("pandan", "MYR")[0])
    assert form.save() is not None
    soap = products.suggest("pandan", "MYR")[0]
    assert OrderItem.select().where(OrderItem.product == soap.id).count() == 2
    assert Product.select().count() == 3


@pytest.fixture
def window(qtbot, shop):
    make_application()
    page = OrdersPage(Settings())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    dialog = page.show_products()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=5000)
    return dialog


def select(dialog: ProductsDialog, title: str) -> None:
    row = next(i for i, p in enumerate(dialog.products) if p.title == title)
    dialog.table.setCurrentCell(row, COL_NAME)
    assert dialog.current is not None and dialog.current.title == title


def test_the_products_window_lists_edits_and_refuses_in_place(qtbot, window):
    assert [window.table.item(r, COL_NAME).text() for r in range(3)] == [
        "Batik scarf (Blue)", "Batik scarf (Red)", "Pandan soap"]
    select(window, "Pandan soap")
    window.name.setText("Pandan soap bar")
    window.variant.setText("100 g")
    window.sku.setText("PS-100")
    window.price_edits["MYR"].setText("9.00")
    assert window.save()
    qtbot.waitUntil(lambda: any(p.title == "Pandan soap bar (100 g)" for p in window.products),
                    timeout=5000)
    saved = products.suggest("pandan", "MYR")[0]
    assert (saved.sku, saved.prices) == ("PS-100", {"MYR": Decimal("9.00")})
    # a SKU another product has is refused beside the field, and nothing typed is lost
    window.sku.setText("BS-BL")
    assert not window.save()
    assert window.fields["sku"].error.isVisibleTo(window)
    assert "merge" in window.fields["sku"].error.text()
    assert window.sku.text() == "BS-BL" and window.name.text() == "Pandan soap bar"


def test_switching_off_and_merging_from_the_window(qtbot, window):
    select(window, "Batik scarf (Red)")
    window.active.setChecked(False)
    assert products.suggest("scarf red", "MYR") == []
    blue = products.suggest("scarf blue", "MYR")[0]
    red_id = window.current.id
    assert window.merge_into(blue.id)
    qtbot.waitUntil(lambda: window.table.rowCount() == 2, timeout=5000)
    assert Product.get_or_none(Product.id == red_id) is None
    assert products.get(blue.id).sold == 3
