"""A team's shop settings (reply targets, business hours, holidays' country, shop texts,
reminder rules, status emails, couriers) in its database, the same for everyone.

Each is an ``app_meta`` row ``setting:<key>`` holding its JSON value (no row: the
default), written with a change (entity "setting") so the other windows apply it. The
personal settings (name, signature, language, notifications) stay in each laptop's file
(:data:`seller_desk.core.common.settings.SHARED_KEYS` says which are which).

Reads are cached for :data:`CACHE_SECONDS`: ``Settings()`` is made in many places, and a
managed database may be far away.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

from seller_desk.core.common import settings as common_settings
from seller_desk.core.store.models import AppMeta, database
from seller_desk.core.team import changes
from seller_desk.core.team.leadership import is_team_database

logger = logging.getLogger(__name__)

PREFIX = "setting:"
CACHE_SECONDS = 2.0


class DatabaseSettings:
    """:class:`seller_desk.core.common.settings.SharedSettings` in the team's database."""

    def __init__(self) -> None:
        self._cache: dict[str, Any] | None = None
        self._read_at = 0.0
        self._lock = threading.Lock()

    def values(self) -> dict[str, Any]:
        with self._lock:
            if self._cache is not None and time.monotonic() - self._read_at < CACHE_SECONDS:
                return self._cache
        found: dict[str, Any] = {}
        for key, raw in AppMeta.select(AppMeta.key, AppMeta.value).where(
                AppMeta.key.startswith(PREFIX)).tuples():
            try:
                found[key[len(PREFIX):]] = json.loads(raw)
            except ValueError:
                logger.warning("The team's setting %s is damaged; its default is used", key)
        with self._lock:
            self._cache, self._read_at = found, time.monotonic()
        return found

    def write(self, key: str, value: Any) -> None:
        with database.atomic():
            if value is None:
                AppMeta.delete().where(AppMeta.key == PREFIX + key).execute()
            else:
                text = json.dumps(value, ensure_ascii=False)
                AppMeta.insert(key=PREFIX + key, value=text).on_conflict(
                    conflict_target=[AppMeta.key], update={AppMeta.value: text}).execute()
            changes.record_change("setting_changed", changes.SETTING)
        self.forget()

    def forget(self) -> None:
        """Read again at the next look (another window changed a setting)."""
        with self._lock:
            self._cache = None


def install() -> DatabaseSettings | None:
    """On a team's database, read and write the shop's settings there (None otherwise)."""
    if not is_team_database():
        common_settings.use_shared(None)
        return None
    store = DatabaseSettings()
    common_settings.use_shared(store)
    return store


def copy_from_laptop(laptop: common_settings.Settings) -> int:
    """Write this laptop's shop settings into the team's database where it has none yet
    (the move from this computer); how many were written."""
    present = {key for (key,) in AppMeta.select(AppMeta.key).where(
        AppMeta.key.startswith(PREFIX)).tuples()}
    written = 0
    with database.atomic():
        for key, value in laptop.changed().items():
            if common_settings.is_shared(key) and PREFIX + key not in present:
                AppMeta.insert(key=PREFIX + key,
                               value=json.dumps(value, ensure_ascii=False)).execute()
                written += 1
    return written
