"""Queries behind the inbox list: counts and pages of conversations for each view.

Nothing here loads the whole inbox: the list asks for the rows it shows. "Waiting on me"
sorts by the oldest unanswered customer message, which is also the order of time left
on both the calendar and the business-hours clock (an earlier start never has less time
used), so one indexed column serves both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import peewee

from seller_desk.core.fields import utcnow
from seller_desk.core.models import (
    Account,
    Conversation,
    ConversationOrder,
    ConversationTag,
    Customer,
    Order,
)

VIEWS = ("waiting", "all", "unread", "snoozed", "complaints", "closed")


@dataclass(frozen=True)
class InboxRow:
    id: int
    subject: str
    snippet: str
    customer_name: str
    counterpart_email: str
    account_name: str
    account_id: int | None
    status: str
    waiting_since: datetime | None
    last_activity_at: datetime | None
    unread_count: int
    message_count: int
    snoozed_until: datetime | None
    is_auto: bool
    has_attachments: bool
    order_number: str = ""
    channel: str = ""
    tags: tuple[str, ...] = ()


def _query(view: str, account_id: int | None, now: datetime) -> peewee.ModelSelect:
    q = Conversation.select()
    not_snoozed = Conversation.snoozed_until.is_null() | (Conversation.snoozed_until <= now)
    if view == "waiting":
        q = q.where(
            Conversation.waiting_since.is_null(False),
            Conversation.status != "closed",
            not_snoozed,
            Conversation.snooze_until_reply == False,  # noqa: E712 - SQL comparison
        ).order_by(Conversation.waiting_since.asc(), Conversation.id)
    elif view == "unread":
        q = q.where(Conversation.unread_count > 0).order_by(
            Conversation.last_activity_at.desc(), Conversation.id.desc()
        )
    elif view == "snoozed":
        q = q.where(
            (Conversation.snoozed_until > now) | (Conversation.snooze_until_reply == True)  # noqa: E712
        ).order_by(Conversation.snoozed_until.asc(), Conversation.id)
    elif view == "complaints":
        tagged = ConversationTag.select(ConversationTag.conversation).where(
            ConversationTag.tag.in_(("complaint", "return", "refund"))
        )
        q = q.where(Conversation.id.in_(tagged)).order_by(
            Conversation.last_activity_at.desc(), Conversation.id.desc()
        )
    elif view == "closed":
        q = q.where(Conversation.status == "closed").order_by(
            Conversation.last_activity_at.desc(), Conversation.id.desc()
        )
    elif view == "all":
        q = q.order_by(Conversation.last_activity_at.desc(), Conversation.id.desc())
    else:
        raise ValueError(f"unknown inbox view {view!r}")
    if account_id is not None:
        q = q.where(Conversation.account == account_id)
    return q


def count(view: str = "waiting", account_id: int | None = None,
          now: datetime | None = None) -> int:
    return _query(view, account_id, now or utcnow()).count()


def page(
    view: str = "waiting",
    offset: int = 0,
    limit: int = 100,
    account_id: int | None = None,
    now: datetime | None = None,
) -> list[InboxRow]:
    """One page of rows for ``view``, with customer, account, order and tags filled in."""
    convs = list(_query(view, account_id, now or utcnow()).offset(offset).limit(limit))
    if not convs:
        return []
    ids = [c.id for c in convs]
    customer_ids = {c.customer_id for c in convs if c.customer_id}
    customers = {
        c.id: c.name
        for c in Customer.select(Customer.id, Customer.name).where(Customer.id.in_(customer_ids))
    } if customer_ids else {}
    accounts = {a.id: a.name for a in Account.select(Account.id, Account.name)}
    orders: dict[int, tuple[str, str]] = {}
    for conv_id, number, channel in (
        ConversationOrder.select(ConversationOrder.conversation, Order.number, Order.channel)
        .join(Order)
        .where(ConversationOrder.conversation.in_(ids))
        .order_by(ConversationOrder.id)
        .tuples()
    ):
        orders.setdefault(conv_id, (number, channel))
    tags: dict[int, list[str]] = {}
    for conv_id, tag in (
        ConversationTag.select(ConversationTag.conversation, ConversationTag.tag)
        .where(ConversationTag.conversation.in_(ids))
        .tuples()
    ):
        tags.setdefault(conv_id, []).append(tag)
    rows = []
    for c in convs:
        number, channel = orders.get(c.id, ("", ""))
        rows.append(
            InboxRow(
                id=c.id,
                subject=c.subject,
                snippet=c.snippet,
                customer_name=customers.get(c.customer_id, "") or c.last_sender,
                counterpart_email=c.counterpart_email,
                account_name=accounts.get(c.account_id, ""),
                account_id=c.account_id,
                status=c.status,
                waiting_since=c.waiting_since if c.status != "closed" else None,
                last_activity_at=c.last_activity_at,
                unread_count=c.unread_count,
                message_count=c.message_count,
                snoozed_until=c.snoozed_until,
                is_auto=c.is_auto,
                has_attachments=c.has_attachments,
                order_number=number,
                channel=channel,
                tags=tuple(sorted(tags.get(c.id, ()))),
            )
        )
    return rows
