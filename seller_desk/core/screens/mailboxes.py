"""What the Mailboxes settings section and the password box show and change.

Qt-free, so the widgets only show and store: the list of mailboxes with their state, one
mailbox's editable settings, saving them, switching a mailbox off, removing it (its mail
kept or deleted), testing its connection and signing in with a password typed now. Each
function reads or writes the database itself, so a worker thread may call it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from seller_desk.core.common import timefmt
from seller_desk.core.common.messages import Msg
from seller_desk.core.mail.connection import accounts, connect, credentials
from seller_desk.core.store.fields import as_utc
from seller_desk.core.store.models import OutboxMessage

logger = logging.getLogger(__name__)

#: the settings the Mailboxes section edits, in the order of its form
EDITABLE = ("name", "sender_name", "color", "username", "imap_host", "imap_port",
            "imap_security", "smtp_host", "smtp_port", "smtp_security", "smtp_username",
            "sync_window_days", "counts_from", "signature")


@dataclass(frozen=True)
class MailboxRow:
    """One mailbox as the list shows it."""

    id: int
    name: str
    email: str
    color: str
    enabled: bool
    last_sync_at: datetime | None
    last_error: str
    password: str  # "keyring", "session" or "missing" (see accounts.password_state)


@dataclass(frozen=True)
class PasswordPrompt:
    """What the password box says about one mailbox."""

    account_id: int
    name: str
    email: str
    provider: str
    #: the provider's advice (an app password for Gmail, Yahoo, Outlook), or None
    hint: Msg | None
    #: the computer has no usable password store: the password lasts until the app closes
    session_only: bool


def mailbox_rows() -> list[MailboxRow]:
    """Every mailbox, on or off, in the order they were added."""
    rows = []
    for acc in accounts.list_accounts():
        rows.append(MailboxRow(acc.id, acc.name, acc.email, acc.color or "", bool(acc.enabled),
                               as_utc(acc.last_sync_at) if acc.last_sync_at else None,
                               acc.last_error or "", accounts.password_state(acc)))
    return sorted(rows, key=lambda r: r.id)


def mailbox_values(account_id: int) -> dict[str, Any]:
    """The editable settings of one mailbox (the email address is shown, not edited: the
    stored mail and the password belong to it)."""
    acc = accounts.get_account(account_id)
    values: dict[str, Any] = {key: getattr(acc, key) for key in EDITABLE}
    values["sender_name"] = values["sender_name"] or ""
    values["email"] = acc.email
    values["provider"] = acc.provider
    if values["counts_from"] is not None:
        values["counts_from"] = as_utc(values["counts_from"])
    return values


def local_day(moment: datetime | None) -> date | None:
    """The day ``moment`` falls on in the seller's time zone (the form shows days)."""
    return timefmt.local(as_utc(moment)).date() if moment is not None else None


def day_start(day: date) -> datetime:
    """The first moment of ``day`` in the seller's time zone, in UTC: "count customers as
    waiting from 1 March" includes everything written on 1 March."""
    zone = timefmt.local(datetime.combine(day, time(12), tzinfo=UTC)).tzinfo
    return datetime.combine(day, time.min, tzinfo=zone).astimezone(UTC)


def save_mailbox(account_id: int, values: dict[str, Any]) -> None:
    """Save the edited settings; a moved waiting-since date recomputes the reply clocks.

    Raises:
        ValidationError: a value that cannot be saved (``field`` names it); nothing saved.
    """
    changes = {key: values[key] for key in EDITABLE if key in values}
    if "sync_window_days" in changes:
        # 0 or empty: the window of Settings > Data, as for a mailbox never given its own
        changes["sync_window_days"] = changes["sync_window_days"] or None
    accounts.edit_account(account_id, **changes)


def switch_mailbox(account_id: int, on: bool) -> None:
    """Switch a mailbox on or off (an off one is not synced; its mail stays)."""
    accounts.set_enabled(account_id, on)


def remove_mailbox(account_id: int, keep_mail: bool) -> None:
    """Remove a mailbox and its password; its stored mail is kept (listed and searchable
    under "All") or deleted from this computer. The server's copy is never touched."""
    accounts.remove_account(account_id, keep_mail=keep_mail)


def unsent_count(account_id: int) -> int:
    """Messages of this mailbox still in the outbox (queued, being sent or failed): they go
    with the mailbox when it is removed, so the box that asks first says how many."""
    return int(OutboxMessage.select().where(
        (OutboxMessage.account == account_id)
        & OutboxMessage.state.in_(("queued", "sending", "failed"))).count())


def test_mailbox(account_id: int) -> list[str]:
    """Sign in to the incoming and outgoing servers with the stored password (worker
    thread); what worked, line by line.

    Raises:
        MailError: what failed, in plain words (kind "no_password" or "auth": ask for it).
    """
    return connect.test_account(accounts.get_account(account_id))


def password_prompt(account_id: int) -> PasswordPrompt:
    """The mailbox the password box asks for, with its provider's advice."""
    acc = accounts.get_account(account_id)
    provider = connect.provider_of(acc)
    preset = accounts.PRESETS.get(provider)
    hint = connect.APP_PASSWORD_HINTS.get(provider) if preset and preset.needs_app_password \
        else None
    return PasswordPrompt(acc.id, acc.name, acc.email, provider, hint,
                          not credentials.backend_status().usable)


def sign_in(account_id: int, password: str) -> bool:
    """Try ``password`` with the server and keep it when accepted (worker thread); True
    when the keyring holds it, False when only this session does.

    Raises:
        ValidationError: an empty password.
        MailError: refused or unreachable; nothing was kept.
    """
    return accounts.sign_in(account_id, password)
