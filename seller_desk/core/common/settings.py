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
from typing import Any, Protocol

from seller_desk.core.common import paths

logger = logging.getLogger(__name__)

#: Every setting and its default. A key not listed here is refused by :meth:`Settings.set`.
DEFAULTS: dict[str, Any] = {
    # the seller
    "seller.name": "",  # also the sender name in From
    "seller.shop_name": "",
    # the texts a template uses: a plain string (one text for every language) or, once
    # written per language, {"": English and default, "ms": Malay, "id": Indonesian}
    "seller.email_signature": "",
    "seller.payment_methods": "",
    "seller.refund_policy": "",
    "seller.return_address": "",  # where customers send returns ({seller.return_address})
    # the first-run page was skipped: it is not shown again by itself
    "seller.setup_skipped": False,
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
    # Indonesia's cuti bersama (collective leave days) count as days off: offices, banks
    # and couriers close around Lebaran, and so do most home sellers' customers' answers
    "clock.id_collective_leave": True,
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
    # reports: a product with this many complaints in a period is marked (a defect?)
    "reports.repeated_complaints": 2,
    # the period the reports screen shows, kept across restarts: a key of
    # reports/periods.py, and for "custom" its first and last day ("YYYY-MM-DD")
    "reports.period": "30d",
    "reports.first_day": "",
    "reports.last_day": "",
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
    # the password store keyring last found on this computer (its class, "module.Class"):
    # loaded at once next time instead of searching every installed store again
    # (core/mail/connection/credentials.py); not a secret
    "keyring.backend": "",
}


#: The shop's settings, the same for every person of a team: in team mode they live in the
#: team's database (core/team/shared_settings.py); the others (the person's name and
#: signature, language, notifications, mail checking, the database) stay on the laptop.
SHARED_KEYS = frozenset({
    "seller.shop_name", "seller.payment_methods", "seller.refund_policy",
    "seller.return_address", "seller.country", "seller.subdivision", "seller.timezone",
    "seller.currency", "shipping.couriers",
})
SHARED_PREFIXES = ("clock.", "reminders.", "auto_email.")


def is_shared(key: str) -> bool:
    """Whether ``key`` is one of the shop's settings (shared by a team)."""
    return key in SHARED_KEYS or key.startswith(SHARED_PREFIXES)


class SharedSettings(Protocol):
    """Where a team keeps its shop's settings (set by :func:`use_shared`)."""

    def values(self) -> dict[str, Any]: ...

    def write(self, key: str, value: Any) -> None:
        """Store ``value`` (None: back to the default)."""


_shared: SharedSettings | None = None


def shared_store() -> SharedSettings | None:
    """The team's store of shop settings in use, or None (a personal shop: the files)."""
    return _shared


def use_shared(store: SharedSettings | None) -> None:
    """From now on the shop's settings are read from and written to ``store`` (None: the
    settings file again)."""
    global _shared
    _shared = store


#: Settings whose text may be written once per language (see :func:`text_versions`).
PER_LANGUAGE = ("seller.email_signature", "seller.payment_methods", "seller.refund_policy",
                "seller.return_address")
#: The languages a per-language text may have; "" is English and the default of the others.
TEXT_LANGUAGES = ("", "ms", "id")


def _as_text(value: Any) -> str:
    # an older settings file may hold payment methods as a list, one method an item
    if isinstance(value, (list, tuple)):
        return "\n".join(f"• {v}" for v in value if v)
    return str(value or "").strip()


def text_versions(value: Any) -> dict[str, str]:
    """The versions of a per-language text: {"": default, "ms": ..., "id": ...}.

    A plain string (every settings file from before texts per language) is the default for
    every language, so nothing the seller wrote is lost or has to be moved.
    """
    if isinstance(value, dict):
        return {lang: _as_text(value.get(lang)) for lang in TEXT_LANGUAGES}
    return {"": _as_text(value), "ms": "", "id": ""}


def text_value(versions: dict[str, str]) -> Any:
    """What to store for ``versions``: a plain string while only the default is written
    (so older Seller Desk versions still read it), else the dict."""
    clean = {lang: str(versions.get(lang) or "").strip() for lang in TEXT_LANGUAGES}
    if not clean["ms"] and not clean["id"]:
        return clean[""]
    return clean


def text_for(value: Any, language: str) -> tuple[str, bool]:
    """The text for a message in ``language``, and whether it is the default standing in
    for a version the seller has not written (the composer says so)."""
    versions = text_versions(value)
    own = versions.get(language, "") if language in TEXT_LANGUAGES else ""
    if own:
        return own, False
    fallback = language not in ("", "en") and bool(versions[""])
    return versions[""], fallback


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
        if _shared is not None and is_shared(key):
            shared = _shared.values()
            return copy.deepcopy(shared[key] if key in shared else DEFAULTS[key])
        if key in self._changed:
            return copy.deepcopy(self._changed[key])
        return copy.deepcopy(DEFAULTS[key])

    def __getitem__(self, key: str) -> Any:
        return self.get(key)

    def set(self, key: str, value: Any, save: bool = True) -> None:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        if _shared is not None and is_shared(key):
            _shared.write(key, None if value == DEFAULTS[key] else copy.deepcopy(value))
            return
        if value == DEFAULTS[key]:
            self._changed.pop(key, None)
        else:
            self._changed[key] = copy.deepcopy(value)
        if save:
            self.save()

    def reset(self, key: str) -> None:
        self.set(key, DEFAULTS[key])

    def changed(self) -> dict[str, Any]:
        if _shared is None:
            return copy.deepcopy(self._changed)
        own = {k: v for k, v in self._changed.items() if not is_shared(k)}
        own.update({k: v for k, v in _shared.values().items() if k in DEFAULTS})
        return copy.deepcopy(own)

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
