"""What the store keeps that follows from one message alone: its snippet, its subject as
threading compares it, its addresses as one line each.

They are worked out where the message is parsed: for the big batches of a first sync
that is the parsing helper's process (``parse/helper.py``), on the other core, so the
process that stores and threads the mail receives them ready. Nothing here looks at
other messages or at the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desk.core.mail.parse import attribution, subjects
from seller_desk.core.mail.parse import headers as hdr
from seller_desk.core.mail.parse.classify import is_auto_submitted

if TYPE_CHECKING:  # the parser itself runs elsewhere (the helper, the fetch)
    from seller_desk.core.mail.parse.mime import ParsedMessage

#: characters of a normalised subject kept (the conversation's column)
SUBJECT_KEY_LENGTH = 300

_QUOTE_LINE = re.compile(r"^\s*>")


@dataclass(slots=True)
class Derived:
    """One message's derived values, as the store writes them."""

    snippet: str
    subject_key: str
    to_addrs: str
    cc_addrs: str
    reply_to: str
    auto_submitted: bool  # its Auto-Submitted header says a program sent it


def derive(parsed: ParsedMessage) -> Derived:
    """The derived values of one parsed message."""
    return Derived(
        snippet=snippet_of(parsed.text),
        subject_key=subject_key(parsed.subject),
        to_addrs=hdr.format_addresses(parsed.to),
        cc_addrs=hdr.format_addresses(parsed.cc),
        reply_to=hdr.format_addresses(parsed.reply_to),
        auto_submitted=is_auto_submitted(parsed.fields),
    )


def subject_key(subject: str) -> str:
    """The subject without Re:/Fwd:/Balas: prefixes and [tags], lower-case, for matching
    (the prefixes are those of :mod:`seller_desk.core.mail.parse.subjects`)."""
    return subjects.normalise(subject)[:SUBJECT_KEY_LENGTH]


def snippet_of(text: str, limit: int = 200) -> str:
    """The start of what the sender wrote, without quoted lines.

    Reads the text a line at a time and stops once it has enough: a long text (a quoted
    thread, a forwarded report) is not cut into lines it never looks at.
    """
    lines = []
    size = 0
    start, end_of_text = 0, len(text)
    while start <= end_of_text:
        end = text.find("\n", start)
        if end < 0:
            end = end_of_text
        line, start = text[start:end], end + 1
        if _QUOTE_LINE.match(line) or attribution.is_attribution(line):
            continue
        stripped = line.strip()
        if stripped:
            lines.append(stripped)
            size += len(stripped) + 1
            if size > limit:
                break
    return " ".join(" ".join(lines).split())[:limit]
