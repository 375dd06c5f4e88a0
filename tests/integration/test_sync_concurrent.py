"""Two syncs of one mailbox into one database at the same moment (two laptops of a team,
or a second window) store every message once and thread it as one sync would.

Each round writes new mail into a real Dovecot mailbox (new threads, and answers to the
threads of earlier rounds), starts two sync processes at the same instant
(tests/helpers/sync_run.py) on the shared database, and one sync on a database of its
own. Both report success; every Message-ID is stored once; the shared database holds the
same conversations (as sets of Message-IDs) with the same clocks as the single sync.
Before schema 11 the shared database held nearly every message twice, each copy in a
conversation of its own (5,911 rows for 3,001 Message-IDs in the campaign that found it).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from helpers.dovecot import DovecotServer, ImapUser
from imapclient import IMAPClient

from seller_desk.core.mail.connection import accounts
from seller_desk.core.store import db
from seller_desk.core.store.models import Account

HELPER = Path(__file__).resolve().parents[1] / "helpers" / "sync_run.py"
SHOP = "shop@example.test"
FIRST_ROUND = 600  # messages in the mailbox at the first sync (the campaign had 3,000)
LATER_ROUNDS = 2  # rounds of new mail after it, each about a tenth of that
SUBJECTS = ("Kain batik", "Pesanan #1001", "Saiz baju kurung", "Tudung bawal", "Bayaran")


@dataclass
class Post:
    mid: str
    subject: str
    customer: str
    chain: list[str]
    when: datetime


class Mailbox:
    """Shop mail written straight into the user's Maildir (INBOX and Sent)."""

    def __init__(self, server: DovecotServer, user: ImapUser, seed: int) -> None:
        self.server = server
        self.user = user
        self.rng = random.Random(seed)
        self.count = 0
        self.threads: list[list[Post]] = []
        self.now = datetime.now(UTC).replace(microsecond=0) - timedelta(days=80)

    def _write(self, folder: str, post: Post, sender: str, to: str, subject: str,
               auto: bool = False, headers: bool = True) -> None:
        lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}",
                 f"Date: {format_datetime(post.when)}", f"Message-ID: <{post.mid}>"]
        if post.chain and headers:
            lines += [f"In-Reply-To: <{post.chain[-1]}>",
                      "References: " + " ".join(f"<{r}>" for r in post.chain)]
        if auto:
            lines.append("Auto-Submitted: auto-replied")
        body = f"Salam, tentang {post.subject.lower()} ({post.mid}). Terima kasih."
        raw = ("\n".join(lines) + "\n\n" + body + "\n").encode()
        root = self.server.maildir_path(self.user)
        where = root / "new" if folder == "INBOX" else root / folder / "new"
        for sub in ("new", "cur", "tmp"):
            (where.parent / sub).mkdir(parents=True, exist_ok=True)
        path = where / f"{int(post.when.timestamp())}.M{self.count}P{os.getpid()}.sdtest"
        path.write_bytes(raw)
        self.count += 1

    def _post(self, thread: list[Post] | None, customer: str, subject: str,
              after: timedelta) -> Post:
        parent = thread[-1] if thread else None
        when = (parent.when if parent else self.now) + after
        chain = [*parent.chain, parent.mid] if parent else []
        post = Post(f"m{self.count}.{self.rng.randrange(10**9)}@example.test", subject,
                    customer, chain, when)
        return post

    def customer_writes(self, thread: list[Post], customer: str, subject: str,
                        after: timedelta, headers: bool = True) -> None:
        post = self._post(thread, customer, subject, after)
        prefix = "Re: " if thread else ""
        self._write("INBOX", post, customer, SHOP, prefix + subject, headers=headers)
        thread.append(post)

    def shop_answers(self, thread: list[Post]) -> None:
        last = thread[-1]
        post = self._post(thread, last.customer, last.subject,
                          timedelta(minutes=self.rng.randint(10, 60 * 30)))
        self._write("Sent", post, SHOP, last.customer, "Re: " + last.subject)
        thread.append(post)
        if self.rng.random() < 0.15:  # the customer's out-of-office answers the answer
            away = self._post(thread, last.customer, last.subject, timedelta(minutes=1))
            self._write("INBOX", away, last.customer, SHOP, "Out of office: " + last.subject,
                        auto=True)

    def new_threads(self, messages: int) -> None:
        start = self.count
        while self.count - start < messages:
            customer = f"buyer{self.rng.randrange(150)}@example.test"
            subject = self.rng.choice(SUBJECTS)
            thread: list[Post] = []
            self.now += timedelta(minutes=self.rng.randint(5, 90))
            self.customer_writes(thread, customer, subject, timedelta(0))
            if self.rng.random() < 0.8:
                self.shop_answers(thread)
                if self.rng.random() < 0.4:  # a follow-up, sometimes without headers
                    self.customer_writes(thread, customer, subject,
                                         timedelta(hours=self.rng.randint(1, 72)),
                                         headers=self.rng.random() < 0.8)
            self.threads.append(thread)

    def answers_to_old_threads(self, messages: int) -> None:
        start = self.count
        while self.count - start < messages:
            thread = self.rng.choice(self.threads)
            self.customer_writes(thread, thread[0].customer, thread[0].subject,
                                 timedelta(days=self.rng.randint(1, 30)))
            if self.rng.random() < 0.5:
                self.shop_answers(thread)

    def own(self) -> None:
        """Hand the written files to the mail user and have Dovecot index them, as
        delivery would. Without the indexing the first session to open a folder does it,
        and a STATUS asked by the other sync at that moment can still show the folder
        unchanged: that sync then stores Sent before INBOX, and subject threading, which
        depends on the order mail is stored in, may then differ from the single sync's."""
        uid, gid = self.server._accounts.mail_uid, self.server._accounts.mail_gid
        for dirpath, _dirs, files in os.walk(self.server.maildir_path(self.user).parent):
            os.chown(dirpath, uid, gid)
            for name in files:
                os.chown(os.path.join(dirpath, name), uid, gid)
        client = IMAPClient(self.user.host, self.user.imap_port, ssl=False, timeout=30)
        client.login(self.user.name, self.user.password)
        for folder in ("INBOX", "Sent"):
            if client.folder_exists(folder):
                client.select_folder(folder, readonly=True)
        client.logout()


def helper(mode: str, url: str, **env: str) -> subprocess.Popen[str]:
    full = dict(os.environ, SYNC_DB=url, **env)
    return subprocess.Popen([sys.executable, str(HELPER), mode], env=full, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(proc: subprocess.Popen[str]) -> dict:
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-4000:]
    return json.loads(out.strip().splitlines()[-1])


def add_account(url: str, user: ImapUser) -> int:
    database = db.open_database(url)
    try:
        account = accounts.add_account("Shop", user.address, password=user.password,
                                       username=user.name, imap_host=user.host,
                                       imap_port=user.imap_port, imap_security="none")
        Account.update(sync_window_days=0).where(Account.id == account.id).execute()
        return account.id
    finally:
        database.close()


def syncs_at_once(url: str, account: int, user: ImapUser, tmp: Path, n: int = 2) -> list[dict]:
    go = tmp / "go"
    go.unlink(missing_ok=True)
    ready = [tmp / f"ready{i}" for i in range(n)]
    for r in ready:
        r.unlink(missing_ok=True)
    procs = [helper("sync", url, SYNC_ACCOUNT=str(account), SYNC_PASSWORD=user.password,
                    SYNC_READY=str(r), SYNC_GO=str(go)) for r in ready]
    while not all(r.exists() for r in ready):
        if any(p.poll() is not None for p in procs):
            break
    go.write_text("go")
    return [finish(p) for p in procs]


def check_two_syncs_at_once(shared: str, user: ImapUser, tmp: Path) -> None:
    single = f"sqlite:///{tmp / 'single.sqlite3'}"
    account = add_account(shared, user)
    assert add_account(single, user) == account
    mailbox = Mailbox(user.server, user, seed=11)
    mailbox.new_threads(FIRST_ROUND)
    mailbox.own()
    # the account is known already (its folders listed), as when the seller used the app
    # before the helper's laptop joined; two first syncs of a new account are below
    for url in (shared, single):
        names = finish(helper("folders", url, SYNC_ACCOUNT=str(account),
                              SYNC_PASSWORD=user.password))
        assert "INBOX" in names and "Sent" in names
    for round_ in range(1 + LATER_ROUNDS):
        if round_:
            mailbox.answers_to_old_threads(FIRST_ROUND // 20)
            mailbox.new_threads(FIRST_ROUND // 20)
            mailbox.own()
        both = syncs_at_once(shared, account, user, tmp)
        alone = finish(helper("sync", single, SYNC_ACCOUNT=str(account),
                              SYNC_PASSWORD=user.password))
        for result in (*both, alone):
            assert (result["errors"], result["unsaved"]) == ([], 0), result
        new = alone["new"]
        assert both[0]["new"] + both[1]["new"] == new, (round_, both, alone)
        got = finish(helper("describe", shared))
        want = finish(helper("describe", single))
        assert got["messages"] == got["keys"] == want["messages"] == mailbox.count, \
            (round_, got["messages"], got["keys"], mailbox.count)
        assert got["without_conversation"] == 0
        extra = [c for c in got["conversations"] if c not in want["conversations"]]
        missing = [c for c in want["conversations"] if c not in got["conversations"]]
        assert (extra, missing) == ([], []), (round_, len(got["conversations"]),
                                              len(want["conversations"]))
        assert new > 0


@pytest.mark.integration
def test_two_syncs_at_once_into_postgresql_store_each_message_once(pg_url, imap_user,
                                                                    tmp_path):
    check_two_syncs_at_once(pg_url, imap_user, tmp_path)


def test_two_syncs_at_once_into_one_sqlite_file_store_each_message_once(imap_user, tmp_path):
    check_two_syncs_at_once(f"sqlite:///{tmp_path / 'shared.sqlite3'}", imap_user, tmp_path)


@pytest.mark.integration
def test_two_first_syncs_of_a_new_account_at_once_both_succeed(pg_url, imap_user, tmp_path):
    """Both make the account's folders at the same moment: one makes them, the other
    finds them (the second one used to stop on the folder's unique key)."""
    mailbox = Mailbox(imap_user.server, imap_user, seed=5)
    mailbox.new_threads(20)
    mailbox.own()
    account = add_account(pg_url, imap_user)
    both = syncs_at_once(pg_url, account, imap_user, tmp_path)
    assert [(r["errors"], r["unsaved"]) for r in both] == [([], 0), ([], 0)]
    assert both[0]["new"] + both[1]["new"] == mailbox.count
    got = finish(helper("describe", pg_url))
    assert got["messages"] == got["keys"] == mailbox.count
