"""kill -9 at random points of a first sync: nothing lost, nothing doubled, nothing broken.

A mailbox of customer threads (questions in INBOX, the seller's answers in Sent, follow-ups
and automatic notices) is synced by a process of its own (tests/helpers/sync_kill_run.py)
that is SIGKILLed at a random moment, several rounds in a row; then one sync runs to the
end. The result must equal one uninterrupted sync of the same mailbox into a fresh
database: the same messages once each, the same conversations, the same reply clocks, a
sound database file and a search index that finds each message.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from helpers.dovecot import DovecotServer, ImapUser

from seller_desk.core.mail.connection import accounts
from seller_desk.core.mail.imap import sync
from seller_desk.core.store import db, search
from seller_desk.core.store.models import Account, Conversation, Message, MessageLocation

HELPER = Path(__file__).resolve().parents[1] / "helpers" / "sync_kill_run.py"
SELLER = "seller@test.localhost"
ROUNDS = 5  # bounded: each round is one process start and one kill
THREADS = 70  # customers; about 3.3 messages each


def _mail(subject: str, sender: str, to: str, when: datetime, msgid: str, body: str,
          parent: EmailMessage | None = None, auto: bool = False) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{msgid}@kill.test>"
    if parent is not None:
        msg["In-Reply-To"] = parent["Message-ID"]
        msg["References"] = parent["Message-ID"]
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(body)
    return msg


def fill(dove: DovecotServer, user: ImapUser) -> int:
    """Deliver the customers' threads; returns how many messages went in."""
    rng = random.Random(7)
    now = datetime.now(UTC)
    count = 0
    for t in range(THREADS):
        buyer = f"Pembeli {t} <buyer{t}@example.test>"
        start = now - timedelta(days=rng.randint(1, 40), hours=rng.randint(0, 23))
        question = _mail(f"Pesanan #{1000 + t}", buyer, SELLER, start, f"q{t}",
                         f"Salam, bila pesanan saya sampai? kod{t}q")
        dove.deliver(user, question.as_bytes())
        count += 1
        if t % 4 != 3:  # most were answered
            answer = _mail(f"Re: Pesanan #{1000 + t}", f"Kedai <{SELLER}>", buyer,
                           start + timedelta(hours=rng.randint(1, 30)), f"a{t}",
                           f"Terima kasih, sudah dihantar. kod{t}a", parent=question)
            dove.deliver(user, answer.as_bytes(), folder="Sent")
            count += 1
            if t % 3 == 0:  # the customer writes again
                again = _mail(f"Re: Pesanan #{1000 + t}", buyer, SELLER,
                              start + timedelta(days=2), f"f{t}",
                              f"Belum sampai lagi. kod{t}f", parent=answer)
                dove.deliver(user, again.as_bytes())
                count += 1
            if t % 10 == 0:
                auto = _mail(f"Auto: Re: Pesanan #{1000 + t}", buyer, SELLER,
                             start + timedelta(hours=31), f"o{t}",
                             f"Saya bercuti. kod{t}o", parent=answer, auto=True)
                dove.deliver(user, auto.as_bytes())
                count += 1
    return count


def add_account(user: ImapUser) -> Account:
    account = accounts.add_account(
        "Shop", user.address, password=user.password, username=user.name,
        imap_host=user.host, imap_port=user.imap_port, imap_security="none",
        smtp_host=user.host, smtp_port=user.submission_port, smtp_security="starttls")
    Account.update(sync_window_days=0).where(Account.id == account.id).execute()
    return Account.get_by_id(account.id)


def snapshot() -> dict[str, object]:
    """What a seller sees, in terms that do not depend on row ids."""
    by_conv: dict[int, set[str]] = {}
    for conv_id, mid in Message.select(Message.conversation, Message.message_id).tuples():
        by_conv.setdefault(conv_id, set()).add(mid)
    clocks = {}
    for conv in Conversation.select():
        key = frozenset(by_conv.get(conv.id, set()))
        clocks[key] = (conv.status, conv.waiting_since, conv.first_reply_s)
    return {
        "messages": sorted(m for (m,) in Message.select(Message.message_id).tuples()),
        "conversations": sorted(sorted(v) for v in by_conv.values()),
        "clocks": clocks,
        "locations": MessageLocation.select().count(),
    }


def assert_sound(database) -> None:
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    doubled = database.execute_sql(
        "SELECT message_id, COUNT(*) FROM message GROUP BY message_id HAVING COUNT(*) > 1"
    ).fetchall()
    assert doubled == []


def test_first_sync_killed_at_random_ends_as_one_uninterrupted_sync(
        tmp_path, private_dovecot_server):  # fmt: skip
    dove: DovecotServer = private_dovecot_server
    user = dove.add_user()
    sent = fill(dove, user)

    # the reference: one uninterrupted sync into a fresh database
    reference = db.open_database(f"sqlite:///{tmp_path / 'reference.sqlite3'}")
    account = add_account(user)
    started = time.monotonic()
    sync.sync_account(account.id)
    took = time.monotonic() - started
    want = snapshot()
    assert len(want["messages"]) == sent
    db.close_database()
    reference.close()

    url = f"sqlite:///{tmp_path / 'killed.sqlite3'}"
    database = db.open_database(url)
    account = add_account(user)
    env = dict(os.environ, SYNC_DB=url, SYNC_ACCOUNT=str(account.id), SYNC_BATCH="25",
               SYNC_PASSWORDS=json.dumps({user.address: user.password}))
    rng = random.Random(2026)
    stored_after: list[int] = []
    for _ in range(ROUNDS):
        proc = subprocess.Popen([sys.executable, str(HELPER)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # the process needs about a second to import and log in before it fetches
        time.sleep(0.8 + rng.uniform(0.0, max(0.5, took)))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=60)
        assert "Traceback" not in err, err
        assert_sound(database)
        stored_after.append(Message.select().count())
    assert stored_after[-1] <= sent

    result = sync.sync_account(account.id)
    assert not result.errors
    assert_sound(database)
    got = snapshot()
    assert got["messages"] == want["messages"]  # 0 lost, 0 doubled
    assert got["conversations"] == want["conversations"]
    assert got["clocks"] == want["clocks"]
    assert got["locations"] == want["locations"]
    # the search index holds every message once: each one's own word finds it alone
    for token in ("kod0q", "kod5a", f"kod{THREADS - 1}q", "kod30o", "kod6f"):
        hits = search.search_messages(token)
        assert len(hits) == 1, (token, hits)
    db.close_database()
    database.close()
