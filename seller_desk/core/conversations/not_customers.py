"""Senders and domains the seller marked as not a customer.

A real mailbox holds years of mail from family, banks, couriers and newsletters. Marking
a sender ("only nora@x.com") or everyone at a domain ("everyone at x.com") takes their
conversations out of "Waiting on me", the counts, the statistics and the reply-time
figures, and mail they send later starts no clock. Nothing is deleted: the mail stays
stored, searchable and listed in All, and undoing a mark gives the conversations that
still wait their true clocks back.

The rule is applied where the clocks are derived (:mod:`seller_desk.core.conversations.state`
reads :func:`current_marks`), the same path the account's waiting-since cut-off takes, so
every figure that reads a conversation's clock agrees. Marking and undoing only write the
mark and announce which conversations changed; the clocks follow by subscription.

Public mail domains (gmail.com, yahoo.com ...) are data in
``resources/public_mail_domains.json``: a whole such domain can never be marked.
"""

from __future__ import annotations

import json
import logging
import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

import peewee
from peewee import SQL, Case, fn

from seller_desk.core.common import paths
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.mail.parse import classify
from seller_desk.core.store import events
from seller_desk.core.store.fields import as_utc, utcnow
from seller_desk.core.store.models import (
    DIRECTION_IN,
    Conversation,
    Message,
    NotCustomer,
    database,
)

logger = logging.getLogger(__name__)

KIND_SENDER, KIND_DOMAIN = "sender", "domain"
KINDS = (KIND_SENDER, KIND_DOMAIN)


@lru_cache(maxsize=1)
def public_domains() -> frozenset[str]:
    """Mail domains anyone can sign up at: never marked as a whole."""
    try:
        data = json.loads(paths.resource("public_mail_domains.json").read_text(
            encoding="utf-8"))
    except (OSError, ValueError):
        # without the list no domain could be told safe: refuse every domain mark instead
        logger.exception("The public mail domains could not be read")
        return frozenset({"*"})
    return frozenset(str(d).strip().lower() for d in data.get("domains", []))


_HOST = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")


def domain_of(address: str) -> str:
    """``"Nora@Mail.X.com"`` -> ``"mail.x.com"`` ("" when it is no address)."""
    local, at, domain = (address or "").strip().lower().rpartition("@")
    return domain if at and local and _HOST.match(domain) else ""


def is_public_domain(domain: str) -> bool:
    """Whether ``domain`` is a public mail domain (or the list could not be read)."""
    known = public_domains()
    return "*" in known or domain.strip().lower() in known


@dataclass(frozen=True)
class Marks:
    """The marks in force, ready to test addresses against.

    Each address is tested once: a refresh asks about every incoming message, and a
    mailbox's mail comes from far fewer senders than it holds messages.
    """

    addresses: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()
    _answers: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.addresses or self.domains)

    def covers(self, address: str) -> bool:
        """Whether mail from ``address`` is marked as not a customer's."""
        if not (self.addresses or self.domains):
            return False  # nothing marked: the usual case, and the cheapest
        answer = self._answers.get(address)
        if answer is None:
            if len(self._answers) >= _ANSWERS_MAX:
                self._answers.clear()
            answer = self._answers[address] = self._test(address)
        return answer

    def _test(self, address: str) -> bool:
        email = (address or "").strip().lower()
        if not email:
            return False
        return email in self.addresses or domain_of(email) in self.domains


_ANSWERS_MAX = 50_000  # addresses remembered by one set of marks


# the databases known to have the not_customer table (weak: a closed one may go)
_HAS_TABLE: weakref.WeakSet[peewee.Database] = weakref.WeakSet()


def current_marks() -> Marks:
    """Every mark in force (none before schema 14: an upgrade's earlier steps recompute
    conversations before the table exists)."""
    db = database.obj
    if db is None:
        return Marks()
    if db not in _HAS_TABLE:
        if not db.table_exists(NotCustomer._meta.table_name):
            return Marks()
        _HAS_TABLE.add(db)
    addresses: set[str] = set()
    domains: set[str] = set()
    for address, kind in NotCustomer.select(NotCustomer.address, NotCustomer.kind).tuples():
        (domains if kind == KIND_DOMAIN else addresses).add(address)
    return Marks(frozenset(addresses), frozenset(domains))


@dataclass(frozen=True)
class MarkRow:
    """One mark as the Settings list shows it."""

    id: int
    address: str  # name@x.com, or x.com for a domain
    kind: str
    created_at: datetime
    conversations: int  # how many conversations hold mail from it


def _covered_query(address: str, kind: str) -> peewee.ModelSelect:
    """The conversations holding incoming mail from a mark's sender or domain."""
    # a domain holds letters, digits, dots and hyphens only (checked when marked), so the
    # pattern has no wildcard of its own; addresses are stored lower case
    who = (Message.sender_email ** f"%@{address}" if kind == KIND_DOMAIN
           else Message.sender_email == address)
    return (Message.select(Message.conversation).distinct()
            .where(who, Message.direction == DIRECTION_IN,
                   Message.conversation.is_null(False)))


def covered_conversations(address: str, kind: str) -> list[int]:
    """Ids of the conversations a mark covers."""
    return sorted(cid for (cid,) in _covered_query(address, kind).tuples())


def _clean(address: str, whole_domain: bool) -> tuple[str, str]:
    """The stored form (address or domain) and kind of a mark, checked.

    Raises:
        ValidationError: not an address, or a whole public mail domain.
    """
    email = (address or "").strip().lower()
    domain = domain_of(email)
    if not domain:
        raise ValidationError("address.invalid", {"address": address}, field="address")
    if not whole_domain:
        return email, KIND_SENDER
    if is_public_domain(domain):
        raise ValidationError("not_customer.public_domain", {"domain": domain},
                              field="address", hint="not_customer.public_domain_hint")
    return domain, KIND_DOMAIN


def mark(addresses: Iterable[str], whole_domain: bool = False,
         now: datetime | None = None) -> list[int]:
    """Mark each of ``addresses`` (or, with ``whole_domain``, everyone at its domain) as not
    a customer; return the ids of the conversations that changed.

    Marking what is marked already changes nothing.

    Raises:
        ValidationError: an address that is none, or a whole public mail domain (nothing
            is marked then).
    """
    wanted = {_clean(a, whole_domain) for a in addresses}
    when = as_utc(now) if now else utcnow()
    changed: set[int] = set()
    with database.atomic():
        for value, kind in sorted(wanted):
            if NotCustomer.get_or_none(NotCustomer.address == value) is not None:
                continue
            NotCustomer.create(address=value, kind=kind, created_at=when)
            convs = covered_conversations(value, kind)
            events.record(events.NOT_CUSTOMER_MARKED, at=when, address=value, mark=kind,
                          conversations=len(convs))
            changed.update(convs)
        if changed:
            events.announce(events.CONVERSATIONS_CHANGED, required=True, ids=sorted(changed))
    logger.info("Marked %d sender(s) as not customers; %d conversation(s) changed",
                len(wanted), len(changed))
    return sorted(changed)


def unmark(mark_id: int, now: datetime | None = None) -> list[int]:
    """Undo a mark: its conversations that still wait come back with their true clocks.

    Returns the ids of the conversations recomputed (none when the mark is gone already).
    """
    with database.atomic():
        row = NotCustomer.get_or_none(NotCustomer.id == mark_id)
        if row is None:
            return []
        convs = covered_conversations(row.address, row.kind)
        row.delete_instance()
        events.record(events.NOT_CUSTOMER_UNMARKED, at=as_utc(now) if now else None,
                      address=row.address, mark=row.kind, conversations=len(convs))
        if convs:
            events.announce(events.CONVERSATIONS_CHANGED, required=True, ids=convs)
    return convs


def listing() -> list[MarkRow]:
    """Every mark, newest first, with how many conversations it covers.

    Two grouped queries count them all: senders through the senders' index, domains in one
    pass over the incoming mail (a pattern per domain would scan it once per domain).
    """
    rows = list(NotCustomer.select().order_by(NotCustomer.created_at.desc(),
                                              NotCustomer.id.desc()))
    counts: dict[tuple[str, str], int] = {}
    addresses = [r.address for r in rows if r.kind == KIND_SENDER]
    domains = [r.address for r in rows if r.kind == KIND_DOMAIN]
    incoming = (Message.direction == DIRECTION_IN) & Message.conversation.is_null(False)
    convs = fn.COUNT(Message.conversation.distinct())
    for start in range(0, len(addresses), 500):
        part = addresses[start:start + 500]
        for sender, n in (Message.select(Message.sender_email, convs)
                          .where(incoming, Message.sender_email.in_(part))
                          .group_by(Message.sender_email).tuples()):
            counts[(KIND_SENDER, sender)] = n
    for start in range(0, len(domains), 50):
        part = domains[start:start + 50]
        # domains hold no wildcard (checked when marked); addresses are stored lower case.
        # Grouped by position: PostgreSQL cannot see that the same CASE written twice with
        # its own parameters is one expression
        which = Case(None, [(Message.sender_email ** f"%@{d}", d) for d in part], None)
        for domain, n in (Message.select(which.alias("domain"), convs)
                          .where(incoming, which.is_null(False))
                          .group_by(SQL("1")).tuples()):
            counts[(KIND_DOMAIN, domain)] = n
    return [MarkRow(r.id, r.address, r.kind, r.created_at, counts.get((r.kind, r.address), 0))
            for r in rows]


@dataclass(frozen=True)
class SenderChoice:
    """What the "not a customer" popup offers for a set of conversations."""

    addresses: tuple[str, ...]  # the senders found, lower case
    domains: tuple[str, ...]  # their domains that may be marked whole (never public ones)


def senders_of(conversation_ids: Iterable[int]) -> SenderChoice:
    """The customers' addresses of these conversations, and the domains that may be
    marked as a whole."""
    ids = sorted(set(conversation_ids))
    found: list[str] = []
    if ids:
        counterparts = dict(Conversation.select(Conversation.id, Conversation.counterpart_email)
                            .where(Conversation.id.in_(ids)).tuples())
        missing = [cid for cid in ids if not counterparts.get(cid)]
        if missing:
            # no counterpart yet (only automatic mail so far): its first incoming sender
            for cid, sender in (Message.select(Message.conversation, Message.sender_email)
                                .where(Message.conversation.in_(missing),
                                       Message.direction == DIRECTION_IN)
                                .order_by(Message.date).tuples()):
                if not counterparts.get(cid) and sender:
                    counterparts[cid] = sender
        for cid in ids:
            email = (counterparts.get(cid) or "").strip().lower()
            if domain_of(email) and email not in found:
                found.append(email)
    domains: list[str] = []
    for email in found:
        domain = domain_of(email)
        if not is_public_domain(domain) and domain not in domains:
            domains.append(domain)
    return SenderChoice(tuple(found), tuple(domains))


def mark_conversations(conversation_ids: Iterable[int], whole_domain: bool = False,
                       now: datetime | None = None) -> list[int]:
    """Mark the senders of these conversations (or everyone at their domains) as not
    customers; return the ids of the conversations that changed.

    With ``whole_domain``, a sender at a public mail domain is marked alone: a whole
    gmail.com is never marked, even as part of a selection.
    """
    choice = senders_of(conversation_ids)
    if not whole_domain:
        return mark(choice.addresses, now=now)
    singles = [a for a in choice.addresses if domain_of(a) not in choice.domains]
    whole = [a for a in choice.addresses if domain_of(a) in choice.domains]
    with database.atomic():
        changed = set(mark(singles, now=now)) if singles else set()
        if whole:
            changed.update(mark(whole, whole_domain=True, now=now))
    return sorted(changed)


def reclassify_known_notifications(batch: int = 500) -> list[int]:
    """Mark stored incoming mail from the known notification senders automatic (mail
    stored before that data existed); return the ids of the conversations that changed.

    The distinct senders are read once and tested in Python: one pass over the senders'
    index instead of a pattern scan of every message per listed domain.
    """
    senders = [s for (s,) in Message.select(Message.sender_email).distinct()
               .where(Message.direction == DIRECTION_IN, Message.is_auto == False)  # noqa: E712
               .tuples() if s and classify.known_notification_sender(s) is not None]
    changed: set[int] = set()
    for start in range(0, len(senders), batch):
        part = senders[start:start + batch]
        who = (Message.sender_email.in_(part) & (Message.direction == DIRECTION_IN)
               & (Message.is_auto == False))  # noqa: E712 - SQL comparison
        changed.update(cid for (cid,) in Message.select(Message.conversation).distinct()
                       .where(who, Message.conversation.is_null(False)).tuples())
        Message.update(is_auto=True).where(who).execute()
    if changed:
        logger.info("Known notification senders: %d sender(s), %d conversation(s) changed",
                    len(senders), len(changed))
        events.announce(events.CONVERSATIONS_CHANGED, required=True, ids=sorted(changed))
    return sorted(changed)


def on_schema_upgraded(notice: events.Notice) -> None:
    """Subscriber: schema 16 brought the notification senders' data; apply it to the mail
    stored before."""
    if notice.data.get("version") == 16:
        reclassify_known_notifications()
