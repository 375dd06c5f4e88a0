"""The templates editor: ready answers per language with placeholders and a live preview."""

from __future__ import annotations

from typing import Any

from seller_desk.ui import wiring
from seller_desk.ui.templates.page import TemplatesPage

__all__ = ["TemplatesPage", "create_page"]


def create_page(window: Any) -> TemplatesPage:
    """The templates editor, wired to the main window."""
    page = TemplatesPage(window.settings)
    wiring.refresh_on_change(window, page)
    return page
