"""The orders screen: the table, the order form and the order detail."""

from __future__ import annotations

from typing import Any

from seller_desk.ui import wiring
from seller_desk.ui.orders.page import OrdersPage

__all__ = ["OrdersPage", "create_page"]


def create_page(window: Any) -> OrdersPage:
    """The orders screen, wired to the main window."""
    page = OrdersPage(window.settings)
    wiring.refresh_on_change(window, page)
    page.open_conversation_requested.connect(
        lambda cid: wiring.open_conversation(window, cid))
    page.orders_changed.connect(lambda: wiring.changed(window))
    window.order_open_requested.connect(lambda oid: wiring.show_order(window, oid))

    def new_order(conversation_id: int) -> None:
        window.show_section("orders")
        page.new_order(conversation_id or None)

    window.new_order_requested.connect(new_order)

    def add_found_order(conversation_id: int, channel: str, number: str) -> None:
        window.show_section("orders")
        page.new_order(conversation_id or None, found=(channel, number))

    window.add_order_requested.connect(add_found_order)
    return page
