"""One sync per mailbox in a team: two window cores on one PostgreSQL database and one
Dovecot mailbox; only the one holding the mailbox's advisory lock syncs it, and when it
dies (SIGKILL), closes, or loses its lock connection, the other takes over. The outbox's
lease keeps each queued reply to one sender when two processes send at once.

The cores run in processes of their own (tests/helpers/team_run.py), which print what
they do: ``gained``/``lost`` a mailbox, each ``sync`` run they start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import psycopg2
import pytest
from helpers.dovecot import ImapUser
from helpers.outbox_shop import delivered, make_account, queue_message
from helpers.team_cores import RETRY, Core

from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Message, OutboxMessage
from seller_desk.core.team import leadership

HELPERS = Path(__file__).resolve().parents[1] / "helpers"


@pytest.fixture
def cores() -> Iterator[list[Core]]:
    started: list[Core] = []
    yield started
    for core in started:
        core.release()


@pytest.fixture
def team_shop(pg_url: str, imap_user: ImapUser) -> Iterator[tuple[str, int]]:
    """A team database with the mailbox of ``imap_user``; yields (url, account id)."""
    db.open_database(pg_url)
    account = Account.create(name="Shop", email=imap_user.address, username=imap_user.name,
                             provider="generic", imap_host=imap_user.host,
                             imap_port=imap_user.imap_port, imap_security="none",
                             smtp_host="127.0.0.1", smtp_port=1, smtp_security="none",
                             sync_window_days=0)
    yield pg_url, account.id
    db.close_database()


def mail(subject: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Aisyah <aisyah@example.test>"
    msg["To"] = "shop@example.test"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@example.test>"
    msg.set_content("Bila barang sampai?")
    return msg.as_bytes()


def wait_for_messages(count: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while Message.select().count() < count:
        assert time.monotonic() < deadline, f"fewer than {count} messages after {timeout} s"
        time.sleep(0.1)


def lock_holders(url: str, account_id: int) -> int:
    """How many sessions hold the mailbox's lock, as the server sees it."""
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                        "AND classid = %s AND objid = %s AND objsubid = 2 AND granted",
                        (leadership.LOCK_NAMESPACE, account_id))
            return int(cur.fetchone()[0])
    finally:
        conn.close()


def test_only_one_core_syncs_and_another_takes_over_after_sigkill(team_shop, imap_user,
                                                                  cores):
    url, account_id = team_shop
    first = Core(url, imap_user)
    cores.append(first)
    first.wait_for(f"gained {account_id}")
    second = Core(url, imap_user)
    cores.append(second)
    second.wait_for("ready")

    imap_user.server.deliver(imap_user, mail("Kain batik"))
    wait_for_messages(1)  # pushed by IDLE to the first core, which synced it
    time.sleep(4 * RETRY)  # the second core tried for the lock four times meanwhile
    assert first.count(f"sync {account_id}") >= 1
    assert second.count(f"sync {account_id}") == 0
    assert f"gained {account_id}" not in second.lines
    assert lock_holders(url, account_id) == 1

    first.kill()
    took = second.wait_for(f"gained {account_id}", timeout=60)
    assert took <= leadership.RETRY_SECONDS  # within a minute; here within a few retries
    imap_user.server.deliver(imap_user, mail("Tudung bawal"))
    wait_for_messages(2)
    assert second.count(f"sync {account_id}") >= 1
    assert Message.select().count() == 2  # nothing stored twice by the take-over
    assert lock_holders(url, account_id) == 1


def test_a_window_that_closes_hands_the_mailbox_over(team_shop, imap_user, cores):
    url, account_id = team_shop
    first = Core(url, imap_user)
    cores.append(first)
    first.wait_for(f"gained {account_id}")
    second = Core(url, imap_user)
    cores.append(second)
    second.wait_for("ready")
    first.close()
    assert "stopped" in first.lines
    second.wait_for(f"gained {account_id}", timeout=10)
    imap_user.server.deliver(imap_user, mail("Saiz baju"))
    wait_for_messages(1)


def test_a_lost_lock_connection_stops_the_sync_and_the_mailbox_is_taken_again(
        team_shop, imap_user, pg_server, cores):
    """The server ends the syncing core's lock session (as when its network is gone long
    enough): the core notices, stops syncing, and one core (either) holds it again."""
    url, account_id = team_shop
    first = Core(url, imap_user)
    cores.append(first)
    first.wait_for(f"gained {account_id}")
    second = Core(url, imap_user)
    cores.append(second)
    second.wait_for("ready")
    conn = psycopg2.connect(url)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("SELECT pg_terminate_backend(l.pid) FROM pg_locks l "
                    "WHERE l.locktype = 'advisory' AND l.classid = %s AND l.objid = %s",
                    (leadership.LOCK_NAMESPACE, account_id))
    conn.close()
    first.wait_for(f"lost {account_id}", timeout=10)
    deadline = time.monotonic() + 10
    while lock_holders(url, account_id) != 1:
        assert time.monotonic() < deadline, "nobody took the mailbox again"
        time.sleep(0.2)
    time.sleep(2 * RETRY)
    holders = [core for core in (first, second)
               if [x for x in core.lines if x.endswith(f" {account_id}")
                   and x.split()[0] in ("gained", "lost")][-1:] == [f"gained {account_id}"]]
    assert len(holders) == 1


def test_two_senders_send_each_queued_reply_once(pg_url, imap_user, smtp_sink):
    """The outbox's lease with two processes sending from one team database at once."""
    db.open_database(pg_url)
    try:
        account = make_account(imap_user, smtp_sink)
        rows = [queue_message(account, f"Pesanan {i}") for i in range(12)]
        env = dict(os.environ, OUTBOX_DB=pg_url,
                   OUTBOX_PASSWORDS=json.dumps({imap_user.address: imap_user.password}))
        senders = [subprocess.Popen([sys.executable, str(HELPERS / "outbox_kill_run.py")],
                                    env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True) for _ in range(2)]
        reports = []
        for proc in senders:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            reports.append(json.loads(out.strip().splitlines()[-1]))
        for row in rows:
            assert len(delivered(smtp_sink, row.message_id)) == 1, row.message_id
            assert OutboxMessage.get_by_id(row.id).state == "sent"
        assert sorted(i for r in reports for i in r["sent"]) == sorted(r.id for r in rows)
    finally:
        db.close_database()


def test_the_command_line_sync_leaves_a_mailbox_to_the_window_syncing_it(
        team_shop, imap_user, cores, tmp_path):
    from helpers.cli import assert_plain, run

    url, account_id = team_shop
    imap_user.server.deliver(imap_user, mail("Kain pelikat"))
    window = Core(url, imap_user)
    cores.append(window)
    window.wait_for(f"gained {account_id}")
    wait_for_messages(1)
    said = assert_plain(run(tmp_path, "--database", url, "sync", user=imap_user), 0,
                        "another window of the team is checking this mailbox")
    window.kill()  # nobody syncs it now: the command line does
    imap_user.server.deliver(imap_user, mail("Songket"))
    said = assert_plain(run(tmp_path, "--database", url, "sync", user=imap_user), 0)
    assert "another window" not in said
    wait_for_messages(2, timeout=5)
