"""What the reports screen draws besides the KPIs: reply-time buckets and their trend.

Qt-free. Uses the first-reply seconds stored on each conversation, the same figures
:func:`seller_desk.core.reports.kpis.kpis` summarises, so the charts and the KPI cards agree.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

import peewee
from peewee import Case, fn

from seller_desk.core.conversations import clocks
from seller_desk.core.reports import kpis as reports
from seller_desk.core.store.fields import as_utc
from seller_desk.core.store.models import Conversation, database

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


def _column(business: bool) -> peewee.Field:
    return Conversation.first_reply_business_s if business else Conversation.first_reply_s


def _replies(start: datetime, end: datetime, business: bool, tz: tzinfo
             ) -> list[tuple[date, float | None]]:
    """(local day of the first customer message, first-reply seconds) of the period's cases.

    Read as raw values and dated with each stretch of constant UTC offset: a year of cases is
    a hundred thousand rows, and a time-zone conversion per row would cost most of the time.
    """
    found: list[tuple[date, float | None]] = []
    for seg_start, seg_end, minutes in reports.offset_segments(as_utc(start), as_utc(end), tz):
        shift = timedelta(minutes=minutes)
        q = (Conversation.select(Conversation.first_customer_at, _column(business))
             .where(Conversation.first_customer_at >= seg_start,
                    Conversation.first_customer_at < seg_end))
        sql, params = q.sql()
        for at, seconds in database.execute_sql(sql, params).fetchall():
            naive = datetime.fromisoformat(at) if isinstance(at, str) else at.replace(tzinfo=None)
            found.append(((naive + shift).date(), seconds))
    return found


def bucket_counts(start: datetime, end: datetime, business: bool = False) -> list[Bucket]:
    """First-reply times of the period's cases counted into :data:`BUCKETS_HOURS`, in SQL."""
    column = _column(business)
    bounds = [b * 3600 for b in BUCKETS_HOURS]
    cases = [fn.SUM(Case(None, [(column < bounds[0], 1)], 0))]
    cases += [fn.SUM(Case(None, [((column >= low) & (column < high), 1)], 0))
              for low, high in itertools.pairwise(bounds)]
    cases.append(fn.SUM(Case(None, [(column >= bounds[-1], 1)], 0)))
    row = (Conversation.select(*cases)
           .where(Conversation.first_customer_at >= as_utc(start),
                  Conversation.first_customer_at < as_utc(end), column.is_null(False))
           .tuples().first()) or ()
    counts = [int(n or 0) for n in row] or [0] * (len(BUCKETS_HOURS) + 1)
    lows = (0, *BUCKETS_HOURS)
    highs: tuple[float | None, ...] = (*BUCKETS_HOURS, None)
    return [Bucket(low, high, n) for low, high, n in zip(lows, highs, counts, strict=True)]


def trend(replies: list[tuple[date, float | None]], first: date, last: date,
          by_week: bool) -> list[TrendPoint]:
    """Median first reply per local day (or per week, keyed by its Monday), every day of
    the period listed, days without an answered case having no median."""
    groups: dict[date, list[float]] = defaultdict(list)
    cases: dict[date, int] = defaultdict(int)
    for day, seconds in replies:
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
    tz = policy.tz
    first = as_utc(start).astimezone(tz).date()
    last = (as_utc(end) - timedelta(microseconds=1)).astimezone(tz).date()
    by_week = (last - first).days > 62
    return ReportData(
        kpis=k,
        buckets=bucket_counts(start, end, business_hours),
        trend=trend(_replies(start, end, business_hours, tz), first, last, by_week),
        trend_by_week=by_week,
        business_hours=business_hours,
    )
