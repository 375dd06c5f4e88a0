"""KPIs for any period: reply and resolution times, volume, complaints per product, orders.

Complaints and sales count per catalogue product (core/shop/products.py), not per typed
name: "batik scarf blue" and "Batik Scarf (Blue)" are one bar, and a merge shows at once.

Reply-time figures come from the seconds stored on each conversation (``first_reply_s``,
``resolution_s`` and their business-hours twins), which :mod:`conversations` derives from
the stored messages and records in the event log at every clock stop, so a year of KPIs is
one indexed range scan and the numbers can be recomputed and checked from the events.
Counts are aggregated in SQL; days and weeks are the seller's (time zone from the
settings), grouped in SQL with the zone's UTC offset, one query per stretch of constant
offset (so daylight-saving zones are right too).
"""

from __future__ import annotations

import bisect
import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from typing import Any

import peewee
from peewee import fn

from seller_desk.core.conversations import clocks
from seller_desk.core.shop import products
from seller_desk.core.store import db, waiting
from seller_desk.core.store.fields import UtcDateTimeField, as_utc, utcnow
from seller_desk.core.store.models import (
    Conversation,
    ConversationTag,
    Order,
    OrderItem,
    database,
)

COMPLAINT_TAGS = ("complaint", "return", "refund")
DEFAULT_RESOLUTION_TARGET_HOURS = 72.0
_TS = UtcDateTimeField()


@dataclass(frozen=True)
class Distribution:
    """Durations in seconds: count, median, 90th percentile, mean, share within target."""

    count: int
    median_s: float | None
    p90_s: float | None
    mean_s: float | None
    target_s: float
    within_target: int

    @property
    def share_within_target(self) -> float | None:
        """Fraction (0..1) of the durations at or below the target; None without data."""
        return self.within_target / self.count if self.count else None

    @property
    def median_within_target(self) -> bool | None:
        """Whether the typical case (the median) met the target; None without data. The
        cards show it as a tick or a cross beside the target they are measured against."""
        return None if self.median_s is None else self.median_s <= self.target_s

    @property
    def median_hours(self) -> float | None:
        return None if self.median_s is None else self.median_s / 3600

    @property
    def p90_hours(self) -> float | None:
        return None if self.p90_s is None else self.p90_s / 3600


def percentile(sorted_values: Sequence[float], q: float) -> float | None:
    """The ``q`` quantile (0..1) of sorted values, interpolating linearly between ranks."""
    n = len(sorted_values)
    if n == 0:
        return None
    pos = (n - 1) * q
    lo = math.floor(pos)
    hi = min(lo + 1, n - 1)
    return float(sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo))


def distribution(values: Sequence[float], target_s: float) -> Distribution:
    """Summarise durations (seconds, any order)."""
    return _sorted_distribution(sorted(values), target_s)


def _sorted_distribution(ordered: Sequence[float], target_s: float) -> Distribution:
    n = len(ordered)
    return Distribution(
        count=n,
        median_s=percentile(ordered, 0.5),
        p90_s=percentile(ordered, 0.9),
        mean_s=(sum(ordered) / n) if n else None,
        target_s=target_s,
        within_target=bisect.bisect_right(ordered, target_s),
    )


@dataclass(frozen=True)
class Kpis:
    """Every KPI of one period, ready for a chart or a CSV."""

    start: datetime
    end: datetime
    cases: int  # conversations whose first customer message falls in the period
    unanswered: int  # of those, still without a first reply
    first_reply: Distribution  # calendar clock
    first_reply_business: Distribution
    resolution: Distribution
    resolution_business: Distribution
    volume_per_day: list[tuple[date, int]]  # every day of the period, zeros included
    volume_per_week: list[tuple[date, int]]  # keyed by the Monday of the week
    complaints_per_product: list[tuple[str, int]]  # most complained-about first
    orders: int
    orders_per_channel: dict[str, int]
    orders_per_status: dict[str, int]
    revenue: dict[str, Decimal] = field(default_factory=dict)  # per currency, refunds off
    # WhatsApp chats (imported, or answered through "Answer on WhatsApp") apart from mail:
    # the figures above are mail's; a chat is answered another way and at another pace
    whatsapp_cases: int = 0
    whatsapp_unanswered: int = 0
    whatsapp_first_reply: Distribution | None = None
    sales_per_product: list[tuple[str, int]] = field(default_factory=list)  # items, most first
    # customers whose reply clock started in the period and who wait on the seller now
    # (store/waiting.py): the ones to answer first, counted apart from ``unanswered``
    # (cases of the period with no first reply yet, some of them snoozed or closed)
    still_waiting: int = 0


# --- local days in SQL --------------------------------------------------------------------


def _offset_minutes(tz: tzinfo, at: datetime) -> int:
    offset = at.astimezone(tz).utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def offset_segments(start: datetime, end: datetime, tz: tzinfo) -> list[tuple[datetime, datetime, int]]:
    """Split [start, end) into stretches of constant UTC offset of ``tz``: (from, to, minutes)."""
    start, end = as_utc(start), as_utc(end)
    segments: list[tuple[datetime, datetime, int]] = []
    seg_start = start
    current = _offset_minutes(tz, start)
    probe = start
    step = timedelta(hours=12)
    while probe < end:
        nxt = min(probe + step, end)
        if _offset_minutes(tz, nxt) != current and nxt < end:
            lo, hi = probe, nxt  # find the instant of the change
            while hi - lo > timedelta(microseconds=1):
                mid = lo + (hi - lo) / 2
                if _offset_minutes(tz, mid) == current:
                    lo = mid
                else:
                    hi = mid
            segments.append((seg_start, hi, current))
            seg_start, current = hi, _offset_minutes(tz, hi)
        probe = nxt
    segments.append((seg_start, end, current))
    return segments


def _day_expr(column: str, minutes: int) -> str:
    if db.is_sqlite():
        return f"date({column}, '{minutes:+d} minutes')"
    return f"to_char({column} + interval '{minutes} minutes', 'YYYY-MM-DD')"


def _quote(name: str) -> str:
    # double quotes name a table or column in both SQLite and PostgreSQL
    return '"' + name.replace('"', '""') + '"'


def day_counts(table: type[peewee.Model], column: peewee.Field, start: datetime, end: datetime,
               tz: tzinfo, extra_where: str = "", extra_params: Sequence[Any] = ()) -> dict[date, int]:
    """Rows of ``table`` per local day of ``column`` within [start, end), counted in SQL.

    On SQLite ``column`` should lead an index: each local day is one range count on it.
    """
    table_sql = _quote(table._meta.table_name)
    col_sql = _quote(column.column_name)
    if db.is_sqlite():
        return _day_counts_sqlite(table_sql, col_sql, as_utc(start), as_utc(end), tz,
                                  extra_where.replace("%s", "?"), extra_params)
    counts: dict[date, int] = {}
    for seg_start, seg_end, minutes in offset_segments(start, end, tz):
        params = [_TS.db_value(seg_start), _TS.db_value(seg_end), *extra_params]
        if db.is_sqlite() and minutes % 60 == 0:
            # stored times are "YYYY-MM-DD HH:..." text: grouping on the UTC hour prefix
            # costs no date arithmetic per row; each hour then maps to its local day
            sql = (f"SELECT substr({col_sql}, 1, 13) AS h, COUNT(*) FROM {table_sql} "
                   f"WHERE {col_sql} >= ? AND {col_sql} < ? {extra_where.replace('%s', '?')} "
                   f"GROUP BY h")
            shift = timedelta(minutes=minutes)
            for hour, n in database.execute_sql(sql, params).fetchall():
                key = (datetime.fromisoformat(f"{hour}:00") + shift).date()
                counts[key] = counts.get(key, 0) + int(n)
            continue
        sql = (f"SELECT {_day_expr(col_sql, minutes)} AS d, COUNT(*) FROM {table_sql} "
               f"WHERE {col_sql} >= %s AND {col_sql} < %s {extra_where} GROUP BY d")
        if db.is_sqlite():
            sql = sql.replace("%s", "?")
        for day, n in database.execute_sql(sql, params).fetchall():
            key = date.fromisoformat(str(day))
            counts[key] = counts.get(key, 0) + int(n)
    return counts


def _day_counts_sqlite(table_sql: str, col_sql: str, start: datetime, end: datetime, tz: tzinfo,
                       extra_where: str, extra_params: Sequence[Any]) -> dict[date, int]:
    # Grouping 100,000 rows on a computed day costs a temporary b-tree; counting each day's
    # range on the index costs only the index walk. The day's bounds are the seller's
    # midnights in UTC, so daylight-saving days come out right without offset arithmetic.
    days: list[date] = []
    params: list[Any] = []
    day = start.astimezone(tz).date()
    last = (end - timedelta(microseconds=1)).astimezone(tz).date()
    lo = start
    while day <= last:
        hi = min(end, datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC))
        days.append(day)
        params += [_TS.db_value(lo), _TS.db_value(hi)]
        lo, day = hi, day + timedelta(days=1)
    if not days:
        return {}
    counts: dict[date, int] = {}
    # SQLite allows 32,766 parameters per statement: a chunk of days per query
    chunk = 4000
    for i in range(0, len(days), chunk):
        part = days[i:i + chunk]
        values = ", ".join(["(?, ?)"] * len(part))
        sql = (f"WITH d(lo, hi) AS (VALUES {values}) "
               f"SELECT (SELECT COUNT(*) FROM {table_sql} WHERE {col_sql} >= d.lo "
               f"AND {col_sql} < d.hi {extra_where}) FROM d")
        # the subquery's own placeholders follow the days' ones in the text: bound once
        bound = [*params[2 * i:2 * (i + len(part))], *extra_params]
        for d, (n,) in zip(part, database.execute_sql(sql, bound).fetchall(), strict=True):
            if n:
                counts[d] = int(n)
    return counts


def local_bounds(first: date, last: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """UTC instants of the seller's midnight starting ``first`` and ending ``last``."""
    start = datetime.combine(first, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


# --- KPIs ---------------------------------------------------------------------------------


_FIGURES = (Conversation.first_reply_s, Conversation.first_reply_business_s,
            Conversation.resolution_s, Conversation.resolution_business_s)


def _figures(start: datetime, end: datetime, channel: str | None = None,
             figures: Sequence[peewee.Field] = _FIGURES) -> tuple[int, list[list[float]]]:
    """The number of cases of [start, end) and, per stored figure, its values (no NULLs);
    of one ``channel`` only when given (every channel otherwise: the covering index);
    only the ``figures`` asked for (all four by default)."""
    period: tuple[Any, ...] = (Conversation.first_customer_at >= start,
                               Conversation.first_customer_at < end)
    if channel is not None:  # few rows: the partial index of schema 14 finds them
        period = (*period, Conversation.channel == channel)
    if db.is_sqlite():
        # one text per figure: 100,000 numbers parse faster from one string than they
        # arrive as 100,000 row tuples, and group_concat leaves the NULLs out
        q = Conversation.select(fn.COUNT(peewee.SQL("*")),
                                *[fn.GROUP_CONCAT(f) for f in figures]).where(*period)
        sql, params = q.sql()
        cases, *texts = database.execute_sql(sql, params).fetchone()
        return int(cases), [json.loads(f"[{t}]") if t else [] for t in texts]
    sql, params = Conversation.select(*figures).where(*period).sql()
    rows = database.execute_sql(sql, params).fetchall()
    if not rows:
        return 0, [[] for _f in figures]
    return len(rows), [[v for v in c if v is not None] for c in zip(*rows, strict=True)]


def complaints_per_product(start: datetime, end: datetime, min_count: int = 1,
                           tags: Sequence[str] = COMPLAINT_TAGS) -> list[tuple[str, int]]:
    """Products named in complaint, return or refund tags of the period, with the number of
    conversations about each, most first; ``min_count=2`` lists repeated complaints only.

    A tag names its product as typed; each text that names a catalogue product (by SKU, or
    by name and variant however written) counts for that product, under its title."""
    rows = list(ConversationTag.select(ConversationTag.product, ConversationTag.conversation)
                .where(ConversationTag.tag.in_(list(tags)), ConversationTag.product != "",
                       ConversationTag.created_at >= as_utc(start),
                       ConversationTag.created_at < as_utc(end))
                .distinct().tuples())
    found = products.resolve(text for text, _conv in rows)
    names = products.titles(found.values())
    per: dict[str, set[int]] = {}
    for text, conv in rows:
        label = names.get(found[text], text) if text in found else text
        per.setdefault(label, set()).add(conv)
    counted = [(label, len(convs)) for label, convs in per.items() if len(convs) >= min_count]
    return sorted(counted, key=lambda kv: (-kv[1], kv[0]))


def sales_per_product(start: datetime, end: datetime) -> list[tuple[str, int]]:
    """Items sold per product in orders placed in the period (cancelled ones left out),
    most first; an item without a product counts under its own title."""
    sold = fn.SUM(OrderItem.quantity)
    q = (OrderItem.select(OrderItem.product, fn.MIN(OrderItem.title), sold)
         .join(Order)
         .where(Order.placed_at >= as_utc(start), Order.placed_at < as_utc(end),
                Order.status != "cancelled")
         .group_by(OrderItem.product, peewee.Case(None, [(OrderItem.product.is_null(),
                                                          OrderItem.title)], "")))
    rows = list(q.tuples())
    names = products.titles(pid for pid, _t, _n in rows if pid is not None)
    per: dict[str, int] = {}
    for pid, title, count in rows:
        label = names.get(pid, title) if pid is not None else title
        per[label] = per.get(label, 0) + int(count or 0)
    return sorted(per.items(), key=lambda kv: (-kv[1], kv[0]))


def _mail_and_chat_figures(start: datetime, end: datetime,
                           figures: Sequence[peewee.Field] = _FIGURES
                           ) -> tuple[int, list[list[float]], int, list[list[float]]]:
    """Cases and sorted figures of mail (every conversation less the WhatsApp chats) and of
    the chats apart: a chat is answered another way and at another pace."""
    cases, columns = _figures(start, end, figures=figures)
    chat_cases, chat_columns = _figures(start, end, channel="whatsapp", figures=figures)
    if chat_cases:  # mail's figures: every conversation's less the chats' (a few)
        cases -= chat_cases
        columns = [_without(column, chat) for column, chat in
                   zip(columns, chat_columns, strict=True)]
    for column in columns + chat_columns:
        column.sort()
    return cases, columns, chat_cases, chat_columns


def first_reply_summary(start: datetime, end: datetime, target_s: float,
                        business: bool = False) -> tuple[int, Distribution]:
    """The mail cases of [start, end) and their first-reply times on one clock: the same
    figures as :func:`kpis`, without the rest, for comparing several periods at once."""
    column = Conversation.first_reply_business_s if business else Conversation.first_reply_s
    cases, columns, _chats, _chat_columns = _mail_and_chat_figures(
        as_utc(start), as_utc(end), (column,))
    return cases, _sorted_distribution(columns[0], target_s)


def still_waiting(start: datetime, end: datetime, now: datetime) -> int:
    """Conversations waiting on the seller at ``now`` (the one definition,
    store/waiting.py) whose clock started within [start, end)."""
    return int(Conversation.select()
               .where(waiting.condition(as_utc(now)),
                      Conversation.waiting_since >= as_utc(start),
                      Conversation.waiting_since < as_utc(end))
               .count())


def kpis(start: datetime, end: datetime, policy: clocks.ClockPolicy | None = None,
         resolution_target_hours: float = DEFAULT_RESOLUTION_TARGET_HOURS,
         reply_target_hours: float | None = None, now: datetime | None = None) -> Kpis:
    """All KPIs for [start, end) (aware datetimes; see :func:`local_bounds` for whole days).

    First-reply targets default to the breach target of the settings (24 h). ``now``
    (default: the present) decides who still waits.
    """
    policy = policy or clocks.current_policy()
    start, end = as_utc(start), as_utc(end)
    tz = policy.tz
    reply_target = (reply_target_hours if reply_target_hours is not None
                    else policy.breach_hours) * 3600
    resolution_target = resolution_target_hours * 3600
    cases, columns, chat_cases, chat_columns = _mail_and_chat_figures(start, end)
    by_day = day_counts(Conversation, Conversation.first_customer_at, start, end, tz)
    first_day = start.astimezone(tz).date()
    last_day = (end - timedelta(microseconds=1)).astimezone(tz).date()
    per_day = []
    day = first_day
    while day <= last_day:
        per_day.append((day, by_day.get(day, 0)))
        day += timedelta(days=1)
    weeks: dict[date, int] = {}
    for day, n in per_day:
        monday = day - timedelta(days=day.weekday())
        weeks[monday] = weeks.get(monday, 0) + n
    channels: dict[str, int] = {}
    statuses: dict[str, int] = {}
    revenue: dict[str, Decimal] = {}
    total_orders = 0
    for channel, status, currency, count, total, refunded in (
        Order.select(Order.channel, Order.status, Order.currency, fn.COUNT(Order.id),
                     fn.SUM(Order.total), fn.SUM(Order.refunded_amount))
        .where(Order.placed_at >= start, Order.placed_at < end)
        .group_by(Order.channel, Order.status, Order.currency).tuples()
    ):
        channels[channel] = channels.get(channel, 0) + count
        statuses[status] = statuses.get(status, 0) + count
        total_orders += count
        if status != "cancelled":
            net = Decimal(str(total or 0)) - Decimal(str(refunded or 0))
            revenue[currency] = (revenue.get(currency, Decimal(0)) + net).quantize(Decimal("0.01"))
    return Kpis(
        start=start, end=end, cases=cases,
        unanswered=cases - len(columns[0]),
        first_reply=_sorted_distribution(columns[0], reply_target),
        first_reply_business=_sorted_distribution(columns[1], reply_target),
        resolution=_sorted_distribution(columns[2], resolution_target),
        resolution_business=_sorted_distribution(columns[3], resolution_target),
        volume_per_day=per_day,
        volume_per_week=sorted(weeks.items()),
        complaints_per_product=complaints_per_product(start, end),
        orders=total_orders,
        orders_per_channel=dict(sorted(channels.items(), key=lambda kv: (-kv[1], kv[0]))),
        orders_per_status=dict(sorted(statuses.items(), key=lambda kv: (-kv[1], kv[0]))),
        revenue=dict(sorted(revenue.items())),
        whatsapp_cases=chat_cases,
        whatsapp_unanswered=chat_cases - len(chat_columns[0]),
        whatsapp_first_reply=(_sorted_distribution(chat_columns[0], reply_target)
                              if chat_cases else None),
        sales_per_product=sales_per_product(start, end),
        still_waiting=still_waiting(start, end, now or utcnow()),
    )


def _without(values: list[float], taken: list[float]) -> list[float]:
    """``values`` less one occurrence of each of ``taken`` (a multiset difference)."""
    left = Counter(taken)
    kept = []
    for v in values:
        if left[v]:
            left[v] -= 1
        else:
            kept.append(v)
    return kept


def kpi_rows(k: Kpis) -> list[tuple[str, str, str, Any]]:
    """The KPIs as flat rows (metric, clock, statistic, value) for a CSV or a table."""
    rows: list[tuple[str, str, str, Any]] = [
        ("period", "", "start", k.start), ("period", "", "end", k.end),
        ("cases", "", "count", k.cases), ("cases", "", "unanswered", k.unanswered),
        ("cases", "", "still_waiting", k.still_waiting),
    ]
    for metric, clock, dist in (("first_reply", "calendar", k.first_reply),
                                ("first_reply", "business", k.first_reply_business),
                                ("resolution", "calendar", k.resolution),
                                ("resolution", "business", k.resolution_business)):
        rows += [
            (metric, clock, "count", dist.count),
            (metric, clock, "median_hours", _hours(dist.median_s)),
            (metric, clock, "p90_hours", _hours(dist.p90_s)),
            (metric, clock, "mean_hours", _hours(dist.mean_s)),
            (metric, clock, "target_hours", _hours(dist.target_s)),
            (metric, clock, "share_within_target",
             None if dist.share_within_target is None else round(dist.share_within_target, 4)),
        ]
    rows += [("volume_per_day", "", day.isoformat(), n) for day, n in k.volume_per_day]
    rows += [("volume_per_week", "", day.isoformat(), n) for day, n in k.volume_per_week]
    rows += [("complaints_per_product", "", p, n) for p, n in k.complaints_per_product]
    rows += [("orders", "", "count", k.orders)]
    rows += [("orders_per_channel", "", c, n) for c, n in k.orders_per_channel.items()]
    rows += [("orders_per_status", "", s, n) for s, n in k.orders_per_status.items()]
    rows += [("revenue", "", c, v) for c, v in k.revenue.items()]
    if k.whatsapp_first_reply is not None:
        dist = k.whatsapp_first_reply
        rows += [("whatsapp_cases", "", "count", k.whatsapp_cases),
                 ("whatsapp_cases", "", "unanswered", k.whatsapp_unanswered),
                 ("whatsapp_first_reply", "calendar", "median_hours", _hours(dist.median_s)),
                 ("whatsapp_first_reply", "calendar", "p90_hours", _hours(dist.p90_s)),
                 ("whatsapp_first_reply", "calendar", "share_within_target",
                  None if dist.share_within_target is None
                  else round(dist.share_within_target, 4))]
    rows += [("sales_per_product", "", p, n) for p, n in k.sales_per_product]
    return rows


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 3)
