"""Defaults the command line shows before any database is opened (without peewee)."""

from __future__ import annotations

#: a new mailbox counts customers as waiting from this many days before it was added: older
#: unanswered mail is history (answered by phone, long ago, or not a customer at all)
DEFAULT_WAITING_SINCE_DAYS = 7
