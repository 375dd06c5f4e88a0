"""The shipments screen and the dialog that adds a parcel to an order."""

from __future__ import annotations

from typing import Any

from seller_desk.ui import wiring
from seller_desk.ui.shipments.page import ShipmentsPage

__all__ = ["ShipmentsPage", "create_page"]


def create_page(window: Any) -> ShipmentsPage:
    """The shipments screen, wired to the main window."""
    page = ShipmentsPage(window.settings)
    wiring.refresh_on_change(window, page)
    page.open_order_requested.connect(lambda oid: wiring.show_order(window, oid))
    page.shipments_changed.connect(lambda: wiring.changed(window))
    return page
