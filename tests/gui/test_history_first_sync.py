"""Ensure a mailbox with two years of history, added through the wizard, shows only the
customers who wait now in "Waiting on me", and leaves the reply-time report as it is.

The mailbox is real (the Dovecot fixture): 2,000 messages over two years (family, the bank,
newsletters, customers answered long ago with the replies in Sent, customers never
answered) and 30 unanswered customer messages of the last two days. The wizard counts the
inbox against the cut-off, saves the account, and its first sync brings the last 90 days
and then, by backfill, everything older.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from gui.desk_support import close_window, open_window, wait_for_tasks
from helpers import history_mailbox

from seller_desk.core.conversations import inbox
from seller_desk.core.mail.connection import accounts
from seller_desk.core.mail.imap import sync
from seller_desk.core.reports import kpis
from seller_desk.core.store import db, events
from seller_desk.core.store.models import Account, Conversation, Event, Folder, Message
from seller_desk.ui.app import open_account_wizard

pytestmark = [
    pytest.mark.integration,
    pytest.mark.qt_log_ignore("This plugin does not support raise",
                              "This plugin does not support grabbing",
                              "This plugin does not support propagateSizeHints"),
]

WEEK = timedelta(days=7)  # the wizard's default cut-off


def report(now: datetime) -> kpis.Kpis:
    return kpis.kpis(now - timedelta(days=800), now + timedelta(days=1))


def report_without_history(server, box, home: Path) -> kpis.Kpis:
    """The reply-time report of the same mailbox holding only the mail after the cut-off."""
    user = server.add_user()
    history_mailbox.write(server, user, [m for m in box.mails if m.when >= box.now - WEEK])
    db.open_database(f"sqlite:///{home / 'plain.sqlite3'}")
    try:
        account = accounts.add_account(
            "Shop", user.address, password=user.password, username=user.name,
            imap_host=user.host, imap_port=user.imap_port, imap_security="none",
            smtp_host=user.host, smtp_port=user.submission_port, smtp_security="starttls")
        sync.sync_account(account.id, backfill=True)
        return report(box.now)
    finally:
        db.close_database()


def test_a_mailbox_with_two_years_of_history_waits_only_for_todays_customers(
        dovecot_server, imap_user, qtbot, tmp_path):
    started = time.monotonic()
    server, user = dovecot_server, imap_user
    now = datetime.now(UTC).replace(microsecond=0)
    box = history_mailbox.build(user.address, now)
    assert history_mailbox.write(server, user, box.mails) == 2000
    without_history = report_without_history(server, box, tmp_path)

    window = open_window(qtbot, f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    wizard = open_account_wizard(window)
    try:
        # the wizard, as a seller fills it
        wizard.address.email.setText(user.address)
        wizard.next()
        s = wizard.servers
        s.password.setText(user.password)
        s.show_servers.setChecked(True)
        s.username.setText(user.name)
        s.imap_host.setText(user.host)
        s.imap_port.setValue(user.imap_port)
        s.imap_security.setCurrentIndex(s.imap_security.findData("none"))
        s.smtp_host.setText("")  # reading only
        with qtbot.waitSignal(wizard.test_finished, timeout=20_000) as tested:
            wizard.next()
        assert tested.args == [True], wizard.test.result.text()
        with qtbot.waitSignal(wizard.census_finished, timeout=20_000) as counted:
            wizard.next()
        assert counted.args == [True]
        # what the default cut-off means for this inbox, counted from the server
        recent = box.inbox_since(now - WEEK)
        older = box.inbox_total() - recent
        assert (recent, older) == (50, box.inbox_total() - 50)
        assert wizard.waiting.count.text() == (
            f"{recent} messages in the last 7 days will count; {older:,} older ones are "
            "kept as history.")
        wizard.waiting.waiting_days.setValue(1)
        last_day = box.inbox_since(now - timedelta(days=1))
        assert wizard.waiting.count.text().startswith(
            f"{last_day} messages in the last 24 hours will count")
        wizard.waiting.waiting_days.setValue(7)
        with qtbot.waitSignal(wizard.first_sync_done, timeout=60_000):
            wizard.next()
        assert not wizard.sync.error.text(), wizard.sync.error.text()
        wizard.accept()
        window.refresh()
        wait_for_tasks(qtbot)

        # every message came in: the last 90 days first, the rest by backfill
        assert Message.select().count() == 2000
        inbox_folder = Folder.get(Folder.role == "inbox")
        assert inbox_folder.backfill_done
        assert Message.select().where(Message.date < now - timedelta(days=90)).count() > 1000
        account = Account.get()
        assert abs(account.counts_from - (now - WEEK)) < timedelta(minutes=2)

        # "Waiting on me" holds exactly the 30, the longest wait first and the newest
        # conversation first among equal waits
        window.show_section("waiting")
        model = window.inbox_page.model
        qtbot.waitUntil(lambda: model.view == "waiting" and model.total == 30, timeout=10_000)
        rows = [model.row_at(r) for r in range(model.total)]
        assert sorted(r.subject for r in rows) == sorted(m.subject for m in box.fresh)
        keys = [(r.waiting_since, -r.id) for r in rows]
        assert keys == sorted(keys)
        ties = [(a.id, b.id) for a, b in pairwise(rows)
                if a.waiting_since == b.waiting_since]
        assert len(ties) == 2 and all(first > second for first, second in ties)
        assert window.sidebar.count_of("waiting") == 30
        assert window.windowTitle().startswith("(30) ")

        # the rest is in All: every conversation of the inbox, the history among them
        window.show_section("inbox")
        qtbot.waitUntil(lambda: model.view == "all", timeout=10_000)
        qtbot.waitUntil(lambda: model.total == box.inbox_total(), timeout=10_000)
        assert inbox.count("all") == box.inbox_total()
        old_unanswered = Conversation.select().where(Conversation.subject.startswith("Tanya stok"))
        assert old_unanswered.count() > 500
        assert all(c.waiting_since is None and c.first_customer_at is None
                   for c in old_unanswered)
        assert Event.select().where(Event.kind == events.HISTORY_IGNORED).count() > 1000

        # the reply-time report is the one of the same mailbox without its history
        with_history = report(now)
        assert with_history == without_history
        assert with_history.first_reply.count == 10
        assert (with_history.cases, with_history.unanswered) == (40, 30)
    finally:
        wizard.close()
        close_window(qtbot, window)
    assert time.monotonic() - started < 60, "the acceptance test must stay under a minute"
