"""The reminders screen: due follow-ups and reminders made by hand."""

from __future__ import annotations

from seller_desk.ui.reminders.page import RemindersPage

__all__ = ["RemindersPage"]
