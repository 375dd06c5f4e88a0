"""The orders screen: the table, the order form and the order detail."""

from __future__ import annotations

from seller_desk.ui.orders.page import OrdersPage

__all__ = ["OrdersPage"]
