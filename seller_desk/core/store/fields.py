"""Column types shared by the models.

Times are stored in UTC and handed back as aware ``datetime`` objects, so nothing downstream
has to guess a time zone. SQLite keeps them as fixed-width ISO text (sorts correctly);
PostgreSQL as ``timestamp`` in UTC.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import peewee

_FMT = "%Y-%m-%d %H:%M:%S.%f"


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Return ``value`` as an aware UTC datetime; a naive value is taken to be UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def utc_text(value: datetime | str) -> str:
    """A time as SQLite keeps it: UTC, as the text of ``_FMT`` (naive values are UTC).

    Several times faster than strftime (a first sync writes tens of thousands), whose %Y
    would also leave years before 1000 unpadded. An aware UTC time, the usual case, is
    written in one step: its ISO text without the "+00:00" that ends it.
    """
    if isinstance(value, datetime):
        if value.tzinfo is UTC and type(value) is datetime:
            return value.isoformat(" ", "microseconds")[:26]
    elif isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        raise TypeError(f"expected a datetime, got {type(value).__name__}")
    return as_utc(value).replace(tzinfo=None).isoformat(" ", "microseconds")


class _TypedAccess:
    """Tell the type checker that reading or setting a model column gives plain values."""

    if TYPE_CHECKING:

        def __get__(self, instance: Any, owner: Any) -> Any: ...

        def __set__(self, instance: Any, value: Any) -> None: ...


class UtcDateTimeField(_TypedAccess, peewee.Field):
    """An aware UTC datetime. Accepts aware or naive (taken as UTC) values."""

    field_type = "DATETIME"

    def db_value(self, value: Any) -> Any:
        if value is None:
            return None
        return utc_text(value)

    def python_value(self, value: Any) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            return as_utc(value)
        return datetime.fromisoformat(value).replace(tzinfo=UTC)


class JsonField(_TypedAccess, peewee.TextField):
    """A JSON document stored as text (portable across SQLite and PostgreSQL)."""

    def db_value(self, value: Any) -> Any:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def python_value(self, value: Any) -> Any:
        if value is None or value == "":
            return None
        return json.loads(value)
