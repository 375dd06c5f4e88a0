"""The reports screen's facade (core/screens/reports.py), without Qt: reply-time buckets,
the median-reply trend per local day or week, and the whole report of a period."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from seller_desk.core.conversations import clocks
from seller_desk.core.screens import reports as view
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation

KL = clocks.ClockPolicy(country="MY", subdivision="", timezone="Asia/Kuala_Lumpur")
START = datetime(2026, 10, 31, 16, 0, tzinfo=UTC)  # 1 November 00:00 in Kuala Lumpur
END = START + timedelta(days=7)
HOUR = 3600


@pytest.fixture(autouse=True)
def database():
    d = db.open_database("sqlite:///:memory:")
    clocks.set_policy(KL)
    yield d
    clocks.set_policy(None)
    d.close()


def case(at: datetime, reply_h: float | None, business_h: float | None = None) -> Conversation:
    return Conversation.create(
        subject="Soalan", first_customer_at=at,
        first_reply_s=None if reply_h is None else int(reply_h * HOUR),
        first_reply_business_s=None if business_h is None else int(business_h * HOUR))


@pytest.fixture
def week():
    """Cases of one week in Kuala Lumpur, one before it and one after it."""
    day1 = START + timedelta(hours=2)  # 1 Nov, 10:00 local
    for reply_h, business_h in ((0.5, 0.5), (2, 1), (5, 3), (20, 8), (30, 10), (100, 40)):
        case(day1, reply_h, business_h)
    case(START + timedelta(days=2, hours=23), None)  # 3 Nov 23:00 local, unanswered
    case(START + timedelta(days=3, hours=1), 3, 3)  # 4 Nov 01:00 local (3 Nov in UTC)
    case(START - timedelta(hours=1), 1, 1)  # the evening before the period
    case(END, 1, 1)  # the first moment after it


def test_reply_times_are_counted_into_buckets_of_the_period(week):
    buckets = view.bucket_counts(START, END)
    assert [(b.low_h, b.high_h, b.count) for b in buckets] == [
        (0, 1, 1), (1, 4, 2), (4, 12, 1), (12, 24, 1), (24, 48, 1), (48, None, 1)]
    business = view.bucket_counts(START, END, business=True)
    assert [b.count for b in business] == [1, 3, 2, 0, 1, 0]


def test_an_empty_period_has_empty_buckets():
    assert [b.count for b in view.bucket_counts(START, END)] == [0] * 6


def test_the_trend_lists_every_day_with_the_median_of_its_answered_cases():
    replies = [(date(2026, 11, 1), 1 * HOUR), (date(2026, 11, 1), 3 * HOUR),
               (date(2026, 11, 1), 8 * HOUR), (date(2026, 11, 3), None)]
    points = view.trend(replies, date(2026, 11, 1), date(2026, 11, 4), by_week=False)
    assert [(p.day, p.cases, p.median_hours) for p in points] == [
        (date(2026, 11, 1), 3, 3.0), (date(2026, 11, 2), 0, None),
        (date(2026, 11, 3), 1, None), (date(2026, 11, 4), 0, None)]


def test_the_trend_by_week_is_keyed_by_monday():
    replies = [(date(2026, 11, 3), 2 * HOUR), (date(2026, 11, 8), 4 * HOUR),
               (date(2026, 11, 10), 6 * HOUR)]
    points = view.trend(replies, date(2026, 11, 4), date(2026, 11, 12), by_week=True)
    assert [(p.day, p.cases, p.median_hours) for p in points] == [
        (date(2026, 11, 2), 2, 3.0), (date(2026, 11, 9), 1, 6.0)]


def test_the_report_dates_cases_by_the_sellers_day_and_agrees_with_the_kpis(week):
    data = view.report(START, END, policy=KL)
    assert data.kpis.cases == 8 and data.kpis.unanswered == 1
    assert sum(b.count for b in data.buckets) == 7  # the unanswered case has no reply time
    assert not data.trend_by_week and not data.business_hours
    assert [p.day for p in data.trend] == [date(2026, 11, d) for d in range(1, 8)]
    by_day = {p.day: p for p in data.trend}
    assert by_day[date(2026, 11, 1)].cases == 6
    assert by_day[date(2026, 11, 1)].median_hours == pytest.approx(12.5)
    # 23:00 and 01:00 local: the 3rd and the 4th, though both are the 3rd in UTC
    assert (by_day[date(2026, 11, 3)].cases, by_day[date(2026, 11, 3)].median_hours) == (1, None)
    assert (by_day[date(2026, 11, 4)].cases, by_day[date(2026, 11, 4)].median_hours) == (1, 3.0)
    business = view.report(START, END, business_hours=True, policy=KL)
    assert business.business_hours
    assert {p.day: p.median_hours for p in business.trend}[date(2026, 11, 1)] == \
        pytest.approx(5.5)


def test_a_long_period_is_drawn_per_week(week):
    data = view.report(START, START + timedelta(days=90), policy=KL)
    assert data.trend_by_week
    assert all(p.day.weekday() == 0 for p in data.trend)
    assert data.trend[0].day == date(2026, 10, 26) and data.trend[0].cases == 6
