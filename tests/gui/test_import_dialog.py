"""Import orders on the Orders screen: Ctrl+I, the preview with its refused rows, the
import on a worker, Stop, and the column mapping for a file no layout knows."""

from __future__ import annotations

import pytest
from helpers import exports as ex

from seller_desk.core.common.settings import Settings
from seller_desk.core.store import db
from seller_desk.core.store.models import Customer, Order
from seller_desk.ui import i18n
from seller_desk.ui.app import make_application
from seller_desk.ui.orders import OrdersPage
from seller_desk.ui.orders.importing import ImportDialog, MappingDialog
from seller_desk.ui.qt import QFileDialog, Qt

ORDERS = [
    dict(number="261103GUI1", status="Shipping", tracking="SPXMY0001112223",
         courier="SPX Express", name="Siti Aminah", phone="0123456789",
         items=[("Batik scarf", "BTK", 2, 45.9)]),
    dict(number="261103GUI2", name="Ali", items=[("Songket", "SG", "two", 120)]),
    dict(number="261103GUI3", status="Completed", name="Farah", phone="0172223333",
         items=[("Kopiah", "KP", 1, 15)]),
]


@pytest.fixture
def page(qtbot, tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    make_application()
    i18n.install("en")  # the plural forms of the English texts
    widget = OrdersPage(Settings())
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    database.close()


def previewed(qtbot, dialog: ImportDialog) -> ImportDialog:
    qtbot.waitUntil(lambda: dialog.state in ("preview", "mapping", "failed"), timeout=10000)
    return dialog


def test_ctrl_i_opens_the_preview_and_the_import_writes_the_orders(qtbot, page, tmp_path,
                                                                   monkeypatch):
    path = ex.write_xlsx(tmp_path / "Order.all.xlsx", ex.shopee_rows(ORDERS))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    qtbot.keyClick(page, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    previewed(qtbot, dialog)

    assert dialog.counts["new"].figure.text() == "2"
    assert dialog.counts["refused"].figure.text() == "1"
    assert dialog.tabs.currentIndex() == 0  # the refused rows first: the seller must see why
    assert dialog.refused_table.item(0, 0).text() == "261103GUI2"
    assert dialog.refused_table.item(0, 1).text() == "3"
    assert "“two”" in dialog.refused_table.item(0, 2).text()
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 2 orders"
    assert Order.select().count() == 0

    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert dialog.state == "done"
    assert "Imported: 2 new, 0 updated, 0 unchanged, 1 refused." in dialog.about.text()
    assert dialog.cancel_button.text() == "Close"
    assert sorted(o.number for o in Order.select()) == ["261103GUI1", "261103GUI3"]
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=5000)


def test_stop_during_the_import_keeps_nothing(qtbot, page, tmp_path):
    many = [dict(number=f"2611S{i:04d}", name=f"Buyer {i}", phone=f"01{i:08d}",
                 items=[("Songket", "SG", 1, 120)]) for i in range(400)]
    path = ex.write_xlsx(tmp_path / "many.xlsx", ex.shopee_rows(many))
    dialog = previewed(qtbot, page.import_orders(str(path)))
    dialog.import_button.click()
    assert dialog.cancel_button.text() == "Stop"
    dialog.reject()  # Stop: the dialog stays until the worker has let go
    qtbot.waitUntil(lambda: dialog.state == "failed", timeout=15000)
    assert dialog.message.text() == "The import was stopped. Nothing was saved."
    assert (Order.select().count(), Customer.select().count()) == (0, 0)


def test_an_unknown_file_asks_for_its_columns_then_imports(qtbot, page, tmp_path):
    rows = [["Ref", "Date", "Item", "Qty", "Price", "Buyer", "HP"],
            ["WEB-1", "2026-11-03", "Songket", 2, "120.00", "Ali", "0191112222"],
            ["WEB-2", "2026-11-04", "Sarong", 1, "30.00", "Siti", "0123456789"]]
    path = ex.write_csv(tmp_path / "web shop.csv", rows)
    dialog = previewed(qtbot, page.import_orders(str(path)))
    assert dialog.state == "mapping"
    qtbot.waitUntil(lambda: dialog.mapping_dialog is not None
                    and dialog.mapping_dialog.isVisible(), timeout=10000)
    mapping: MappingDialog = dialog.mapping_dialog
    assert mapping.name.text() == "web shop"
    assert mapping.pickers["number"].currentData() == "Ref"  # guessed from the header
    assert mapping.pickers["title"].currentData() == "Item"
    mapping.pickers["number"].setCurrentIndex(0)
    assert mapping.save() is None  # the order number is needed
    assert "order number" in mapping.error.text()
    mapping.pickers["number"].setCurrentIndex(mapping.pickers["number"].findData("Ref"))
    mapping.channel.setCurrentIndex(mapping.channel.findData("web"))
    assert mapping.save() is not None
    qtbot.waitUntil(lambda: dialog.state == "preview", timeout=10000)
    assert dialog.counts["new"].figure.text() == "2"
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert {(o.number, o.channel) for o in Order.select()} == {("WEB-1", "web"), ("WEB-2", "web")}
