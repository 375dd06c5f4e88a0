"""The customers screen: the customer book, one profile with the whole history, merges."""

from __future__ import annotations

from typing import Any

from seller_desk.ui import wiring
from seller_desk.ui.customers.page import CustomersPage

__all__ = ["CustomersPage", "create_page"]


def create_page(window: Any) -> CustomersPage:
    """The customers screen, wired to the main window."""
    page = CustomersPage(window.settings)
    wiring.refresh_on_change(window, page)
    page.open_conversation_requested.connect(
        lambda cid: wiring.open_conversation(window, cid))
    page.open_order_requested.connect(lambda oid: wiring.show_order(window, oid))
    page.customers_changed.connect(lambda: wiring.changed(window))
    window.customer_open_requested.connect(lambda cid: wiring.show_customer(window, cid))
    return page
