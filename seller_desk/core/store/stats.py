"""Counts of what is stored, for ``seller-desk stats`` and the doctor."""

from __future__ import annotations

from typing import Any

from peewee import fn

from seller_desk.core.store import migrations
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


def collect() -> dict[str, Any]:
    outbox = {state: 0 for state in OUTBOX_STATES}
    for state, count in (
        OutboxMessage.select(OutboxMessage.state, fn.COUNT(OutboxMessage.id))
        .group_by(OutboxMessage.state)
        .tuples()
    ):
        outbox[state] = count
    return {
        "schema_version": migrations.schema_version(database.obj),
        "accounts": Account.select().count(),
        "folders": Folder.select().count(),
        "messages": Message.select().count(),
        "messages_with_parse_errors": Message.select()
        .where(Message.parse_error.is_null(False))
        .count(),
        "conversations": Conversation.select().count(),
        "conversations_waiting": Conversation.select()
        .where(Conversation.waiting_since.is_null(False), Conversation.status != "closed")
        .count(),
        "customers": Customer.select().count(),
        "orders": Order.select().count(),
        "shipments": Shipment.select().count(),
        "reminders": Reminder.select().count(),
        "reminders_open": Reminder.select()
        .where(Reminder.done_at.is_null(), Reminder.cancelled_at.is_null())
        .count(),
        "outbox": outbox,
    }
