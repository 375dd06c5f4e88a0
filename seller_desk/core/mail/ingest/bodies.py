"""Mail HTML cleaned when a message is first shown or quoted, not when it is synced.

The sync stores a message's HTML as it was received in ``Message.html_unsafe`` and leaves
``html_body`` empty: cleaning it (nh3, :func:`seller_desk.core.mail.parse.html.sanitize`)
took about a quarter of the parsing helper's processor time in a first sync of 10,000
messages, most of them years-old mail the seller never opens. Mail programs clean HTML
when they show it; so do we, here, and only here.

The rule this keeps: what is shown, quoted or sent is always the cleaned ``html_body``;
the HTML as received is never rendered, quoted or exported. This module is the one
reader of ``html_unsafe`` (a test holds it to that), and every reader of ``html_body``
that shows or quotes a message calls :func:`clean_html` first.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import peewee

from seller_desk.core.mail.parse.html import sanitize
from seller_desk.core.store.models import Message, database

logger = logging.getLogger(__name__)


def clean_html(messages: Iterable[Message]) -> int:
    """Clean the HTML of those ``messages`` not cleaned yet, in the database and on the
    instances given; returns how many were cleaned.

    Each gets ``html_body`` (sanitized), ``has_remote_content`` and an empty
    ``html_unsafe``, in one transaction. The instances must have been read with those
    three columns (a whole row, as ``Message.select()`` gives).

    Idempotent, and safe when two processes (two people of a team) clean one message at
    once: both write the same values, and a row already cleaned is left alone. When the
    database refuses the write (busy past its timeout, full), the instances are cleaned
    all the same and the rows are cleaned when next shown.
    """
    todo = [m for m in messages if m.html_unsafe]
    if not todo:
        return 0
    # nh3 before the transaction, which takes the database's write lock (SQLite)
    cleaned = [(m, *sanitize(m.html_unsafe)) for m in todo]
    try:
        with database.atomic():
            for m, safe, remote in cleaned:
                (Message.update(html_body=safe, has_remote_content=remote, html_unsafe="")
                 .where(Message.id == m.id, Message.html_unsafe != "").execute())
    except peewee.OperationalError as exc:
        # the database busy past its timeout (a long write elsewhere), full or read-only:
        # the messages are still shown cleaned, and cleaned again when next shown
        logger.warning("The cleaned HTML of %d messages could not be saved: %s",
                       len(cleaned), exc)
    for m, safe, remote in cleaned:
        m.html_body, m.has_remote_content, m.html_unsafe = safe, remote, ""
    logger.debug("Cleaned the HTML of %d messages", len(cleaned))
    return len(cleaned)
