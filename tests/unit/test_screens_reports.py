"""The reports screen's facade (core/screens/reports.py), without Qt: reply-time buckets,
the median-reply trend per local day or week, and the whole report of a period."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from seller_desk.core.conversations import clocks
from seller_desk.core.screens import reports as view
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation, Customer

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


# --- customers still waiting, complaints, the peak view -----------------------------------

NOW = START + timedelta(days=6, hours=10)  # Saturday 7 Nov, 10:00 in Kuala Lumpur


def waiting_case(since: datetime, **fields) -> Conversation:
    return Conversation.create(subject="Bila sampai?", first_customer_at=since,
                               waiting_since=since, counterpart_email="siti@example.my",
                               **fields)


def test_a_customer_still_waiting_counts_in_the_bucket_of_the_wait_so_far(week):
    waiting_case(NOW - timedelta(days=2, hours=7))  # waited 2 d 7 h: "over 48 h"
    waiting_case(NOW - timedelta(minutes=20))  # just wrote: "under 1 h"
    buckets = view.bucket_counts(START, END, now=NOW, policy=KL)
    assert [b.waiting for b in buckets] == [1, 0, 0, 0, 0, 1]
    # the answered are counted as before, apart from the waiting
    assert [b.count for b in buckets] == [1, 2, 1, 1, 1, 1]


def test_only_customers_who_wait_on_the_seller_count_as_still_waiting(week):
    since = NOW - timedelta(days=3)
    waiting_case(since, status="closed")
    waiting_case(since, snoozed_until=NOW + timedelta(days=1))
    waiting_case(since, snooze_until_reply=True)
    waiting_case(START - timedelta(days=3))  # its clock started before the period
    assert [b.waiting for b in view.bucket_counts(START, END, now=NOW, policy=KL)] == [0] * 6
    data = view.report(START, END, policy=KL, now=NOW)
    assert data.kpis.still_waiting == 0 and data.longest_waiting == []


def test_the_business_clock_counts_only_opening_hours_of_the_wait(week):
    # Friday 6 Nov 09:00 to Saturday 7 Nov 10:00 in Kuala Lumpur: 25 hours, of which
    # 10 opening hours (Friday 09:00-18:00, Saturday from 09:00)
    waiting_case(START + timedelta(days=5, hours=9))
    calendar = view.bucket_counts(START, END, now=NOW, policy=KL)
    business = view.bucket_counts(START, END, business=True, now=NOW, policy=KL)
    assert [b.waiting for b in calendar] == [0, 0, 0, 0, 1, 0]
    assert [b.waiting for b in business] == [0, 0, 1, 0, 0, 0]


def test_the_report_names_the_longest_waiting_customers_first(week):
    customer = Customer.create(name="Siti Aminah")
    waiting_case(NOW - timedelta(hours=5), customer=customer)
    waiting_case(NOW - timedelta(days=2, hours=7))
    data = view.report(START, END, policy=KL, now=NOW)
    assert data.kpis.still_waiting == 2
    assert [(w.name, w.waited_s) for w in data.longest_waiting] == [
        ("siti@example.my", (2 * 24 + 7) * HOUR), ("Siti Aminah", 5 * HOUR)]
    assert data.buckets[-1].waiting == 1


def test_complaints_are_repeated_only_from_the_threshold():
    bars = view.complaint_bars([("Songket clutch", 3), ("Tudung bawal", 2), ("Lilin", 1)], 3)
    assert [(b.product, b.repeated) for b in bars] == [
        ("Songket clutch", True), ("Tudung bawal", False), ("Lilin", False)]
    # one complaint is never a pattern, whatever the setting says
    assert [b.repeated for b in view.complaint_bars([("Lilin", 1)], 1)] == [False]


def test_the_load_compares_busy_days_with_quiet_ones():
    day1, day2, day3 = date(2026, 11, 11), date(2026, 11, 12), date(2026, 11, 13)
    replies = [(day1, 10 * HOUR)] * 6 + [(day2, 1 * HOUR), (day3, 2 * HOUR), (day3, None)]
    load = view.load(replies, days=3)
    assert (load.busy_days, load.busy_from) == (1, 5)
    assert (load.busy_median_s, load.quiet_median_s) == (10 * HOUR, 1.5 * HOUR)
    assert load.held is False
    steady = view.load([(day1, 2 * HOUR)] * 6 + [(day2, 2 * HOUR)], days=3)
    assert steady.held is True
    assert view.load([(day1, HOUR), (day2, HOUR)], days=2).busy_days == 0


def test_the_peak_view_sets_the_period_beside_the_days_before_and_the_seasons():
    sale = datetime(2025, 11, 11, 2, 0, tzinfo=UTC)  # 11.11 2025, 10:00 in Kuala Lumpur
    for n in range(14):  # 14 customers in the sale's week, answered in 6 hours
        case(sale + timedelta(hours=n * 10), 6)
    start = datetime(2026, 11, 1, tzinfo=KL.tz)
    end = datetime(2026, 11, 8, tzinfo=KL.tz)
    case(start + timedelta(hours=10), 2)
    case(start - timedelta(days=3), 4)  # the week before
    rows = view.peak_rows(start, end, policy=KL)
    assert [(r.key, r.year) for r in rows] == [
        ("period", 2026), ("before", 2026), ("ramadan", 2026), ("hari_raya", 2026),
        ("11.11", 2025), ("12.12", 2025)]
    by_key = {r.key: r for r in rows}
    assert (by_key["before"].first, by_key["before"].last) == (date(2026, 10, 25),
                                                              date(2026, 10, 31))
    assert (by_key["period"].cases, by_key["period"].first_reply.median_s) == (1, 2 * HOUR)
    assert (by_key["before"].cases, by_key["before"].first_reply.median_s) == (1, 4 * HOUR)
    sale_row = by_key["11.11"]
    assert (sale_row.first, sale_row.last) == (date(2025, 11, 11), date(2025, 11, 17))
    assert (sale_row.cases, sale_row.per_day, sale_row.first_reply.median_s) == (14, 2.0,
                                                                                   6 * HOUR)
    assert by_key["ramadan"].cases == 0 and by_key["ramadan"].first_reply.median_s is None
    # the period's KPIs, already computed for the cards, give the same first row
    known = view.report(start, end, policy=KL).kpis
    assert view.peak_rows(start, end, policy=KL, known=known) == rows
