"""The settings screen: the seller's shop, language, hours, rules, patterns and data."""

from __future__ import annotations

from seller_desk.ui.settings.page import SettingsPage

__all__ = ["SettingsPage"]
