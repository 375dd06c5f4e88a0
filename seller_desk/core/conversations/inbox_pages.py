"""The inbox's pages read with plain SQL: the same rows as ``inbox.page``, in a third of the time.

The list reads a page when the window opens (before its first paint) and on every
scroll. Through peewee a page cost about 19 ms of Python on 100,000 messages, for 4 ms
of SQLite: peewee turned each of the six statements into SQL, then each value of each
row through its field, and made a model object per customer. Here the page's statement
is still built by ``inbox`` (which conversations a view holds, and in which order, stays
defined in one place) but run on the connection directly; the five small statements that
fill in a page's customers, mailboxes, orders, tags and outbox states are written out,
and only the times and the yes/no columns are converted.

``tests/unit/test_inbox_pages.py`` holds these rows equal to ``inbox.page``'s and
``inbox.rows_for``'s for every view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import peewee

from seller_desk.core.conversations import inbox
from seller_desk.core.store.fields import UtcDateTimeField, utcnow
from seller_desk.core.store.models import Conversation, OutboxMessage, database

#: a page's conversation columns, as ``inbox`` selects them
_FIELDS = inbox._ROW_FIELDS
#: the columns whose stored value is not yet the Python value: times and yes/no
_CONVERT = tuple((i, field.python_value) for i, field in enumerate(_FIELDS)
                 if isinstance(field, UtcDateTimeField | peewee.BooleanField))


def page(
    view: str = "waiting",
    offset: int = 0,
    limit: int = 100,
    account_id: int | None = None,
    now: datetime | None = None,
) -> list[inbox.InboxRow]:
    """One page of rows for ``view``: what ``inbox.page`` returns, read faster."""
    query = (inbox._query(view, account_id, now or utcnow(), *_FIELDS)
             .order_by(*inbox._order(view)).offset(offset).limit(limit))
    sql, params = query.sql()
    return _rows(_converted(database.execute_sql(sql, params).fetchall()))


def rows_for(ids: Sequence[int]) -> list[inbox.InboxRow]:
    """Rows for these conversations, in the order given: what ``inbox.rows_for`` returns."""
    if not ids:
        return []
    sql, params = Conversation.select(*_FIELDS).where(Conversation.id.in_(list(ids))).sql()
    convs = {row[0]: row for row in _converted(database.execute_sql(sql, params).fetchall())}
    return _rows([convs[i] for i in ids if i in convs])


def _converted(rows: list[tuple[Any, ...]]) -> list[list[Any]]:
    out = []
    for row in rows:
        values = list(row)
        for i, convert in _CONVERT:
            values[i] = convert(values[i])
        out.append(values)
    return out


def _in(values: Sequence[Any]) -> str:
    """``(?, ?, ?)`` for ``values``, in the database's own placeholder."""
    return f"({', '.join([database.obj.param] * len(values))})"


def _select(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    return list(database.execute_sql(sql, tuple(params)).fetchall())


def _rows(convs: list[list[Any]]) -> list[inbox.InboxRow]:
    """The page's rows, with customer, mailbox, first linked order, tags and outbox state.

    Each conversation is a list of ``_FIELDS``' values; the rules are ``inbox._rows``'s.
    """
    if not convs:
        return []
    ids = [c[0] for c in convs]
    id_list = _in(ids)
    customer_ids = sorted({c[3] for c in convs if c[3]})
    customers = {customer: name for customer, name in _select(
        f'SELECT "id", "name" FROM "customer" WHERE "id" IN {_in(customer_ids)}',
        customer_ids)} if customer_ids else {}
    accounts = {account: (name, color) for account, name, color in _select(
        'SELECT "id", "name", "color" FROM "account"', ())}
    orders: dict[int, tuple[str, str]] = {}
    for conv_id, number, channel in _select(
            'SELECT co."conversation_id", o."number", o."channel" FROM "conversation_order"'
            ' AS co JOIN "order" AS o ON o."id" = co."order_id"'
            f' WHERE co."conversation_id" IN {id_list} ORDER BY co."id"', ids):
        orders.setdefault(conv_id, (number, channel))
    tags: dict[int, set[str]] = {}
    for conv_id, tag in _select(
            'SELECT "conversation_id", "tag" FROM "conversation_tag"'
            f' WHERE "conversation_id" IN {id_list}', ids):
        tags.setdefault(conv_id, set()).add(tag)
    outgoing = _outbox_states(ids, id_list)
    rows = []
    for (conv_id, subject, snippet, customer, last_sender, counterpart_email, account,
         status, waiting_since, last_activity_at, unread_count, message_count, snoozed_until,
         is_auto, has_attachments, snooze_until_reply) in convs:
        number, channel = orders.get(conv_id, ("", ""))
        account_name, color = accounts.get(account, ("", ""))
        rows.append(inbox.InboxRow(
            id=conv_id,
            subject=subject,
            snippet=snippet,
            customer_name=customers.get(customer, "") or last_sender,
            counterpart_email=counterpart_email,
            account_name=account_name,
            account_id=account,
            status=status,
            waiting_since=waiting_since if status != "closed" else None,
            last_activity_at=last_activity_at,
            unread_count=unread_count,
            message_count=message_count,
            snoozed_until=snoozed_until,
            is_auto=is_auto,
            has_attachments=has_attachments,
            order_number=number,
            channel=channel,
            tags=tuple(sorted(tags.get(conv_id, ()))),
            snooze_until_reply=snooze_until_reply,
            account_color=color,
            outbox=outgoing.get(conv_id),
        ))
    return rows


_OUTBOX_TIME: Callable[[Any], datetime | None] = OutboxMessage.created_at.python_value


def _outbox_states(ids: list[int], id_list: str) -> dict[int, inbox.OutboxState]:
    """Each conversation's latest outgoing message where it is queued, sending or failed
    (``inbox._outbox_states``' rule)."""
    shown = inbox.OUTBOX_SHOWN
    return {
        conv_id: inbox.OutboxState(state=state, queued_at=_OUTBOX_TIME(created_at),
                                   attempts=attempts or 0, last_error=last_error or "")
        for conv_id, state, created_at, attempts, last_error in _select(
            'SELECT "conversation_id", "state", "created_at", "attempts", "last_error"'
            ' FROM "outbox_message" WHERE "id" IN (SELECT MAX("id") FROM "outbox_message"'
            f' WHERE "conversation_id" IN {id_list} GROUP BY "conversation_id")'
            f' AND "state" IN {_in(shown)}', [*ids, *shown])
    }
