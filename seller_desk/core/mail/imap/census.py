"""How much of a mailbox's INBOX a waiting-since cut-off would count, before it is saved.

The add-mailbox wizard asks from when customers count as waiting. A number beside the
choice ("212 messages in the last 7 days will count; 1,788 older ones are kept as
history") makes it a decision rather than a guess. The dates are read once, right after
the connection test and before anything is stored: one FETCH of INTERNALDATE for the
newest messages, newest first in chunks, within a time budget. Any cut-off is then
counted on the computer, at once, however often the seller changes it.

INTERNALDATE is when the server received a message; the clock reads the message's own
date. The two agree for nearly all mail (they differ for mail moved in from elsewhere), and
the figure is a preview, so the cheap one is read.
"""

from __future__ import annotations

import bisect
import logging
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from seller_desk.core.mail.connection import connect
from seller_desk.core.mail.imap import wire
from seller_desk.core.store.models import Account

logger = logging.getLogger(__name__)

#: messages asked for in one FETCH (newest first)
CHUNK = 5000
#: at most this many dates are read; a bigger INBOX is counted among its newest
MAX_DATES = 100_000
#: seconds the reading may take after login before it stops with what it has
BUDGET_S = 8.0


@dataclass(frozen=True)
class InboxCensus:
    """The INBOX's size and the arrival dates of its newest messages.

    ``dates`` are sorted oldest first and belong to the newest ``len(dates)`` messages of
    ``total``; when the budget ran out before the oldest, ``complete`` is False.
    """

    total: int
    dates: tuple[datetime, ...]
    #: how many messages were read (a message without a readable date has none in dates)
    looked: int = -1

    @property
    def complete(self) -> bool:
        return max(self.looked, len(self.dates)) >= self.total

    def split(self, cutoff: datetime) -> tuple[int, int]:
        """(messages on or after ``cutoff``, messages before it)."""
        counted = len(self.dates) - bisect.bisect_left(self.dates, cutoff)
        return counted, self.total - counted

    def exact(self, cutoff: datetime) -> bool:
        """Whether :meth:`split` is exact for ``cutoff``, not a lower bound of the counted."""
        return self.complete or (bool(self.dates) and cutoff > self.dates[0])


def census(values: dict[str, Any], password: str, budget_s: float = BUDGET_S,
           timeout: float = 15) -> InboxCensus:
    """Read the INBOX's dates with settings that are not saved yet (worker thread).

    Raises the connection's :class:`~seller_desk.core.mail.errors.MailError` in plain
    words when the server cannot be reached or refuses.
    """
    account = Account(**values)
    client = connect.open_imap(account, password, timeout=timeout)
    try:
        return read_dates(client, budget_s)
    except Exception as exc:
        raise connect.imap_error(exc, account) from exc
    finally:
        connect.close_imap(client, wait=False)


def read_dates(client: Any, budget_s: float = BUDGET_S, chunk: int = CHUNK,
               max_dates: int = MAX_DATES) -> InboxCensus:
    """The census of the selected-readonly INBOX of a logged-in ``client``."""
    info = client.select_folder("INBOX", readonly=True)
    total = int(info.get(b"EXISTS", 0))
    imap = client._imap
    deadline = time.monotonic() + budget_s
    dates: list[datetime] = []
    looked = 0
    high = total
    floor = max(0, total - max_dates)
    # sequence numbers follow arrival, so the newest messages are the highest numbers:
    # read from the top down, and what is left when time is up is the oldest mail
    while high > floor:
        low = max(floor + 1, high - chunk + 1)
        typ, data = imap.fetch(f"{low}:{high}", "(UID INTERNALDATE)")
        wire.check(imap, typ, data, "FETCH")
        items = wire.parse_fetch(data)
        dates.extend(item.internaldate for item in items if item.internaldate is not None)
        looked += high - low + 1
        high = low - 1
        if time.monotonic() > deadline:
            logger.info("INBOX census stopped after %d of %d messages (time budget)",
                        len(dates), total)
            break
    dates.sort()
    return InboxCensus(total=total, dates=tuple(dates), looked=looked)
