"""What the reports screen draws besides the KPIs: reply-time buckets and their trend.

Qt-free. Uses the first-reply seconds stored on each conversation, the same figures
:func:`seller_desk.core.reports.kpis` summarises, so the charts and the KPI cards agree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from seller_desk.core import clocks, reports
from seller_desk.core.fields import as_utc
from seller_desk.core.models import Conversation, database

#: Upper bounds (hours) of the reply-time buckets; the last bucket is open-ended.
BUCKETS_HOURS = (1, 4, 12, 24, 48)


@dataclass(frozen=True)
class Bucket:
    """Replies whose first-reply time was at least ``low_h`` and below ``high_h`` hours."""

    low_h: float
    high_h: float | None
    count: int


@dataclass(frozen=True)
class TrendPoint:
    """The median first reply of the cases that started on ``day`` (or its week)."""

    day: date
    cases: int
    median_hours: float | None


@dataclass(frozen=True)
class ReportData:
    """Everything the reports screen shows for one period."""

    kpis: reports.Kpis
    buckets: list[Bucket]
    trend: list[TrendPoint]
    trend_by_week: bool
    business_hours: bool


def _replies(start: datetime, end: datetime, business: bool
             ) -> list[tuple[datetime, float | None]]:
    column = (Conversation.first_reply_business_s if business
              else Conversation.first_reply_s)
    q = (Conversation.select(Conversation.first_customer_at, column)
         .where(Conversation.first_customer_at >= as_utc(start),
                Conversation.first_customer_at < as_utc(end)))
    sql, params = q.sql()
    field = Conversation.first_customer_at
    return [(field.python_value(at), seconds)
            for at, seconds in database.execute_sql(sql, params).fetchall()]


def buckets(values_s: list[float]) -> list[Bucket]:
    """Count first-reply times (seconds) into :data:`BUCKETS_HOURS`."""
    counts = [0] * (len(BUCKETS_HOURS) + 1)
    for seconds in values_s:
        hours = seconds / 3600
        index = next((i for i, bound in enumerate(BUCKETS_HOURS) if hours < bound),
                     len(BUCKETS_HOURS))
        counts[index] += 1
    lows = (0, *BUCKETS_HOURS)
    highs: tuple[float | None, ...] = (*BUCKETS_HOURS, None)
    return [Bucket(low, high, n) for low, high, n in zip(lows, highs, counts, strict=True)]


def trend(replies: list[tuple[datetime, float | None]], first: date, last: date, tz: tzinfo,
          by_week: bool) -> list[TrendPoint]:
    """Median first reply per local day (or per week, keyed by its Monday), every day of
    the period listed, days without an answered case having no median."""
    groups: dict[date, list[float]] = defaultdict(list)
    cases: dict[date, int] = defaultdict(int)
    for at, seconds in replies:
        day = at.astimezone(tz).date()
        if by_week:
            day -= timedelta(days=day.weekday())
        cases[day] += 1
        if seconds is not None:
            groups[day].append(seconds)
    points = []
    day = first - timedelta(days=first.weekday()) if by_week else first
    step = timedelta(days=7 if by_week else 1)
    while day <= last:
        values = sorted(groups.get(day, []))
        median = reports.percentile(values, 0.5)
        points.append(TrendPoint(day, cases.get(day, 0),
                                 None if median is None else median / 3600))
        day += step
    return points


def report(start: datetime, end: datetime, business_hours: bool = False,
           policy: clocks.ClockPolicy | None = None) -> ReportData:
    """KPIs, reply-time buckets and the reply-time trend for [start, end)."""
    policy = policy or clocks.current_policy()
    k = reports.kpis(start, end, policy)
    replies = _replies(start, end, business_hours)
    tz = policy.tz
    first = as_utc(start).astimezone(tz).date()
    last = (as_utc(end) - timedelta(microseconds=1)).astimezone(tz).date()
    by_week = (last - first).days > 62
    return ReportData(
        kpis=k,
        buckets=buckets([s for _at, s in replies if s is not None]),
        trend=trend(replies, first, last, tz, by_week),
        trend_by_week=by_week,
        business_hours=business_hours,
    )
