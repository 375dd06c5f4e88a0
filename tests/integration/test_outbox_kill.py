"""Exactly once: the sender is killed (SIGKILL) at each step of sending, then restarted.

Each test queues one message, runs the sender in a process of its own that kills itself
at one step (tests/helpers/outbox_kill_run.py), then runs a fresh sender process (the
restart) and a third one (nothing left to do), and counts what the SMTP server accepted
and what Dovecot's Sent folder holds.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.dovecot import ImapUser
from helpers.outbox_shop import FilingSink, delivered, make_account, queue_message, sent_copies
from helpers.smtp import SmtpSink

from seller_desk.core.mail.send import outbox
from seller_desk.core.store import db
from seller_desk.core.store.models import Message, OutboxMessage

HELPER = Path(__file__).resolve().parents[1] / "helpers" / "outbox_kill_run.py"
LATER = int(outbox.SENT_GRACE.total_seconds()) + 60  # the restart comes after the grace


def run_sender(db_url: str, user: ImapUser, kill_at: str = "",
               now_offset: int = 0) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update({
        "OUTBOX_DB": db_url,
        "OUTBOX_PASSWORDS": json.dumps({user.address: user.password}),
        "OUTBOX_KILL_AT": kill_at,
        "OUTBOX_NOW_OFFSET": str(now_offset),
    })
    proc = subprocess.run([sys.executable, str(HELPER)], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    if kill_at:
        assert proc.returncode == -signal.SIGKILL, (
            f"the sender was not killed at {kill_at}: rc={proc.returncode}\n{proc.stderr}")
    else:
        assert proc.returncode == 0, proc.stderr
    return proc


def report(proc: subprocess.CompletedProcess[str]) -> dict:
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    database = db.open_database(url)
    yield url
    database.close()


@pytest.fixture
def plain_sink(smtp_server, imap_user: ImapUser) -> SmtpSink:
    """A provider that does not file sent mail: the app appends the copy to Sent."""
    return smtp_server(auth={imap_user.name: imap_user.password})


@pytest.fixture
def filing_sink(imap_user: ImapUser) -> Iterator[FilingSink]:
    """A provider that files sent mail in Sent itself, like Gmail."""
    sink = FilingSink(imap_user, auth={imap_user.name: imap_user.password}).start()
    yield sink
    sink.stop()


def state(row_id: int) -> OutboxMessage:
    return OutboxMessage.get_by_id(row_id)


@pytest.mark.parametrize("step", ["claimed", "connected", "envelope", "body_sent"])
def test_killed_before_the_hand_over_it_is_sent_once_after_restart(
        step, db_url, imap_user, plain_sink):
    row = queue_message(make_account(imap_user, plain_sink), f"kill at {step}")
    run_sender(db_url, imap_user, kill_at=step)
    assert delivered(plain_sink, row.message_id) == []
    assert state(row.id).state == "sending"  # interrupted, not lost
    restarted = report(run_sender(db_url, imap_user))
    assert restarted["recovered"] == [row.id] and restarted["sent"] == [row.id]
    run_sender(db_url, imap_user)
    assert len(delivered(plain_sink, row.message_id)) == 1
    after = state(row.id)
    assert (after.state, after.appended_to_sent) == ("sent", True)
    assert sent_copies(imap_user, row.message_id) == 1


def test_killed_after_the_hand_over_nothing_is_resent_without_the_seller(
        db_url, imap_user, plain_sink):
    row = queue_message(make_account(imap_user, plain_sink), "kill at handed_over")
    run_sender(db_url, imap_user, kill_at="handed_over")
    restarted = report(run_sender(db_url, imap_user))
    assert restarted["uncertain"] == [row.id] and restarted["sent"] == []
    run_sender(db_url, imap_user)
    assert delivered(plain_sink, row.message_id) == []  # the final "." never left
    status = outbox.describe(state(row.id))
    assert status.state == "failed" and status.uncertain and "may already" in status.reason
    # the seller checks with the customer, who got nothing, and retries: it goes once
    outbox.retry(row.id)
    run_sender(db_url, imap_user)
    run_sender(db_url, imap_user)
    assert len(delivered(plain_sink, row.message_id)) == 1
    assert state(row.id).state == "sent"
    assert sent_copies(imap_user, row.message_id) == 1


def test_killed_between_the_servers_yes_and_the_record_it_is_recorded_once_at_restart(
        db_url, imap_user, plain_sink):
    """The server's yes is committed first, alone; the local copy, the clock and the events
    a kill cut short are completed by the restart, and the message is never sent again."""
    row = queue_message(make_account(imap_user, plain_sink), "kill at accepted")
    run_sender(db_url, imap_user, kill_at="accepted")
    assert len(delivered(plain_sink, row.message_id)) == 1
    assert state(row.id).state == "sent"
    restarted = report(run_sender(db_url, imap_user))
    assert restarted["recovered"] == [row.id] and restarted["uncertain"] == []
    run_sender(db_url, imap_user, now_offset=3600)
    assert len(delivered(plain_sink, row.message_id)) == 1  # never a second delivery
    assert Message.select().where(Message.message_id == row.message_id).count() == 1
    assert state(row.id).appended_to_sent
    assert sent_copies(imap_user, row.message_id) == 1


@pytest.mark.parametrize("step", ["recorded", "appended"])
def test_killed_after_the_record_the_copy_is_filed_once(step, db_url, imap_user, plain_sink):
    row = queue_message(make_account(imap_user, plain_sink), f"kill at {step}")
    run_sender(db_url, imap_user, kill_at=step)
    assert state(row.id).state == "sent"
    run_sender(db_url, imap_user)
    run_sender(db_url, imap_user)
    assert len(delivered(plain_sink, row.message_id)) == 1
    assert state(row.id).appended_to_sent
    assert sent_copies(imap_user, row.message_id) == 1


@pytest.mark.parametrize("step, deliveries_before", [
    ("claimed", 0), ("handed_over", 0), ("accepted", 1), ("recorded", 1),
])
def test_a_provider_that_files_sent_mail_is_checked_and_resolved(
        step, deliveries_before, db_url, imap_user, filing_sink):
    account = make_account(imap_user, filing_sink, saves_sent=True)
    row = queue_message(account, f"gmail-like, kill at {step}")
    run_sender(db_url, imap_user, kill_at=step)
    assert len(delivered(filing_sink, row.message_id)) == deliveries_before
    run_sender(db_url, imap_user, now_offset=LATER)
    run_sender(db_url, imap_user, now_offset=LATER)
    assert len(delivered(filing_sink, row.message_id)) == 1
    after = state(row.id)
    assert after.state == "sent"
    assert sent_copies(imap_user, row.message_id) == 1  # filed by the provider only


def test_a_restart_within_the_grace_waits_for_the_provider(db_url, imap_user, filing_sink):
    row = queue_message(make_account(imap_user, filing_sink, saves_sent=True), "grace")
    run_sender(db_url, imap_user, kill_at="handed_over")
    early = report(run_sender(db_url, imap_user))
    assert early["sent"] == [] and early["recovered"] == []
    assert state(row.id).state == "sending"
    assert delivered(filing_sink, row.message_id) == []
    run_sender(db_url, imap_user, now_offset=LATER)
    assert len(delivered(filing_sink, row.message_id)) == 1


def test_every_step_is_covered():
    covered = {"claimed", "connected", "envelope", "body_sent", "handed_over", "accepted",
               "recorded", "appended"}
    assert covered == set(outbox.STEPS)


def start_sender(db_url: str, user: ImapUser) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.update({"OUTBOX_DB": db_url, "OUTBOX_PASSWORDS": json.dumps({user.address: user.password}),
                "OUTBOX_KILL_AT": "", "OUTBOX_NOW_OFFSET": "0"})
    return subprocess.Popen([sys.executable, str(HELPER)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def kill_while_the_server_answers(db_url: str, user: ImapUser, sink: SmtpSink,
                                  message_id: str) -> None:
    """Start a sender, and kill it once the server holds the message but before it answers
    the final "." (the server waits sink.answer_delay seconds to answer)."""
    proc = start_sender(db_url, user)
    try:
        sink.wait_for(1, timeout=30, match=lambda m: message_id in m.data.decode(errors="replace"))
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def test_a_crash_while_the_server_answers_leaves_it_for_the_seller(db_url, imap_user,
                                                                    plain_sink):
    """The one window left (docs/architecture.md, "Exactly once"): the final "." went out,
    the server took the message and had not answered yet. Nothing can tell, so the seller
    decides; it is never sent twice."""
    plain_sink.answer_delay = 3.0
    row = queue_message(make_account(imap_user, plain_sink), "answer pending")
    kill_while_the_server_answers(db_url, imap_user, plain_sink, row.message_id)
    restarted = report(run_sender(db_url, imap_user))
    assert restarted["uncertain"] == [row.id]
    assert len(delivered(plain_sink, row.message_id)) == 1
    assert outbox.describe(state(row.id)).uncertain


def test_a_provider_that_files_sent_mail_settles_it_within_seconds(db_url, imap_user,
                                                                  filing_sink):
    """Killed while a Gmail-like server answers: its Sent folder is searched from
    FIRST_LOOK on, so the message is known as sent long before the grace runs out."""
    filing_sink.answer_delay = 3.0
    row = queue_message(make_account(imap_user, filing_sink, saves_sent=True), "gmail-like")
    kill_while_the_server_answers(db_url, imap_user, filing_sink, row.message_id)
    look = int(outbox.FIRST_LOOK.total_seconds()) + 2
    assert look < outbox.SENT_GRACE.total_seconds()
    restarted = report(run_sender(db_url, imap_user, now_offset=look))
    assert restarted["recovered"] == [row.id]
    assert state(row.id).state == "sent"
    assert len(delivered(filing_sink, row.message_id)) == 1
    assert sent_copies(imap_user, row.message_id) == 1  # filed by the provider only


def test_a_message_not_yet_filed_is_looked_for_again_and_resent_only_after_the_grace(
        db_url, imap_user, filing_sink):
    row = queue_message(make_account(imap_user, filing_sink, saves_sent=True), "not filed")
    run_sender(db_url, imap_user, kill_at="handed_over")  # the final "." never left
    look = int(outbox.FIRST_LOOK.total_seconds()) + 2
    early = report(run_sender(db_url, imap_user, now_offset=look))
    assert early["recovered"] == [] and state(row.id).state == "sending"
    assert delivered(filing_sink, row.message_id) == []
    run_sender(db_url, imap_user, now_offset=LATER)
    assert len(delivered(filing_sink, row.message_id)) == 1
