"""The shop's screens inside the main window: plugged in, their keys, the window's requests."""

from __future__ import annotations

from gui import desk_support

from seller_desk.core.store.models import Conversation, ConversationOrder, Order
from seller_desk.ui.orders import OrdersPage
from seller_desk.ui.orders.form import OrderFormDialog
from seller_desk.ui.qt import QApplication, Qt
from seller_desk.ui.reminders import RemindersPage
from seller_desk.ui.reports import ReportsPage
from seller_desk.ui.settings import SettingsPage
from seller_desk.ui.shipments import ShipmentsPage
from seller_desk.ui.templates import TemplatesPage

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window


def test_every_shop_screen_is_plugged_in(demo_window):
    expected = {"orders": OrdersPage, "shipments": ShipmentsPage, "reminders": RemindersPage,
                "reports": ReportsPage, "templates": TemplatesPage, "settings": SettingsPage}
    for key, kind in expected.items():
        assert isinstance(demo_window.section_page(key), kind)


def test_a_screen_reads_its_data_when_shown(qtbot, demo_window):
    page = demo_window.section_page("orders")
    assert page.model.rowCount() == 0  # nothing read while hidden
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        demo_window.show_section("orders")
    assert page.model.total == Order.select().count()


def test_ctrl_n_in_the_orders_screen_enters_an_order_not_a_message(qtbot, demo_window):
    page = demo_window.section_page("orders")
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        demo_window.show_section("orders")
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=2000)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(OrderFormDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_an_order_number_clicked_elsewhere_opens_the_order(qtbot, demo_window):
    order = Order.select().order_by(Order.placed_at).first()
    demo_window.order_open_requested.emit(order.id)
    page = demo_window.section_page("orders")
    assert demo_window.current_section() == "orders"
    assert page.detail.detail is not None and page.detail.detail.id == order.id
    desk_support.wait_for_tasks(qtbot)


def test_a_new_order_from_a_conversation_is_linked_to_it(qtbot, demo_window):
    linked = ConversationOrder.select(ConversationOrder.conversation)
    conversation = (Conversation.select()
                    .where(Conversation.customer.is_null(False), Conversation.id.not_in(linked))
                    .first())
    demo_window.new_order_requested.emit(conversation.id)
    page = demo_window.section_page("orders")
    dialog = page.findChild(OrderFormDialog)
    assert dialog is not None
    assert dialog.customer_id == conversation.customer_id
    assert dialog.linked_note.isVisibleTo(dialog)
    dialog.number.setText("WA-9001")
    dialog.items.rows[0].title.setText("Batik sarong")
    dialog.items.rows[0].price.setText("55")
    order_id = dialog.save()
    assert order_id is not None
    assert ConversationOrder.select().where(ConversationOrder.order == order_id,
                                            ConversationOrder.conversation == conversation.id
                                            ).exists()
    desk_support.wait_for_tasks(qtbot)


def test_the_reminder_rules_link_opens_their_settings(qtbot, demo_window):
    reminders = demo_window.section_page("reminders")
    demo_window.show_section("reminders")
    reminders.rules_button.click()
    assert demo_window.current_section() == "settings"
    assert demo_window.section_page("settings").current_section() == "rules"
    desk_support.wait_for_tasks(qtbot)
