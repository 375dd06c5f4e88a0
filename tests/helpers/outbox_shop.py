"""A seller's mailbox on the test servers, for the outbox and reply tests.

    account = make_account(imap_user, sink)          # Dovecot for IMAP, the sink for SMTP
    row = queue_message(account, "Subject")          # through the composer, like the app
    sent_copies(imap_user, row.message_id)           # copies in Dovecot's Sent folder
    delivered(sink, row.message_id)                  # copies the SMTP server accepted

:class:`FilingSink` behaves like Gmail: every message it accepts is also filed in the
user's Sent folder (over LMTP), before the client gets its 250.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any

from imapclient import IMAPClient

from .dovecot import ImapUser
from .smtp import ReceivedMessage, SmtpSink


def make_account(user: ImapUser, sink: SmtpSink, *, saves_sent: bool = False,
                 smtp_security: str = "none", **fields: Any) -> Any:
    """An Account reading ``user``'s Dovecot mailbox and sending through ``sink``; its
    password (the Dovecot one, also the sink's when it wants AUTH) goes to the keyring."""
    from seller_desk.core.mail.connection import credentials
    from seller_desk.core.store.models import Account

    values: dict[str, Any] = dict(
        name="Shop", email=user.address, username=user.name, provider="generic",
        imap_host=user.host, imap_port=user.imap_port, imap_security="none",
        smtp_host=sink.host, smtp_port=sink.port, smtp_security=smtp_security,
        smtp_username=user.name, server_saves_sent=saves_sent,
    )
    values.update(fields)
    account = Account.create(**values)
    credentials.set_password(account.email, user.password)
    return account


def queue_message(account: Any, subject: str = "Pesanan anda", *,
                  to: str = "Pembeli <buyer@example.test>", text: str = "Terima kasih!") -> Any:
    """Queue a new message through the composer; returns the OutboxMessage."""
    from seller_desk.core.answering import compose

    out = compose.new_message(account, to=[to], subject=subject)
    out.text = text
    return compose.send(out)


@contextmanager
def imap(user: ImapUser):  # a context manager of IMAPClient
    client = IMAPClient(user.host, port=user.imap_port, ssl=False, timeout=15)
    client._imap.debug = 0
    client.login(user.name, user.password)
    try:
        yield client
    finally:
        try:
            client.logout()
        except Exception:  # noqa: BLE001 - the server may be gone on purpose
            client.shutdown()


def sent_copies(user: ImapUser, message_id: str, folder: str = "Sent") -> int:
    """How many messages with ``message_id`` Dovecot holds in ``folder``."""
    with imap(user) as client:
        client.select_folder(folder, readonly=True)
        return len(client.search(["HEADER", "Message-ID", message_id]))


def delivered(sink: SmtpSink, message_id: str) -> list[ReceivedMessage]:
    """What ``sink`` accepted with that Message-ID."""
    return [m for m in list(sink.messages) if m.message["Message-ID"] == f"<{message_id}>"]


class FilingSink(SmtpSink):
    """An SMTP sink that also files each accepted message in a Dovecot user's Sent folder,
    the way Gmail files what is sent through its SMTP server."""

    def __init__(self, user: ImapUser, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.user = user

    def _store(self, message: ReceivedMessage) -> None:
        self.user.server.deliver(self.user, message.data, folder="Sent")
        super()._store(message)
