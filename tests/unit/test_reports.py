"""KPIs: reply and resolution times on both clocks, volume per local day and week,
complaints per product, orders per channel and status; consistent with the event log."""

from __future__ import annotations

import statistics
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from seller_desk.core.conversations import clocks
from seller_desk.core.conversations import state as conversations
from seller_desk.core.demo import shop as demo
from seller_desk.core.reports import export
from seller_desk.core.reports import kpis as reports
from seller_desk.core.shop import orders, products
from seller_desk.core.store import db, events
from seller_desk.core.store.models import Conversation, Event, Message

H = timedelta(hours=1)
KL = clocks.ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur")


def kl(y: int, m: int, d: int, hh: int = 0) -> datetime:
    return datetime(y, m, d, hh, tzinfo=clocks.zone("Asia/Kuala_Lumpur")).astimezone(UTC)


@pytest.fixture(autouse=True)
def database():
    d = db.open_database("sqlite:///:memory:")
    clocks.set_policy(KL)
    yield d
    clocks.set_policy(None)
    d.close()


def case(start: datetime, reply_after: float | None, close_after: float | None = None,
         complaint: str = "") -> Conversation:
    conv = Conversation.create(subject="case")
    Message.create(conversation=conv, direction="in", date=start, sender_email="c@x.test")
    if reply_after is not None:
        Message.create(conversation=conv, direction="out", date=start + reply_after * H)
    conversations.refresh(conv)
    if close_after is not None:
        conversations.close(conv, at=start + close_after * H)
    if complaint:
        conversations.tag_conversation(conv, "complaint", complaint, at=start)
    return conv


def test_percentiles_interpolate_between_ranks():
    assert reports.percentile([], 0.5) is None
    assert reports.percentile([7], 0.9) == 7
    assert reports.percentile([1, 2, 3, 4], 0.5) == 2.5
    values = list(range(1, 11))
    assert reports.percentile(values, 0.9) == pytest.approx(
        statistics.quantiles(values, n=10, method="inclusive")[-1])
    d = reports.distribution([30, 10, 20, 40], target_s=20)
    assert (d.count, d.median_s, d.within_target, d.share_within_target) == (4, 25.0, 2, 0.5)


def test_reply_and_resolution_kpis_on_both_clocks():
    monday = kl(2026, 5, 4, 9)
    case(monday, 2, close_after=5)  # Monday 09:00: reply in 2 h, solved in 5 h
    case(monday + 8 * H, 25)  # Monday 17:00 -> Tuesday 18:00: 25 h, 10 business hours
    case(kl(2026, 5, 10, 10), 30)  # Sunday 10:00 -> Monday 16:00: 30 h, 7 business hours
    case(monday + 2 * H, None)  # still unanswered
    k = reports.kpis(kl(2026, 5, 4), kl(2026, 5, 11), policy=KL)
    assert (k.cases, k.unanswered) == (4, 1)
    assert k.first_reply.count == 3
    assert k.first_reply.median_s == 25 * 3600
    assert k.first_reply.within_target == 1  # 24 h target: only the 2 h reply
    assert sorted([2, 10, 7])[1] * 3600 == k.first_reply_business.median_s
    assert k.first_reply_business.share_within_target == 1.0
    assert (k.resolution.count, k.resolution.median_s) == (1, 5 * 3600)


def test_volume_is_counted_per_day_and_week_of_the_seller():
    # 23:30 UTC on Sunday 3 May is Monday 07:30 in Kuala Lumpur
    case(datetime(2026, 5, 3, 23, 30, tzinfo=UTC), 1)
    case(kl(2026, 5, 4, 12), 1)
    case(kl(2026, 5, 11, 12), 1)
    k = reports.kpis(kl(2026, 5, 3), kl(2026, 5, 12), policy=KL)
    per_day = dict(k.volume_per_day)
    assert per_day[date(2026, 5, 3)] == 0 and per_day[date(2026, 5, 4)] == 2
    assert len(k.volume_per_day) == 9
    assert dict(k.volume_per_week) == {date(2026, 4, 27): 0, date(2026, 5, 4): 2,
                                       date(2026, 5, 11): 1}


def test_days_in_a_daylight_saving_zone_are_the_local_ones():
    berlin = clocks.ClockPolicy(country="DE", timezone="Europe/Berlin")
    # 22:30 UTC: 23:30 local on 28 March (UTC+1), 00:30 local on 29 March after the change
    case(datetime(2026, 3, 28, 22, 30, tzinfo=UTC), 1)
    case(datetime(2026, 3, 29, 22, 30, tzinfo=UTC), 1)
    start = datetime(2026, 3, 27, 23, tzinfo=UTC)
    k = reports.kpis(start, start + timedelta(days=4), policy=berlin)
    per_day = dict(k.volume_per_day)
    assert per_day[date(2026, 3, 28)] == 1 and per_day[date(2026, 3, 30)] == 1


def test_repeated_complaints_are_listed_per_product():
    for _ in range(3):
        case(kl(2026, 5, 4, 10), 1, complaint="Songket clutch bag")
    case(kl(2026, 5, 4, 10), 1, complaint="Serai scented candle")
    start, end = kl(2026, 5, 1), kl(2026, 6, 1)
    assert reports.complaints_per_product(start, end, min_count=2) == [("Songket clutch bag", 3)]
    k = reports.kpis(start, end, policy=KL)
    assert k.complaints_per_product == [("Songket clutch bag", 3), ("Serai scented candle", 1)]


def test_complaints_and_sales_count_per_catalogue_product_not_per_typed_name():
    when = kl(2026, 5, 4, 10)
    orders.create_order("WA-1", "whatsapp", [
        {"title": "Songket clutch bag (Gold)", "sku": "SCB-G", "quantity": 2, "unit_price": "59"},
        {"title": "Serai candle", "quantity": 1, "unit_price": "15"}], placed_at=when)
    orders.create_order("WA-2", "whatsapp", [
        {"title": "songket clutch bag - gold", "quantity": 1, "unit_price": "59"}],
        placed_at=when)
    # three ways of naming the same bag: as typed in an order, another spelling, its SKU
    for typed in ("Songket clutch bag (Gold)", "SONGKET CLUTCH BAG GOLD", "scb-g"):
        case(when, 1, complaint=typed)
    case(when, 1, complaint="Batik tote")  # not in the catalogue: counted as typed
    start, end = kl(2026, 5, 1), kl(2026, 6, 1)
    assert reports.complaints_per_product(start, end) == [
        ("Songket clutch bag (Gold)", 3), ("Batik tote", 1)]
    k = reports.kpis(start, end, policy=KL)
    assert k.sales_per_product == [("Songket clutch bag (Gold)", 3), ("Serai candle", 1)]
    # the seller renames the product in the catalogue: the report follows
    bag = products.suggest("clutch", "MYR")[0]
    products.update_product(bag.id, name="Songket clutch", variant="Gold", sku="SCB-G")
    assert reports.complaints_per_product(start, end, min_count=2) == [
        ("Songket clutch (Gold)", 3)]
    assert ("sales_per_product", "", "Songket clutch (Gold)", 3) in reports.kpi_rows(
        reports.kpis(start, end, policy=KL))


def test_orders_are_counted_per_channel_and_status_with_net_revenue():
    for n, channel in enumerate(["shopee", "shopee", "web", "tokopedia"]):
        o = orders.create_order(f"N{n}", channel, [{"title": "Soap", "unit_price": "25"}],
                                placed_at=kl(2026, 5, 4, 10),
                                currency="IDR" if channel == "tokopedia" else "MYR")
        if n == 0:
            orders.change_status(o, "paid")
            orders.record_refund(o, "5.00")
        if n == 2:
            orders.change_status(o, "cancelled")
    k = reports.kpis(kl(2026, 5, 1), kl(2026, 6, 1), policy=KL)
    assert k.orders == 4
    assert k.orders_per_channel == {"shopee": 2, "tokopedia": 1, "web": 1}
    assert k.orders_per_status == {"awaiting_payment": 2, "cancelled": 1, "paid": 1}
    assert k.revenue == {"IDR": Decimal("25.00"), "MYR": Decimal("45.00")}


def test_the_kpis_of_the_demo_can_be_recomputed_from_the_event_log():
    now = datetime(2026, 11, 22, 10, tzinfo=UTC)
    demo.build_demo(now=now)
    start = now - timedelta(days=90)
    k = reports.kpis(start, now, policy=KL)
    first_ids = {c.id for c in Conversation.select().where(
        Conversation.first_customer_at >= start, Conversation.first_customer_at < now)}
    from_events = [e.data["calendar_s"] for e in Event.select().where(
        Event.kind == events.CLOCK_STOPPED) if e.data["first"] and e.conversation_id in first_ids]
    assert k.first_reply.count == len(from_events) > 50
    assert k.first_reply.median_s == statistics.median(from_events)
    rows = reports.kpi_rows(k)
    assert ("first_reply", "business", "count", k.first_reply_business.count) in rows


def test_day_counts_take_extra_conditions_and_half_hour_zones():
    kolkata = clocks.zone("Asia/Kolkata")  # UTC+05:30 all year
    case(datetime(2026, 5, 3, 18, 20, tzinfo=UTC), 1)  # 23:50 on 3 May in Kolkata
    case(datetime(2026, 5, 3, 18, 40, tzinfo=UTC), 1)  # 00:10 on 4 May
    late = case(datetime(2026, 5, 4, 18, 40, tzinfo=UTC), 1)  # 00:10 on 5 May
    start, end = datetime(2026, 5, 1, tzinfo=UTC), datetime(2026, 5, 10, tzinfo=UTC)
    counts = reports.day_counts(Conversation, Conversation.first_customer_at, start, end, kolkata)
    assert counts == {date(2026, 5, 3): 1, date(2026, 5, 4): 1, date(2026, 5, 5): 1}
    others = reports.day_counts(Conversation, Conversation.first_customer_at, start, end,
                                kolkata, extra_where="AND id != %s", extra_params=[late.id])
    assert others == {date(2026, 5, 3): 1, date(2026, 5, 4): 1}


def test_a_period_of_many_years_counts_every_day():
    case(datetime(2014, 1, 1, 12, tzinfo=UTC), 1)
    case(datetime(2026, 5, 4, 12, tzinfo=UTC), None)
    k = reports.kpis(datetime(2013, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC), policy=KL)
    assert len(k.volume_per_day) > 5000 and sum(n for _, n in k.volume_per_day) == 2
    assert dict(k.volume_per_day)[date(2026, 5, 4)] == 1
    assert (k.cases, k.unanswered, k.first_reply.count) == (2, 1, 1)


def test_a_period_without_cases_has_empty_figures():
    k = reports.kpis(kl(2026, 5, 1), kl(2026, 6, 1), policy=KL)
    assert (k.cases, k.unanswered, k.first_reply.count, k.first_reply.median_s) == (0, 0, 0, None)
    assert k.resolution_business.share_within_target is None
    assert sum(n for _, n in k.volume_per_day) == 0 and len(k.volume_per_day) == 31


def test_customers_still_waiting_are_counted_and_exported_with_the_kpis(tmp_path):
    monday = kl(2026, 5, 4, 10)
    case(monday, 1)  # answered
    case(monday + H, None)  # waits on the seller
    closed = case(monday + 2 * H, None)
    conversations.close(closed, at=monday + 3 * H)  # unanswered, but nobody waits
    start, end = kl(2026, 5, 4), kl(2026, 5, 11)
    k = reports.kpis(start, end, policy=KL, now=monday + 10 * H)
    assert (k.cases, k.unanswered, k.still_waiting) == (3, 2, 1)
    assert ("cases", "", "still_waiting", 1) in reports.kpi_rows(k)
    assert reports.still_waiting(end, end + 7 * 24 * H, monday + 10 * H) == 0
    # the KPIs file carries it too
    target = tmp_path / "kpis.csv"
    export.export("kpis", start, end, target, policy=KL)
    rows = export.read_back(target)
    assert ["cases", "", "still_waiting", "1"] in rows
