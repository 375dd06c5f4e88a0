"""Is a message automatic (a notification, an auto-reply, a list)? Is it the seller's own?

Automatic mail never starts a reply clock. It is recognised by the headers machines set
(Auto-Submitted, Precedence, List-Id, X-Autoreply ...), by delivery reports, and by the
no-reply senders of marketplaces and shops, and by the senders known to write only
notifications (banks, e-wallets, couriers, the marketplaces' robots), kept as data in
``resources/notification_senders.json``.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from seller_desk.core.common import paths

logger = logging.getLogger(__name__)

_AUTO_PRECEDENCE = {"bulk", "junk", "list", "auto_reply", "auto-reply"}
_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "x-autoresponse", "x-auto-reply",
                 "x-facebook-notify", "feedback-id")
_AUTO_TYPES = ("multipart/report", "message/delivery-status")

# local parts that no human reads, at any domain
_NOREPLY_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|noreply[-_.].*|.*[-_.]noreply|"
    r"mailer-daemon|postmaster|notifications?|notify|auto[-_.]?confirm|bounces?(?:[-+].*)?)$"
)
# marketplace senders that write automatically from a named address
_MARKETPLACE_SENDERS = re.compile(
    r"^(?:ebay@ebay\.[a-z.]+|.*@(?:[a-z0-9-]+\.)*(?:shopee|lazada|tokopedia)\.[a-z.]+|"
    r"members@ebay\.[a-z.]+|.*@reply\.ebay\.[a-z.]+|.*@tokopedia\.com)$"
)
# at marketplaces, only these local parts are people or buyers' relays
_MARKETPLACE_HUMAN = re.compile(r"^(?:support|help|cs|care|seller|buyer)[-_.a-z0-9]*$")


@dataclass(frozen=True)
class NotificationSender:
    """One entry of the notification senders' data: who, and which addresses it covers."""

    name: str
    kind: str  # bank, ewallet, courier, marketplace
    domains: tuple[str, ...]
    # empty: every address at the domains; else only these exact local parts, so a
    # marketplace's buyer relay at the same domain (a per-buyer token) stays a customer
    local_parts: frozenset[str]


@lru_cache(maxsize=1)
def notification_senders() -> dict[str, tuple[NotificationSender, ...]]:
    """The known notification senders by domain (read once from the resources)."""
    try:
        data = json.loads(paths.resource("notification_senders.json").read_text(
            encoding="utf-8"))
    except (OSError, ValueError):
        # a damaged install still classifies by headers; it must not stop the sync
        logger.exception("The notification senders' data could not be read")
        return {}
    by_domain: dict[str, list[NotificationSender]] = {}
    for spec in data.get("senders", []):
        sender = NotificationSender(
            name=str(spec["name"]), kind=str(spec.get("kind", "")),
            domains=tuple(d.strip().lower() for d in spec["domains"]),
            local_parts=frozenset(p.strip().lower() for p in spec.get("local_parts", [])))
        for domain in sender.domains:
            by_domain.setdefault(domain, []).append(sender)
    return {domain: tuple(found) for domain, found in by_domain.items()}


def known_notification_sender(email: str) -> NotificationSender | None:
    """The known notification sender ``email`` belongs to, or None.

    The address's domain and each parent domain are looked up (mail.maybank2u.com.my
    belongs to maybank2u.com.my); an entry with local parts covers only those.
    """
    email = (email or "").strip().lower()
    local, at, domain = email.rpartition("@")
    if not at or not local or not domain:
        return None
    known = notification_senders()
    labels = domain.split(".")
    for start in range(len(labels) - 1):
        for sender in known.get(".".join(labels[start:]), ()):
            if not sender.local_parts or local in sender.local_parts:
                return sender
    return None


def is_noreply_sender(email: str) -> bool:
    """True for addresses that send automatically (no-reply, marketplace robots, and the
    banks, e-wallets and couriers known to send notifications only)."""
    email = (email or "").strip().lower()
    if "@" not in email:
        return False
    local = email.split("@", 1)[0]
    if _NOREPLY_LOCAL.match(local):
        return True
    if _MARKETPLACE_SENDERS.match(email):
        return not _MARKETPLACE_HUMAN.match(local)
    return known_notification_sender(email) is not None


def is_auto_submitted(fields: dict[str, list[str]]) -> bool:
    """True when the message says it was sent by a program (RFC 3834 ``Auto-Submitted``
    other than ``no``): the one sign trusted on the seller's own outgoing mail, where the
    heuristics for incoming mail (a no-reply sender, list headers) would misread it."""
    value = (fields.get("auto-submitted") or [""])[0].strip().lower()
    return bool(value) and not value.startswith("no")


def is_auto_generated(fields: dict[str, list[str]], sender_email: str,
                      content_type: str = "") -> bool:
    """True when the headers or the sender say a machine wrote the message."""
    if is_auto_submitted(fields):
        return True
    precedence = (fields.get("precedence") or [""])[0].strip().lower()
    if precedence in _AUTO_PRECEDENCE:
        return True
    if "list-id" in fields or "list-unsubscribe" in fields:
        return True
    for name in _AUTO_HEADERS:
        if name in fields:
            return True
    suppress = (fields.get("x-auto-response-suppress") or [""])[0].lower()
    if "oof" in suppress and "all" in suppress:
        # Exchange marks its own out-of-office replies this way
        return True
    if content_type in _AUTO_TYPES:
        return True
    return is_noreply_sender(sender_email)
