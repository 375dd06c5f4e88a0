"""The one definition of "waiting on the seller", for every place that counts or lists it.

The sidebar and the tray (``conversations.inbox``), the clocks' list and counts
(``conversations.clocks``), ``seller-desk stats`` (``store.stats``) and the reports all read
this condition, so the numbers a seller sees in different places never disagree. It lives
in the store because ``stats`` sits there and the condition needs only the models.

A conversation waits on the seller when:

- its reply clock runs (``waiting_since`` is set). Customer mail older than its account's
  waiting-since cut-off (``Account.counts_from``) starts no clock, so history never waits;
- it is not closed;
- it is not snoozed (until a time still ahead, or until the customer writes again);
- no reply to it is on its way (queued or being sent in the outbox): it shows in "Reply
  on its way" instead, so nobody answers twice. A failed or cancelled reply puts it back.
"""

from __future__ import annotations

import logging
from datetime import datetime

import peewee

from seller_desk.core.store.models import AUTO_KEY_PREFIX, Conversation, OutboxMessage

logger = logging.getLogger(__name__)

#: outbox states of a reply still on its way: it takes its conversation out of the waiting
ON_ITS_WAY = ("queued", "sending")
#: statuses that can wait: equalities on the (status, waiting_since) index, where
#: "!= closed" would not use it
OPEN_STATUSES = ("open", "waiting_customer")


def not_snoozed(now: datetime) -> peewee.Expression:
    """Conversations not hidden by a snooze at ``now``."""
    return (
        (Conversation.snoozed_until.is_null() | (Conversation.snoozed_until <= now))
        & (Conversation.snooze_until_reply == False)  # noqa: E712 - SQL comparison
    )


def replies_on_their_way() -> peewee.ModelSelect:
    """The conversations with an outgoing message queued or being sent.

    Read once per query from the outbox's (state, next_attempt_at) index: the few messages
    on their way, not the whole outbox. The waiting condition then tests each of its rows
    against that small list (NOT IN), which costs about nothing; a correlated NOT EXISTS
    probed the outbox's conversation index once per waiting conversation and made the count
    of 33,334 waiting conversations half as slow again (tests/bench/inbox_bench.py's
    database, sent replies in the outbox: 62 ms against 43 ms of CPU). Messages of no
    conversation are left out: one NULL would make every NOT IN unknown, and the list empty.

    Automatic status emails ("payment received", "shipped" ...) are left out too: they
    answer no question, so the customer who wrote still waits on the seller while one is
    queued (offline for hours, or sent at once by the demo's stand-in).
    """
    return OutboxMessage.select(OutboxMessage.conversation).where(
        OutboxMessage.state.in_(ON_ITS_WAY) & OutboxMessage.conversation.is_null(False)
        & (OutboxMessage.dedup_key.is_null()
           | ~OutboxMessage.dedup_key.startswith(AUTO_KEY_PREFIX)))


def condition(now: datetime) -> peewee.Expression:
    """The conversations waiting on the seller at ``now`` (see the module's docstring)."""
    # Only the list placement depends on a reply on its way: the reply clock
    # (waiting_since) runs on until the reply is sent, when its local copy stops it
    # (DESIGN: a seller reply stops the clock when sent), so the reply-time figures count
    # the time the mail really took.
    return (
        Conversation.waiting_since.is_null(False)
        & Conversation.status.in_(OPEN_STATUSES)
        & not_snoozed(now)
        & Conversation.id.not_in(replies_on_their_way())
    )


def order() -> list[peewee.Ordering]:
    """The order of the waiting: the longest wait first, and among equal waits the newest
    conversation first (a first sync stores a mailbox's mail newest first, so the customers
    of today lead)."""
    return [Conversation.waiting_since.asc(), Conversation.id.desc()]
