"""Property tests: the clock code agrees with the definitions in DESIGN.md for any sequence of
messages, and the business-hours clock behaves like a measure of time."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.core.conversations import clocks
from seller_desk.core.conversations.state import MessageFacts, clock_cycles, clock_state

BASE = datetime(2026, 8, 20, 0, 0, tzinfo=UTC)  # spans Merdeka Day (31 Aug) and weekends
KL = clocks.ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur")
FAST = settings(max_examples=150, deadline=None)

messages = st.lists(
    st.builds(
        MessageFacts,
        date=st.integers(0, 60 * 24 * 20).map(lambda m: BASE + timedelta(minutes=m)),
        direction=st.sampled_from(["in", "out"]),
        is_auto=st.booleans(),
    ),
    max_size=25,
)
instants = st.integers(0, 60 * 24 * 30).map(lambda m: BASE + timedelta(minutes=m))


def reference(msgs: list[MessageFacts]) -> tuple[datetime | None, datetime | None, datetime | None]:
    """The definitions, written as plainly as possible (quadratic, obviously right)."""
    customer = [m.date for m in msgs if m.direction == "in" and not m.is_auto]
    # an automatic status email the shop sent is no reply
    replies = [m.date for m in msgs if m.direction == "out" and not m.is_auto]
    first_customer = min(customer, default=None)
    # a reply stamped in the same instant as a question answers it
    unanswered = [d for d in customer if not any(r >= d for r in replies)]
    waiting = min(unanswered, default=None)
    first_reply = None
    if first_customer is not None:
        first_reply = min((r for r in replies if r >= first_customer), default=None)
    return first_customer, first_reply, waiting


@FAST
@given(messages)
def test_the_clock_fields_match_the_definition(msgs):
    state = clock_state(msgs)
    assert (state.first_customer_at, state.first_reply_at, state.waiting_since) == reference(msgs)


@FAST
@given(messages, st.randoms(use_true_random=False))
def test_the_order_messages_arrive_in_does_not_matter(msgs, rnd: random.Random):
    shuffled = list(msgs)
    rnd.shuffle(shuffled)
    assert clock_state(shuffled) == clock_state(msgs)
    assert clock_cycles(shuffled) == clock_cycles(msgs)


@FAST
@given(messages, messages)
def test_automatic_mail_neither_starts_nor_stops_the_clock(msgs, noise):
    autos = [MessageFacts(m.date, "in", True) for m in noise]
    assert clock_state(msgs + autos) == clock_state(msgs)


@FAST
@given(messages)
def test_the_recorded_waits_agree_with_the_stored_fields(msgs):
    state = clock_state(msgs)
    cycles = clock_cycles(msgs)
    if not cycles:
        assert state.first_customer_at is None or state.waiting_since is None
        return
    assert cycles[0][0] == state.first_customer_at
    assert cycles[0][1] == state.first_reply_at
    running = [start for start, stop in cycles if stop is None]
    assert running == ([state.waiting_since] if state.waiting_since else [])
    for (start, stop), following in itertools.pairwise(cycles):
        assert stop is not None and start <= stop <= following[0]


@FAST
@given(instants, instants, instants)
def test_business_time_adds_up_and_never_exceeds_calendar_time(a, b, c):
    a, b, c = sorted((a, b, c))
    ab = clocks.business_elapsed(a, b, KL)
    bc = clocks.business_elapsed(b, c, KL)
    assert clocks.business_elapsed(a, c, KL) == ab + bc
    assert timedelta(0) <= ab <= clocks.calendar_elapsed(a, b)


@FAST
@given(instants, st.integers(0, 60 * 60))
def test_the_deadline_is_where_the_budget_runs_out(start, budget_minutes):
    budget = timedelta(minutes=budget_minutes)
    deadline = clocks.business_deadline(start, budget, KL)
    assert deadline is not None
    assert clocks.business_elapsed(start, deadline, KL) == budget
    begin = clocks.business_start_for(deadline, budget, KL)
    assert begin is not None and begin >= start
    assert clocks.business_elapsed(begin, deadline, KL) == budget


@FAST
@given(instants, instants, instants)
def test_an_earlier_start_never_has_more_time_left(s1, s2, now):
    s1, s2 = sorted((s1, s2))
    now = max(now, s2)
    for policy in (KL, clocks.ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur",
                                          use_business_hours=True)):
        assert clocks.time_left(s1, now, policy) <= clocks.time_left(s2, now, policy)
        order = {clocks.FINE: 0, clocks.WARN: 1, clocks.BREACH: 2}
        assert order[clocks.reading(s1, now, policy).state] >= order[
            clocks.reading(s2, now, policy).state]


def day_by_day(start: datetime, end: datetime, policy: clocks.ClockPolicy) -> timedelta:
    """Opening hours counted one day at a time, the plain way."""
    tz = policy.tz
    day, last, total = start.astimezone(tz).date(), end.astimezone(tz).date(), timedelta(0)
    while day <= last:
        window = policy.hours[day.weekday()]
        if window is not None and day not in clocks.holiday_calendar(policy.country,
                                                                     policy.subdivision):
            opens = datetime.combine(day, window[0], tzinfo=tz)
            closes = datetime.combine(day, window[1], tzinfo=tz)
            lo, hi = max(opens, start), min(closes, end)
            if hi > lo:
                total += hi - lo
        day += timedelta(days=1)
    return total


@FAST
@given(st.integers(0, 60 * 24 * 700), st.integers(0, 60 * 24 * 500),
       st.sampled_from(["", "TRG", "JHR"]))
def test_long_waits_count_the_same_as_day_by_day(offset, length, state):
    policy = clocks.ClockPolicy(country="MY", subdivision=state, timezone="Asia/Kuala_Lumpur")
    start = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=offset)
    end = start + timedelta(minutes=length)
    assert clocks.business_elapsed(start, end, policy) == day_by_day(start, end, policy)
