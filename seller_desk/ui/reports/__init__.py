"""The reports screen: KPIs, charts and CSV exports."""

from __future__ import annotations

from typing import Any

from seller_desk.ui import wiring
from seller_desk.ui.reports.page import ReportsPage

__all__ = ["ReportsPage", "create_page"]


def create_page(window: Any) -> ReportsPage:
    """The reports screen, wired to the main window."""
    page = ReportsPage(window.settings)
    wiring.refresh_on_change(window, page)
    # "Answer them": the waiting list, longest wait first (store/waiting.py's order)
    page.open_waiting.connect(lambda: window.show_section("waiting"))
    return page
