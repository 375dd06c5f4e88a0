"""A first sync of a mailbox with years of history: only the customers who really wait now
show in "Waiting on me", and the reply-time report is the same as without the history."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from helpers.dovecot import DovecotServer, ImapUser

from seller_desk.core.conversations import inbox
from seller_desk.core.mail.connection import accounts
from seller_desk.core.mail.imap import sync
from seller_desk.core.reports import kpis
from seller_desk.core.store import db, events
from seller_desk.core.store.models import Account, Conversation, Event, Message

HISTORY = 300  # customer mail of the last two years, up to ten days old
HISTORY_ANSWERED = 20  # of which the seller answered these (found in Sent)
FRESH = 30  # unanswered customer mail of the last two days
RECENT_ANSWERED = 5  # asked three days ago, answered two hours later


def mail(user: ImapUser, subject: str, when: datetime, *, sender: str,
         to: str, answers: EmailMessage | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@example.test>"
    if answers is not None:
        msg["In-Reply-To"] = msg["References"] = answers["Message-ID"]
    msg.set_content(f"{subject}: bila barang sampai?")
    return msg


def fill(server: DovecotServer, user: ImapUser, now: datetime, *, history: bool) -> None:
    """The fresh and recent mail, and (``history``) two years of older mail before it."""

    def deliver(msg: EmailMessage, folder: str = "INBOX") -> None:
        server.deliver(user, msg.as_bytes(), folder=folder)

    def ask_and_answer(subject: str, asked: datetime, sender: str) -> None:
        question = mail(user, subject, asked, sender=sender, to=user.address)
        deliver(question)
        deliver(mail(user, f"Re: {subject}", asked + timedelta(hours=2),
                     sender=user.address, to=sender, answers=question), "Sent")

    if history:
        span = timedelta(days=720)
        for i in range(HISTORY):
            asked = now - timedelta(days=10) - span * i / HISTORY
            sender = f"Pelanggan {i % 60} <old{i % 60}@example.test>"
            if i < HISTORY_ANSWERED:
                ask_and_answer(f"Pesanan lama {i}", asked, sender)
            else:
                deliver(mail(user, f"Pesanan lama {i}", asked, sender=sender,
                             to=user.address))
    for i in range(RECENT_ANSWERED):
        ask_and_answer(f"Soalan {i}", now - timedelta(days=3, hours=i), f"<recent{i}@example.test>")
    for i in range(FRESH):
        deliver(mail(user, f"Pesanan baru {i}", now - timedelta(hours=47) + timedelta(hours=1.5 * i),
                     sender=f"Pembeli {i} <new{i}@example.test>", to=user.address))


def first_sync(user: ImapUser, home: Path) -> None:
    db.open_database(f"sqlite:///{home / 'mail.sqlite3'}")
    account = accounts.add_account(
        "Shop", user.address, password=user.password, username=user.name,
        imap_host=user.host, imap_port=user.imap_port, imap_security="none",
        smtp_host=user.host, smtp_port=user.submission_port, smtp_security="starttls")
    # the whole mailbox, not only the default sync window
    Account.update(sync_window_days=0).where(Account.id == account.id).execute()
    sync.sync_account(account.id, backfill=True)


def report(now: datetime) -> kpis.Kpis:
    return kpis.kpis(now - timedelta(days=800), now + timedelta(days=1))


def test_a_first_sync_shows_only_the_customers_who_wait_now(
        dovecot_server: DovecotServer, tmp_path: Path) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    plain = dovecot_server.add_user()
    fill(dovecot_server, plain, now, history=False)
    (tmp_path / "plain").mkdir()
    first_sync(plain, tmp_path / "plain")
    without_history = report(now)
    db.close_database()

    user = dovecot_server.add_user()
    fill(dovecot_server, user, now, history=True)
    (tmp_path / "full").mkdir()
    try:
        first_sync(user, tmp_path / "full")
        assert Message.select().count() == \
            HISTORY + HISTORY_ANSWERED + FRESH + 2 * RECENT_ANSWERED
        assert inbox.count("waiting") == FRESH
        assert inbox.count("all") == HISTORY + FRESH + RECENT_ANSWERED
        waiting = Conversation.select().where(
            Conversation.id.in_(inbox.page_ids("waiting", 0, 100)))
        assert sorted(c.subject for c in waiting) == sorted(f"Pesanan baru {i}"
                                                           for i in range(FRESH))
        # the history started no clock, has no figures, and each says why once
        old = Conversation.select().where(Conversation.subject.startswith("Pesanan lama"))
        assert old.count() == HISTORY
        assert all(c.waiting_since is None and c.first_customer_at is None
                   and c.first_reply_s is None for c in old)
        assert Event.select().where(Event.kind == events.HISTORY_IGNORED).count() == HISTORY
        # the reply-time report is what it is for the same mailbox without its history
        with_history = report(now)
        assert with_history.first_reply == without_history.first_reply
        assert with_history.first_reply.count == RECENT_ANSWERED
        assert (with_history.cases, with_history.unanswered) == \
            (without_history.cases, without_history.unanswered) == \
            (FRESH + RECENT_ANSWERED, FRESH)
    finally:
        db.close_database()


def test_backfilled_older_mail_follows_the_same_rule(
        dovecot_server: DovecotServer, imap_user: ImapUser, tmp_path: Path) -> None:
    """The sync window (90 days) first, the older mail by backfill afterwards: the backfill
    starts no clock either, and "Waiting on me" is the same before and after it."""
    from helpers import history_mailbox

    now = datetime.now(UTC).replace(microsecond=0)
    box = history_mailbox.build(imap_user.address, now, total=400)
    history_mailbox.write(dovecot_server, imap_user, box.mails)
    db.open_database(f"sqlite:///{tmp_path / 'mail.sqlite3'}")
    try:
        account = accounts.add_account(
            "Shop", imap_user.address, password=imap_user.password, username=imap_user.name,
            imap_host=imap_user.host, imap_port=imap_user.imap_port, imap_security="none",
            smtp_host=imap_user.host, smtp_port=imap_user.submission_port,
            smtp_security="starttls")
        Account.update(sync_window_days=90).where(Account.id == account.id).execute()
        sync.sync_account(account.id, backfill=False)
        in_window = Message.select().count()
        assert in_window < len(box.mails)
        waiting_before = inbox.page_ids("waiting", 0, 100)
        assert len(waiting_before) == len(box.fresh)

        sync.sync_account(account.id, backfill=True)

        assert Message.select().count() == len(box.mails)
        assert len(box.mails) - in_window > 100  # brought by the backfill
        # (the window is asked for by whole days, so its edge is not exactly 90 days)
        backfilled = Message.select().where(Message.date < now - timedelta(days=91))
        assert inbox.page_ids("waiting", 0, 100) == waiting_before
        convs = Conversation.select().where(
            Conversation.id.in_(backfilled.select(Message.conversation)))
        assert all(c.waiting_since is None and c.first_customer_at is None for c in convs)
        customers = [c for c in convs if c.subject.startswith(("Tanya stok", "Pesanan lama"))]
        assert customers and Event.select().where(
            Event.kind == events.HISTORY_IGNORED,
            Event.conversation_id.in_([c.id for c in customers])).count() == len(customers)
    finally:
        db.close_database()
