"""Short times and sizes for lists, in the interface language and the seller's time zone."""

from __future__ import annotations

from datetime import datetime, timedelta

from babel import dates as babel_dates

from seller_desk.core import timefmt
from seller_desk.ui import i18n
from seller_desk.ui.qt import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Format", text)


def short_when(dt: datetime | None, now: datetime) -> str:
    """"14:05" today, "Yesterday", a weekday within a week, else "3 Nov" / "3 Nov 2025"."""
    if dt is None:
        return ""
    here, today = timefmt.local(dt), timefmt.local(now)
    locale = i18n.current_locale()
    if here.date() == today.date():
        return babel_dates.format_time(here, "HH:mm", locale=locale)
    if here.date() == (today - timedelta(days=1)).date():
        return _tr("Yesterday")
    if (today.date() - here.date()).days < 7 and here <= today:
        return babel_dates.format_date(here.date(), "EEE", locale=locale)
    if here.year == today.year:
        return babel_dates.format_skeleton("MMMd", here, locale=locale)
    return babel_dates.format_skeleton("yMMMd", here, locale=locale)


def full_when(dt: datetime | None) -> str:
    """Date and time for a message header: "22 Nov 2026, 10:21"."""
    return i18n.format_datetime(dt) if dt else ""


def duration(seconds: float) -> str:
    return i18n.duration(seconds)


def size(n: int) -> str:
    """A file size a seller reads: "820 bytes", "45 KB", "3.2 MB"."""
    if n < 1024:
        return _tr("%1 bytes").replace("%1", str(n))
    if n < 1024 * 1024:
        return _tr("%1 KB").replace("%1", i18n.format_number(round(n / 1024)))
    return _tr("%1 MB").replace("%1", i18n.format_number(round(n / 1024 / 1024, 1), 1))
