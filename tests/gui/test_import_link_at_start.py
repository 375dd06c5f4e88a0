"""An import cut off by closing the app before its link step (issue 15): the window's start
links its orders to the mail naming them, on a worker."""

from __future__ import annotations

from datetime import timedelta

import pytest
from gui import desk_support
from helpers import exports as ex

from seller_desk.core.conversations.state import refresh
from seller_desk.core.shop.imports import apply
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    DIRECTION_IN,
    Conversation,
    ConversationOrder,
    Message,
    Order,
    PendingLink,
)
from seller_desk.ui import app

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NUMBER = "261103ZZQX0001"


def test_the_start_links_an_import_whose_link_step_never_ran(qtbot, demo_window, tmp_path):
    linked = ConversationOrder.select(ConversationOrder.conversation)
    conv = (Conversation.select()
            .where(Conversation.customer.is_null(False), Conversation.id.not_in(linked))
            .first())
    Message.create(conversation=conv, account=conv.account_id, direction=DIRECTION_IN,
                   sender_name="Dewi Lestari", sender_email=conv.counterpart_email,
                   to_addrs="hello@norabatik.my", subject="Re: " + conv.subject,
                   date=utcnow() - timedelta(minutes=3), received_at=utcnow(),
                   text_body=f"Kak, pesanan {NUMBER} belum sampai", snippet="Kak, pesanan",
                   body_fetched=True)
    refresh(conv)
    path = ex.write_xlsx(tmp_path / "Order.all.xlsx", ex.shopee_rows([dict(
        number=NUMBER, status="To ship", name="Dewi Lestari", phone="0123334444",
        items=[("Batik silk scarf", "BTK-1", 1, 89)])]))
    apply.commit(apply.preview(path), link=False)  # the app closed before the link step
    order = Order.get(Order.number == NUMBER)
    assert PendingLink.select().count() == 1
    assert not ConversationOrder.select().where(ConversationOrder.order == order.id).exists()

    app._link_owed_orders(demo_window)  # what the next start does

    qtbot.waitUntil(lambda: ConversationOrder.select().where(
        ConversationOrder.order == order.id).exists(), timeout=10000)
    assert ConversationOrder.get(ConversationOrder.order == order.id).conversation_id == conv.id
    qtbot.waitUntil(lambda: PendingLink.select().count() == 0, timeout=5000)
