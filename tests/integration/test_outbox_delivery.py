"""The outbox against a real SMTP server (aiosmtpd) and Dovecot: offline, wrong password,
TLS, refusals, providers that file sent mail themselves, the background worker, the CLI."""

from __future__ import annotations

import json
import threading
from datetime import timedelta

import pytest
from helpers.outbox_shop import delivered, make_account, queue_message, sent_copies

from seller_desk.app import main
from seller_desk.core.mail.connection import credentials
from seller_desk.core.mail.send import outbox
from seller_desk.core.store import db
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Message, OutboxMessage


@pytest.fixture
def db_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    database = db.open_database(url)
    yield url
    database.close()


def later(minutes: float = 60):
    return utcnow() + timedelta(minutes=minutes)


def test_smtp_down_queues_then_sends_once_when_it_is_back(db_url, imap_user, smtp_server):
    sink = smtp_server(auth={imap_user.name: imap_user.password})
    account = make_account(imap_user, sink)
    sink.stop()
    row = queue_message(account, "Offline reply")
    report = outbox.send_due()
    assert report.retrying == [row.id] and not report.sent
    waiting = OutboxMessage.get_by_id(row.id)
    status = outbox.describe(waiting)
    assert status.state == "queued" and status.waiting
    assert "refused the connection" in status.reason
    assert status.next_attempt_at > utcnow()
    assert outbox.send_due().retrying == []  # not due yet: no hammering
    sink.start()
    assert outbox.send_due(now=later()).sent == [row.id]
    assert outbox.send_due(now=later(120)).sent == []
    assert len(delivered(sink, row.message_id)) == 1
    assert OutboxMessage.get_by_id(row.id).attempts == 2
    assert sent_copies(imap_user, row.message_id) == 1


def test_wrong_password_fails_in_plain_words_and_a_retry_sends_once(
        db_url, imap_user, smtp_server):
    sink = smtp_server(auth={imap_user.name: "the-real-one"}, auth_required=True)
    account = make_account(imap_user, sink)  # stores the Dovecot password: wrong for SMTP
    first = queue_message(account, "one")
    second = queue_message(account, "two")
    report = outbox.send_due()
    assert sorted(report.failed) == [first.id, second.id]
    for row_id in (first.id, second.id):
        failed = outbox.describe(OutboxMessage.get_by_id(row_id))
        assert failed.state == "failed" and not failed.uncertain
        assert "refused the user name or password" in failed.reason
        assert "Traceback" not in failed.reason
    assert sink.messages == []
    # the seller fixes the password (SMTP only, so the IMAP copy to Sent uses its own)
    sink.credentials[imap_user.name] = imap_user.password
    outbox.retry(first.id)
    outbox.retry(second.id)
    assert sorted(outbox.send_due().sent) == [first.id, second.id]
    outbox.send_due(now=later())
    assert len(delivered(sink, first.message_id)) == 1
    assert len(delivered(sink, second.message_id)) == 1
    assert {m.auth_user for m in sink.messages} == {imap_user.name}


def test_no_password_at_all_says_so(db_url, imap_user, smtp_server):
    sink = smtp_server(auth={imap_user.name: imap_user.password}, auth_required=True)
    account = make_account(imap_user, sink)
    credentials.delete_password(account.email)
    row = queue_message(account, "no password")
    outbox.send_due()
    assert "No password is stored" in OutboxMessage.get_by_id(row.id).last_error


@pytest.mark.parametrize("security, sink_options", [
    ("starttls", {"require_starttls": True}),
    ("ssl", {"implicit_tls": True}),
])
def test_tls_and_auth(db_url, imap_user, smtp_server, security, sink_options):
    sink = smtp_server(auth={imap_user.name: imap_user.password}, auth_required=True,
                       **sink_options)
    account = make_account(imap_user, sink, smtp_security=security,
                           smtp_trusted_fingerprint=sink.cert.fingerprint)
    row = queue_message(account, f"over {security}")
    assert outbox.send_due().sent == [row.id]
    (got,) = delivered(sink, row.message_id)
    assert got.auth_user == imap_user.name


def test_an_untrusted_certificate_fails_until_trusted(db_url, imap_user, smtp_server):
    sink = smtp_server(auth={imap_user.name: imap_user.password}, implicit_tls=True)
    account = make_account(imap_user, sink, smtp_security="ssl")
    row = queue_message(account, "self-signed")
    assert outbox.send_due().failed == [row.id]
    assert "not trusted" in OutboxMessage.get_by_id(row.id).last_error
    account.smtp_trusted_fingerprint = sink.cert.fingerprint
    account.save()
    outbox.retry(row.id)
    assert outbox.send_due().sent == [row.id]


def test_a_temporary_refusal_retries_and_a_permanent_one_fails(db_url, imap_user, smtp_server):
    sink = smtp_server(auth={imap_user.name: imap_user.password})
    account = make_account(imap_user, sink)
    sink.reject_data = "451 4.3.0 Mailbox busy, try later"
    row = queue_message(account, "busy")
    assert outbox.send_due().retrying == [row.id]
    assert "Mailbox busy" in OutboxMessage.get_by_id(row.id).last_error
    sink.reject_data = "554 5.7.1 Message rejected as spam"
    assert outbox.send_due(now=later()).failed == [row.id]
    failed = OutboxMessage.get_by_id(row.id)
    assert failed.state == "failed" and "rejected as spam" in failed.last_error
    assert failed.sent_at is None and not outbox.describe(failed).uncertain
    sink.reject_data = None
    outbox.retry(row.id)
    assert outbox.send_due().sent == [row.id]
    assert len(delivered(sink, row.message_id)) == 1


def test_a_provider_that_files_sent_mail_gets_no_second_copy(db_url, imap_user, smtp_server):
    sink = smtp_server(auth={imap_user.name: imap_user.password})
    account = make_account(imap_user, sink, saves_sent=True, imap_port=1)  # IMAP unused
    row = queue_message(account, "gmail style")
    report = outbox.send_due()
    assert report.sent == [row.id] and report.filed == []
    assert not OutboxMessage.get_by_id(row.id).appended_to_sent
    assert sent_copies(imap_user, row.message_id) == 0


def test_filing_in_sent_is_retried_when_imap_is_down(db_url, imap_user, smtp_server):
    sink = smtp_server(auth={imap_user.name: imap_user.password})
    account = make_account(imap_user, sink)
    good_port = account.imap_port
    account.imap_port = 1
    account.save()
    row = queue_message(account, "file me later")
    report = outbox.send_due()
    assert report.sent == [row.id] and report.filed == []
    account.imap_port = good_port
    account.save()
    assert outbox.send_due().filed == []  # waits before trying again
    assert outbox.send_due(now=later()).filed == [row.id]
    assert sent_copies(imap_user, row.message_id) == 1
    assert len(delivered(sink, row.message_id)) == 1


def test_several_messages_share_one_connection(db_url, imap_user, smtp_server):
    sink = smtp_server(auth={imap_user.name: imap_user.password})
    account = make_account(imap_user, sink)
    rows = [queue_message(account, f"n{i}", text=f".line {i}\n..two dots\n") for i in range(4)]
    assert outbox.send_due().sent == [r.id for r in rows]
    for r in rows:
        (got,) = delivered(sink, r.message_id)
        assert got.data.replace(b"\r\n", b"\n") == bytes(r.raw).replace(b"\r\n", b"\n")
    mine = list(Message.select().where(Message.direction == "out"))
    assert len(mine) == 4 and all(m.conversation_id for m in mine)  # a new thread each


def test_the_worker_sends_in_the_background(db_url, imap_user, smtp_server):
    sink = smtp_server(auth={imap_user.name: imap_user.password})
    account = make_account(imap_user, sink)
    got_report = threading.Event()
    worker = outbox.OutboxWorker(on_report=lambda r: r.sent and got_report.set(),
                                 poll_seconds=60).start()
    try:
        row = queue_message(account, "from the worker")
        sink.wait_for(1, timeout=20)
        assert got_report.wait(20)
    finally:
        assert worker.stop(timeout=20)
    assert OutboxMessage.get_by_id(row.id).state == "sent"
    assert len(delivered(sink, row.message_id)) == 1


def test_the_outbox_command(db_url, imap_user, smtp_server, capsys):
    sink = smtp_server(auth={imap_user.name: "other"}, auth_required=True)
    account = make_account(imap_user, sink)
    row = queue_message(account, "from the command line")
    keep = queue_message(account, "to cancel")
    args = ["--database", db_url, "outbox"]
    assert main([*args, "send"]) == 1
    assert "refused the user name or password" in capsys.readouterr().out
    assert main([*args, "cancel", str(keep.id)]) == 0
    assert main([*args, "list", "--json"]) == 0
    listed = {item["id"]: item for item in json.loads(capsys.readouterr().out.split("\n", 1)[1])}
    assert listed[row.id]["state"] == "failed" and listed[keep.id]["state"] == "cancelled"
    assert "password" in listed[row.id]["reason"]
    sink.credentials[imap_user.name] = imap_user.password
    assert main([*args, "retry", str(row.id)]) == 0
    assert f"{row.id}: sent" in capsys.readouterr().out
    assert main([*args, "retry", str(keep.id)]) == 1
    assert "cancelled" in capsys.readouterr().out
    assert main([*args, "list"]) == 0
    text = capsys.readouterr().out
    assert "from the command line" in text and "sent" in text
    assert len(delivered(sink, row.message_id)) == 1 and delivered(sink, keep.message_id) == []


def test_a_team_database_on_postgresql_respects_another_senders_lease(
        pg_url, imap_user, smtp_server):
    database = db.open_database(pg_url)
    try:
        sink = smtp_server(auth={imap_user.name: imap_user.password})
        account = make_account(imap_user, sink)
        row = queue_message(account, "team mode")
        # another laptop claimed it a moment ago and is still within its lease
        OutboxMessage.update(state="sending", attempts=1, next_attempt_at=later(3)).where(
            OutboxMessage.id == row.id).execute()
        report = outbox.send_due()
        assert report.sent == [] and report.recovered == []
        assert OutboxMessage.get_by_id(row.id).state == "sending"
        # that laptop died before the hand-over: once the lease is over, this one sends it
        report = outbox.send_due(now=later(5))
        assert report.recovered == [row.id] and report.sent == [row.id]
        assert len(delivered(sink, row.message_id)) == 1
        assert sent_copies(imap_user, row.message_id) == 1
    finally:
        database.close()
