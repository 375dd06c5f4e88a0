"""A sync killed outright (kill -9, a crash, the power button): nothing lost, nothing
doubled, nothing broken, no process left behind, no customer left off the waiting list.

- A first sync killed at random points, several rounds in a row, then finished, equals one
  uninterrupted sync: a mailbox of customer threads (questions in INBOX, the seller's
  answers in Sent, follow-ups and automatic notices) is synced by a process of its own
  (tests/helpers/sync_kill_run.py, through the core) and SIGKILLed at a random moment;
  then one sync runs to the end. The result must equal one uninterrupted sync of the same
  mailbox into a fresh database: the same messages once each, the same conversations, the
  same reply clocks, a sound database file and a search index that finds each message.
- A big batch is parsed by a helper process (core/mail/parse/helper.py), which comes with
  multiprocessing's resource tracker. Both must end with the app, however it ends: once
  they outlived every killed sync (32 stray processes after 25 kills), each holding the
  killed command's output open, so ``seller-desk sync | tee log`` never returned either.
- A ``seller-desk sync`` killed after storing batches and before refreshing their
  conversations: the next sync shows every customer as waiting.
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

import pytest
from helpers import cli
from helpers.dovecot import DovecotServer, ImapUser

from seller_desk.core.mail.connection import accounts
from seller_desk.core.mail.imap import sync
from seller_desk.core.store import db, search
from seller_desk.core.store.models import Account, Conversation, Message, MessageLocation

HELPER = Path(__file__).resolve().parents[1] / "helpers" / "sync_kill_run.py"
SELLER = "seller@test.localhost"
ROUNDS = 5  # bounded: each round is one process start and one kill
THREADS = 70  # customers; about 3.3 messages each
MESSAGES = 3000  # a first sync of some seconds: the kill lands in the middle of it
GONE_WITHIN = 5.0  # seconds after the kill


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
        tmp_path, private_dovecot_server):
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
        _out, err = proc.communicate(timeout=60)
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


# --- the parsing helper and the command line ------------------------------------------


def _stat(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (state first), or None if gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text.rsplit(")", 1)[1].split()


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def descendants(root: int) -> dict[int, str]:
    """Every live process below ``root``: pid -> its start time (so a reused pid is not
    taken for a survivor)."""
    parents: dict[int, int] = {}
    started: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (fields := _stat(int(entry))) is not None:
            parents[int(entry)] = int(fields[1])
            started[int(entry)] = fields[19]
    found: dict[int, str] = {}
    frontier = [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in found:
                found[pid] = started[pid]
                frontier.append(pid)
    return found


def alive(pid: int, start_time: str) -> bool:
    """The same process still runs (a zombie has ended; only its exit status is left)."""
    fields = _stat(pid)
    return fields is not None and fields[0] != "Z" and fields[19] == start_time


def run_and_kill(home: Path, user, delay: float) -> dict[int, str]:
    """Start ``seller-desk sync``, wait until its parsing helper runs, let it work for
    ``delay`` seconds, kill -9 it; returns the processes it had started."""
    proc = subprocess.Popen([*cli.seller_desk_command(), "--data-dir", str(home), "sync"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=cli.cli_env(user))
    children: dict[int, str] = {}
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            children.update(descendants(proc.pid))
            if any("spawn_main" in _cmdline(pid) for pid in children):
                break
            time.sleep(0.02)
        assert any("spawn_main" in _cmdline(pid) for pid in children), \
            f"the sync never started its parsing helper (exit {proc.poll()})"
        end = time.monotonic() + delay
        while time.monotonic() < end:
            children.update(descendants(proc.pid))
            time.sleep(0.02)
        assert proc.poll() is None, "the sync ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
    return children


@pytest.mark.slow
def test_a_killed_sync_leaves_no_helper_or_resource_tracker_behind(
        dovecot_server: DovecotServer, tmp_path: Path) -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to find the killed sync's processes")
    user = dovecot_server.add_user()
    cli.fill_inbox(dovecot_server, user, MESSAGES)
    survivors: list[str] = []
    home = tmp_path
    for round_ in range(ROUNDS):
        home = tmp_path / f"round{round_}"
        cli.add_account(home, user)
        children = run_and_kill(home, user, delay=0.2 * round_)
        deadline = time.monotonic() + GONE_WITHIN
        while time.monotonic() < deadline and any(alive(p, s) for p, s in children.items()):
            time.sleep(0.05)
        for pid, start_time in children.items():
            if alive(pid, start_time):
                survivors.append(f"round {round_}: {pid} {_cmdline(pid)[:120]}")
                os.kill(pid, signal.SIGKILL)  # ours: started by the sync this test ran
    assert not survivors, "still running after the sync was killed:\n" + "\n".join(survivors)

    # and a killed sync loses nothing: the next one brings every message
    done = cli.run(home, "sync", "--quiet", user=user, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    stats = cli.run(home, "stats", "--json")
    assert json.loads(stats.stdout)["messages"] == MESSAGES


def test_a_sync_killed_before_it_refreshed_its_conversations_loses_no_waiting_customer(
        dovecot_server: DovecotServer, tmp_path: Path) -> None:
    """The sync refreshes the conversations of stored batches now and then, not batch by
    batch. Killed in between, the batches are stored but their customers did not show as
    waiting, and the next sync, finding those messages stored, never looked at them again."""
    user = dovecot_server.add_user()
    count = 600
    cli.fill_inbox(dovecot_server, user, count)
    home = tmp_path / "data"
    cli.add_account(home, user)
    killed = subprocess.run([sys.executable, str(HELPER), "--data-dir", str(home), "sync"],
                            capture_output=True, text=True, timeout=300, check=False,
                            env=cli.cli_env(user, SYNC_KILL_AT_REFRESH="3",
                                            SYNC_BATCH="200"))
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    stored = json.loads(cli.run(home, "stats", "--json").stdout)
    assert stored["conversations_waiting"] < stored["messages"] < count  # the moment sought

    again = cli.run(home, "sync", user=user, timeout=300)

    cli.assert_plain(again, 0, f"{count - stored['messages']} new")
    after = json.loads(cli.run(home, "stats", "--json").stdout)
    assert (after["messages"], after["conversations_waiting"]) == (count, count)
