"""Is a message automatic (a notification, an auto-reply, a list)? Is it the seller's own?

Automatic mail never starts a reply clock. It is recognised by the headers machines set
(Auto-Submitted, Precedence, List-Id, X-Autoreply ...), by delivery reports, and by the
no-reply senders of marketplaces and shops.
"""

from __future__ import annotations

import re

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


def is_noreply_sender(email: str) -> bool:
    """True for addresses that send automatically (no-reply, marketplace robots)."""
    email = (email or "").strip().lower()
    if "@" not in email:
        return False
    local = email.split("@", 1)[0]
    if _NOREPLY_LOCAL.match(local):
        return True
    if _MARKETPLACE_SENDERS.match(email):
        return not _MARKETPLACE_HUMAN.match(local)
    return False


def is_auto_generated(fields: dict[str, list[str]], sender_email: str,
                      content_type: str = "") -> bool:
    """True when the headers or the sender say a machine wrote the message."""
    auto_submitted = (fields.get("auto-submitted") or [""])[0].strip().lower()
    if auto_submitted and not auto_submitted.startswith("no"):
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
