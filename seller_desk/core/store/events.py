"""The append-only event log: what happened, when, to what.

KPIs and exports are computed from these rows, so they can always be recomputed and
checked. Writers call :func:`record` inside their own transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Event

# kinds (strings, so new ones need no migration)
MESSAGE_IN = "message_in"  # a customer (or automatic) message arrived
MESSAGE_OUT = "message_out"  # the seller's message was sent or found in Sent
CLOCK_STARTED = "clock_started"
CLOCK_STOPPED = "clock_stopped"
CONVERSATION_CLOSED = "conversation_closed"
CONVERSATION_REOPENED = "conversation_reopened"
CONVERSATION_SNOOZED = "conversation_snoozed"
TAG_ADDED = "tag_added"
TAG_REMOVED = "tag_removed"
ORDER_CREATED = "order_created"
ORDER_STATUS = "order_status"
ORDER_LINKED = "order_linked"
ORDER_UNLINKED = "order_unlinked"
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
    """Append one event. Related rows may be given as model instances or ids."""

    def _id(value: Any) -> int | None:
        if value is None:
            return None
        return int(getattr(value, "id", value))

    return Event.create(
        at=at or utcnow(),
        kind=kind,
        conversation_id=_id(conversation),
        message_id=_id(message),
        order_id=_id(order),
        customer_id=_id(customer),
        reminder_id=_id(reminder),
        data=data or None,
    )
