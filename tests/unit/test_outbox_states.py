"""The outbox without a network: queueing, states, recovery decisions, the worker thread.

Sending through a real SMTP server is in tests/integration/test_outbox*.py.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from seller_desk.core.answering import compose
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.mail.send import outbox, outbox_records, outbox_sent, outbox_smtp
from seller_desk.core.store import db, events
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Account, Conversation, Event, Message, OutboxMessage


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'o.sqlite3'}")
    yield d
    d.close()


@pytest.fixture
def account(database):
    return Account.create(name="Shop", email="shop@example.test", username="shop",
                          imap_host="127.0.0.1", smtp_host="127.0.0.1", smtp_port=9,
                          smtp_security="none")


def raw_message(account, subject="Hello", message_id=None):
    out = compose.new_message(account, to=["buyer@example.test"], subject=subject)
    out.text = "Line one\n.starts with a dot\n"
    return outbox.message_bytes(compose.build_message(out, message_id=message_id))


def test_queue_stores_the_final_message_first(account):
    raw = raw_message(account, "Pesanan 🎁", message_id="m1@example.test")
    row = outbox.queue(account, raw.replace(b"\r\n", b"\n"), envelope_to=["buyer@example.test"])
    assert (row.state, row.attempts, row.message_id) == ("queued", 0, "m1@example.test")
    assert bytes(row.raw) == raw  # line ends made CRLF, nothing else touched
    assert row.subject == "Pesanan 🎁" and row.sender == "shop@example.test"
    assert Event.select().where(Event.kind == events.OUTBOX_QUEUED).count() == 1


def test_a_message_without_message_id_or_recipient_is_refused(account):
    with pytest.raises(ValueError):
        outbox.queue(account, b"Subject: x\r\n\r\nbody\r\n", envelope_to=["a@example.test"])
    with pytest.raises(ValidationError):
        outbox.queue(account, raw_message(account), envelope_to=[" "])


def test_a_dedup_key_queues_once(account):
    first = outbox.queue(account, raw_message(account), envelope_to=["a@example.test"],
                         dedup_key="auto:paid:order:1")
    again = outbox.queue(account, raw_message(account), envelope_to=["a@example.test"],
                         dedup_key="auto:paid:order:1")
    assert again.id == first.id and OutboxMessage.select().count() == 1


def test_the_same_message_id_cannot_be_queued_twice(account):
    raw = raw_message(account, message_id="same@example.test")
    outbox.queue(account, raw, envelope_to=["a@example.test"])
    with pytest.raises(Exception):  # noqa: B017 - the database's unique constraint
        outbox.queue(account, raw, envelope_to=["a@example.test"])


def test_retry_and_cancel_follow_the_states(account):
    row = outbox.queue(account, raw_message(account), envelope_to=["a@example.test"])
    OutboxMessage.update(state="failed", last_error="The server refused the password.").where(
        OutboxMessage.id == row.id).execute()
    status = outbox.describe(OutboxMessage.get_by_id(row.id))
    assert (status.state, status.reason, status.uncertain) == (
        "failed", "The server refused the password.", False)
    again = outbox.retry(row.id)
    assert (again.state, again.last_error, again.next_attempt_at) == ("queued", None, None)
    assert outbox.cancel(row.id).state == "cancelled"
    with pytest.raises(ValidationError, match="cancelled"):
        outbox.retry(row.id)
    OutboxMessage.update(state="sending").where(OutboxMessage.id == row.id).execute()
    with pytest.raises(ValidationError, match="being sent right now"):
        outbox.cancel(row.id)
    OutboxMessage.update(state="sent").where(OutboxMessage.id == row.id).execute()
    with pytest.raises(ValidationError, match="already been sent"):
        outbox.retry(row.id)
    with pytest.raises(ValidationError, match="no outbox message"):
        outbox.cancel(999)


def test_listing_and_counting(account):
    for i in range(3):
        outbox.queue(account, raw_message(account, f"n{i}"), envelope_to=["a@example.test"])
    OutboxMessage.update(state="sent").where(OutboxMessage.subject == "n0").execute()
    assert outbox.counts() == {"queued": 2, "sent": 1}
    assert [r.subject for r in outbox.list_messages(states=["queued"])] == ["n2", "n1"]
    assert outbox.retry_all() == 2


def test_dot_stuffing_doubles_leading_dots_only():
    raw = b"a\r\n.b\r\n..c\r\nd.e\r\n.\r\n"
    assert outbox_smtp.dot_stuffed(raw) == b"a\r\n..b\r\n...c\r\nd.e\r\n..\r\n"


def test_backoff_grows_and_levels_off():
    delays = [outbox_records.backoff(n).total_seconds() for n in range(1, 12)]
    assert delays == sorted(delays) and delays[0] == outbox.BACKOFF[0]
    assert delays[-1] == outbox.BACKOFF[-1]


# --- deciding what an interrupted send means -------------------------------------------


def interrupted(account, *, handed_over: bool, saves_sent: bool = False) -> OutboxMessage:
    Account.update(server_saves_sent=saves_sent).where(Account.id == account.id).execute()
    row = outbox.queue(account, raw_message(account), envelope_to=["a@example.test"])
    OutboxMessage.update(state="sending", attempts=1,
                         next_attempt_at=utcnow() + timedelta(minutes=5),
                         sent_at=utcnow() - timedelta(minutes=10) if handed_over else None,
                         ).where(OutboxMessage.id == row.id).execute()
    return OutboxMessage.get_by_id(row.id)


def recover(exclusive: bool = True) -> outbox.SendReport:
    report = outbox.SendReport()
    outbox_sent.recover(utcnow(), exclusive, report, timeout=5)
    return report


def test_interrupted_before_the_hand_over_is_sent_again(account):
    row = interrupted(account, handed_over=False)
    assert recover().recovered == [row.id]
    assert OutboxMessage.get_by_id(row.id).state == "queued"


def test_another_senders_live_lease_is_respected(account):
    row = interrupted(account, handed_over=False)
    assert recover(exclusive=False).recovered == []
    assert OutboxMessage.get_by_id(row.id).state == "sending"


def test_handed_over_without_proof_is_never_resent_by_itself(account):
    row = interrupted(account, handed_over=True)
    report = recover()
    assert report.uncertain == [row.id]
    after = OutboxMessage.get_by_id(row.id)
    status = outbox.describe(after)
    assert after.state == "failed" and status.uncertain
    assert "may already have reached" in status.reason
    assert outbox.retry(row.id).sent_at is None  # the seller's choice


def test_our_own_record_proves_it_went(account):
    row = interrupted(account, handed_over=True)
    conv = Conversation.create(subject="x", account=account)
    OutboxMessage.update(conversation=conv).where(OutboxMessage.id == row.id).execute()
    Message.create(account=account, conversation=conv, message_id=row.message_id,
                   direction="out", date=utcnow(), subject="x")
    assert recover().recovered == [row.id]
    assert OutboxMessage.get_by_id(row.id).state == "sent"
    assert Message.select().count() == 1


def test_a_provider_that_files_sent_mail_is_first_asked_after_a_short_look(account):
    """Its Sent folder is searched FIRST_LOOK after the hand-over (it may take a moment to
    file what it accepted), not only when the grace that decides "not sent" ran out."""
    row = interrupted(account, handed_over=True, saves_sent=True)
    OutboxMessage.update(sent_at=utcnow()).where(OutboxMessage.id == row.id).execute()
    assert recover().recovered == []
    after = OutboxMessage.get_by_id(row.id)
    assert after.state == "sending"
    assert outbox.FIRST_LOOK < outbox.SENT_GRACE
    assert after.next_attempt_at == after.sent_at + outbox.FIRST_LOOK


# --- the worker ---------------------------------------------------------------------


def test_the_worker_starts_wakes_and_stops(account):
    reports: list[outbox.SendReport] = []
    seen = threading.Event()

    def on_report(report):
        reports.append(report)
        seen.set()

    # smtp_host "" makes every send fail at once and for good, without a network
    Account.update(smtp_host="").where(Account.id == account.id).execute()
    worker = outbox.OutboxWorker(on_report=on_report, poll_seconds=30).start()
    try:
        assert worker.running
        row = outbox.queue(account, raw_message(account), envelope_to=["a@example.test"])
        assert seen.wait(20), "the worker did not wake up for the queued message"
    finally:
        assert worker.stop(timeout=20)
    assert not worker.running
    assert reports[0].failed == [row.id]
    failed = OutboxMessage.get_by_id(row.id)
    assert failed.state == "failed" and "No outgoing mail server" in failed.last_error


def test_next_due_follows_the_queue(account):
    assert outbox.next_due() is None
    row = outbox.queue(account, raw_message(account), envelope_to=["a@example.test"])
    assert outbox.next_due() <= utcnow()
    later = utcnow() + timedelta(minutes=7)
    OutboxMessage.update(next_attempt_at=later).where(OutboxMessage.id == row.id).execute()
    assert abs((outbox.next_due() - later).total_seconds()) < 1
