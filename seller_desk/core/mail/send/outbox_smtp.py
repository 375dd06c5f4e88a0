"""The outbox's SMTP conversation: due messages claimed, sent account by account over one
session, the hand-over recorded just before the final "." (see :mod:`outbox`)."""

from __future__ import annotations

import contextlib
import logging
import re
import smtplib
import socket
from collections.abc import Callable
from datetime import datetime

from seller_desk.core.mail.connection import connect
from seller_desk.core.mail.errors import MailError
from seller_desk.core.mail.send import outbox_records as records
from seller_desk.core.mail.send.outbox_records import (
    PERMANENT_KINDS,
    SIGN_IN_WAIT,
    SendReport,
    backoff,
    claim,
    fail,
    hand_over,
    mark_accepted,
    record_sent,
    requeue,
)
from seller_desk.core.mail.send.outbox_sent import resolve_handed_over
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Account, OutboxMessage

logger = logging.getLogger("seller_desk.core.mail.send.outbox")

class _Refused(Exception):
    """The server answered no to a message (not to the connection)."""

    def __init__(self, code: int, text: str, what: str, address: str = "") -> None:
        super().__init__(f"{code} {text}")
        self.code, self.text, self.what, self.address = code, text, what, address

    @property
    def permanent(self) -> bool:
        return self.code >= 500

    def words(self) -> str:
        said = f" (it said: {self.code} {self.text})" if self.text else f" ({self.code})"
        if self.what == "sender":
            return f"The outgoing mail server refused to send from {self.address}{said}."
        if self.what == "recipient":
            return f"The outgoing mail server refused the address {self.address}{said}."
        return f"The outgoing mail server refused the message{said}."


class _Unknown(Exception):
    """The connection failed after the final "." of DATA: delivered or not, no one knows."""


def _server_text(resp: bytes | str) -> str:
    text = resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)
    return " ".join(text.split())[:300]


# --- the conversation ------------------------------------------------------------------


def _classify(exc: MailError, account: Account) -> bool:
    """True when a connection problem needs the seller (no retry can fix it)."""
    if exc.kind in PERMANENT_KINDS:
        return True
    if exc.kind == "server":
        cause = exc.__cause__
        if isinstance(cause, smtplib.SMTPResponseException) and cause.smtp_code >= 500:
            return True
        if not account.smtp_host:
            return True
    return False


def send_queued(now: datetime, report: SendReport, timeout: float,
                 should_stop: Callable[[], bool]) -> None:

    due = list(
        OutboxMessage.select(OutboxMessage.id, OutboxMessage.account)
        .where((OutboxMessage.state == "queued")
               & (OutboxMessage.next_attempt_at.is_null()
                  | (OutboxMessage.next_attempt_at <= now)))
        .order_by(OutboxMessage.created_at, OutboxMessage.id)
        .tuples()
    )
    by_account: dict[int, list[int]] = {}
    for oid, aid in due:
        by_account.setdefault(aid, []).append(oid)
    for account_id, ids in by_account.items():
        account = Account.get_or_none(Account.id == account_id)
        if account is None:
            continue
        session: smtplib.SMTP | None = None
        try:
            for position, oid in enumerate(ids):
                if should_stop():
                    return
                row = claim(oid, timeout, now)
                if row is None:
                    continue
                records.checkpoint("claimed")
                if session is None:
                    try:
                        session = connect.open_smtp(account, timeout=timeout)
                    except MailError as exc:
                        _connection_failed(account, row, ids[position + 1 :], exc, report)
                        break
                    _no_delay(session)
                    records.checkpoint("connected")
                try:
                    _transmit(session, row, timeout)
                except _Refused as exc:
                    if exc.permanent:
                        fail(row, exc.words())
                        report.failed.append(row.id)
                    else:
                        requeue(row, exc.words(), backoff(row.attempts))
                        report.retrying.append(row.id)
                    report.errors[row.id] = exc.words()
                    try:
                        session.rset()
                    except (smtplib.SMTPException, OSError):
                        _drop(session)
                        session = None
                    continue
                except _Unknown as exc:
                    logger.warning("Connection lost after handing over message %s: %s",
                                   row.id, exc)
                    _drop(session)
                    session = None
                    resolve_handed_over(_fresh(row), utcnow(), report, timeout)
                    continue
                except (smtplib.SMTPException, OSError) as exc:
                    # nothing was handed over: the server discards a message without its "."
                    words = connect.translate_error(
                        exc, host=account.smtp_host, port=account.smtp_port,
                        security=account.smtp_security, protocol="smtp").text()
                    _drop(session)
                    session = None
                    requeue(row, words, backoff(row.attempts))
                    report.retrying.append(row.id)
                    report.errors[row.id] = words
                    continue
                report.sent.append(row.id)
        finally:
            if session is not None:
                try:
                    session.quit()
                except (smtplib.SMTPException, OSError):
                    _drop(session)


def _fresh(row: OutboxMessage) -> OutboxMessage:
    return OutboxMessage.get_by_id(row.id)


def _drop(session: smtplib.SMTP) -> None:
    """Close a broken session."""
    with contextlib.suppress(OSError):
        session.close()
    return None


def _connection_failed(account: Account, row: OutboxMessage, others: list[int],
                       exc: MailError, report: SendReport) -> None:
    words = exc.text()
    report.errors[row.id] = words
    if exc.kind == "sign_in":
        # the seller signs in again (the chip asks); the messages wait queued, not failed,
        # and go out once the sign-in is back (retry_all releases them at once)
        requeue(row, words, SIGN_IN_WAIT)
        report.retrying.append(row.id)
        OutboxMessage.update(next_attempt_at=utcnow() + SIGN_IN_WAIT, last_error=words).where(
            OutboxMessage.id.in_(others) & (OutboxMessage.state == "queued")).execute()
        return
    if _classify(exc, account):
        fail(row, words)
        report.failed.append(row.id)
        # the account's other messages would meet the same refusal: they wait for the fix
        for oid in others:
            claimed = OutboxMessage.update(state="sending").where(
                (OutboxMessage.id == oid) & (OutboxMessage.state == "queued")).execute()
            if claimed:
                fail(OutboxMessage.get_by_id(oid), words)
                report.failed.append(oid)
        return
    delay = backoff(row.attempts)
    requeue(row, words, delay)
    report.retrying.append(row.id)
    # not now for the account's other messages either: the server is out of reach
    OutboxMessage.update(next_attempt_at=utcnow() + delay, last_error=words).where(
        OutboxMessage.id.in_(others) & (OutboxMessage.state == "queued")).execute()


def _no_delay(session: smtplib.SMTP) -> None:
    # the final "." goes in a write of its own (after the hand-over is recorded): without
    # TCP_NODELAY, Nagle's algorithm holds it until the server's delayed ACK, ~40 ms
    try:
        if session.sock is not None:
            session.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError:
        pass


def dot_stuffed(raw: bytes) -> bytes:
    # RFC 5321 4.5.2: a line starting with "." gets another one
    return re.sub(rb"(?m)^\.", b"..", raw)


def _transmit(session: smtplib.SMTP, row: OutboxMessage, timeout: float) -> None:
    """One message through an open session: MAIL, RCPT, DATA, then record it as sent."""
    code, resp = session.mail(row.sender)
    if code != 250:
        raise _Refused(code, _server_text(resp), "sender", row.sender)
    accepted = 0
    refused: _Refused | None = None
    for rcpt in row.recipients.split(","):
        code, resp = session.rcpt(rcpt)
        if code in (250, 251):
            accepted += 1
        elif refused is None or (code >= 500 and refused.code < 500):
            refused = _Refused(code, _server_text(resp), "recipient", rcpt)
    if refused is not None:
        # all or nobody: a partial send could not be retried without doubling
        raise refused
    records.checkpoint("envelope")
    code, resp = session.docmd("DATA")
    if code != 354:
        raise _Refused(code, _server_text(resp), "data")
    session.send(dot_stuffed(bytes(row.raw)))
    records.checkpoint("body_sent")
    hand_over(row, timeout)
    records.checkpoint("handed_over")
    try:
        session.send(b".\r\n")
        code, resp = session.getreply()
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise _Unknown(str(exc) or type(exc).__name__) from exc
    if code != 250:
        # a clear no after the whole message: not delivered
        OutboxMessage.update(sent_at=None).where(OutboxMessage.id == row.id).execute()
        raise _Refused(code, _server_text(resp), "data")
    mark_accepted(row)
    records.checkpoint("accepted")
    record_sent(row, appended=False)
    records.checkpoint("recorded")


