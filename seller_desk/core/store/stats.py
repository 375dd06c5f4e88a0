"""Counts of what is stored, for ``seller-desk stats`` and the doctor."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from peewee import fn

from seller_desk.core.store import db, waiting
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    OUTBOX_STATES,
    Account,
    Conversation,
    Customer,
    Folder,
    Message,
    Order,
    OutboxMessage,
    Reminder,
    Shipment,
    database,
)


def collect(now: datetime | None = None) -> dict[str, Any]:
    """What is stored, counted; the waiting as "Waiting on me" counts it at ``now``."""
    outbox = {state: 0 for state in OUTBOX_STATES}
    for state, count in (
        OutboxMessage.select(OutboxMessage.state, fn.COUNT(OutboxMessage.id))
        .group_by(OutboxMessage.state)
        .tuples()
    ):
        outbox[state] = count
    return {
        "schema_version": db.schema_version(database.obj),
        "accounts": Account.select().count(),
        "folders": Folder.select().count(),
        "messages": Message.select().count(),
        "messages_with_parse_errors": Message.select()
        .where(Message.parse_error.is_null(False))
        .count(),
        "conversations": Conversation.select().count(),
        # the count "Waiting on me" shows: one definition for every place (waiting.py)
        "conversations_waiting": Conversation.select().where(waiting.condition(now or utcnow())).count(),
        "customers": Customer.select().count(),
        "orders": Order.select().count(),
        "shipments": Shipment.select().count(),
        "reminders": Reminder.select().count(),
        "reminders_open": Reminder.select()
        .where(Reminder.done_at.is_null(), Reminder.cancelled_at.is_null())
        .count(),
        "outbox": outbox,
    }
