"""Queries and bulk actions behind the inbox list: counts, pages, search, close, snooze, tag.

Nothing here loads the whole inbox: the list asks for the rows it shows, a page at a time.
"Waiting on me" sorts by the oldest unanswered customer message, which is also the order of
time left on both the calendar and the business-hours clock (an earlier start never has
less time used), so one indexed column serves both.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

import peewee

from seller_desk.core.common import timefmt
from seller_desk.core.conversations import clocks
from seller_desk.core.store import events, search, waiting
from seller_desk.core.store.fields import UtcDateTimeField, utcnow
from seller_desk.core.store.models import (
    DIRECTION_IN,
    Conversation,
    ConversationTag,
    Message,
    MessageLocation,
    OutboxMessage,
    database,
)

# the inbox's tag menu reads the tags here
from seller_desk.core.store.models import TAGS as TAGS

logger = logging.getLogger(__name__)

VIEWS = ("waiting", "onway", "all", "unread", "snoozed", "complaints", "closed", "mine",
         "unassigned")

#: a team: the member at this window (Member.id), for the view "mine" (set at start by
#: core/team/members.py; None on a personal shop, where "mine" is empty)
current_member: int | None = None
#: outbox states of a reply still on its way: it takes its conversation out of "Waiting on me"
ON_ITS_WAY = waiting.ON_ITS_WAY
#: outbox states a row reports (a sent or cancelled message says nothing more)
OUTBOX_SHOWN = ("queued", "sending", "failed")
#: tags that put a conversation in the "Complaints" view
COMPLAINT_TAGS = ("complaint", "return", "refund")
SEARCH_LIMIT = 500


@dataclass(frozen=True)
class OutboxState:
    """Where the conversation's latest outgoing message stands, for its inbox line."""

    state: str  # queued, sending or failed
    queued_at: datetime | None
    attempts: int
    last_error: str


@dataclass(frozen=True)
class InboxRow:
    """What one line of the inbox shows about a conversation."""

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
    snooze_until_reply: bool = False
    account_color: str = ""
    #: the conversation's latest outgoing message when it is queued, sending or failed
    outbox: OutboxState | None = None


@dataclass
class InboxCounts:
    """The numbers the sidebar and the tray show."""

    waiting: int = 0
    unread: int = 0
    snoozed: int = 0
    complaints: int = 0
    all: int = 0
    onway: int = 0
    per_account_waiting: dict[int, int] = field(default_factory=dict)
    per_account_unread: dict[int, int] = field(default_factory=dict)


def write_transaction() -> Any:
    """A transaction for the inbox's read-then-write actions.

    Every SQLite transaction already takes the write lock when it begins (see
    :class:`seller_desk.core.store.db.SqliteDatabase`), so this is a plain transaction; the name
    stays because it says what the callers need.
    """
    return database.atomic()


def _where(view: str, now: datetime) -> peewee.Expression | None:
    if view == "waiting":
        # the one definition every count of the waiting shares (store/waiting.py)
        return waiting.condition(now)
    if view == "onway":
        return Conversation.id.in_(waiting.replies_on_their_way())
    if view == "unread":
        return Conversation.unread_count > 0
    if view == "snoozed":
        return (Conversation.snoozed_until > now) | (
            Conversation.snooze_until_reply == True  # noqa: E712
        )
    if view == "complaints":
        tagged = ConversationTag.select(ConversationTag.conversation).where(
            ConversationTag.tag.in_(COMPLAINT_TAGS)
        )
        return Conversation.id.in_(tagged)
    if view == "closed":
        return Conversation.status == "closed"
    if view == "mine":  # a team: what this person answers, until it is closed
        return (Conversation.assigned_to == (current_member or 0)) & \
            (Conversation.status != "closed")
    if view == "unassigned":  # a team: open conversations nobody has taken yet
        return Conversation.assigned_to.is_null() & (Conversation.status != "closed") & \
            (Conversation.is_auto == False)  # noqa: E712
    if view == "all":
        return None
    raise ValueError(f"unknown inbox view {view!r}")


def _order(view: str) -> list[peewee.Ordering]:
    if view == "waiting":
        return waiting.order()
    if view == "snoozed":
        return [Conversation.snoozed_until.asc(), Conversation.id]
    return [Conversation.last_activity_at.desc(), Conversation.id.desc()]


def _query(view: str, account_id: int | None, now: datetime,
           *fields: peewee.Field) -> peewee.ModelSelect:
    q = Conversation.select(*fields)
    cond = _where(view, now)
    if cond is not None:
        q = q.where(cond)
    if account_id is not None:
        q = q.where(Conversation.account == account_id)
    return q


def count(view: str = "waiting", account_id: int | None = None,
          now: datetime | None = None) -> int:
    """How many conversations ``view`` holds (for one account, or all)."""
    return cast(int, _query(view, account_id, now or utcnow()).count())


def page_ids(view: str = "waiting", offset: int = 0, limit: int = 100,
             account_id: int | None = None, now: datetime | None = None) -> list[int]:
    """Only the conversation ids of a page (cheap: for keeping a selection across reloads)."""
    q = _query(view, account_id, now or utcnow(), Conversation.id).order_by(*_order(view))
    return [r[0] for r in q.offset(offset).limit(limit).tuples()]


# only what a line shows: plain tuples, no model objects (a page is read on every scroll)
_ROW_FIELDS = (
    Conversation.id, Conversation.subject, Conversation.snippet, Conversation.customer,
    Conversation.last_sender, Conversation.counterpart_email, Conversation.account,
    Conversation.status, Conversation.waiting_since, Conversation.last_activity_at,
    Conversation.unread_count, Conversation.message_count, Conversation.snoozed_until,
    Conversation.is_auto, Conversation.has_attachments, Conversation.snooze_until_reply,
)


# A page is read when the window opens (before its first paint) and on every scroll.
# Through peewee it cost about 19 ms of Python on 100,000 messages for 4 ms of SQLite:
# peewee turned each of the six statements into SQL, then each value of each row through
# its field, and made a model object per customer. The page's statement is still built by
# _query (which conversations a view holds, and in which order, is defined once) but run
# on the connection directly; the five small statements that fill in a page's customers,
# mailboxes, orders, tags and outbox states are written out, and only the times and the
# yes/no columns are converted.

#: the columns whose stored value is not yet the Python value: times and yes/no
_CONVERT = tuple((i, field.python_value) for i, field in enumerate(_ROW_FIELDS)
                 if isinstance(field, UtcDateTimeField | peewee.BooleanField))


def page(
    view: str = "waiting",
    offset: int = 0,
    limit: int = 100,
    account_id: int | None = None,
    now: datetime | None = None,
) -> list[InboxRow]:
    """One page of rows for ``view``, with customer, account, order and tags filled in."""
    query = (_query(view, account_id, now or utcnow(), *_ROW_FIELDS)
             .order_by(*_order(view)).offset(offset).limit(limit))
    sql, params = query.sql()
    return _rows(_converted(database.execute_sql(sql, params).fetchall()))


def rows_for(ids: Sequence[int]) -> list[InboxRow]:
    """Rows for these conversations, in the order given (search results, a selection)."""
    if not ids:
        return []
    sql, params = Conversation.select(*_ROW_FIELDS).where(Conversation.id.in_(list(ids))).sql()
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


def _rows(convs: list[list[Any]]) -> list[InboxRow]:
    """The page's rows, with customer, mailbox, first linked order, tags and outbox state.

    Each conversation is a list of ``_ROW_FIELDS``' values.
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
        rows.append(InboxRow(
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


def _outbox_states(ids: list[int], id_list: str) -> dict[int, OutboxState]:
    """Each conversation's latest outgoing message where it is queued, sending or failed
    (a later sent one means the failure was dealt with)."""
    shown = OUTBOX_SHOWN
    return {
        conv_id: OutboxState(state=state, queued_at=_OUTBOX_TIME(created_at),
                                   attempts=attempts or 0, last_error=last_error or "")
        for conv_id, state, created_at, attempts, last_error in _select(
            'SELECT "conversation_id", "state", "created_at", "attempts", "last_error"'
            ' FROM "outbox_message" WHERE "id" IN (SELECT MAX("id") FROM "outbox_message"'
            f' WHERE "conversation_id" IN {id_list} GROUP BY "conversation_id")'
            f' AND "state" IN {_in(shown)}', [*ids, *shown])
    }


def counts(now: datetime | None = None) -> InboxCounts:
    """Counts for the sidebar and the tray, per view and per account, in a few queries."""
    now = now or utcnow()
    result = InboxCounts()
    waiting_cond = _where("waiting", now)
    for account_id, n in (
        Conversation.select(Conversation.account, peewee.fn.COUNT(Conversation.id))
        .where(waiting_cond).group_by(Conversation.account).tuples()
    ):
        result.waiting += n
        if account_id is not None:
            result.per_account_waiting[account_id] = n
    for account_id, n in (
        Conversation.select(Conversation.account, peewee.fn.COUNT(Conversation.id))
        .where(Conversation.unread_count > 0).group_by(Conversation.account).tuples()
    ):
        result.unread += n
        if account_id is not None:
            result.per_account_unread[account_id] = n
    result.snoozed = count("snoozed", now=now)
    result.onway = count("onway", now=now)
    result.complaints = (
        _query("complaints", None, now).where(Conversation.status != "closed").count()
    )
    result.all = Conversation.select().count()
    return result


# --- search --------------------------------------------------------------------------------


def search_ids(query: str, limit: int = SEARCH_LIMIT, account_id: int | None = None
               ) -> list[int]:
    """Conversations matching ``query`` in mail text, customer names and addresses, or order
    numbers; most recent activity first.

    Mail goes through the full-text index (every word as a prefix); customers and order
    numbers match anywhere in the name or number, so "1218" finds order "#1218". A ``%``,
    ``_`` or ``\\`` the seller types is matched as itself.

    One statement: every way of finding a conversation as a subquery, their union ordered
    by activity in the database. (Fetched one by one and sorted again through a list of
    up to a thousand ids, the same cost a third of the search box's time.)
    """
    query = query.strip()
    if not query:
        return []
    db = database.obj
    param = db.param
    # SQLite's LIKE ignores the case of ASCII letters; PostgreSQL needs ILIKE for that
    like = "LIKE" if isinstance(db, peewee.SqliteDatabase) else "ILIKE"
    matches = f"{like} {param} ESCAPE '\\'"
    pattern = f"%{_escape_like(query)}%"
    sources: list[str] = []
    args: list[object] = []
    mail = search.conversations_matching(query, limit * 5)
    if mail is not None:
        sources.append(mail[0])
        args.extend(mail[1])
    sources.append(
        'SELECT cv.id FROM "conversation" AS cv WHERE cv.customer_id IN ('
        f' SELECT cu.id FROM "customer" AS cu WHERE cu.name {matches}'
        f' UNION SELECT ca.customer_id FROM "customer_address" AS ca WHERE ca.email {matches})')
    sources.append(f'SELECT cp.id FROM "conversation" AS cp WHERE cp.counterpart_email {matches}')
    args.extend([pattern, pattern, pattern])
    compact = query.lstrip("#").replace(" ", "")
    if compact:
        sources.append(
            'SELECT co.conversation_id FROM "conversation_order" AS co WHERE co.order_id IN ('
            f' SELECT o.id FROM "order" AS o WHERE o.number {matches})')
        args.append(f"%{_escape_like(compact)}%")
    where = ""
    if account_id is not None:
        where = f" AND c.account_id = {param}"
        args.append(account_id)
    args.append(limit)
    cursor = db.execute_sql(
        f'SELECT c.id FROM "conversation" AS c WHERE c.id IN ({" UNION ".join(sources)}){where}'
        f" ORDER BY c.last_activity_at DESC, c.id DESC LIMIT {param}",
        tuple(args),
    )
    return [row[0] for row in cursor.fetchall()]


def _escape_like(text: str) -> str:
    # peewee's ** is a case-insensitive LIKE; % and _ typed by the seller are literal
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- bulk actions --------------------------------------------------------------------------


def close(ids: Iterable[int], now: datetime | None = None) -> int:
    """Close conversations (resolved now); return how many changed."""
    now = now or utcnow()
    changed = 0
    with write_transaction():
        for conv in Conversation.select().where(Conversation.id.in_(list(ids)),
                                                Conversation.status != "closed"):
            conv.status = "closed"
            conv.resolved_at = now
            conv.snoozed_until = None
            conv.snooze_until_reply = False
            conv.save()
            events.record(events.CONVERSATION_CLOSED, at=now, conversation=conv)
            changed += 1
    return changed


def reopen(ids: Iterable[int], now: datetime | None = None) -> int:
    """Open closed conversations again; return how many changed."""
    now = now or utcnow()
    changed = 0
    with write_transaction():
        for conv in Conversation.select().where(Conversation.id.in_(list(ids)),
                                                Conversation.status == "closed"):
            conv.status = "open"
            conv.resolved_at = None
            conv.save()
            events.record(events.CONVERSATION_REOPENED, at=now, conversation=conv)
            changed += 1
    return changed


def snooze(ids: Iterable[int], until: datetime | None = None, until_reply: bool = False,
           now: datetime | None = None) -> int:
    """Hide conversations from "Waiting on me" until ``until`` or the customer's next mail.

    The reply clock keeps running underneath: snoozing hides, it never rewrites history.
    """
    if until is None and not until_reply:
        raise ValueError("snooze needs a time or until_reply")
    now = now or utcnow()
    ids = list(ids)
    with write_transaction():
        n: int = (Conversation.update(snoozed_until=until, snooze_until_reply=until_reply)
             .where(Conversation.id.in_(ids)).execute())
        for conv_id in ids:
            events.record(events.CONVERSATION_SNOOZED, at=now, conversation=conv_id,
                          until=until.isoformat() if until else None, until_reply=until_reply)
    return n


def add_tag(ids: Iterable[int], tag: str, product: str = "", now: datetime | None = None
            ) -> int:
    """Tag conversations (complaint, return, refund ...); an existing tag is kept once."""
    if tag not in TAGS:
        raise ValueError(f"unknown tag {tag!r}")
    now = now or utcnow()
    added = 0
    with write_transaction():
        for conv_id in ids:
            _, created = ConversationTag.get_or_create(
                conversation=conv_id, tag=tag, product=product,
                defaults={"created_at": now})
            if created:
                events.record(events.TAG_ADDED, at=now, conversation=conv_id, tag=tag,
                              product=product)
                added += 1
    return added


def remove_tag(ids: Iterable[int], tag: str, now: datetime | None = None) -> int:
    """Remove ``tag`` (with any product) from conversations."""
    now = now or utcnow()
    removed = 0
    with write_transaction():
        for conv_id in ids:
            n = ConversationTag.delete().where(ConversationTag.conversation == conv_id,
                                               ConversationTag.tag == tag).execute()
            if n:
                events.record(events.TAG_REMOVED, at=now, conversation=conv_id, tag=tag)
                removed += 1
    return removed


def mark_read(ids: Iterable[int], read: bool = True) -> list[int]:
    """Mark the customer messages of conversations read (or unread).

    Returns the ids of the messages whose flag changed, so the mail engine can tell the
    server; the local state changes at once either way.
    """
    ids = list(ids)
    with write_transaction():
        msgs = [m for m in Message.select(Message.id, Message.conversation)
                .where(Message.conversation.in_(ids), Message.direction == DIRECTION_IN,
                       Message.is_seen != read)]
        if not read:
            # unread means "look at this again": only the newest message of each conversation
            newest: dict[int, int] = {}
            for m in msgs:
                newest[m.conversation_id] = max(newest.get(m.conversation_id, 0), m.id)
            msgs = [m for m in msgs if newest[m.conversation_id] == m.id]
        changed = [m.id for m in msgs]
        if changed:
            Message.update(is_seen=read).where(Message.id.in_(changed)).execute()
            for loc in MessageLocation.select().where(MessageLocation.message.in_(changed)):
                flags = set(loc.flags.split())
                if read:
                    flags.add("\\Seen")
                else:
                    flags.discard("\\Seen")
                loc.flags = " ".join(sorted(flags))
                loc.save()
        for conv_id in ids:
            unread = (Message.select().where(Message.conversation == conv_id,
                                             Message.direction == DIRECTION_IN,
                                             Message.is_seen == False)  # noqa: E712
                      .count())
            Conversation.update(unread_count=unread).where(Conversation.id == conv_id).execute()
    return changed


# --- new mail for notifications ------------------------------------------------------------


def customer_mail_among(message_ids: Sequence[int]) -> list[tuple[int, int, str, str]]:
    """(message, conversation, sender, subject) of real customer mail among new messages,
    oldest first: incoming, unread and not automatic (marketplace notices and auto-replies
    do not notify)."""
    if not message_ids:
        return []
    return [(m.id, m.conversation_id, m.sender_name or m.sender_email, m.subject)
            for m in Message.select(Message.id, Message.conversation, Message.sender_name,
                                    Message.sender_email, Message.subject)
            .where(Message.id.in_(list(message_ids)), Message.direction == DIRECTION_IN,
                   Message.is_auto == False, Message.is_seen == False)  # noqa: E712
            .order_by(Message.date)]


# --- clocks for notifications --------------------------------------------------------------


@dataclass(frozen=True)
class Deadline:
    """A waiting conversation and when it crosses its reply target."""

    conversation_id: int
    customer_name: str
    subject: str
    waiting_since: datetime
    breach_at: datetime


# --- snooze choices --------------------------------------------------------------------------

SNOOZE_CHOICES = ("later_today", "tomorrow", "next_week", "until_reply")


def snooze_until(choice: str, now: datetime | None = None, tz: object = None
                 ) -> datetime | None:
    """The time a snooze choice means, in UTC (None for "until the customer replies").

    "later_today" is three hours on; "tomorrow" and "next_week" are 09:00 in the seller's
    time zone (``tz``, the computer's when None) the next day and the next Monday.
    """

    now = now or utcnow()
    if choice == "until_reply":
        return None
    if choice == "later_today":
        return now + timedelta(hours=3)
    here = timefmt.local(now) if tz is None else now.astimezone(tz)  # type: ignore[arg-type]
    nine = here.replace(hour=9, minute=0, second=0, microsecond=0)
    if choice == "tomorrow":
        return (nine + timedelta(days=1)).astimezone(now.tzinfo)
    if choice == "next_week":
        days = 7 - here.weekday()
        return (nine + timedelta(days=days)).astimezone(now.tzinfo)
    raise ValueError(f"unknown snooze choice {choice!r}")


def count_waiting_since_before(start: datetime, now: datetime | None = None) -> int:
    """How many conversations in "Waiting on me" have waited since ``start`` or earlier."""
    return cast(int, _query("waiting", None, now or utcnow())
                .where(Conversation.waiting_since <= start).count())


def deadlines_within(policy: object, lead: timedelta, now: datetime | None = None,
                     limit: int = 50) -> list[tuple[int, datetime, timedelta]]:
    """Waiting conversations with at most ``lead`` left before their reply target (or past
    it): (id, waiting_since, time left), the least time left first.

    Works on either clock of ``policy`` (a :class:`seller_desk.core.conversations.clocks.ClockPolicy`):
    only conversations that have used at least ``breach - lead`` are read.
    """

    now = now or utcnow()
    assert isinstance(policy, clocks.ClockPolicy)
    budget = max(timedelta(0), policy.breach - lead)
    start = clocks.threshold_start(now, budget, policy)
    if start is None:
        return []
    q = (_query("waiting", None, now, Conversation.id, Conversation.waiting_since)
         .where(Conversation.waiting_since <= start)
         .order_by(*_order("waiting")).limit(limit))
    out = []
    for cid, since in q.tuples():
        left = clocks.reading(since, now, policy).time_left
        if left <= lead:
            out.append((cid, since, left))
    return out
