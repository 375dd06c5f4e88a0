"""The settings screen: the seller's shop, mailboxes, language, hours, rules, patterns, not
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

    def mailboxes_changed() -> None:
        window.refresh()  # the sidebar's mailboxes
        sync = getattr(window, "sync", None)
        if sync is not None:
            sync.load_accounts()  # the chips: an off mailbox says so, a removed one goes

    def password_given(account_id: int) -> None:
        sync = getattr(window, "sync", None)
        if sync is not None:
            sync.load_accounts()
            sync.password_given(account_id)

    page.mailboxes.mailboxes_changed.connect(mailboxes_changed)
    page.mailboxes.password_given.connect(password_given)
    page.mailboxes.add_requested.connect(window.add_account_requested)
    return page
