"""Two windows on one team database: only the window holding a mailbox's lock checks it;
the other reads, and takes the mailbox over when the first window closes."""

from __future__ import annotations

import pytest

from seller_desk.core.mail.connection import credentials
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Message
from seller_desk.core.team import leadership
from seller_desk.ui.sync import SyncController

pytestmark = [pytest.mark.integration]


def test_one_window_checks_the_mailbox_and_the_other_takes_over(qtbot, pg_url, imap_user,
                                                                 monkeypatch):
    monkeypatch.setattr(leadership, "RETRY_SECONDS", 0.5)
    db.open_database(pg_url)
    try:
        account = Account.create(name="Shop", email=imap_user.address,
                                 username=imap_user.name, provider="generic",
                                 imap_host=imap_user.host, imap_port=imap_user.imap_port,
                                 imap_security="none", smtp_host="127.0.0.1", smtp_port=1,
                                 smtp_security="none", sync_window_days=0)
        credentials.set_password(account.email, imap_user.password)
        imap_user.server.deliver(imap_user, b"From: a@example.test\r\nSubject: Hai\r\n"
                                            b"Message-ID: <t1@example.test>\r\n\r\nHai\r\n")
        first, second = SyncController(), SyncController()
        with qtbot.waitSignal(first.synced, timeout=20_000):
            first.start(outbox=False, push=False)
        assert first.leadership is not None and first.leadership.holds(account.id)
        assert Message.select().count() == 1

        second.start(outbox=False, push=False)
        qtbot.wait(1500)  # three tries for the lock
        assert not second.leadership.holds(account.id)
        assert second.sync_account(account.id) is None  # checking is the other's job
        assert not second.is_syncing()

        with qtbot.waitSignal(second.synced, timeout=20_000):
            first.stop()  # the first window closes: the second checks the mailbox now
        assert second.leadership.holds(account.id)
        second.stop()
    finally:
        db.close_database()
