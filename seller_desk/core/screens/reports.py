"""What the reports screen draws besides the KPIs: reply-time buckets and their trend,
complaints marked when repeated, and the peak view.

Qt-free. Uses the first-reply seconds stored on each conversation, the same figures
:func:`seller_desk.core.reports.kpis.kpis` summarises, so the charts and the KPI cards agree.
Customers still waiting count in the buckets too, by how long they have waited so far: a
chart of answered customers only would show an empty "over 48 h" while one customer has
waited two days. Who waits is the one definition of ``store/waiting.py``.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

import peewee
from peewee import Case, fn

from seller_desk.core.conversations import clocks
from seller_desk.core.reports import kpis as reports
from seller_desk.core.reports import peaks
from seller_desk.core.store import waiting
from seller_desk.core.store.fields import as_utc, utcnow
from seller_desk.core.store.models import Conversation, Customer, database
from seller_desk.core.team import members

#: Upper bounds (hours) of the reply-time buckets; the last bucket is open-ended.
BUCKETS_HOURS = (1, 4, 12, 24, 48)
#: a product with this many complaints in a period may have a defect (the settings'
#: default of "reports.repeated_complaints")
REPEATED_COMPLAINTS = 2
#: how many of the longest-waiting customers the report names
LONGEST_WAITING = 3
#: a day is busy when at least this many times the period's average of customers wrote
BUSY_FACTOR = 1.5


@dataclass(frozen=True)
class Bucket:
    """Customers whose first reply took at least ``low_h`` and below ``high_h`` hours
    (``count``), and customers waiting now who have waited that long so far (``waiting``)."""

    low_h: float
    high_h: float | None
    count: int
    waiting: int = 0


@dataclass(frozen=True)
class Waiter:
    """A customer waiting on the seller now, and for how long (on the report's clock)."""

    conversation_id: int
    name: str  # the customer's name, else their address
    waited_s: float


@dataclass(frozen=True)
class ComplaintBar:
    """Complaints about one product; ``repeated`` when they reach the seller's threshold."""

    product: str
    count: int
    repeated: bool


@dataclass(frozen=True)
class PeakRow:
    """Customers and first replies of one stretch of days: the chosen period, the same
    length before it, or a peak season (``key`` one of :data:`peaks.SEASONS`)."""

    key: str  # "period", "before" or a season's key
    year: int
    first: date
    last: date
    cases: int
    first_reply: reports.Distribution

    @property
    def per_day(self) -> float:
        return self.cases / max(1, (self.last - self.first).days + 1)


@dataclass(frozen=True)
class Load:
    """Whether replies held on the period's busy days: the median first reply of cases that
    began on busy days (at least ``busy_from`` customers) against that of the other days."""

    busy_days: int
    busy_from: int
    busy_median_s: float | None
    quiet_median_s: float | None

    @property
    def held(self) -> bool | None:
        """True when busy days were answered about as fast (within an hour or a quarter of
        the quiet days' median, whichever is more); None without both figures."""
        if self.busy_median_s is None or self.quiet_median_s is None:
            return None
        slack = max(3600.0, self.quiet_median_s * 0.25)
        return self.busy_median_s <= self.quiet_median_s + slack


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
    complaints: list[ComplaintBar] = field(default_factory=list)
    repeated_complaints: int = REPEATED_COMPLAINTS
    longest_waiting: list[Waiter] = field(default_factory=list)
    load: Load | None = None


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


def _waiting_in(start: datetime, end: datetime, now: datetime) -> peewee.ModelSelect:
    """Conversations waiting at ``now`` whose clock started in [start, end)."""
    return Conversation.select().where(
        waiting.condition(now), Conversation.waiting_since >= as_utc(start),
        Conversation.waiting_since < as_utc(end))


def _waiters(start: datetime, end: datetime, business: bool, now: datetime,
             policy: clocks.ClockPolicy, limit: int = LONGEST_WAITING) -> list[Waiter]:
    """The ``limit`` customers waiting longest at ``now`` whose clock started in the period
    (an earlier start never waited less on either clock, so the order is the index's)."""
    q = (_waiting_in(start, end, now)
         .select(Conversation.id, Conversation.waiting_since, Customer.name,
                 Conversation.counterpart_email)
         .join(Customer, peewee.JOIN.LEFT_OUTER, on=(Conversation.customer == Customer.id))
         .order_by(*waiting.order()).limit(limit))
    return [Waiter(cid, name or email,
                   clocks.elapsed(as_utc(since), now, policy, business).total_seconds())
            for cid, since, name, email in q.tuples()]


def _waiting_counts(start: datetime, end: datetime, business: bool, now: datetime,
                    policy: clocks.ClockPolicy) -> list[int]:
    """Customers waiting now per bucket of the wait so far, in one SQL count.

    Each bucket's lower bound becomes the latest start that has waited that long by ``now``
    (on the business clock, counting back through the opening hours), so a mailbox with
    thousands waiting is counted on the index, not measured row by row.
    """
    edges: list[datetime | None] = []
    for hours in BUCKETS_HOURS:
        budget = timedelta(hours=hours)
        edges.append(clocks.business_start_for(now, budget, policy) if business
                     else now - budget)
    at_least = [fn.SUM(Case(None, [(Conversation.waiting_since <= edge, 1)], 0))
                for edge in edges if edge is not None]
    row = _waiting_in(start, end, now).select(
        fn.COUNT(Conversation.id), *at_least).tuples().first() or (0,)
    total, *longer = [int(n or 0) for n in row]
    longer += [0] * (len(edges) - len(longer))  # never open: nobody has waited that long
    bounds = [total, *longer, 0]
    return [bounds[n] - bounds[n + 1] for n in range(len(BUCKETS_HOURS) + 1)]


def bucket_counts(start: datetime, end: datetime, business: bool = False,
                  now: datetime | None = None,
                  policy: clocks.ClockPolicy | None = None) -> list[Bucket]:
    """First-reply times of the period's cases counted into :data:`BUCKETS_HOURS` (in SQL),
    with the customers still waiting counted apart by how long they have waited so far."""
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
    still = _waiting_counts(start, end, business, as_utc(now or utcnow()),
                            policy or clocks.current_policy())
    lows = (0, *BUCKETS_HOURS)
    highs: tuple[float | None, ...] = (*BUCKETS_HOURS, None)
    return [Bucket(low, high, n, w)
            for low, high, n, w in zip(lows, highs, counts, still, strict=True)]


def complaint_bars(complaints: list[tuple[str, int]], repeated_from: int) -> list[ComplaintBar]:
    """Complaints per product, each marked repeated when it reaches ``repeated_from`` (at
    least 2: one complaint is no pattern)."""
    threshold = max(2, int(repeated_from))
    return [ComplaintBar(product, n, n >= threshold) for product, n in complaints]


def load(replies: list[tuple[date, float | None]], days: int) -> Load:
    """Median first reply on the busy days of the period against the other days.

    A day is busy when at least :data:`BUSY_FACTOR` times the period's average of
    customers wrote (and at least two), so the seller sees whether replies held under load.
    """
    per_day: dict[date, int] = defaultdict(int)
    for day, _seconds in replies:
        per_day[day] += 1
    average = len(replies) / max(1, days)
    busy_from = max(2, math.ceil(average * BUSY_FACTOR))
    busy = {day for day, n in per_day.items() if n >= busy_from}
    busy_values = sorted(s for d, s in replies if s is not None and d in busy)
    quiet_values = sorted(s for d, s in replies if s is not None and d not in busy)
    return Load(len(busy), busy_from, reports.percentile(busy_values, 0.5),
                reports.percentile(quiet_values, 0.5))


def peak_rows(start: datetime, end: datetime, business: bool = False,
              policy: clocks.ClockPolicy | None = None,
              reply_target_hours: float | None = None,
              known: reports.Kpis | None = None) -> list[PeakRow]:
    """The chosen period, the same number of days just before it, and the latest time of
    each peak season (:func:`peaks.latest`, as of the period's last day): customers per day
    and first replies of each, to compare the reply times under load. ``known``, the KPIs
    of the same period already computed, spares reading its figures twice."""
    policy = policy or clocks.current_policy()
    tz = policy.tz
    target_s = (reply_target_hours if reply_target_hours is not None
                else policy.breach_hours) * 3600
    first = as_utc(start).astimezone(tz).date()
    last = (as_utc(end) - timedelta(microseconds=1)).astimezone(tz).date()
    length = timedelta(days=(last - first).days + 1)
    stretches = [("period", first.year, first, last),
                 ("before", (first - length).year, first - length, first - timedelta(days=1))]
    stretches += [(s.key, s.year, s.first, s.last) for s in peaks.latest(last)]
    rows = []
    for key, year, lo, hi in stretches:
        if key == "period" and known is not None:
            dist = known.first_reply_business if business else known.first_reply
            if dist.target_s == target_s:
                rows.append(PeakRow(key, year, lo, hi, known.cases, dist))
                continue
        cases, dist = reports.first_reply_summary(*reports.local_bounds(lo, hi, tz),
                                                  target_s, business)
        rows.append(PeakRow(key, year, lo, hi, cases, dist))
    return rows


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
           policy: clocks.ClockPolicy | None = None, now: datetime | None = None,
           repeated_complaints: int = REPEATED_COMPLAINTS) -> ReportData:
    """KPIs, reply-time buckets (customers still waiting among them), the reply-time trend,
    complaints marked when repeated (``repeated_complaints`` or more in the period), the
    longest-waiting customers and the load verdict for [start, end)."""
    policy = policy or clocks.current_policy()
    now = as_utc(now or utcnow())
    k = reports.kpis(start, end, policy, now=now)
    tz = policy.tz
    first = as_utc(start).astimezone(tz).date()
    last = (as_utc(end) - timedelta(microseconds=1)).astimezone(tz).date()
    by_week = (last - first).days > 62
    replies = _replies(start, end, business_hours, tz)
    return ReportData(
        kpis=k,
        buckets=bucket_counts(start, end, business_hours, now, policy),
        trend=trend(replies, first, last, by_week),
        trend_by_week=by_week,
        business_hours=business_hours,
        complaints=complaint_bars(k.complaints_per_product, repeated_complaints),
        repeated_complaints=max(2, int(repeated_complaints)),
        longest_waiting=_waiters(start, end, business_hours, now, policy),
        load=load(replies, (last - first).days + 1),
    )


#: one person's reply times, as the reports screen lists them
MemberRow = members.MemberReplyTimes


def member_rows(start: datetime, end: datetime, business: bool = False
                ) -> list[MemberRow]:
    """A team's reply times per person for the period (who answered each conversation:
    assigned by hand or to whoever replied first); none on a personal shop."""
    if not members.list_members():
        return []
    return members.reply_times_by_member(start, end, business)
