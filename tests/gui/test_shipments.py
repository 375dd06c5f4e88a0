"""The shipments screen: add a parcel from an order, send the shipped email, deliver, late."""

from __future__ import annotations

import contextlib
import zlib
from datetime import timedelta
from decimal import Decimal
from email import message_from_bytes, policy

import pytest

from seller_desk.core.common.settings import Settings
from seller_desk.core.shop import customers, orders, shipping
from seller_desk.core.store import db
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Account, Order, OutboxMessage, Shipment
from seller_desk.core.templates import canned as templates
from seller_desk.ui.app import make_application
from seller_desk.ui.qt import QDesktopServices, Qt, QUrl
from seller_desk.ui.shipments import ShipmentsPage
from seller_desk.ui.shipments.dialog import ShipmentDialog


@pytest.fixture
def shop(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    templates.install_defaults()
    Account.create(name="Shop", email="hello@norabatik.my", username="hello@norabatik.my",
                   imap_host="127.0.0.1", smtp_host="127.0.0.1")
    settings = Settings()
    settings.set("seller.name", "Nora")
    settings.set("seller.shop_name", "Nora Batik")
    yield settings
    database.close()


def paid_order(number: str = "WA-0001", email: str = "aminah@example.com") -> Order:
    buyer = customers.create_customer("Nur Aminah binti Yusof", [email] if email else [])
    return orders.create_order(number, "whatsapp", [{"title": "Batik scarf", "quantity": 1,
                                                     "unit_price": Decimal("45")}],
                               customer=buyer, status="paid",
                               placed_at=utcnow() - timedelta(days=2))


@pytest.fixture
def page(qtbot, shop):
    make_application()
    widget = ShipmentsPage(shop)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.refresh()
    return widget


def raw_text(row: OutboxMessage) -> str:
    raw = bytes(row.raw)
    with contextlib.suppress(zlib.error):
        raw = zlib.decompress(raw)
    msg = message_from_bytes(raw, policy=policy.default)
    return msg.get_body(("plain",)).get_content()


def test_a_parcel_is_added_and_the_shipped_email_goes_with_one_click(qtbot, page):
    order = paid_order()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(ShipmentDialog)
    assert dialog is not None
    assert dialog.order.currentData() == order.id  # the paid order waiting for a parcel
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.courier.setCurrentIndex(dialog.courier.findData("poslaju"))
    dialog.tracking.setFocus()
    qtbot.keyClicks(dialog.tracking, "en 123 456 789 my")
    assert "working days" in dialog.eta.text()
    assert dialog.send_message.isChecked()
    with qtbot.waitSignals([dialog.saved, dialog.message_queued], timeout=3000), \
            qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(dialog.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    parcel = Shipment.get()
    assert parcel.tracking_number == "EN123456789MY" and parcel.status == "in_transit"
    assert parcel.eta == shipping.eta("poslaju", parcel.shipped_at)
    assert Order.get_by_id(order.id).status == "shipped"
    queued = OutboxMessage.get()
    assert queued.recipients == "aminah@example.com" and queued.order_id == order.id
    body = raw_text(queued)
    assert "EN123456789MY" in body
    assert "https://tracking.pos.com.my/tracking/EN123456789MY" in body
    assert page.model.rows[0].tracking_number == "EN123456789MY"

    # the button on the screen does not send it a second time
    page.table.selectRow(0)
    page.send_shipped_message()
    qtbot.waitUntil(lambda: "already" in page.status.text(), timeout=3000)
    assert OutboxMessage.select().count() == 1


def test_a_wrong_tracking_number_can_be_saved_anyway(qtbot, page):
    order = paid_order()
    dialog = page.add_shipment(order.id)
    dialog.courier.setCurrentIndex(dialog.courier.findData("poslaju"))
    dialog.tracking.setText("12345")
    dialog.send_message.setChecked(False)
    assert dialog.save() is None
    assert dialog.fields["tracking_number"].error.isVisible()
    assert dialog.focusWidget() is dialog.tracking
    assert dialog.accept_unusual.isVisible()
    dialog.accept_unusual.setChecked(True)
    assert dialog.save() is not None
    assert Shipment.get().tracking_number == "12345"
    assert OutboxMessage.select().count() == 0


def test_a_corrected_tracking_number_loses_its_error(qtbot, page):
    order = paid_order()
    dialog = page.add_shipment(order.id)
    dialog.courier.setCurrentIndex(dialog.courier.findData("poslaju"))
    dialog.tracking.setText("12345")
    dialog.send_message.setChecked(False)
    assert dialog.save() is None
    error = dialog.fields["tracking_number"].error
    assert error.isVisible() and dialog.accept_unusual.isVisible()
    dialog.tracking.clear()
    qtbot.keyClicks(dialog.tracking, "EN123456789MY")
    assert not error.isVisible()
    assert not dialog.accept_unusual.isVisible()
    assert not dialog.tracking.property("invalid")


def test_without_a_customer_address_the_parcel_is_kept_and_the_reason_shown(qtbot, page):
    order = paid_order(email="")
    dialog = page.add_shipment(order.id)
    dialog.courier.setCurrentIndex(dialog.courier.findData("jnt_my"))
    dialog.tracking.setText("630012345678")
    assert dialog.save() is not None
    assert Shipment.select().count() == 1
    assert dialog.isVisible() and "no email address" in dialog.banner.text()
    assert OutboxMessage.select().count() == 0


def test_late_parcels_come_first_and_are_marked(qtbot, page, shop):
    late_order, fresh_order = paid_order("WA-0001"), paid_order("WA-0002", "b@example.com")
    shipping.add_shipment(fresh_order, "poslaju", "EN000000001MY", shipped_at=utcnow())
    shipping.add_shipment(late_order, "poslaju", "EN000000002MY",
                          shipped_at=utcnow() - timedelta(days=1),
                          eta_date=(utcnow() - timedelta(days=3)).date())
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    first = page.model.rows[0]
    assert first.tracking_number == "EN000000002MY" and first.is_late
    status = page.model.index(0, 6).data()
    assert "late" in status
    assert page.model.index(0, 6).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.model.index(1, 6).data(Qt.ItemDataRole.ForegroundRole) is None
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.set_view("late")
    assert [r.tracking_number for r in page.model.rows] == ["EN000000002MY"]


def test_mark_delivered_and_open_the_tracking_page(qtbot, page, monkeypatch):
    order = paid_order()
    shipping.add_shipment(order, "poslaju", "EN123456789MY", shipped_at=utcnow())
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    page.table.selectRow(0)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(QUrl(url).toString()) or True)
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["https://tracking.pos.com.my/tracking/EN123456789MY"]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert Shipment.get().status == "delivered"
    assert Order.get_by_id(order.id).status == "delivered"
    assert page.model.rowCount() == 0  # no longer on the way
