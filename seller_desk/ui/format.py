"""Short times and sizes for lists, in the interface language and the seller's time zone."""

from __future__ import annotations

from datetime import datetime, timedelta

from seller_desk.core.common import timefmt
from seller_desk.ui import i18n
from seller_desk.ui.qt import QCoreApplication, QDate, QLocale


def _tr(text: str) -> str:
    return QCoreApplication.translate("Format", text)


def short_when(dt: datetime | None, now: datetime) -> str:
    """"14:05" today, "Yesterday", a weekday within a week, else "3 Nov" / "3 Nov 2025".

    Uses Qt's locale (set to the interface language by :mod:`seller_desk.ui.i18n`): it is
    fast enough to call for every painted row.
    """
    if dt is None:
        return ""
    here, today = timefmt.local(dt), timefmt.local(now)
    locale = QLocale()
    if here.date() == today.date():
        return f"{here.hour:02d}:{here.minute:02d}"
    if here.date() == (today - timedelta(days=1)).date():
        return _tr("Yesterday")
    day = QDate(here.year, here.month, here.day)
    if (today.date() - here.date()).days < 7 and here <= today:
        return locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)
    if here.year == today.year:
        return locale.toString(day, "d MMM")
    return locale.toString(day, "d MMM yyyy")


def full_when(dt: datetime | None) -> str:
    """Date and time for a message header: "22 Nov 2026, 10:21"."""
    return i18n.format_datetime(dt) if dt else ""


def due_when(dt: datetime, now: datetime) -> str:
    """When a reminder falls due, in the seller's zone with the day named in the interface
    language: "Today, 21:00", "Tomorrow, 09:00", "Thursday, 17 December, 09:00" (with the
    year when it is not this year's), so a list spanning weeks reads without a calendar."""
    here, today = timefmt.local(dt), timefmt.local(now)
    time_text = i18n.format_time(dt)
    if here.date() == today.date():
        return _tr("Today, %1").replace("%1", time_text)
    if here.date() == (today + timedelta(days=1)).date():
        return _tr("Tomorrow, %1").replace("%1", time_text)
    if here.date() == (today - timedelta(days=1)).date():
        return _tr("Yesterday, %1").replace("%1", time_text)
    day = i18n.format_day(here, with_year=here.year != today.year)
    return f"{day}, {time_text}"


def duration(seconds: float) -> str:
    return i18n.duration(seconds)


def size(n: int) -> str:
    """A file size a seller reads: "820 bytes", "45 KB", "3.2 MB"."""
    if n < 1024:
        return _tr("%1 bytes").replace("%1", str(n))
    if n < 1024 * 1024:
        return _tr("%1 KB").replace("%1", i18n.format_number(round(n / 1024)))
    return _tr("%1 MB").replace("%1", i18n.format_number(round(n / 1024 / 1024, 1), 1))
