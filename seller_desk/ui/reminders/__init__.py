"""The reminders screen: due follow-ups and reminders made by hand."""

from __future__ import annotations

from typing import Any

from seller_desk.ui import wiring
from seller_desk.ui.reminders.page import RemindersPage

__all__ = ["RemindersPage", "create_page"]


def create_page(window: Any) -> RemindersPage:
    """The reminders screen, wired to the main window."""
    page = RemindersPage(window.settings)
    wiring.refresh_on_change(window, page)
    page.open_order_requested.connect(lambda oid: wiring.show_order(window, oid))
    page.open_conversation_requested.connect(
        lambda cid: wiring.open_conversation(window, cid))
    page.reminders_changed.connect(lambda: wiring.changed(window))

    def rule_settings() -> None:
        window.show_section("settings")
        settings_page = window.section_page("settings")
        if hasattr(settings_page, "show_section"):
            settings_page.show_section("rules")

    page.rule_settings_requested.connect(rule_settings)
    return page
