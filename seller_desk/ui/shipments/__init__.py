"""The shipments screen and the dialog that adds a parcel to an order."""

from __future__ import annotations

from seller_desk.ui.shipments.page import ShipmentsPage

__all__ = ["ShipmentsPage"]
