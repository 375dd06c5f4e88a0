"""The seller's settings: class-level defaults, only changed keys saved.

Settings live in ``settings.json`` in the data directory. Reading never fails: a missing or
damaged file gives the defaults (and the damage is logged). Writing is atomic (a temporary
file renamed over the old one), so a crash never leaves half a file. Secrets are never stored
here: passwords live in the OS keyring (see :mod:`seller_desk.core.mail.connection.accounts`).
"""

from __future__ import annotations

import copy
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from seller_desk.core.common import paths

logger = logging.getLogger(__name__)

#: Every setting and its default. A key not listed here is refused by :meth:`Settings.set`.
DEFAULTS: dict[str, Any] = {
    # the seller
    "seller.name": "",
    "seller.shop_name": "",
    "seller.email_signature": "",
    "seller.payment_methods": "",
    "seller.refund_policy": "",
    "seller.return_address": "",  # where customers send returns ({seller.return_address})
    "seller.country": "MY",
    "seller.subdivision": "",
    "seller.timezone": "",  # empty: the computer's own time zone
    "seller.currency": "MYR",
    "ui.language": "",  # empty: the system language when we have it, else English
    "ui.locale": "",
    # reply-time targets, hours
    "clock.warn_hours": 12.0,
    "clock.breach_hours": 24.0,
    "clock.use_business_hours": False,
    # business hours: weekday (0 = Monday) -> [start, end] in "HH:MM", or null for closed
    "clock.business_hours": {
        "0": ["09:00", "18:00"],
        "1": ["09:00", "18:00"],
        "2": ["09:00", "18:00"],
        "3": ["09:00", "18:00"],
        "4": ["09:00", "18:00"],
        "5": ["09:00", "13:00"],
        "6": None,
    },
    # reminder rules, days
    "reminders.unpaid_days": 3,
    "reminders.arrival_extra_days": 2,
    "reminders.feedback_days": 14,
    "reminders.complaint_hours": 24,
    # automatic status emails, opt-in per stage
    "auto_email.paid": False,
    "auto_email.shipped": False,
    "auto_email.delivered": False,
    # couriers offered first when adding a parcel (codes from resources/couriers.json);
    # empty: those of the seller's country, then the international ones
    "shipping.couriers": [],
    # mail
    "mail.sync_window_days": 90,
    "mail.backfill_older": True,
    "mail.check_interval_minutes": 5,
    # notifications
    "notify.new_mail": True,
    "notify.breach": True,
    "notify.reminders": True,
    # database: empty means the SQLite file in the data directory
    "database.url": "",
}


class Settings:
    """A view of ``settings.json`` over :data:`DEFAULTS`.

    Only keys whose value differs from the default are written, so a later change of a
    default reaches every seller who never touched that setting.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.settings_path()
        self._changed: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        self._changed = {}
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except OSError:
            logger.exception("Could not read settings from %s; using defaults", self.path)
            return
        try:
            data = json.loads(raw)
        except ValueError:
            logger.exception("Settings file %s is damaged; using defaults", self.path)
            return
        if not isinstance(data, dict):
            logger.error("Settings file %s holds no object; using defaults", self.path)
            return
        for key, value in data.items():
            if key in DEFAULTS:
                self._changed[key] = value
            else:
                logger.warning("Ignoring unknown setting %r", key)

    def get(self, key: str) -> Any:
        if key in self._changed:
            return copy.deepcopy(self._changed[key])
        return copy.deepcopy(DEFAULTS[key])

    def __getitem__(self, key: str) -> Any:
        return self.get(key)

    def set(self, key: str, value: Any, save: bool = True) -> None:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        if value == DEFAULTS[key]:
            self._changed.pop(key, None)
        else:
            self._changed[key] = copy.deepcopy(value)
        if save:
            self.save()

    def reset(self, key: str) -> None:
        self.set(key, DEFAULTS[key])

    def changed(self) -> dict[str, Any]:
        return copy.deepcopy(self._changed)

    def save(self) -> bool:
        """Write the changed keys; return False (and log) when the disk refuses."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._changed, fh, indent=2, sort_keys=True, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except OSError:
            logger.exception("Could not save settings to %s", self.path)
            return False
        return True
