"""Orders that arrive after their mail (issue 15, items 1 and 4), in the window: the side
panel offers the orders the mail names, the form follows the channel and reads money by
the currency, and a saved order links the conversations naming it on a worker."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from gui import desk_support

from seller_desk.core.conversations.state import refresh
from seller_desk.core.shop import orders
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    DIRECTION_IN,
    Conversation,
    ConversationOrder,
    Message,
    Order,
)
from seller_desk.ui.orders.form import OrderFormDialog
from seller_desk.ui.shipments.dialog import ShipmentDialog

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

INVOICE = "INV/20260512/MPL/IV/3801234567"


def mail_naming(text: str) -> Conversation:
    """A customer conversation of the demo shop that links to no order, now naming ``text``."""
    linked = ConversationOrder.select(ConversationOrder.conversation)
    conv = (Conversation.select()
            .where(Conversation.customer.is_null(False), Conversation.id.not_in(linked))
            .first())
    Message.create(conversation=conv, account=conv.account_id, direction=DIRECTION_IN,
                   sender_name="Dewi Lestari", sender_email=conv.counterpart_email,
                   to_addrs="hello@norabatik.my", subject="Re: " + conv.subject,
                   date=utcnow() - timedelta(minutes=3), received_at=utcnow(),
                   text_body=f"Kak, pesanan {text} kapan dikirim ya?",
                   snippet="Kak, pesanan", body_fetched=True)
    refresh(conv)
    return conv


def new_form(qtbot, window) -> OrderFormDialog:
    page = window.section_page("orders")
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        window.show_section("orders")
    dialog = page.new_order()
    assert dialog.channel.currentData() == "whatsapp"
    return dialog


def test_the_side_panel_offers_an_order_its_mail_names_and_fills_the_form(qtbot, demo_window):
    conv = mail_naming(INVOICE)
    with qtbot.waitSignal(demo_window.conversation_page.loaded, timeout=5000):
        demo_window.open_conversation(conv.id)
    panel = demo_window.conversation_page.panel
    assert panel.data.unknown_orders == [("tokopedia", INVOICE)]
    assert len(panel.add_buttons) == 1 and INVOICE in panel.add_buttons[0].toolTip()

    panel.add_buttons[0].click()

    dialog = demo_window.section_page("orders").findChild(OrderFormDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.channel.currentData() == "tokopedia"
    assert dialog.number.text() == INVOICE
    assert dialog.currency.currentText() == "IDR"  # Tokopedia sells in rupiah
    assert dialog.customer_id == conv.customer_id
    dialog.items.rows[0].title.setText("Kemeja batik")
    dialog.items.rows[0].quantity.setValue(2)
    qtbot.keyClicks(dialog.items.rows[0].price, "85.000")  # the Indonesian way, English window
    assert "170,000" in dialog.totals.text()
    order_id = dialog.save()
    assert order_id is not None
    order = Order.get_by_id(order_id)
    assert (order.currency, order.total) == ("IDR", Decimal(170_000))
    assert ConversationOrder.select().where(ConversationOrder.order == order_id,
                                            ConversationOrder.conversation == conv.id).exists()
    desk_support.wait_for_tasks(qtbot)
    with qtbot.waitSignal(demo_window.conversation_page.loaded, timeout=5000):
        demo_window.open_conversation(conv.id)
    assert demo_window.conversation_page.panel.data.unknown_orders == []


def test_an_order_saved_in_the_form_links_the_stored_mail_on_a_worker(qtbot, demo_window):
    conv = mail_naming("#88123")
    dialog = new_form(qtbot, demo_window)
    dialog.channel.setCurrentIndex(dialog.channel.findData("web"))
    dialog._channel_chosen()
    dialog.number.setText("#88123")
    dialog.items.rows[0].title.setText("Batik sarong")
    dialog.items.rows[0].price.setText("55")
    with qtbot.waitSignal(dialog.linked, timeout=5000) as linked:
        order_id = dialog.save()
    assert linked.args == [order_id]
    assert ConversationOrder.select().where(ConversationOrder.order == order_id,
                                            ConversationOrder.conversation == conv.id).exists()
    desk_support.wait_for_tasks(qtbot)


def test_the_form_follows_the_channel_and_keeps_what_the_seller_typed(qtbot, demo_window):
    dialog = new_form(qtbot, demo_window)
    assert dialog.number.text().startswith("WA-") and dialog.currency.currentText() == "MYR"
    dialog.channel.setCurrentIndex(dialog.channel.findData("tokopedia"))
    dialog._channel_chosen()
    assert dialog.number.text() == ""  # Tokopedia numbers its own orders
    assert "Tokopedia" in dialog.number.placeholderText()
    assert dialog.currency.currentText() == "IDR"
    dialog.channel.setCurrentIndex(dialog.channel.findData("shopee"))
    dialog._channel_chosen()
    assert dialog.currency.currentText() == "MYR"  # a Malaysian seller's Shopee
    dialog.currency.setCurrentText("SGD")  # the seller's own choice ...
    dialog.number.setText("240512ABCD1234")
    dialog.channel.setCurrentIndex(dialog.channel.findData("whatsapp"))
    dialog._channel_chosen()
    assert dialog.currency.currentText() == "SGD"  # ... stays
    assert dialog.number.text() == "240512ABCD1234"
    dialog.reject()
    desk_support.wait_for_tasks(qtbot)


def test_a_price_that_could_mean_two_amounts_is_asked_about_not_guessed(qtbot, demo_window):
    dialog = new_form(qtbot, demo_window)
    before = Order.select().count()
    dialog.items.rows[0].title.setText("Songket")
    dialog.items.rows[0].price.setText("1.234")
    assert dialog.save() is None
    error = dialog.fields["items"].error.text()
    assert "1.234" in error and "1,234.00" in error  # both readings named
    assert dialog.items.rows[0].price.text() == "1.234"  # what the seller typed stays
    assert dialog.error_widget is dialog.items.rows[0].price
    assert Order.select().count() == before
    dialog.reject()
    desk_support.wait_for_tasks(qtbot)


def test_a_tokopedia_parcel_offers_indonesian_couriers_first(qtbot, demo_window):
    order = orders.create_order(INVOICE, "tokopedia", [{"title": "Kemeja", "unit_price": 85000}],
                                currency="IDR", status="paid")
    dialog = ShipmentDialog(demo_window.settings, order.id, demo_window)
    first = [dialog.courier.itemData(i) for i in range(4)]
    assert first[0] == "jne" and "jnt_id" in first
    dialog.deleteLater()
    desk_support.wait_for_tasks(qtbot)
