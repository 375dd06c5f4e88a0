"""Derived state of a conversation, recomputed from its stored messages, and the seller's
actions on it (close, reopen, snooze, tags).

The reply clock follows DESIGN.md's definition: a conversation waits on the seller from its
oldest customer message that no seller reply has followed. Automatic mail (notifications,
auto-replies) and notes neither start nor stop it. Because everything is computed from
stored timestamps, the figures are right after sleep, offline, or with the app closed.

Each start and stop of the clock is recorded once as an event (``clock_started`` at the
customer message, ``clock_stopped`` at the reply, with the wait on both clocks), and the
first reply and resolution times are stored on the conversation for the KPIs.

History: a mailbox added today holds years of mail that was answered long ago by phone, in
person or not at all. Each account carries a cut-off (``Account.counts_from``, by default a
week before it was added): customer mail dated before it is stored, listed and searchable,
but starts no clock and stays out of the reply-time figures, so "Waiting on me" shows the
customers who really wait. Backfilled mail follows the same rule, because the rule reads
each message's own date. A conversation that holds such mail records one ``history_ignored``
event saying why its old messages did not count.

Not a customer: mail from a sender (or a domain) the seller marked as not a customer
(:mod:`seller_desk.core.conversations.not_customers`) is treated the same way, whatever its
date: shown, but it starts no clock and stays out of the figures. A conversation records
``not_customer_ignored`` when such mail stops counting and ``not_customer_counted`` when a
mark is undone and it counts again.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import groupby
from operator import attrgetter, itemgetter
from typing import Any, cast

import peewee

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.messages import Msg
from seller_desk.core.conversations import clocks, not_customers
from seller_desk.core.store import events
from seller_desk.core.store.bulk import Listed, bulk_insert
from seller_desk.core.store.fields import UtcDateTimeField, as_utc, utcnow
from seller_desk.core.store.models import (
    DIRECTION_IN,
    DIRECTION_OUT,
    TAGS,
    Account,
    Conversation,
    ConversationTag,
    Event,
    Message,
    database,
)

logger = logging.getLogger(__name__)
_AT = Event.at


@dataclass(frozen=True)
class MessageFacts:
    """What the clock needs to know about one message."""

    date: datetime
    direction: str
    is_auto: bool
    # customer mail older than its account's cut-off: shown, but starts no clock
    history: bool = False
    # from a sender the seller marked as not a customer: shown, but starts no clock
    not_customer: bool = False
    sender: str = ""

    @property
    def counts(self) -> bool:
        """Whether this message may start (customer) or stop (seller) a clock."""
        return not (self.is_auto or self.history or self.not_customer)


@dataclass(frozen=True)
class ClockState:
    first_customer_at: datetime | None
    first_reply_at: datetime | None
    waiting_since: datetime | None
    last_customer_at: datetime | None
    last_reply_at: datetime | None


def clock_state(messages: Iterable[MessageFacts]) -> ClockState:
    """Compute the clock fields from messages in any order.

    Messages at the same instant are taken customer-first, so a reply stamped in the same
    second as the question still answers it.
    """
    return _clock_state_of(_in_clock_order(messages))


def _in_clock_order(messages: Iterable[MessageFacts]) -> list[MessageFacts]:
    """Oldest first; at the same instant the customer's message first."""
    return sorted(messages, key=lambda m: (m.date, m.direction != DIRECTION_IN))


def _clock_state_of(ordered: list[MessageFacts]) -> ClockState:
    """:func:`clock_state` of messages in clock order (:func:`_in_clock_order`)."""
    first_customer = first_reply = waiting = last_customer = last_reply = None
    for m in ordered:
        if m.direction == DIRECTION_IN:
            if not m.counts:
                continue
            if first_customer is None:
                first_customer = m.date
            if waiting is None:
                waiting = m.date
            last_customer = m.date
        elif m.direction == DIRECTION_OUT:
            if m.is_auto:
                continue  # an automatic status email is not the seller's answer
            last_reply = m.date
            if first_customer is not None and first_reply is None:
                first_reply = m.date
            waiting = None
    return ClockState(first_customer, first_reply, waiting, last_customer, last_reply)


def clock_cycles(messages: Iterable[MessageFacts]) -> list[tuple[datetime, datetime | None]]:
    """Every wait of a conversation: (started, stopped or None while it runs), oldest first.

    Same definition and ordering as :func:`clock_state`: a wait starts at a customer message
    when none is running and stops at the next seller message.
    """
    return _cycles_of(_in_clock_order(messages))


def _cycles_of(ordered: list[MessageFacts]) -> list[tuple[datetime, datetime | None]]:
    """:func:`clock_cycles` of messages in clock order (:func:`_in_clock_order`)."""
    cycles: list[tuple[datetime, datetime | None]] = []
    start: datetime | None = None
    for m in ordered:
        if m.direction == DIRECTION_IN and m.counts:
            if start is None:
                start = m.date
        elif m.direction == DIRECTION_OUT and start is not None and not m.is_auto:
            cycles.append((start, m.date))
            start = None
    if start is not None:
        cycles.append((start, None))
    return cycles


_MESSAGE_FIELDS = (
    Message.conversation,
    Message.account,
    Message.date,
    Message.received_at,
    Message.direction,
    Message.is_auto,
    Message.is_seen,
    Message.snippet,
    Message.sender_name,
    Message.sender_email,
    Message.has_attachments,
    Message.subject,
    Message.id,
)


class _MessageRow:
    """The columns of :data:`_MESSAGE_FIELDS` of one message, as :func:`_derive` reads
    them: building a model for each of a long conversation's messages cost more than
    everything else the refresh does."""

    __slots__ = (
        "account_id",
        "conversation_id",
        "date",
        "direction",
        "has_attachments",
        "id",
        "is_auto",
        "is_seen",
        "received_at",
        "sender_email",
        "sender_name",
        "snippet",
        "subject",
    )

    def __init__(self, values: tuple[Any, ...]) -> None:
        (self.conversation_id, self.account_id, date, received, self.direction, auto, seen,
         self.snippet, self.sender_name, self.sender_email, attachments,
         self.subject, self.id) = values
        self.date = _when(date)
        self.received_at = _when(received)
        # SQLite hands booleans back as 0 and 1
        self.is_auto = bool(auto)
        self.is_seen = bool(seen)
        self.has_attachments = bool(attachments)


#: times already read from their stored text (a conversation's times come back as its
#: clock fields and its messages' dates); emptied when full
_PARSED: dict[Any, datetime] = {}
_PARSED_MAX = 100_000


def _when(value: Any) -> datetime | None:
    """A stored time as an aware UTC datetime (as :class:`UtcDateTimeField` reads it)."""
    if value is None:
        return None
    found = _PARSED.get(value)
    if found is None:
        if len(_PARSED) >= _PARSED_MAX:
            _PARSED.clear()
        found = _PARSED[value] = _AT.python_value(value)
    return found


def _message_rows(query: peewee.Query) -> list[Message]:
    """The rows of a ``Message.select(*_MESSAGE_FIELDS)`` query, read without models."""
    sql, params = query.sql()
    rows = [_MessageRow(values) for values in database.execute_sql(sql, params).fetchall()]
    return cast(list[Message], rows)


def _recorded_clock_events(conv_ids: list[int]) -> dict[int, set[tuple[str, datetime]]]:
    """The clock events already recorded for each conversation, read in one query."""
    seen: dict[int, set[tuple[str, datetime]]] = {cid: set() for cid in conv_ids}
    if not conv_ids:
        return seen
    # written as SQL once: refresh runs for every conversation the sync touches
    param = database.obj.param if database.obj is not None else "?"
    marks = ", ".join([param] * len(conv_ids))
    rows = database.execute_sql(
        f'SELECT conversation_id, kind, at FROM "event" WHERE conversation_id IN ({marks}) '
        f"AND kind IN ({param}, {param}, {param}, {param}, {param})",
        [*conv_ids, events.CLOCK_STARTED, events.CLOCK_STOPPED, events.HISTORY_IGNORED,
         events.NOT_CUSTOMER_IGNORED, events.NOT_CUSTOMER_COUNTED]
    ).fetchall()
    for cid, kind, at in rows:
        seen[cid].add((kind, _AT.python_value(at)))
    return seen


def _record_clock_events(conv: Conversation, cycles: list[tuple[datetime, datetime | None]],
                         policy: clocks.ClockPolicy,
                         seen: set[tuple[str, datetime]] | None = None,
                         record: Callable[..., object] | None = None) -> None:
    """Record each start and stop not recorded yet (the event log is append-only)."""
    if not cycles:
        return
    record = record or events.record
    if seen is None:
        seen = _recorded_clock_events([conv.id])[conv.id]
    for index, (start, stop) in enumerate(cycles):
        if (events.CLOCK_STARTED, as_utc(start)) not in seen:
            record(events.CLOCK_STARTED, at=start, conversation=conv,
                   customer=conv.customer_id)
        if stop is not None and (events.CLOCK_STOPPED, as_utc(stop)) not in seen:
            record(
                events.CLOCK_STOPPED, at=stop, conversation=conv, customer=conv.customer_id,
                started=as_utc(start).isoformat(), first=index == 0,
                calendar_s=int(clocks.calendar_elapsed(start, stop).total_seconds()),
                business_s=int(clocks.business_elapsed(start, stop, policy).total_seconds()),
            )


# the databases known to have Account.counts_from (weak: a closed one may go)
_HAS_CUTOFF: weakref.WeakSet[peewee.Database] = weakref.WeakSet()


def _has_cutoff_column() -> bool:
    """Whether the account table has its cut-off yet: an upgrade's earlier steps (schema 11
    recomputes merged conversations) run before schema 13 adds it."""
    db = database.obj
    if db is None or db in _HAS_CUTOFF:
        return db is not None
    if "counts_from" in {c.name for c in db.get_columns(Account._meta.table_name)}:
        _HAS_CUTOFF.add(db)
        return True
    return False


def account_cutoffs() -> dict[int, datetime]:
    """Each account's cut-off (accounts without one, from before schema 13, count all)."""
    if not _has_cutoff_column():
        return {}
    return {acc_id: as_utc(cut) for acc_id, cut in
            Account.select(Account.id, Account.counts_from)
            .where(Account.counts_from.is_null(False)).tuples()}


def _record_history(conv: Conversation, old: int, newest: datetime | None,
                    seen: set[tuple[str, datetime]],
                    record: Callable[..., object]) -> None:
    """Record once per conversation that older customer mail (``old`` messages, the newest
    at ``newest``) started no clock, and why."""
    if not old or newest is None or any(kind == events.HISTORY_IGNORED for kind, _ in seen):
        return
    record(events.HISTORY_IGNORED, at=newest, conversation=conv, customer=conv.customer_id,
           messages=old, reason="older than the account's waiting-since date")
    seen.add((events.HISTORY_IGNORED, as_utc(newest)))


def _record_not_customer(conv: Conversation, ignored: int, senders: Iterable[str],
                         seen: set[tuple[str, datetime]],
                         record: Callable[..., object]) -> None:
    """Record when a conversation's mail from senders marked as not customers (``ignored``
    messages from ``senders``) stops counting, and when it counts again (a mark undone):
    the latest of the two says which holds now."""
    last_ignored = max((at for kind, at in seen if kind == events.NOT_CUSTOMER_IGNORED),
                       default=None)
    last_counted = max((at for kind, at in seen if kind == events.NOT_CUSTOMER_COUNTED),
                       default=None)
    in_force = last_ignored is not None and (last_counted is None or last_ignored > last_counted)
    if ignored and not in_force:
        now = utcnow()
        if last_counted is not None and now <= last_counted:
            # two changes within one clock tick must still read in order
            now = last_counted + timedelta(microseconds=1)
        record(events.NOT_CUSTOMER_IGNORED, at=now, conversation=conv,
               customer=conv.customer_id, messages=ignored, senders=sorted(set(senders)),
               reason="the sender is marked as not a customer")
        seen.add((events.NOT_CUSTOMER_IGNORED, now))
    elif not ignored and in_force:
        now = utcnow()
        if last_ignored is not None and now <= last_ignored:
            now = last_ignored + timedelta(microseconds=1)
        record(events.NOT_CUSTOMER_COUNTED, at=now, conversation=conv,
               customer=conv.customer_id, reason="the mark was undone")
        seen.add((events.NOT_CUSTOMER_COUNTED, now))


def _store_figures(conv: Conversation, policy: clocks.ClockPolicy) -> None:
    f = clocks.figures(conv.first_customer_at, conv.first_reply_at, conv.resolved_at, policy)
    conv.first_reply_s = f.first_reply_s
    conv.first_reply_business_s = f.first_reply_business_s
    conv.resolution_s = f.resolution_s
    conv.resolution_business_s = f.resolution_business_s


def refresh(conversation: Conversation | int) -> Conversation:
    """Recompute and save every derived field of ``conversation`` from its messages."""
    conv = (
        conversation
        if isinstance(conversation, Conversation)
        else Conversation.get_by_id(conversation)
    )
    rows = _message_rows(
        Message.select(*_MESSAGE_FIELDS).where(Message.conversation == conv.id)
    )
    rows.sort(key=_row_order)
    _apply(conv, rows, clocks.current_policy(), None, account_cutoffs(),
           not_customers.current_marks())
    return conv


def refresh_many(conv_ids: Iterable[int], chunk: int = 400) -> None:
    """:func:`refresh` for many conversations, a few hundred per query (the sync's path).

    Each message is read as the few columns the derivation needs, and what was derived
    from a conversation's messages is kept (:class:`_Kept`): when the messages read next
    time begin with exactly the rows kept, only the rows after them are folded in. A sync
    refreshes a conversation after every batch that adds to it, and reading and deriving
    its old messages again each time cost more than the rest of the refresh.
    """
    ids = sorted(set(conv_ids))
    policy = clocks.current_policy()
    cutoffs = account_cutoffs()
    marks = not_customers.current_marks()
    rules = _rules(cutoffs, marks)
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        convs = _conversation_rows(part)
        read = _narrow_rows(part)
        folded = [(conv, _kept_for(conv.id, read.get(conv.id, []), rules, cutoffs, marks))
                  for conv in convs]
        texts = _texts([kept.latest[2] for _, kept in folded if kept.latest is not None]
                       + [kept.first[1] for conv, kept in folded
                          if kept.first is not None and not conv.subject])
        seen = _recorded_clock_events([c.id for c in convs])
        with database.atomic():
            changes: dict[tuple[str, ...], list[Any]] = {}
            reopened = []
            for conv, kept in folded:
                before = conv.values()
                reopened.append(_apply_kept(cast(Conversation, conv), kept, texts, policy))
                after = conv.values()
                if after != before:
                    changed = tuple(name for name, old, new in
                                    zip(_DERIVED_FIELDS, before, after, strict=True)
                                    if old != new)
                    changes.setdefault(changed, []).append(conv)
            # only what changed, in one statement per set of changed columns: building an
            # UPDATE of every column per conversation costs more than running it
            for names, group in changes.items():
                _update_many(names, group)
            # the events are written together too (same rows, same order as one by one)
            pending: list[dict[str, object]] = []
            collect = _collecting(pending)
            for (conv, kept), again in zip(folded, reopened, strict=True):
                _record_events(cast(Conversation, conv), kept.cycles(),
                               (kept.history, kept.history_newest),
                               (kept.ignored, kept.ignored_senders), again, policy,
                               seen[conv.id], collect)
            # many rows per statement without building a peewee query for each batch: a
            # long chat's first import records thousands of clock events here
            bulk_insert(Event, pending)


#: the earliest time: where a message without a date comes (see _row_order)
_NEVER = datetime.min.replace(tzinfo=UTC)


def _row_order(m: Message) -> tuple[bool, datetime, int]:
    """Where a message comes among its conversation's: by date, then by id, one without
    a date first (where SQLite's ORDER BY puts it). Its first message (the subject), its
    first customer's and the latest one at the same time are taken in this order."""
    return (m.date is not None, m.date or _NEVER, m.id)


#: what :func:`refresh_many` reads of every message, ordered by conversation and id so a
#: conversation's rows kept from the last refresh come first (the text of the messages
#: the conversation shows is read apart, by :func:`_texts`)
_NARROW = (Message.conversation, Message.id, Message.account, Message.date,
           Message.received_at, Message.direction, Message.is_auto, Message.is_seen,
           Message.has_attachments, Message.sender_email)


def _narrow_rows(conv_ids: list[int]) -> dict[int, list[tuple[Any, ...]]]:
    """The :data:`_NARROW` columns of the messages of ``conv_ids``, by conversation, each
    conversation's in the order of their ids, as the driver gives them."""
    sql, params = _sql_for("narrow", conv_ids, lambda ids: (
        Message.select(*_NARROW).where(Message.conversation.in_(ids))
        .order_by(Message.conversation, Message.id)))
    rows = database.execute_sql(sql, params).fetchall()
    return {cid: list(group) for cid, group in groupby(rows, key=itemgetter(0))}


def _texts(message_ids: list[int]) -> dict[int, tuple[Any, Any, Any]]:
    """(snippet, sender name, subject) of each of ``message_ids``."""
    if not message_ids:
        return {}
    ids = sorted(set(message_ids))
    sql, params = _sql_for("texts", ids, lambda listed: (
        Message.select(Message.id, Message.snippet, Message.sender_name, Message.subject)
        .where(Message.id.in_(listed))))
    return {mid: (snippet, name, subject)
            for mid, snippet, name, subject in database.execute_sql(sql, params).fetchall()}


#: the text of the refresh's queries, by (query, database class, how many ids)
_SQL: dict[tuple[str, type, int], str] = {}


def _sql_for(name: str, ids: list[int],
             build: Callable[[Listed], peewee.Query]) -> tuple[str, list[int]]:
    """The SQL of the query ``build`` makes for ``ids`` (its only parameters) and its
    parameters: peewee took longer to build the refresh's queries than SQLite to run them,
    so the text is built once per number of ids, and the ids are padded with the last one
    (it changes nothing in an ``IN``) to a multiple of 64, so a few numbers serve all."""
    padded = ids + ids[-1:] * (-len(ids) % 64)
    key = (name, type(database.obj), len(padded))
    sql = _SQL.get(key)
    if sql is None:
        if len(_SQL) >= 256:
            _SQL.clear()
        sql, params = build(Listed(padded)).sql()
        if params != padded:
            raise AssertionError(f"{name}: the ids should be the only parameters")
        _SQL[key] = sql
    return sql, padded


class _Kept:
    """What a conversation's messages give its derived fields, folded from its rows (the
    :data:`_NARROW` values, oldest id first) under one set of rules.

    A pure function of the rows and the rules, so it can be used for any conversation
    whose rows begin with :attr:`rows` (and whatever database they come from); never
    changed once built, so another thread may read it while a newer one is made.
    """

    __slots__ = (
        "clock", "closed", "count", "customer", "facts", "first", "has_attachments",
        "history", "history_newest", "ignored", "ignored_senders", "inbound_auto", "latest",
        "rows", "rules", "unread",
    )

    rules: tuple[object, ...]
    #: the raw rows folded in, oldest id first
    rows: list[tuple[Any, ...]]
    count: int
    unread: int
    has_attachments: bool
    #: whether every incoming message is automatic
    inbound_auto: bool
    #: (time, order, id, sender address) of the latest message (see _derive), or None
    latest: tuple[Any, ...] | None
    #: (order, id) of the first message (see _row_order), or None
    first: tuple[Any, ...] | None
    #: (order, sender address) of the first customer message, or None
    customer: tuple[Any, ...] | None
    #: (time, not incoming, order, what it does to the clock: one of _STARTS, _SHOWN,
    #: _STOPS, _AUTO_REPLY) of each message with clock facts, in clock order
    facts: list[_Fact]
    #: first customer, first reply, waiting since, last customer, last reply
    clock: tuple[datetime | None, ...]
    #: the waits that ended, oldest first
    closed: list[tuple[datetime, datetime | None]]
    history: int
    history_newest: datetime | None
    ignored: int
    ignored_senders: frozenset[str]

    def cycles(self) -> list[tuple[datetime, datetime | None]]:
        """Every wait, as :func:`clock_cycles` gives them."""
        waiting = self.clock[2]
        return self.closed if waiting is None else [*self.closed, (waiting, None)]


#: what a message does to the clock (see MessageFacts.counts): a customer's that counts
#: starts it, the seller's (not automatic) stops it, the others leave it as it is
_STARTS, _SHOWN, _STOPS, _AUTO_REPLY = "starts", "shown", "stops", "auto reply"
_Fact = tuple[datetime, bool, tuple[bool, datetime, int], str]

_NOTHING = _Kept()
_NOTHING.rows, _NOTHING.facts, _NOTHING.closed = [], [], []
_NOTHING.count = _NOTHING.unread = _NOTHING.history = _NOTHING.ignored = 0
_NOTHING.has_attachments, _NOTHING.inbound_auto = False, True
_NOTHING.latest = _NOTHING.first = _NOTHING.customer = _NOTHING.history_newest = None
_NOTHING.clock = (None, None, None, None, None)
_NOTHING.ignored_senders = frozenset()

#: what was folded from each conversation's rows at its last refresh (by conversation id;
#: checked against the rows read, so a stale or foreign entry is only ever not used);
#: emptied when it holds more than _KEPT_MAX rows, so a long run holds some tens of MB
_KEPT: dict[int, _Kept] = {}
_KEPT_ROWS = [0]
_KEPT_MAX = 100_000


def _kept_for(conv_id: int, rows: list[tuple[Any, ...]], rules: tuple[object, ...],
              cutoffs: dict[int, datetime], marks: not_customers.Marks) -> _Kept:
    """What ``rows`` (a conversation's :data:`_NARROW` rows, oldest id first) give, from
    what was kept of the same first rows under the same rules if there is such."""
    kept = _KEPT.get(conv_id)
    if kept is None or kept.rules is not rules or rows[:len(kept.rows)] != kept.rows:
        kept = _NOTHING
    elif len(rows) == len(kept.rows):
        return kept
    made = _fold(kept, rows[len(kept.rows):], rules, cutoffs, marks)
    if _KEPT_ROWS[0] + len(rows) > _KEPT_MAX:
        _KEPT.clear()
        _KEPT_ROWS[0] = 0
    _KEPT[conv_id] = made
    _KEPT_ROWS[0] += len(rows)
    return made


def _fold(kept: _Kept, rows: list[tuple[Any, ...]], rules: tuple[object, ...],
          cutoffs: dict[int, datetime], marks: not_customers.Marks) -> _Kept:
    """A new :class:`_Kept` of ``kept``'s rows followed by ``rows``: the same as folding
    them all (the order of the rows does not matter, see _row_order)."""
    made = _Kept()
    made.rules = rules
    made.rows = kept.rows + rows
    count, unread, attachments, inbound_auto = (kept.count, kept.unread,
                                                kept.has_attachments, kept.inbound_auto)
    latest, first, customer = kept.latest, kept.first, kept.customer
    history, history_newest = kept.history, kept.history_newest
    ignored, senders = kept.ignored, set(kept.ignored_senders)
    facts = []
    for _cid, mid, acc, date, received, direction, auto, seen, attached, email in rows:
        date = _when(date)
        # the arrival time counts only for a message without a date
        when = date or _when(received)
        # SQLite hands booleans back as 0 and 1
        auto = bool(auto)
        order = (date is not None, date or _NEVER, mid)
        count += 1
        attachments = attachments or bool(attached)
        if latest is None or when > latest[0] or (when == latest[0] and order < latest[1]):
            latest = (when, order, mid, email)
        if first is None or order < first[0]:
            first = (order, mid)
        if direction == DIRECTION_IN:
            inbound_auto = inbound_auto and auto
            if not seen:
                unread += 1
            if not auto and (customer is None or order < customer[0]):
                customer = (order, email)
        if when is None:
            continue
        if direction == DIRECTION_IN:
            cut = cutoffs.get(acc) if acc is not None else None
            old = cut is not None and _utc(when) < cut
            other = marks.covers(email)
            fact = _SHOWN if auto or old or other else _STARTS
            if old:
                history += 1
                if history_newest is None or when > history_newest:
                    history_newest = when
            if other:
                ignored += 1
                senders.add(email)
        elif direction == DIRECTION_OUT:
            fact = _AUTO_REPLY if auto else _STOPS
        else:
            continue
        facts.append((when, direction != DIRECTION_IN, order, fact))
    facts.sort()
    made.count, made.unread, made.has_attachments = count, unread, attachments
    made.inbound_auto = inbound_auto
    made.latest, made.first, made.customer = latest, first, customer
    made.history, made.history_newest = history, history_newest
    made.ignored, made.ignored_senders = ignored, frozenset(senders)
    if not kept.facts or not facts or facts[0][:3] > kept.facts[-1][:3]:
        # all after the kept ones in clock order: the clock goes on from where it was
        made.facts = kept.facts + facts
        made.closed = list(kept.closed)
        made.clock = _run_clock(kept.clock, made.closed, facts)
    else:
        made.facts = sorted(kept.facts + facts)
        made.closed = []
        made.clock = _run_clock(_NOTHING.clock, made.closed, made.facts)
    return made


def _run_clock(clock: tuple[datetime | None, ...],
               closed: list[tuple[datetime, datetime | None]],
               facts: list[_Fact],
               ) -> tuple[datetime | None, ...]:
    """:func:`_clock_state_of` and :func:`_cycles_of` in one pass, going on from ``clock``
    (the five times of :attr:`_Kept.clock`): appends each wait that ends to ``closed``
    and returns the times after ``facts`` (in clock order)."""
    first_customer, first_reply, waiting, last_customer, last_reply = clock
    for when, _, _, does in facts:
        if does == _STARTS:
            if first_customer is None:
                first_customer = when
            if waiting is None:
                waiting = when
            last_customer = when
        elif does == _STOPS:
            last_reply = when
            if first_customer is not None and first_reply is None:
                first_reply = when
            if waiting is not None:
                closed.append((waiting, when))
            waiting = None
    return (first_customer, first_reply, waiting, last_customer, last_reply)


def _apply_kept(conv: Conversation, kept: _Kept, texts: dict[int, tuple[Any, Any, Any]],
                policy: clocks.ClockPolicy) -> bool:
    """Set the derived fields of ``conv`` as :func:`_derive` does, from what its messages
    gave (``texts``: the text of its latest and first messages); returns whether a
    customer's message re-opened it."""
    (conv.first_customer_at, conv.first_reply_at, conv.waiting_since, conv.last_customer_at,
     conv.last_reply_at) = kept.clock
    conv.message_count = kept.count
    conv.unread_count = kept.unread
    conv.has_attachments = kept.has_attachments
    conv.is_auto = bool(kept.count) and kept.inbound_auto
    if kept.latest is not None and kept.first is not None:
        when, _, latest_id, email = kept.latest
        # (a message deleted since its columns were read leaves these for the refresh
        # its deletion brings)
        snippet, name, _ = texts.get(latest_id, (conv.snippet, None, None))
        conv.last_activity_at = when
        conv.snippet = snippet
        conv.last_sender = name or email
        if not conv.subject:
            conv.subject = texts.get(kept.first[1], (None, None, conv.subject))[2]
        if kept.customer is not None and not conv.counterpart_email:
            conv.counterpart_email = kept.customer[1]
    return _settle(conv, policy)


def _collecting(sink: list[dict[str, object]]) -> Callable[..., None]:
    """An :func:`events.record` that appends the event's row to ``sink`` instead."""

    def record(kind: str, *, at: datetime | None = None, conversation: object = None,
               customer: object = None, **data: object) -> None:
        def _id(value: Any) -> int | None:
            return None if value is None else int(getattr(value, "id", value))

        sink.append({"at": at or utcnow(), "kind": kind, "conversation_id": _id(conversation),
                     "message_id": None, "order_id": None, "customer_id": _id(customer),
                     "reminder_id": None, "data": data or None})

    return record


# every field _derive may set
_DERIVED_FIELDS = (
    "first_customer_at", "first_reply_at", "waiting_since", "last_customer_at",
    "last_reply_at", "message_count", "unread_count", "has_attachments", "is_auto",
    "last_activity_at", "snippet", "last_sender", "subject", "counterpart_email", "status",
    "resolved_at", "snooze_until_reply", "snoozed_until", "first_reply_s",
    "first_reply_business_s", "resolution_s", "resolution_business_s",
)


class _ConversationRow:
    """The columns of a conversation the refresh reads and may set, as :func:`_derive`
    reads them from a model: a first sync refreshes thousands of conversations several
    times, and building a peewee model of every column for each cost half the refresh."""

    id: int
    customer_id: int | None
    subject: str

    def __init__(self, values: tuple[Any, ...]) -> None:
        read = list(values)
        for index, convert in _CONVERTED:
            if read[index] is not None:
                read[index] = convert(read[index])
        self.__dict__.update(zip(_ROW_COLUMNS, read, strict=True))

    def values(self) -> tuple[Any, ...]:
        """The derived fields' values, in the order of :data:`_DERIVED_FIELDS`."""
        return _DERIVED_VALUES(self)


_ROW_COLUMNS = ("id", "customer_id", *_DERIVED_FIELDS)
_DERIVED_VALUES = attrgetter(*_DERIVED_FIELDS)


def _converter(name: str) -> Callable[[Any], Any] | None:
    """How a column's stored value becomes the model's (None: it is the same)."""
    field = Conversation._meta.fields[name]
    if isinstance(field, UtcDateTimeField):
        return _when
    if isinstance(field, peewee.BooleanField):
        return bool  # SQLite hands booleans back as 0 and 1
    if isinstance(field, peewee.IntegerField | peewee.CharField | peewee.TextField):
        return None  # the driver gives ints and text already
    return cast(Callable[[Any], Any], field.python_value)


#: (position in the row, converter) of the derived columns that need converting
_CONVERTED = tuple((2 + index, convert) for index, name in enumerate(_DERIVED_FIELDS)
                   if (convert := _converter(name)) is not None)


def _conversation_rows(conv_ids: list[int]) -> list[_ConversationRow]:
    """The conversations ``conv_ids`` (those that exist), read without models."""
    if not conv_ids:
        return []
    sql, params = _sql_for("conversations", conv_ids, lambda ids: Conversation.select(
        Conversation.id, Conversation.customer,
        *[Conversation._meta.fields[name] for name in _DERIVED_FIELDS],
    ).where(Conversation.id.in_(ids)).order_by(Conversation.id))
    return [_ConversationRow(values)
            for values in database.execute_sql(sql, params).fetchall()]


def _update_many(names: tuple[str, ...], convs: list[Any]) -> None:
    """Write the fields ``names`` of each of ``convs`` (executemany of one UPDATE)."""
    fields = [Conversation._meta.fields[n] for n in names]
    param = database.obj.param if database.obj is not None else "?"
    sets = ", ".join(f'"{f.column_name}" = {param}' for f in fields)
    sql = f'UPDATE "{Conversation._meta.table_name}" SET {sets} WHERE "id" = {param}'
    params = [[f.db_value(getattr(c, f.name)) for f in fields] + [c.id] for c in convs]
    cursor = database.cursor()
    cursor.executemany(sql, params)


def _apply(conv: Conversation, rows: list[Message], policy: clocks.ClockPolicy,
           seen: set[tuple[str, datetime]] | None, cutoffs: dict[int, datetime],
           marks: not_customers.Marks) -> None:
    """Set the derived fields of ``conv`` from its message rows, save, record events."""
    facts, reopened = _derive(conv, rows, policy, cutoffs, marks)
    with database.atomic():
        conv.save()
        _record_derived_events(conv, facts, reopened, policy, seen)


def _is_history(m: Message, cutoffs: dict[int, datetime]) -> bool:
    cut = cutoffs.get(m.account_id) if m.account_id is not None else None
    when = m.date or m.received_at
    return (cut is not None and m.direction == DIRECTION_IN and when is not None
            and _utc(when) < cut)


def _utc(when: datetime) -> datetime:
    # the times read here are UTC already: as_utc would convert each one again
    return when if when.tzinfo is UTC else as_utc(when)


#: the rules the last facts were worked out under (see _rules)
_RULES: list[tuple[object, ...]] = []


def _rules(cutoffs: dict[int, datetime], marks: not_customers.Marks) -> tuple[object, ...]:
    """What a message's clock facts depend on besides the message: the accounts' cut-offs
    and the not-a-customer marks. The same object while they stay the same, so what was
    kept of a conversation (:class:`_Kept`) is known to still hold with one identity
    test."""
    rules = (tuple(sorted(cutoffs.items())), marks.addresses, marks.domains)
    kept = _RULES[0] if _RULES else None  # read once: another thread may replace it
    if kept == rules:
        return kept
    _RULES[:] = [rules]
    return rules


def _fact(m: Message, cutoffs: dict[int, datetime],
          marks: not_customers.Marks) -> MessageFacts | None:
    """The clock facts of one message (None without a time or a direction)."""
    when = m.date or m.received_at
    if when is None:
        return None
    if m.direction == DIRECTION_IN:
        return MessageFacts(when, m.direction, m.is_auto,
                            bool(cutoffs) and _is_history(m, cutoffs),
                            marks.covers(m.sender_email), m.sender_email)
    if m.direction == DIRECTION_OUT:
        return MessageFacts(when, m.direction, m.is_auto, False, False, m.sender_email)
    return None


def _facts(rows: list[Message], cutoffs: dict[int, datetime],
           marks: not_customers.Marks) -> list[MessageFacts]:
    """The clock facts of a conversation's messages (those with a time and a direction)."""
    return [fact for m in rows if (fact := _fact(m, cutoffs, marks)) is not None]


_NO_MARKS = not_customers.Marks()


def _derive(conv: Conversation, rows: list[Message], policy: clocks.ClockPolicy,
            cutoffs: dict[int, datetime],
            marks: not_customers.Marks | None = None) -> tuple[list[MessageFacts], bool]:
    """Set the derived fields of ``conv`` from its message rows (not saved); returns the
    clock facts and whether a customer's message re-opened it."""
    facts = _facts(rows, cutoffs, marks if marks is not None else _NO_MARKS)
    # in clock order once, for the state here and the cycles its events are recorded from
    facts = _in_clock_order(facts)
    state = _clock_state_of(facts)
    conv.first_customer_at = state.first_customer_at
    conv.first_reply_at = state.first_reply_at
    conv.waiting_since = state.waiting_since
    conv.last_customer_at = state.last_customer_at
    conv.last_reply_at = state.last_reply_at
    conv.message_count = len(rows)
    conv.unread_count = sum(1 for m in rows if m.direction == DIRECTION_IN and not m.is_seen)
    conv.has_attachments = any(m.has_attachments for m in rows)
    conv.is_auto = bool(rows) and all(m.is_auto for m in rows if m.direction == DIRECTION_IN)
    if rows:
        latest = max(rows, key=lambda m: m.date or m.received_at)
        conv.last_activity_at = latest.date or latest.received_at
        conv.snippet = latest.snippet
        conv.last_sender = latest.sender_name or latest.sender_email
        if not conv.subject:
            conv.subject = rows[0].subject
        customers = [m for m in rows if m.direction == DIRECTION_IN and not m.is_auto]
        if customers and not conv.counterpart_email:
            conv.counterpart_email = customers[0].sender_email
    return facts, _settle(conv, policy)


def _settle(conv: Conversation, policy: clocks.ClockPolicy) -> bool:
    """Re-open ``conv`` if its clock fields say a customer wrote again, and store its
    figures; returns whether a closed conversation was re-opened."""
    reopened = False
    # a customer writing again re-opens a closed or snoozed-until-reply conversation
    if conv.waiting_since is not None and conv.last_customer_at is not None:
        if conv.status == "waiting_customer" or (
            conv.status == "closed"
            and conv.resolved_at is not None
            and conv.last_customer_at > conv.resolved_at
        ):
            reopened = conv.status == "closed"
            conv.status = "open"
            conv.resolved_at = None
        if conv.snooze_until_reply:
            conv.snooze_until_reply = False
            conv.snoozed_until = None
    _store_figures(conv, policy)
    return reopened


def _record_derived_events(conv: Conversation, facts: list[MessageFacts], reopened: bool,
                           policy: clocks.ClockPolicy,
                           seen: set[tuple[str, datetime]] | None,
                           record: Callable[..., object] | None = None) -> None:
    """Record the clock events and the re-opening found by :func:`_derive` (``facts`` as
    it returns them: in clock order)."""
    old = [m.date for m in facts if m.history]
    ignored = [m.sender for m in facts if m.not_customer]
    _record_events(conv, _cycles_of(facts), (len(old), max(old, default=None)),
                   (len(ignored), ignored), reopened, policy, seen, record)


def _record_events(conv: Conversation, cycles: list[tuple[datetime, datetime | None]],
                   history: tuple[int, datetime | None], ignored: tuple[int, Iterable[str]],
                   reopened: bool, policy: clocks.ClockPolicy,
                   seen: set[tuple[str, datetime]] | None,
                   record: Callable[..., object] | None = None) -> None:
    """Record the clock events of ``cycles``, the history and not-a-customer notes (how
    many messages, and the newest / the senders) and the re-opening not recorded yet."""
    record = record or events.record
    if seen is None:
        seen = _recorded_clock_events([conv.id])[conv.id]
    _record_clock_events(conv, cycles, policy, seen, record)
    _record_history(conv, *history, seen, record)
    _record_not_customer(conv, *ignored, seen, record)
    if reopened:
        record(events.CONVERSATION_REOPENED, at=conv.last_customer_at,
                      conversation=conv, by="customer")


def _get(conversation: Conversation | int) -> Conversation:
    return (conversation if isinstance(conversation, Conversation)
            else Conversation.get_by_id(conversation))


def close(conversation: Conversation | int, at: datetime | None = None) -> Conversation:
    """Close a conversation as resolved; its resolution time is stored and recorded.

    Raises:
        ValidationError: a close time before the customer's first message.
    """
    conv = _get(conversation)
    when = as_utc(at) if at else utcnow()
    if conv.first_customer_at is not None and when < conv.first_customer_at:
        raise ValidationError("conversation.resolved_before_start", field="resolved_at")
    if conv.status == "closed" and conv.resolved_at is not None:
        return conv
    policy = clocks.current_policy()
    with database.atomic():
        conv.status, conv.resolved_at = "closed", when
        conv.snoozed_until, conv.snooze_until_reply = None, False
        _store_figures(conv, policy)
        conv.save()
        events.record(events.CONVERSATION_CLOSED, at=when, conversation=conv,
                      customer=conv.customer_id, resolution_s=conv.resolution_s,
                      resolution_business_s=conv.resolution_business_s)
    return conv


def reopen(conversation: Conversation | int, at: datetime | None = None) -> Conversation:
    """Open a closed conversation again (its resolution time is cleared until it closes)."""
    conv = _get(conversation)
    if conv.status == "open":
        return conv
    with database.atomic():
        conv.status, conv.resolved_at = "open", None
        _store_figures(conv, clocks.current_policy())
        conv.save()
        events.record(events.CONVERSATION_REOPENED, at=as_utc(at) if at else None,
                      conversation=conv, by="seller")
    return conv


def mark_waiting_customer(conversation: Conversation | int) -> Conversation:
    """The seller waits on the customer; a customer message makes it "open" again."""
    conv = _get(conversation)
    if conv.status != "waiting_customer":
        with database.atomic():
            conv.status, conv.resolved_at = "waiting_customer", None
            _store_figures(conv, clocks.current_policy())
            conv.save()
            events.record(events.CONVERSATION_SNOOZED, conversation=conv,
                          until_reply=True, status="waiting_customer")
    return conv


def snooze(conversation: Conversation | int, until: datetime | None = None, *,
           until_reply: bool = False, now: datetime | None = None) -> Conversation:
    """Hide a conversation from "waiting" until ``until`` or until the customer writes.

    The clock keeps counting from stored timestamps: a snooze pauses nothing.

    Raises:
        ValidationError: neither or both given, or a time not in the future.
    """
    conv = _get(conversation)
    now = as_utc(now or utcnow())
    if (until is None) == (not until_reply):
        raise ValidationError("snooze.no_time", field="until")
    if until is not None and as_utc(until) <= now:
        raise ValidationError("snooze.in_past", field="until")
    with database.atomic():
        conv.snooze_until_reply = until_reply
        conv.snoozed_until = as_utc(until) if until is not None else None
        conv.save()
        events.record(events.CONVERSATION_SNOOZED, at=now, conversation=conv,
                      until=conv.snoozed_until.isoformat() if conv.snoozed_until else None,
                      until_reply=until_reply)
    return conv


def tag_conversation(conversation: Conversation | int, tag: str,
                     product: str | None = None, at: datetime | None = None) -> ConversationTag:
    """Tag a conversation (complaint, return, refund ...), with the product concerned.

    Tagging twice with the same tag and product changes nothing.

    Raises:
        ValidationError: an unknown tag.
    """
    conv = _get(conversation)
    name = (tag or "").strip().lower()
    if name not in TAGS:
        raise ValidationError("conversation.tag_unknown", {"tag": tag}, field="tag",
                              hint=Msg("conversation.tag_hint", {"tags": list(TAGS)}))
    what = (product or "").strip()[:300]
    existing = ConversationTag.get_or_none(ConversationTag.conversation == conv.id,
                                           ConversationTag.tag == name,
                                           ConversationTag.product == what)
    if existing is not None:
        return existing
    try:
        with database.atomic():
            when = as_utc(at) if at else utcnow()
            row = ConversationTag.create(conversation=conv, tag=name, product=what,
                                         created_at=when)
            events.record(events.TAG_ADDED, at=when, conversation=conv,
                          customer=conv.customer_id, tag=name, product=what)
    except peewee.IntegrityError:
        return ConversationTag.get(ConversationTag.conversation == conv.id,
                                   ConversationTag.tag == name, ConversationTag.product == what)
    return row


def untag(conversation: Conversation | int, tag: str, product: str | None = None) -> int:
    """Remove a tag (only the one for ``product`` when given); return how many went."""
    conv_id = int(getattr(conversation, "id", conversation))
    name = (tag or "").strip().lower()
    q = ConversationTag.delete().where(ConversationTag.conversation == conv_id,
                                       ConversationTag.tag == name)
    if product is not None:
        q = q.where(ConversationTag.product == product.strip())
    with database.atomic():
        removed = q.execute()
        if removed:
            events.record(events.TAG_REMOVED, conversation=conv_id, tag=name,
                          product=product)
    return int(removed)


def recompute_figures(policy: clocks.ClockPolicy | None = None, batch: int = 2000,
                      missing_only: bool = False) -> int:
    """Recompute every conversation's stored reply-time figures (after the opening hours,
    holidays or time zone changed), or only those never computed (``missing_only``);
    return how many were updated."""
    policy = policy or clocks.current_policy()
    done = 0
    last_id = 0
    while True:
        q = (Conversation.select(Conversation.id, Conversation.first_customer_at,
                                 Conversation.first_reply_at, Conversation.resolved_at)
             .where(Conversation.id > last_id, Conversation.first_customer_at.is_null(False)))
        if missing_only:
            q = q.where((Conversation.first_reply_at.is_null(False)
                         & Conversation.first_reply_s.is_null())
                        | (Conversation.resolved_at.is_null(False)
                           & Conversation.resolution_s.is_null()))
        rows = list(q.order_by(Conversation.id).limit(batch).tuples())
        if not rows:
            return done
        with database.atomic():
            for conv_id, first, reply, resolved in rows:
                f = clocks.figures(first, reply, resolved, policy)
                Conversation.update(
                    first_reply_s=f.first_reply_s,
                    first_reply_business_s=f.first_reply_business_s,
                    resolution_s=f.resolution_s,
                    resolution_business_s=f.resolution_business_s,
                ).where(Conversation.id == conv_id).execute()
        done += len(rows)
        last_id = rows[-1][0]


def on_conversations_changed(notice: events.Notice) -> None:
    """Subscriber: recompute the conversations whose messages or flags changed."""
    refresh_many(notice.data["ids"])


def on_schema_upgraded(notice: events.Notice) -> None:
    """Subscriber: schema 5 brought stored reply figures; fill them for older conversations."""
    if notice.data.get("version") == 5:
        recompute_figures(missing_only=True)
