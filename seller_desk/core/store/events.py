r"""The append-only event log: what happened, when, to what; and who reacts to it.

KPIs and exports are computed from these rows, so they can always be recomputed and
checked. Writers call :func:`record` inside their own transaction.

A lower layer never calls a higher one. Where a higher one must react (an order's new
status queues its status email and settles its reminders; stored mail is linked to its
customer and orders; a changed conversation gets its clock recomputed), the lower one
records an event or :func:`announce`\ s a notice, and the higher one has subscribed to that
kind at start (:func:`seller_desk.core.reactions.install`). Handlers run at once, on the
writer's thread and inside its transaction, so what they write commits or rolls back with
what caused it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from seller_desk.core.store.bulk import bulk_insert
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Event

# kinds (strings, so new ones need no migration)
MESSAGE_IN = "message_in"  # a customer (or automatic) message arrived
MESSAGE_OUT = "message_out"  # the seller's message was sent or found in Sent
CLOCK_STARTED = "clock_started"
CLOCK_STOPPED = "clock_stopped"
# customer mail older than the account's waiting-since cut-off started no clock (once per
# conversation; messages: how many, reason: in plain words)
HISTORY_IGNORED = "history_ignored"
# the seller marked a sender or a domain as not a customer, or undid it (address, mark:
# sender or domain, conversations: how many it covers)
NOT_CUSTOMER_MARKED = "not_customer_marked"
NOT_CUSTOMER_UNMARKED = "not_customer_unmarked"
# a conversation's mail from a sender marked as not a customer starts no clock (messages,
# senders, reason), and the same once the mark is undone and that mail counts again
NOT_CUSTOMER_IGNORED = "not_customer_ignored"
NOT_CUSTOMER_COUNTED = "not_customer_counted"
CONVERSATION_CLOSED = "conversation_closed"
CONVERSATION_REOPENED = "conversation_reopened"
CONVERSATION_SNOOZED = "conversation_snoozed"
TAG_ADDED = "tag_added"
TAG_REMOVED = "tag_removed"
ORDER_CREATED = "order_created"
ORDER_STATUS = "order_status"
ORDER_UPDATED = "order_updated"  # an order's number, channel, items or details edited
ORDER_LINKED = "order_linked"
ORDER_UNLINKED = "order_unlinked"
# an automatic link dropped because the order's number or channel changed and the
# conversation no longer names it (not the seller's unlinking: it may come back)
ORDER_LINK_DROPPED = "order_link_dropped"
REFUND_RECORDED = "refund_recorded"
SHIPMENT_CREATED = "shipment_created"
SHIPMENT_DELIVERED = "shipment_delivered"
REMINDER_CREATED = "reminder_created"
REMINDER_DONE = "reminder_done"
REMINDER_CANCELLED = "reminder_cancelled"
REMINDER_SNOOZED = "reminder_snoozed"
OUTBOX_QUEUED = "outbox_queued"
OUTBOX_SENT = "outbox_sent"
OUTBOX_FAILED = "outbox_failed"

# notices: announced to the subscribers, not stored (they say what a batch changed)
CONVERSATIONS_CHANGED = "conversations_changed"  # ids: their messages or flags changed
MESSAGES_STORED = "messages_stored"  # messages: new Message rows, committed with this batch
SCHEMA_UPGRADED = "schema_upgraded"  # from_version, to_version: a database was upgraded
OUTBOX_ROUND = "outbox_round"  # the outbox is about to send: the moment to queue what is due
TEMPLATE_CHANGED = "template_changed"  # template_id: a canned answer saved or deleted

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notice:
    """What a handler receives: the kind, the stored row (None for a notice), the data."""

    kind: str
    event: Event | None = None
    data: Mapping[str, Any] = field(default_factory=dict)

    @property
    def order_id(self) -> int | None:
        return self.event.order_id if self.event is not None else self.data.get("order_id")

    @property
    def conversation_id(self) -> int | None:
        if self.event is not None:
            return cast("int | None", self.event.conversation_id)
        return self.data.get("conversation_id")


Handler = Callable[[Notice], None]
#: a handler's form for many notices of one kind at once (see :func:`record_many`)
BatchHandler = Callable[[list[Notice]], None]
_handlers: dict[str, list[Handler]] = {}
_batch_forms: dict[Handler, BatchHandler] = {}
#: handlers of every kind, after the kind's own (a team's change log: core/team/changes.py)
_every: list[Handler] = []


class NobodyListens(RuntimeError):
    """A notice that must be handled was announced before anyone subscribed to it.

    A bug, not the seller's problem: an entry point forgot
    :func:`seller_desk.core.reactions.install`, and mail would be stored without its
    conversation's clock or its links.
    """


def subscribe(kind: str, handler: Handler, batch: BatchHandler | None = None) -> None:
    """Call ``handler`` for every event or notice of ``kind`` (once, however often asked).

    ``batch`` is the same reaction for many events at once: :func:`record_many` calls it
    once with all of them instead of ``handler`` once each (an import of 4,000 orders fills
    the catalogue in one pass rather than 4,000). The outcome must be the same.
    """
    handlers = _handlers.setdefault(kind, [])
    if handler not in handlers:
        handlers.append(handler)
    if batch is not None:
        _batch_forms[handler] = batch


def unsubscribe(kind: str, handler: Handler) -> None:
    handlers = _handlers.get(kind, [])
    if handler in handlers:
        handlers.remove(handler)


def subscribe_every(handler: Handler) -> None:
    """Call ``handler`` for every event and notice of any kind, after the kind's own
    subscribers (once, however often asked). It does not count as a listener for
    :class:`NobodyListens`."""
    if handler not in _every:
        _every.append(handler)


def unsubscribe_every(handler: Handler) -> None:
    if handler in _every:
        _every.remove(handler)


def subscribers(kind: str) -> tuple[Handler, ...]:
    return tuple(_handlers.get(kind, ()))


def announce(kind: str, *, required: bool = False, **data: Any) -> None:
    """Tell the subscribers of ``kind`` what happened, without storing a row.

    Raises:
        NobodyListens: ``required`` and nobody subscribed to ``kind``.
    """
    handlers = _handlers.get(kind)
    if not handlers and required:
        raise NobodyListens(f"nobody subscribed to {kind!r}: call "
                            "seller_desk.core.reactions.install() at start")
    if not handlers and not _every:
        return
    notice = Notice(kind, None, data)
    for handler in (*(handlers or ()), *_every):
        handler(notice)


def record(
    kind: str,
    *,
    at: datetime | None = None,
    conversation: Any = None,
    message: Any = None,
    order: Any = None,
    customer: Any = None,
    reminder: Any = None,
    **data: Any,
) -> Event:
    """Append one event, then call its kind's subscribers with it.

    Related rows may be given as model instances or ids.
    """

    def _id(value: Any) -> int | None:
        if value is None:
            return None
        return int(getattr(value, "id", value))

    row = Event.create(
        at=at or utcnow(),
        kind=kind,
        conversation_id=_id(conversation),
        message_id=_id(message),
        order_id=_id(order),
        customer_id=_id(customer),
        reminder_id=_id(reminder),
        data=data or None,
    )
    handlers = _handlers.get(kind)
    if handlers or _every:
        notice = Notice(kind, row, data)
        for handler in (*(handlers or ()), *_every):
            handler(notice)
    return row


@dataclass(frozen=True)
class Entry:
    """One event for :func:`record_many`: related rows as ids, the rest in ``data``."""

    kind: str
    at: datetime
    order: int | None = None
    customer: int | None = None
    conversation: int | None = None
    data: Mapping[str, Any] = field(default_factory=dict)


def record_many(entries: list[Entry]) -> None:
    """Append many events in a few statements, then call their subscribers.

    For bulk writers (an order import): the rows are the ones :func:`record` would write,
    one each. Subscribers run after all rows are written, kind by kind in the order the
    kinds first appear; a subscriber with a batch form (:func:`subscribe`) is called once
    with every notice of its kind, the others once per notice, in ``entries``' order.
    The handlers get unsaved :class:`Event` instances (no id): nothing reads it.
    """
    if not entries:
        return
    rows = [{"at": e.at, "kind": e.kind, "conversation_id": e.conversation,
             "message_id": None, "order_id": e.order, "customer_id": e.customer,
             "reminder_id": None, "data": dict(e.data) or None} for e in entries]
    bulk_insert(Event, rows)
    by_kind: dict[str, list[Notice]] = {}
    for e, row in zip(entries, rows, strict=True):
        if e.kind in _handlers or _every:
            by_kind.setdefault(e.kind, []).append(Notice(e.kind, Event(**row), e.data))
    for kind, notices in by_kind.items():
        for handler in tuple(_handlers.get(kind, ())):
            batch = _batch_forms.get(handler)
            if batch is not None:
                batch(notices)
            else:
                for notice in notices:
                    handler(notice)
        # the handlers of every kind (a team's change log) hear each one, as record does
        for handler in tuple(_every):
            for notice in notices:
                handler(notice)
