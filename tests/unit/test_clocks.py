"""Reply-time clocks: business hours with holidays, targets, stored figures, clock events,
and the waiting list."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from seller_desk.core.conversations import clocks
from seller_desk.core.conversations import state as conversations
from seller_desk.core.conversations.clocks import ClockPolicy
from seller_desk.core.store import db, events
from seller_desk.core.store.models import Conversation, Event, Message

H = timedelta(hours=1)
KL = ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur")  # 09-18 weekdays, 09-13 Sat
KL_BUSINESS = ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur", use_business_hours=True)


def kl(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=clocks.zone("Asia/Kuala_Lumpur")).astimezone(UTC)


def test_business_hours_count_only_opening_hours():
    # Friday 17:00 -> Monday 10:00: 1 h Friday, 4 h Saturday, Sunday closed, 1 h Monday
    assert clocks.business_elapsed(kl(2026, 5, 8, 17), kl(2026, 5, 11, 10), KL) == 6 * H
    assert clocks.calendar_elapsed(kl(2026, 5, 8, 17), kl(2026, 5, 11, 10)) == 65 * H


def test_public_holidays_count_nothing():
    # Monday 31 Aug 2026 is Merdeka Day: Friday 17:00 -> Tuesday 10:00 = 1 + 4 + 0 + 0 + 1
    assert clocks.business_elapsed(kl(2026, 8, 28, 17), kl(2026, 9, 1, 10), KL) == 6 * H
    # Indonesia has no holiday that Monday
    jakarta = ClockPolicy(country="ID", timezone="Asia/Jakarta")
    start = datetime(2026, 8, 31, 9, tzinfo=clocks.zone("Asia/Jakarta"))
    assert clocks.business_elapsed(start, start + 2 * H, jakarta) == 2 * H


def test_a_state_holiday_counts_only_in_that_state():
    # 4 Mar 2026 (Wednesday) is the Sultan of Terengganu's accession day, a state holiday
    trg = ClockPolicy(country="MY", subdivision="TRG", timezone="Asia/Kuala_Lumpur")
    day = (kl(2026, 3, 4, 9), kl(2026, 3, 4, 18))
    assert clocks.business_elapsed(*day, trg) == timedelta(0)
    assert clocks.business_elapsed(*day, KL) == 9 * H


def test_daylight_saving_days_have_their_real_length():
    berlin = ClockPolicy(country="DE", timezone="Europe/Berlin",
                         hours=tuple([(time(0), time.max)] * 7))
    start = datetime(2026, 3, 29, 0, tzinfo=clocks.zone("Europe/Berlin"))  # a 23-hour day
    assert clocks.business_elapsed(start, start + timedelta(days=1), berlin) == 23 * H


def test_unknown_places_fall_back_without_failing():
    assert clocks.holiday_calendar("", "") == {}
    assert clocks.holiday_calendar("XX", "") == {}
    assert clocks.zone("Not/AZone") is not None


def test_states_follow_the_warn_and_breach_targets():
    start = kl(2026, 5, 4, 9)
    assert clocks.reading(start, start + 11 * H, KL).state == clocks.FINE
    at_risk = clocks.reading(start, start + 12 * H, KL)
    assert at_risk.state == clocks.WARN and at_risk.time_left == 12 * H
    late = clocks.reading(start, start + 30 * H, KL)
    assert late.state == clocks.BREACH and late.time_left == -6 * H
    assert late.deadline == start + 24 * H


def test_the_business_clock_breaches_after_24_opening_hours():
    start = kl(2026, 5, 4, 9)  # Monday 09:00
    reading = clocks.reading(start, kl(2026, 5, 6, 12), KL_BUSINESS)  # Wed 12:00: 9+9+3 h
    assert reading.elapsed == 21 * H and reading.state == clocks.WARN
    assert reading.time_left == 3 * H
    assert reading.deadline == kl(2026, 5, 6, 15)
    assert clocks.business_start_for(kl(2026, 5, 6, 15), 24 * H, KL_BUSINESS) == start


def test_settings_become_a_policy():
    class FakeSettings(dict):
        def get(self, key, default=None):
            return super().get(key, default)

    from seller_desk.core.common.settings import DEFAULTS

    raw = dict(DEFAULTS)
    raw["clock.business_hours"] = {**DEFAULTS["clock.business_hours"], "6": ["10:00", "24:00"],
                                   "5": "nonsense"}
    policy = ClockPolicy.from_settings(FakeSettings(raw))
    assert policy.hours[6] == (time(10), time.max) and policy.hours[5] is None
    assert (policy.warn_hours, policy.breach_hours, policy.country) == (12.0, 24.0, "MY")


# --- stored figures and events -------------------------------------------------------


@pytest.fixture
def database():
    d = db.open_database("sqlite:///:memory:")
    clocks.set_policy(KL)
    yield d
    clocks.set_policy(None)
    d.close()


def write(conv: Conversation, direction: str, at: datetime, auto: bool = False) -> None:
    Message.create(conversation=conv, direction=direction, date=at, is_auto=auto,
                   sender_email="buyer@x.test" if direction == "in" else "shop@x.test")
    conversations.refresh(conv)


def test_refresh_stores_figures_and_records_each_start_and_stop_once(database):
    conv = Conversation.create(subject="Saiz")
    start = kl(2026, 5, 8, 17)  # Friday 17:00
    write(conv, "in", start)
    write(conv, "in", start + 2 * H)  # a second question does not restart the clock
    write(conv, "out", kl(2026, 5, 11, 10))  # Monday 10:00
    conv = Conversation.get_by_id(conv.id)
    assert (conv.first_reply_s, conv.first_reply_business_s) == (65 * 3600, 6 * 3600)
    conversations.refresh(conv)  # again: nothing new to record
    kinds = [(e.kind, e.at) for e in Event.select().order_by(Event.at)]
    assert kinds == [(events.CLOCK_STARTED, start), (events.CLOCK_STOPPED, kl(2026, 5, 11, 10))]
    stop = Event.get(Event.kind == events.CLOCK_STOPPED)
    assert stop.data["first"] is True and stop.data["business_s"] == 6 * 3600


def test_closing_stores_the_resolution_time_and_a_new_message_reopens(database):
    conv = Conversation.create(subject="Refund")
    start = kl(2026, 5, 4, 9)
    write(conv, "in", start)
    write(conv, "out", start + H)
    conversations.close(conv, at=start + 5 * H)
    conv = Conversation.get_by_id(conv.id)
    assert (conv.status, conv.resolution_s, conv.resolution_business_s) == (
        "closed", 5 * 3600, 5 * 3600)
    closed = Event.get(Event.kind == events.CONVERSATION_CLOSED)
    assert closed.data["resolution_s"] == 5 * 3600
    write(conv, "in", start + 30 * H)
    conv = Conversation.get_by_id(conv.id)
    assert conv.status == "open" and conv.resolution_s is None
    assert Event.select().where(Event.kind == events.CONVERSATION_REOPENED).count() == 1


def test_changed_opening_hours_recompute_the_stored_figures(database):
    conv = Conversation.create(subject="x")
    write(conv, "in", kl(2026, 5, 10, 10))  # Sunday: closed
    write(conv, "out", kl(2026, 5, 10, 12))
    assert Conversation.get_by_id(conv.id).first_reply_business_s == 0
    always = ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur",
                         hours=tuple([(time(0), time.max)] * 7))
    assert conversations.recompute_figures(always) == 1
    assert Conversation.get_by_id(conv.id).first_reply_business_s == 2 * 3600


def test_tags_are_kept_once_and_recorded(database):
    conv = Conversation.create(subject="Rosak")
    a = conversations.tag_conversation(conv, "Complaint", "Songket clutch bag")
    b = conversations.tag_conversation(conv, "complaint", "Songket clutch bag")
    assert a.id == b.id
    with pytest.raises(conversations.ValidationError):
        conversations.tag_conversation(conv, "angry")
    assert conversations.untag(conv, "complaint") == 1
    assert [e.kind for e in Event.select().order_by(Event.id)] == [events.TAG_ADDED,
                                                                  events.TAG_REMOVED]


def test_the_waiting_list_is_ordered_by_time_left_and_counted_by_state(database):
    now = kl(2026, 5, 6, 12)
    for hours in (1, 13, 30, 5, 50):
        conv = Conversation.create(subject=f"{hours} h")
        write(conv, "in", now - hours * H)
    snoozed = Conversation.create(subject="snoozed")
    write(snoozed, "in", now - 40 * H)
    conversations.snooze(snoozed, until_reply=True, now=now)
    rows = clocks.waiting_list(now, policy=KL)
    assert [r.subject for r in rows] == ["50 h", "30 h", "13 h", "5 h", "1 h"]
    assert [r.reading.state for r in rows] == ["breach", "breach", "warn", "fine", "fine"]
    lefts = [r.reading.time_left for r in rows]
    assert lefts == sorted(lefts)
    assert clocks.waiting_counts(now, KL) == {"fine": 2, "warn": 1, "breach": 2}
    assert [r.subject for r in clocks.waiting_list(now, offset=1, limit=2, policy=KL)] == [
        "30 h", "13 h"]
    # the same conversations on the business clock: counts agree with each reading
    readings = [r.reading.state for r in clocks.waiting_list(now, policy=KL_BUSINESS)]
    counts = clocks.waiting_counts(now, KL_BUSINESS)
    assert counts == {s: readings.count(s) for s in clocks.STATES}


def test_figures_missing_after_an_upgrade_are_filled_in(database):
    conv = Conversation.create(subject="old", first_customer_at=kl(2026, 5, 4, 9),
                               first_reply_at=kl(2026, 5, 4, 11))
    done = Conversation.create(subject="done", first_customer_at=kl(2026, 5, 4, 9),
                               first_reply_at=kl(2026, 5, 4, 10), first_reply_s=1)
    assert conversations.recompute_figures(KL, missing_only=True) == 1
    assert Conversation.get_by_id(conv.id).first_reply_s == 2 * 3600
    assert Conversation.get_by_id(done.id).first_reply_s == 1  # left alone
