"""The settings screen: the seller's shop, language, hours, rules, patterns, not
customers and data."""

from __future__ import annotations

from typing import Any

from seller_desk.ui import wiring
from seller_desk.ui.settings.page import SettingsPage

__all__ = ["SettingsPage", "create_page"]


def create_page(window: Any) -> SettingsPage:
    """The settings screen, wired to the main window."""
    page = SettingsPage(window.settings)
    page.setting_changed.connect(lambda _key: window.apply_settings())

    def restored() -> None:
        window.refresh()
        wiring.changed(window)

    page.database_restored.connect(restored)
    # a mark undone brings conversations back to "Waiting on me": recount
    page.not_customers.marks_changed.connect(lambda: wiring.changed(window))
    return page
