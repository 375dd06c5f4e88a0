"""Times in the seller's time zone, and waiting times in words a seller reads at a glance."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_zone: tzinfo | None = None


def set_timezone(name: str | None) -> None:
    """Use the IANA zone ``name`` (e.g. "Asia/Kuala_Lumpur"); empty: the computer's own."""
    global _zone
    if not name:
        _zone = None
        return
    try:
        _zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        _zone = None


def local(dt: datetime) -> datetime:
    """``dt`` in the seller's time zone."""
    return dt.astimezone(_zone) if _zone is not None else dt.astimezone()


def duration(seconds: float) -> str:
    """A compact duration: "45 min", "3 h 20 min", "2 d 4 h"."""
    seconds = max(0, int(seconds))
    minutes = seconds // 60
    if minutes < 1:
        return "now"
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes:02d} min" if minutes else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h" if hours else f"{days} d"


def short_when(dt: datetime | None, now: datetime) -> str:
    """"14:05" today, "Yesterday", a weekday within a week, else "3 Nov" / "3 Nov 2025"."""
    if dt is None:
        return ""
    here, today = local(dt), local(now)
    if here.date() == today.date():
        return here.strftime("%H:%M")
    if here.date() == (today - timedelta(days=1)).date():
        return "Yesterday"
    if (today.date() - here.date()).days < 7 and here <= today:
        return here.strftime("%a")
    if here.year == today.year:
        return f"{here.day} {here:%b}"
    return f"{here.day} {here:%b %Y}"
