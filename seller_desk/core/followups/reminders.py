"""Follow-up reminders: rules, reminders by hand, snooze, and the due list.

Rules (days and hours from the settings ``reminders.*``):

* ``unpaid``: an order still awaiting payment N days (3) after it was placed;
* ``arrival``: a parcel in transit, its ETA (shipped + typical working days) + N days (2);
* ``feedback``: N days (14) after delivery, ask for feedback; skipped when a complaint is
  open or the customer has written since the delivery;
* ``complaint``: a complaint the seller has left unanswered for N hours (24).

Each rule reminder has a ``rule_key`` (unique), so running the rules again never makes a
duplicate, and it cancels itself when what it waited for happens (the order is paid, the
parcel arrives, the seller answers the complaint).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import peewee
from peewee import JOIN, fn

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import clocks
from seller_desk.core.store import events
from seller_desk.core.store.fields import as_utc, utcnow
from seller_desk.core.store.models import (
    Conversation,
    ConversationOrder,
    ConversationTag,
    Customer,
    Order,
    Reminder,
    Shipment,
    database,
)

logger = logging.getLogger(__name__)

RULES = ("unpaid", "arrival", "feedback", "complaint")
KIND_OF_RULE = {"unpaid": "payment", "arrival": "arrival_check", "feedback": "feedback",
                "complaint": "complaint"}
COMPLAINT_TAGS = ("complaint", "return", "refund")
#: Rules never create reminders that fell due longer ago than this: a seller who starts
#: with years of old orders gets no flood of stale follow-ups.
LOOKBACK = timedelta(days=45)


@dataclass(frozen=True)
class RuleSettings:
    """The rules' delays, from the settings ``reminders.*``."""

    unpaid_days: float = 3
    arrival_extra_days: float = 2
    feedback_days: float = 14
    complaint_hours: float = 24

    @classmethod
    def from_settings(cls, settings: Any = None) -> RuleSettings:
        if settings is None:

            settings = Settings()
        return cls(
            unpaid_days=float(settings.get("reminders.unpaid_days")),
            arrival_extra_days=float(settings.get("reminders.arrival_extra_days")),
            feedback_days=float(settings.get("reminders.feedback_days")),
            complaint_hours=float(settings.get("reminders.complaint_hours")),
        )


@dataclass
class RuleRun:
    """What one run of the rules did."""

    created: int = 0
    cancelled: int = 0
    woken: int = 0
    by_rule: dict[str, int] = field(default_factory=dict)


def _open() -> peewee.Expression:
    return Reminder.done_at.is_null() & Reminder.cancelled_at.is_null()


def _create(run: RuleRun, rule: str, key: str, due: datetime, note: str, now: datetime,
            order: int | None = None, customer: int | None = None,
            conversation: int | None = None) -> None:
    try:
        with database.atomic():
            reminder = Reminder.create(kind=KIND_OF_RULE[rule], rule=rule, rule_key=key,
                                       due_at=due, note=note, order=order, customer=customer,
                                       conversation=conversation, created_at=now)
            events.record(events.REMINDER_CREATED, at=now, reminder=reminder, order=order,
                          customer=customer, conversation=conversation, rule=rule)
    except peewee.IntegrityError:
        return  # made meanwhile by another writer: exactly what idempotence wants
    run.created += 1
    run.by_rule[rule] = run.by_rule.get(rule, 0) + 1


def _cancel_ids(run: RuleRun, ids: list[int], now: datetime, reason: str) -> None:
    if not ids:
        return
    with database.atomic():
        n = Reminder.update(cancelled_at=now).where(Reminder.id.in_(ids), _open()).execute()
        for reminder_id in ids:
            events.record(events.REMINDER_CANCELLED, at=now, reminder=reminder_id, reason=reason)
    run.cancelled += n


def _local_due(day_offset_from: datetime, days: float) -> datetime:
    return as_utc(day_offset_from) + timedelta(days=days)


# --- the rules ------------------------------------------------------------------------


def _rule_unpaid(run: RuleRun, now: datetime, rules: RuleSettings,
                 order_ids: list[int] | None) -> None:
    cond = [Reminder.order == Order.id, Reminder.rule == "unpaid"]
    q = Order.select(Order.id, Order.number, Order.placed_at, Order.customer).where(
        Order.status == "awaiting_payment",
        Order.placed_at >= now - LOOKBACK - timedelta(days=rules.unpaid_days),
        ~fn.EXISTS(Reminder.select(Reminder.id).where(*cond)),
    )
    stale = (Reminder.select(Reminder.id).join(Order, on=(Reminder.order == Order.id))
             .where(Reminder.rule == "unpaid", _open(), Order.status != "awaiting_payment"))
    if order_ids is not None:
        q, stale = q.where(Order.id.in_(order_ids)), stale.where(Order.id.in_(order_ids))
    for order_id, number, placed, customer in q.tuples():
        _create(run, "unpaid", f"unpaid:order:{order_id}",
                _local_due(placed, rules.unpaid_days),
                f"Payment for order {number} not received yet", now,
                order=order_id, customer=customer)
    _cancel_ids(run, [r for (r,) in stale.tuples()], now, "paid or cancelled")


def _rule_arrival(run: RuleRun, now: datetime, rules: RuleSettings,
                  order_ids: list[int] | None, policy: clocks.ClockPolicy) -> None:
    q = (Shipment.select(Shipment.id, Shipment.order, Shipment.shipped_at, Shipment.eta,
                         Order.number, Order.customer)
         .join(Order)
         .where(Shipment.status == "in_transit", Shipment.eta.is_null(False),
                Shipment.shipped_at.is_null(False),
                Order.status.not_in(["cancelled", "refunded", "returned"]),
                Shipment.eta >= (now - LOOKBACK).date(),
                ~fn.EXISTS(Reminder.select(Reminder.id).where(
                    Reminder.rule == "arrival", Reminder.order == Shipment.order))))
    stale = (Reminder.select(Reminder.id)
             .join(Order, on=(Reminder.order == Order.id))
             .where(Reminder.rule == "arrival", _open(),
                    Order.status.not_in(["awaiting_payment", "paid", "packed", "shipped"])
                    | ~fn.EXISTS(Shipment.select(Shipment.id).where(
                        Shipment.order == Order.id, Shipment.status == "in_transit"))))
    if order_ids is not None:
        q, stale = q.where(Order.id.in_(order_ids)), stale.where(Order.id.in_(order_ids))
    tz = policy.tz
    for _sid, order_id, shipped, eta, number, customer in q.tuples():
        shipped = as_utc(shipped)
        local = shipped.astimezone(tz)
        due_local = datetime.combine(eta, local.timetz()) + timedelta(days=rules.arrival_extra_days)
        _create(run, "arrival", f"arrival:order:{order_id}", as_utc(due_local),
                f"Check that order {number} has arrived", now, order=order_id,
                customer=customer)
    _cancel_ids(run, [r for (r,) in stale.tuples()], now, "delivered")


def _complaint_open_or_wrote(order_ids: list[int], customers: dict[int, int | None],
                             since: dict[int, datetime]) -> set[int]:
    """Orders whose feedback request must be skipped (complaint open, or the customer wrote
    after the delivery)."""
    if not order_ids:
        return set()
    skip: set[int] = set()
    linked: dict[int, set[int]] = {}
    for conv_id, order_id in (ConversationOrder.select(ConversationOrder.conversation,
                                                       ConversationOrder.order)
                              .where(ConversationOrder.order.in_(order_ids)).tuples()):
        linked.setdefault(order_id, set()).add(conv_id)
    customer_ids = {c for c in customers.values() if c is not None}
    convs: dict[int, tuple[int | None, datetime | None, str]] = {}
    conv_filter = Conversation.id.in_(sorted({c for s in linked.values() for c in s}) or [0])
    if customer_ids:
        conv_filter |= Conversation.customer.in_(sorted(customer_ids))
    for conv_id, cust, last_customer, status in (
        Conversation.select(Conversation.id, Conversation.customer,
                            Conversation.last_customer_at, Conversation.status)
        .where(conv_filter).tuples()
    ):
        convs[conv_id] = (cust, as_utc(last_customer) if last_customer else None, status)
    complaint_convs = {
        c for (c,) in ConversationTag.select(ConversationTag.conversation)
        .where(ConversationTag.conversation.in_(sorted(convs) or [0]),
               ConversationTag.tag.in_(COMPLAINT_TAGS)).tuples()
    }
    for order_id in order_ids:
        cust = customers.get(order_id)
        mine = linked.get(order_id, set()) | {
            c for c, (owner, _, _) in convs.items() if cust is not None and owner == cust}
        for conv_id in mine:
            _owner, last_customer, status = convs[conv_id]
            if conv_id in complaint_convs and status != "closed":
                skip.add(order_id)
            if last_customer is not None and last_customer > since[order_id]:
                skip.add(order_id)
    return skip


def _rule_feedback(run: RuleRun, now: datetime, rules: RuleSettings,
                   order_ids: list[int] | None) -> None:
    delivered = fn.MAX(Shipment.delivered_at)
    q = (Order.select(Order.id, Order.number, Order.customer, delivered.alias("delivered"))
         .join(Shipment)
         .where(Order.status.in_(["delivered", "completed"]),
                Shipment.delivered_at.is_null(False),
                Shipment.delivered_at >= now - LOOKBACK - timedelta(days=rules.feedback_days),
                ~fn.EXISTS(Reminder.select(Reminder.id).where(
                    Reminder.order == Order.id, Reminder.rule == "feedback")))
         .group_by(Order.id, Order.number, Order.customer))
    open_q = (Reminder.select(Reminder.id, Reminder.order, Reminder.customer, Reminder.due_at)
              .where(Reminder.rule == "feedback", _open()))
    if order_ids is not None:
        q, open_q = q.where(Order.id.in_(order_ids)), open_q.where(Reminder.order.in_(order_ids))
    candidates = [(oid, num, cust, as_utc(d) if isinstance(d, datetime) else
                   as_utc(datetime.fromisoformat(str(d))))
                  for oid, num, cust, d in q.tuples()]
    existing = list(open_q.tuples())
    since = {oid: d for oid, _, _, d in candidates}
    since.update({oid: as_utc(due) - timedelta(days=rules.feedback_days)
                  for _, oid, _, due in existing if oid is not None})
    owners = {oid: cust for oid, _, cust, _ in candidates}
    owners.update({oid: cust for _, oid, cust, _ in existing if oid is not None})
    skip = _complaint_open_or_wrote(sorted(since), owners, since)
    for order_id, number, customer, when in candidates:
        if order_id in skip:
            continue
        _create(run, "feedback", f"feedback:order:{order_id}",
                when + timedelta(days=rules.feedback_days),
                f"Ask for feedback on order {number}", now, order=order_id, customer=customer)
    _cancel_ids(run, [rid for rid, oid, _, _ in existing if oid in skip], now,
                "complaint open or the customer wrote")


def _rule_complaint(run: RuleRun, now: datetime, rules: RuleSettings,
                    conversation_ids: list[int] | None = None) -> None:
    tagged = ConversationTag.select(ConversationTag.conversation).where(
        ConversationTag.tag == "complaint")
    q = Conversation.select(Conversation.id, Conversation.waiting_since, Conversation.customer,
                            Conversation.subject).where(
        Conversation.id.in_(tagged), Conversation.status != "closed",
        Conversation.waiting_since.is_null(False),
        Conversation.waiting_since >= now - LOOKBACK - timedelta(hours=rules.complaint_hours))
    if conversation_ids is not None:
        q = q.where(Conversation.id.in_(conversation_ids))
    keys = {k for (k,) in Reminder.select(Reminder.rule_key)
            .where(Reminder.rule == "complaint").tuples()}
    for conv_id, since, customer, subject in q.tuples():
        since = as_utc(since)
        key = f"complaint:conversation:{conv_id}:{int(since.timestamp())}"
        if key in keys:
            continue
        _create(run, "complaint", key, since + timedelta(hours=rules.complaint_hours),
                f"Answer the complaint “{subject[:80]}”", now, conversation=conv_id,
                customer=customer)
    stale = []
    open_q = (Reminder.select(Reminder.id, Reminder.rule_key, Conversation.waiting_since,
                              Conversation.status)
              .join(Conversation, JOIN.LEFT_OUTER, on=(Reminder.conversation == Conversation.id))
              .where(Reminder.rule == "complaint", _open()))
    for rid, key, since, status in open_q.tuples():
        started = int(as_utc(since).timestamp()) if since else None
        if status is None or status == "closed" or not key.endswith(f":{started}"):
            stale.append(rid)
    _cancel_ids(run, stale, now, "answered")


def _wake(run: RuleRun) -> None:
    """Reminders snoozed until the customer replies whose customer has replied since."""
    rows = list(Reminder.select(Reminder.id, Reminder.snoozed_until, Reminder.conversation,
                                Reminder.customer)
                .where(Reminder.snooze_until_reply == True, _open()).tuples())  # noqa: E712
    woken = []
    for rid, since, conv_id, cust_id in rows:
        q = Conversation.select(fn.MAX(Conversation.last_customer_at))
        if conv_id is not None:
            q = q.where(Conversation.id == conv_id)
        elif cust_id is not None:
            q = q.where(Conversation.customer == cust_id)
        else:
            continue
        last = q.scalar()
        if last is not None and (since is None or as_utc(_dt(last)) > as_utc(since)):
            woken.append(rid)
    if woken:
        Reminder.update(snooze_until_reply=False, snoozed_until=None).where(
            Reminder.id.in_(woken)).execute()
    run.woken += len(woken)


def _dt(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def run_rules(now: datetime | None = None, rules: RuleSettings | None = None,
              policy: clocks.ClockPolicy | None = None) -> RuleRun:
    """Create the reminders the rules call for and cancel those no longer needed.

    Idempotent: running it twice at the same ``now`` changes nothing the second time.
    """
    now = as_utc(now or utcnow())
    rules = rules or RuleSettings.from_settings()
    policy = policy or clocks.current_policy()
    run = RuleRun()
    _rule_unpaid(run, now, rules, None)
    _rule_arrival(run, now, rules, None, policy)
    _rule_feedback(run, now, rules, None)
    _rule_complaint(run, now, rules)
    _wake(run)
    if run.created or run.cancelled:
        logger.info("Reminder rules: %d created, %d cancelled", run.created, run.cancelled)
    return run


def settle_order(order: Order | int, now: datetime | None = None) -> RuleRun:
    """Re-run the order rules for one order (after its status or a parcel changed)."""
    order_id = int(getattr(order, "id", order))
    now = as_utc(now or utcnow())
    run = RuleRun()
    # only cancellations here: creating follow-ups is the periodic run's job, so a status
    # change never makes a reminder appear in the middle of the seller's typing
    candidates = list(Reminder.select(Reminder.id, Reminder.rule)
                      .where(Reminder.order == order_id, _open(),
                             Reminder.rule.in_(["unpaid", "arrival"])).tuples())
    if not candidates:
        return run
    o = Order.get_or_none(Order.id == order_id)
    if o is None:
        return run
    in_transit = Shipment.select().where(Shipment.order == order_id,
                                         Shipment.status == "in_transit").exists()
    ids = []
    for rid, rule in candidates:
        if (rule == "unpaid" and o.status != "awaiting_payment") or (rule == "arrival" and (not in_transit or o.status not in
                                    ("awaiting_payment", "paid", "packed", "shipped"))):
            ids.append(rid)
    _cancel_ids(run, ids, now, f"order {o.status.replace('_', ' ')}")
    return run


def settle_conversation(conversation: Conversation | int, now: datetime | None = None) -> RuleRun:
    """Cancel complaint reminders of a conversation that the seller answered or closed."""
    conv_id = int(getattr(conversation, "id", conversation))
    now = as_utc(now or utcnow())
    run = RuleRun()
    open_ones = list(Reminder.select(Reminder.id, Reminder.rule_key)
                     .where(Reminder.conversation == conv_id, Reminder.rule == "complaint",
                            _open()).tuples())
    if not open_ones:
        return run
    conv = Conversation.get_or_none(Conversation.id == conv_id)
    started = int(conv.waiting_since.timestamp()) if conv and conv.waiting_since else None
    ids = [
        rid for rid, key in open_ones
        if conv is None or conv.status == "closed" or not key.endswith(f":{started}")
    ]
    _cancel_ids(run, ids, now, "answered")
    return run


# --- by hand --------------------------------------------------------------------------


def _get(reminder: Reminder | int) -> Reminder:
    return reminder if isinstance(reminder, Reminder) else Reminder.get_by_id(reminder)


def add_manual(due_at: datetime, note: str, *, conversation: Conversation | int | None = None,
               order: Order | int | None = None, customer: Customer | int | None = None,
               kind: str = "manual") -> Reminder:
    """A reminder made by hand.

    Raises:
        ValidationError: no note, or no due time.
    """
    text = (note or "").strip()
    if not text:
        raise ValidationError("reminder.note_missing", field="note")
    if not isinstance(due_at, datetime):
        raise ValidationError("reminder.due_missing", field="due_at")
    with database.atomic():
        reminder = Reminder.create(kind=kind or "manual", due_at=as_utc(due_at), note=text,
                                   conversation=conversation, order=order, customer=customer)
        events.record(events.REMINDER_CREATED, reminder=reminder, conversation=conversation,
                      order=order, customer=customer, rule=None)
    return reminder


def complete(reminder: Reminder | int, at: datetime | None = None) -> Reminder:
    """Mark a reminder done."""
    r = _get(reminder)
    if r.done_at is None:
        with database.atomic():
            r.done_at = as_utc(at) if at else utcnow()
            r.save()
            events.record(events.REMINDER_DONE, at=r.done_at, reminder=r,
                          order=r.order_id, conversation=r.conversation_id)
    return r


def cancel(reminder: Reminder | int, reason: str = "", at: datetime | None = None) -> Reminder:
    """Cancel a reminder: it leaves the due list and is never re-created by its rule."""
    r = _get(reminder)
    if r.done_at is None and r.cancelled_at is None:
        with database.atomic():
            r.cancelled_at = as_utc(at) if at else utcnow()
            r.save()
            events.record(events.REMINDER_CANCELLED, at=r.cancelled_at, reminder=r,
                          reason=reason or "by hand")
    return r


def snooze(reminder: Reminder | int, until: datetime | None = None, *,
           until_reply: bool = False, now: datetime | None = None) -> Reminder:
    """Hide a reminder until ``until``, or ``until_reply`` (the customer writes again).

    Raises:
        ValidationError: neither or both given, a time not in the future, or
            ``until_reply`` on a reminder about no customer or conversation.
    """
    r = _get(reminder)
    now = as_utc(now or utcnow())
    if (until is None) == (not until_reply):
        raise ValidationError("snooze.no_time", field="until")
    if until_reply:
        if r.conversation_id is None and r.customer_id is None:
            raise ValidationError("reminder.no_customer", field="until")
        with database.atomic():
            # snoozed_until keeps when the snooze began: a reply after it wakes the reminder
            r.snooze_until_reply, r.snoozed_until = True, now
            r.save()
            events.record(events.REMINDER_SNOOZED, at=now, reminder=r, until_reply=True)
        return r
    assert until is not None
    when = as_utc(until)
    if when <= now:
        raise ValidationError("snooze.in_past", field="until")
    with database.atomic():
        r.snooze_until_reply, r.snoozed_until = False, when
        r.save()
        events.record(events.REMINDER_SNOOZED, at=now, reminder=r, until=when.isoformat())
    return r


# --- the due list ---------------------------------------------------------------------


@dataclass(frozen=True)
class DueItem:
    """One reminder in the due list."""

    id: int
    kind: str
    rule: str | None
    due_at: datetime  # when it shows: the later of its due time and a snooze
    note: str
    order_id: int | None
    order_number: str
    customer_id: int | None
    customer_name: str
    conversation_id: int | None
    snoozed: bool


@dataclass(frozen=True)
class DueList:
    """Every open reminder, grouped by when it falls due in the seller's day.

    ``this_week`` is the six days after today (so a weekday name says which day without
    a date), ``later`` everything beyond: a feedback request two weeks after a delivery
    must be visible somewhere, not fall off a horizon.
    """

    overdue: list[DueItem]
    today: list[DueItem]
    this_week: list[DueItem]
    later: list[DueItem]

    @property
    def upcoming(self) -> list[DueItem]:
        """Everything after today, this week's first."""
        return self.this_week + self.later

    @property
    def count(self) -> int:
        return len(self.overdue) + len(self.today) + len(self.this_week) + len(self.later)

    def groups(self) -> list[tuple[str, list[DueItem]]]:
        """(group key, items) in the order the screen shows them."""
        return [("overdue", self.overdue), ("today", self.today),
                ("this_week", self.this_week), ("later", self.later)]


def due_list(now: datetime | None = None, horizon_days: int | None = None,
             policy: clocks.ClockPolicy | None = None) -> DueList:
    """The open reminders, split overdue / today / this week / later in the seller's zone.

    Args:
        horizon_days: leave out what shows later than this many days ahead (None: keep
            everything; the reminders screen lists every open reminder).
    """
    now = as_utc(now or utcnow())
    policy = policy or clocks.current_policy()
    tz = policy.tz
    local = now.astimezone(tz)

    def local_midnight(days: int) -> datetime:
        return as_utc(datetime.combine(local.date() + timedelta(days=days),
                                       datetime.min.time(), tzinfo=tz))

    end_of_today, end_of_week = local_midnight(1), local_midnight(7)
    horizon = now + timedelta(days=horizon_days) if horizon_days is not None else None
    q = (Reminder.select(Reminder, Order.number, Customer.name)
         .join(Order, JOIN.LEFT_OUTER, on=(Reminder.order == Order.id))
         .switch(Reminder)
         .join(Customer, JOIN.LEFT_OUTER, on=(Reminder.customer == Customer.id))
         .where(_open(), Reminder.snooze_until_reply == False)  # noqa: E712
         .order_by(Reminder.due_at, Reminder.id))
    if horizon is not None:
        q = q.where((Reminder.due_at < horizon) | (Reminder.snoozed_until < horizon))
    overdue: list[DueItem] = []
    today: list[DueItem] = []
    this_week: list[DueItem] = []
    later: list[DueItem] = []
    for r in q.objects():
        shown = r.due_at
        snoozed = r.snoozed_until is not None and r.snoozed_until > r.due_at
        if snoozed:
            shown = r.snoozed_until
        if horizon is not None and shown >= horizon:
            continue
        item = DueItem(r.id, r.kind, r.rule, shown, r.note, r.order_id,
                       getattr(r, "number", None) or "", r.customer_id,
                       getattr(r, "name", None) or "", r.conversation_id,
                       snoozed and shown > now)
        if shown <= now:
            overdue.append(item)
        elif shown < end_of_today:
            today.append(item)
        elif shown < end_of_week:
            this_week.append(item)
        else:
            later.append(item)
    for part in (overdue, today, this_week, later):
        part.sort(key=lambda i: (i.due_at, i.id))
    return DueList(overdue, today, this_week, later)


def on_order_changed(notice: events.Notice) -> None:
    """Subscriber (order status, parcel delivered): cancel what the change answered."""
    if notice.order_id is not None and notice.event is not None:
        settle_order(notice.order_id, now=notice.event.at)


def on_orders_changed(notices: list[events.Notice]) -> None:
    """The batch form of :func:`on_order_changed` (an import's thousands of orders): one
    query finds the orders that have a reminder a change could answer; only those are
    settled, notice by notice, as one at a time would."""
    ids = sorted({int(n.order_id) for n in notices if n.order_id is not None})
    waiting: set[int] = set()
    for start in range(0, len(ids), 500):
        waiting.update(o for (o,) in Reminder.select(Reminder.order).where(
            Reminder.order.in_(ids[start:start + 500]), _open(),
            Reminder.rule.in_(["unpaid", "arrival"])).tuples())
    for notice in notices:
        if notice.order_id in waiting:
            on_order_changed(notice)


def on_conversation_closed(notice: events.Notice) -> None:
    """Subscriber: a closed conversation needs no complaint reminder any more."""
    if notice.conversation_id is not None and notice.event is not None:
        settle_conversation(notice.conversation_id, now=notice.event.at)
