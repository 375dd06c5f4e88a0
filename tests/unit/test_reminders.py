"""Reminder rules, idempotence, self-cancelling, manual reminders, snooze and the due list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.conversations import clocks
from seller_desk.core.conversations import state as conversations
from seller_desk.core.followups import reminders
from seller_desk.core.shop import customers, orders, shipping
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation, Message, Order, Reminder

KL = clocks.ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur")
RULES = reminders.RuleSettings()
T0 = datetime(2026, 5, 4, 2, 0, tzinfo=UTC)  # Monday 10:00 in Kuala Lumpur


@pytest.fixture(autouse=True)
def database():
    d = db.open_database("sqlite:///:memory:")
    clocks.set_policy(KL)
    yield d
    clocks.set_policy(None)
    d.close()


def run(now: datetime) -> reminders.RuleRun:
    return reminders.run_rules(now=now, rules=RULES, policy=KL)


def open_reminders(rule: str | None = None) -> list[Reminder]:
    q = Reminder.select().where(Reminder.done_at.is_null(), Reminder.cancelled_at.is_null())
    if rule:
        q = q.where(Reminder.rule == rule)
    return list(q)


def order(number: str = "#1201", placed: datetime = T0, customer=None) -> Order:
    return orders.create_order(number, "web", [{"title": "Scarf", "unit_price": "89"}],
                               placed_at=placed, customer=customer)


def test_an_unpaid_order_gets_one_payment_reminder_however_often_the_rules_run():
    o = order()
    first = run(T0 + timedelta(days=1))
    assert first.by_rule == {"unpaid": 1}
    again = run(T0 + timedelta(days=1))
    assert (again.created, again.cancelled) == (0, 0)
    (r,) = open_reminders()
    assert (r.kind, r.order_id, r.due_at) == ("payment", o.id, T0 + timedelta(days=3))


def test_payment_cancels_the_payment_reminder_at_once():
    o = order()
    run(T0)
    orders.change_status(o, "paid", at=T0 + timedelta(days=2))
    assert open_reminders() == []
    assert Reminder.get().cancelled_at == T0 + timedelta(days=2)
    assert run(T0 + timedelta(days=5)).created == 0  # never re-created


def test_a_parcel_in_transit_gets_an_arrival_check_two_days_after_its_eta():
    o = order()
    orders.change_status(o, "paid", at=T0 + timedelta(hours=1))
    parcel = shipping.add_shipment(o, "poslaju", "EN123456789MY", shipped_at=T0 + timedelta(hours=3))
    run(T0 + timedelta(days=1))
    (r,) = open_reminders("arrival")
    # shipped Monday 13:00 KL, ETA Wednesday (2 working days), + 2 days: Friday 13:00
    assert r.due_at == datetime(2026, 5, 8, 5, 0, tzinfo=UTC)
    assert parcel.eta.isoformat() == "2026-05-06"
    shipping.mark_delivered(parcel, at=T0 + timedelta(days=2))
    assert open_reminders("arrival") == []


def delivered_order(buyer, delivered_at: datetime) -> Order:
    o = order(customer=buyer)
    orders.change_status(o, "paid", at=T0 + timedelta(hours=1))
    parcel = shipping.add_shipment(o, "gdex", "G1", shipped_at=T0 + timedelta(hours=2))
    shipping.mark_delivered(parcel, at=delivered_at)
    return o


def test_feedback_is_asked_two_weeks_after_delivery():
    buyer = customers.create_customer("Lim Mei Ling", ["meiling@gmail.com"])
    delivered = T0 + timedelta(days=2)
    o = delivered_order(buyer, delivered)
    run(T0 + timedelta(days=3))
    (r,) = open_reminders("feedback")
    assert (r.order_id, r.due_at) == (o.id, delivered + timedelta(days=14))


def customer_writes(buyer, at: datetime, tag: str | None = None) -> Conversation:
    conv = Conversation.create(subject="About my order", customer=buyer)
    Message.create(conversation=conv, direction="in", date=at, sender_email="x@y.test")
    conversations.refresh(conv)
    if tag:
        conversations.tag_conversation(conv, tag, "Batik silk scarf", at=at)
    return conv


def test_feedback_is_skipped_while_a_complaint_is_open():
    buyer = customers.create_customer("Muthu", ["muthu@outlook.com"])
    delivered_order(buyer, T0 + timedelta(days=2))
    customer_writes(buyer, T0 + timedelta(days=1), tag="complaint")  # before delivery
    run(T0 + timedelta(days=3))
    assert open_reminders("feedback") == []


def test_a_feedback_reminder_cancels_itself_when_the_customer_writes_meanwhile():
    buyer = customers.create_customer("Rajesh", ["rajesh@gmail.com"])
    delivered_order(buyer, T0 + timedelta(days=2))
    run(T0 + timedelta(days=3))
    assert len(open_reminders("feedback")) == 1
    customer_writes(buyer, T0 + timedelta(days=5))
    result = run(T0 + timedelta(days=6))
    assert result.cancelled == 1 and open_reminders("feedback") == []


def test_an_unanswered_complaint_is_flagged_after_24_hours_and_settled_by_the_reply():
    buyer = customers.create_customer("Dewi", ["dewi@yahoo.co.id"])
    conv = customer_writes(buyer, T0, tag="complaint")
    run(T0 + timedelta(hours=1))
    (r,) = open_reminders("complaint")
    assert (r.conversation_id, r.due_at) == (conv.id, T0 + timedelta(hours=24))
    Message.create(conversation=conv, direction="out", date=T0 + timedelta(hours=3))
    conversations.refresh(conv)
    assert run(T0 + timedelta(hours=4)).cancelled == 1
    # the customer complains again: a new wait, a new reminder
    Message.create(conversation=conv, direction="in", date=T0 + timedelta(hours=30),
                   sender_email="dewi@yahoo.co.id")
    conversations.refresh(conv)
    run(T0 + timedelta(hours=31))
    (again,) = open_reminders("complaint")
    assert again.due_at == T0 + timedelta(hours=54)
    conversations.close(conv, at=T0 + timedelta(hours=32))
    assert open_reminders("complaint") == []


def test_old_history_does_not_flood_the_due_list():
    order(placed=T0 - timedelta(days=400))
    assert run(T0).created == 0


def test_manual_reminders_need_a_note_and_can_be_done():
    with pytest.raises(ValidationError) as err:
        reminders.add_manual(T0, "   ")
    assert err.value.field == "note"
    r = reminders.add_manual(T0 + timedelta(hours=3), "Restock pandan soap")
    reminders.complete(r, at=T0 + timedelta(hours=4))
    assert open_reminders() == []


def test_snooze_moves_a_reminder_and_until_reply_hides_it_until_the_customer_writes():
    buyer = customers.create_customer("Agus", ["agus@outlook.co.id"])
    conv = Conversation.create(subject="Ukuran", customer=buyer)
    timed = reminders.add_manual(T0, "Call back")
    waiting = reminders.add_manual(T0, "Wait for size", conversation=conv, customer=buyer)
    with pytest.raises(ValidationError):
        reminders.snooze(timed, T0 - timedelta(hours=1), now=T0)
    with pytest.raises(ValidationError):
        reminders.snooze(reminders.add_manual(T0, "no one"), until_reply=True, now=T0)
    reminders.snooze(timed, T0 + timedelta(days=2), now=T0 + timedelta(hours=1))
    reminders.snooze(waiting, until_reply=True, now=T0 + timedelta(hours=1))
    listed = reminders.due_list(T0 + timedelta(hours=2), policy=KL)
    assert [i.note for i in listed.upcoming] == ["Call back"] and listed.upcoming[0].snoozed
    assert "Wait for size" not in [i.note for i in listed.overdue]
    # the customer writes (stored and refreshed by the sync): the rules wake it
    Message.create(conversation=conv, direction="in", date=T0 + timedelta(hours=5),
                   sender_email="agus@outlook.co.id")
    conversations.refresh(conv)
    assert run(T0 + timedelta(hours=6)).woken == 1
    notes = [i.note for i in reminders.due_list(T0 + timedelta(hours=6), policy=KL).overdue]
    assert "Wait for size" in notes


def test_the_due_list_splits_overdue_today_and_upcoming_in_the_sellers_day():
    now = datetime(2026, 5, 4, 6, 0, tzinfo=UTC)  # 14:00 in Kuala Lumpur
    reminders.add_manual(now - timedelta(hours=1), "late")
    reminders.add_manual(now + timedelta(hours=9), "tonight")  # 23:00 KL
    reminders.add_manual(now + timedelta(hours=11), "tomorrow")  # 01:00 KL next day
    reminders.add_manual(now + timedelta(days=30), "next month")
    due = reminders.due_list(now, horizon_days=7, policy=KL)
    assert [i.note for i in due.overdue] == ["late"]
    assert [i.note for i in due.today] == ["tonight"]
    assert [i.note for i in due.upcoming] == ["tomorrow"]
    assert due.count == 3


def test_every_open_reminder_is_listed_this_week_and_later_included():
    """The feedback request due two weeks after a delivery is on the list (under "later"),
    not hidden behind a seven-day horizon."""
    buyer = customers.create_customer("Siti", ["siti@example.com"])
    o = order("#1300", placed=T0 - timedelta(days=6), customer=buyer)
    orders.change_status(o, "paid", at=T0 - timedelta(days=6))
    parcel = shipping.add_shipment(o, "poslaju", "EN111111111MY",
                                   shipped_at=T0 - timedelta(days=4))
    shipping.mark_delivered(parcel, at=T0 - timedelta(days=1))
    run(T0)
    (feedback,) = open_reminders("feedback")
    assert feedback.due_at == T0 + timedelta(days=13)
    reminders.add_manual(T0 + timedelta(days=2), "in two days")
    reminders.add_manual(T0 + timedelta(days=6, hours=13), "Sunday 23:00 KL")
    reminders.add_manual(T0 + timedelta(days=6, hours=14), "next Monday 00:00 KL")
    due = reminders.due_list(T0, policy=KL)
    assert [i.note for i in due.this_week] == ["in two days", "Sunday 23:00 KL"]
    assert [i.note for i in due.later] == ["next Monday 00:00 KL",
                                           "Ask for feedback on order #1300"]
    assert [key for key, _items in due.groups()] == ["overdue", "today", "this_week", "later"]
    assert due.count == 4
