"""Named periods ("last 7 days", "this month" ...) as UTC ranges in the seller's time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from seller_desk.core.store.fields import as_utc, utcnow

PERIODS = ("any", "today", "7d", "30d", "90d", "this_month", "last_month", "this_year")


@dataclass(frozen=True)
class Period:
    """``start`` inclusive, ``end`` exclusive (both aware UTC); None means open."""

    key: str
    start: datetime | None
    end: datetime | None

    def days(self) -> list[date]:
        """Every day of the period in ``start``'s zone (empty for an open period)."""
        if self.start is None or self.end is None:
            return []
        first, last = self.start.date(), (self.end - timedelta(microseconds=1)).date()
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz)


def period(key: str, tz: tzinfo, now: datetime | None = None) -> Period:
    """The range of the named period ending today (in ``tz``), as aware datetimes in ``tz``."""
    today = as_utc(now or utcnow()).astimezone(tz).date()
    tomorrow = _midnight(today + timedelta(days=1), tz)
    if key == "today":
        return Period(key, _midnight(today, tz), tomorrow)
    if key in ("7d", "30d", "90d"):
        days = int(key[:-1])
        return Period(key, _midnight(today - timedelta(days=days - 1), tz), tomorrow)
    if key == "this_month":
        return Period(key, _midnight(today.replace(day=1), tz), tomorrow)
    if key == "last_month":
        first_this = today.replace(day=1)
        first_last = (first_this - timedelta(days=1)).replace(day=1)
        return Period(key, _midnight(first_last, tz), _midnight(first_this, tz))
    if key == "this_year":
        return Period(key, _midnight(today.replace(month=1, day=1), tz), tomorrow)
    return Period("any", None, None)


def custom(first: date, last: date, tz: tzinfo) -> Period:
    """From the start of ``first`` to the end of ``last`` (swapped when given backwards)."""
    if last < first:
        first, last = last, first
    return Period("custom", _midnight(first, tz), _midnight(last + timedelta(days=1), tz))
