"""The customers screen: find a customer by phone, edit them, merge two and see their
conversations and orders together; the side panel's earlier conversations open the
profile."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from seller_desk.core.common.settings import Settings
from seller_desk.core.screens.conversation import SidePanelData
from seller_desk.core.shop import customers, orders
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation, Customer, Order
from seller_desk.ui.app import make_application
from seller_desk.ui.conversation.side_panel import SidePanel
from seller_desk.ui.customers import CustomersPage
from seller_desk.ui.qt import Qt

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
SCARF = orders.ItemInput("Batik silk scarf", 1, Decimal("89.00"))


@pytest.fixture
def shop(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    siti = customers.create_customer("Siti Aminah", ["siti@example.test"], phone="0123456789")
    twin = customers.create_customer("Siti A.", ["siti.wa@example.test"], phone="+60123456789")
    customers.create_customer("Budi Santoso", ["budi@example.test"], phone="+628123456789")
    Conversation.create(customer=siti, subject="Tudung warna biru", last_activity_at=T0)
    Conversation.create(customer=twin, subject="WhatsApp chat", channel="whatsapp",
                        last_activity_at=T0 - timedelta(days=1))
    orders.create_order("SHP-2401", "shopee", [SCARF], customer=siti, placed_at=T0)
    orders.create_order("WA-0001", "whatsapp", [SCARF], customer=twin,
                        placed_at=T0 - timedelta(days=2))
    yield database
    database.close()


@pytest.fixture
def page(qtbot, shop):
    make_application()
    widget = CustomersPage(Settings())
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.model.loaded, timeout=5000):
        widget.refresh()
    return widget


def search(qtbot, page, text):
    page.search.setFocus()
    page.search.clear()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClicks(page.search, text)


def timeline_texts(page):
    t = page.profile.timeline
    return [t.item(i).text() for i in range(t.count())]


def test_find_by_phone_edit_and_merge_two(qtbot, page):
    assert page.model.total == 3
    search(qtbot, page, "812 3456 789")  # Budi's phone as written on a note
    assert [r.name for r in page.model.rows] == ["Budi Santoso"]
    search(qtbot, page, "012-345 6789")
    assert {r.name for r in page.model.rows} == {"Siti Aminah", "Siti A."}
    siti = Customer.get(Customer.name == "Siti Aminah")
    page.select_customer(siti.id)
    profile = page.profile
    assert profile.name.text() == "Siti Aminah" and profile.phone.text() == "+60123456789"

    # a phone that cannot be one is refused in plain words and what was typed stays
    profile.phone.setText("12")
    profile.notes.setPlainText("Likes blue")
    assert profile.save() is False
    assert profile.error.isVisible() and "Traceback" not in profile.error.text()
    assert profile.notes.toPlainText() == "Likes blue"
    profile.phone.setText("012 345 6789")
    profile.address.setPlainText("12 Jalan Mawar, 50000 Kuala Lumpur")
    profile.language.setCurrentIndex(profile.language.findData("ms"))
    qtbot.keyClick(profile.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = Customer.get_by_id(siti.id)
    assert (saved.notes, saved.address, saved.language) == (
        "Likes blue", "12 Jalan Mawar, 50000 Kuala Lumpur", "ms")

    # the likely duplicate (same phone) is offered; the confirmation says what moves
    assert len(profile.merge_buttons) == 1 and "Siti A." in profile.merge_buttons[0].text()
    profile.merge_buttons[0].click()
    box = page.merge_box
    assert box is not None and "1 conversation" in box.informativeText()
    keep_this, _keep_other = box.property("keep_buttons")
    keep_this.click()
    qtbot.waitUntil(lambda: Customer.select().count() == 2, timeout=3000)
    texts = " | ".join(timeline_texts(page))
    for title in ("Tudung warna biru", "WhatsApp chat", "SHP-2401", "WA-0001"):
        assert title in texts
    assert profile.profile.emails == ["siti@example.test", "siti.wa@example.test"]


def test_the_timeline_opens_the_conversation_and_the_order(qtbot, page):
    siti = Customer.get(Customer.name == "Siti Aminah")
    page.select_customer(siti.id)
    t = page.profile.timeline
    conv_row = next(i for i in range(t.count()) if "Tudung" in t.item(i).text())
    order_row = next(i for i in range(t.count()) if "SHP-2401" in t.item(i).text())
    with qtbot.waitSignal(page.open_conversation_requested) as opened:
        t.itemActivated.emit(t.item(conv_row))
    assert opened.args == [Conversation.get(Conversation.subject == "Tudung warna biru").id]
    with qtbot.waitSignal(page.open_order_requested) as opened:
        t.itemActivated.emit(t.item(order_row))
    assert opened.args == [Order.get(Order.number == "SHP-2401").id]


def test_the_earlier_conversations_line_opens_the_profile(qtbot, shop):
    make_application()
    panel = SidePanel()
    qtbot.addWidget(panel)
    siti = Customer.get(Customer.name == "Siti Aminah")
    panel.show_data(SidePanelData(conversation_id=1, customer_id=siti.id,
                                  customer_name=siti.name, other_conversations=2))
    assert f'href="customer:{siti.id}"' in panel.customer.body.text()
    with qtbot.waitSignal(panel.customer_open_requested) as opened:
        panel.customer.body.linkActivated.emit(f"customer:{siti.id}")
    assert opened.args == [siti.id]


def test_the_count_stops_two_pages_ahead_and_says_more_than(qtbot, shop, monkeypatch):
    """Pages of one row: the first page counts only up to two rows ahead, the count says
    "more than 2", and reading on reaches every customer and the exact count."""
    from seller_desk.ui.customers import model as customers_model

    monkeypatch.setattr(customers_model, "PAGE_SIZE", 1)
    make_application()
    widget = CustomersPage(Settings())
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.model.loaded, timeout=5000):
        widget.refresh()
    assert (widget.model.rowCount(), widget.model.exact) == (1, False)
    assert widget.count.text() == "more than 2"
    for rows in (2, 3):
        with qtbot.waitSignal(widget.model.loaded, timeout=5000):
            widget.model.fetchMore()
        assert widget.model.rowCount() == rows
    assert (widget.model.exact, widget.count.text()) == (True, "3")
    assert not widget.model.canFetchMore()
    # Budi has written nothing: his last contact is when he was added, today
    assert [r.name for r in widget.model.rows] == ["Budi Santoso", "Siti Aminah", "Siti A."]


def test_the_timeline_speaks_malay_for_chats_and_rule_reminders(qtbot, page):
    """A chat imported as "WhatsApp: <name>" says WhatsApp once, and a rule's reminder (its
    stored note is English) shows its kind in the seller's language."""
    from seller_desk.core.store.models import Reminder
    from seller_desk.ui import i18n
    from seller_desk.ui.qt import QApplication

    twin = Customer.get(Customer.name == "Siti A.")
    Conversation.update(subject="WhatsApp: Siti A.").where(
        Conversation.customer == twin).execute()
    order = Order.get(Order.number == "WA-0001")
    Reminder.create(kind="payment", rule="unpaid", due_at=T0 + timedelta(days=1),
                    customer=twin, order=order,
                    note="Payment for order WA-0001 not received yet")
    try:
        i18n.install("ms", "MY")
        QApplication.processEvents()
        page.select_customer(twin.id)
        texts = timeline_texts(page)
        assert any(t.endswith("Sembang WhatsApp: Siti A.") for t in texts), texts
        assert not any("WhatsApp: WhatsApp" in t or "Payment" in t for t in texts), texts
        assert any("Bayaran belum diterima" in t for t in texts), texts
        assert page.profile.timeline.horizontalScrollBarPolicy() == \
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    finally:
        i18n.install("en")
        QApplication.processEvents()
