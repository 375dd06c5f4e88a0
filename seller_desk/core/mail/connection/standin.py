"""The demo shop's outgoing mail server: an SMTP stand-in inside this process.

A simulated account (``Account.simulated``, the demo's mailboxes) must show the seller the
whole life of a reply - queued, sending, sent - without anything leaving the computer and
without a single DNS lookup. So the outbox keeps its real code path (claim, MAIL, RCPT,
DATA, the hand-over before the final ".", the 250) and only the other end changes: a
:func:`socket.socketpair` instead of a TCP connection, with a small SMTP listener on a
thread of its own at the far end. The listener accepts every message and keeps the last
few in memory (:data:`delivered`), which is all a demo needs and what tests look at.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

logger = logging.getLogger(__name__)

#: the name the stand-in gives itself in its answers (RFC 2606: never resolves)
HOST = "demo-standin.invalid"


@dataclass(frozen=True)
class Delivered:
    """One message the stand-in accepted."""

    sender: str
    recipients: tuple[str, ...]
    data: bytes


#: the messages accepted lately, oldest first (kept short: the demo can run for hours)
delivered: deque[Delivered] = deque(maxlen=50)
_lock = threading.Lock()


def open_session(local_hostname: str, timeout: float) -> smtplib.SMTP:
    """An SMTP session (greeting read, EHLO done) with the stand-in at its other end."""
    ours, theirs = socket.socketpair()
    ours.settimeout(timeout)
    theirs.settimeout(max(timeout, 60.0))
    threading.Thread(target=_serve, args=(theirs,), name="smtp-standin", daemon=True).start()
    # no host given: smtplib connects nowhere, and the pair's end is its socket
    session = smtplib.SMTP(local_hostname=local_hostname, timeout=timeout)
    session.sock = ours
    code, _text = session.getreply()
    if code != 220:  # pragma: no cover - the stand-in always greets
        session.close()
        raise smtplib.SMTPConnectError(code, b"the demo's stand-in did not greet")
    session.ehlo()
    return session


def _serve(sock: socket.socket) -> None:
    """Answer one SMTP session: every sender, recipient and message is accepted."""
    try:
        with sock, sock.makefile("rb") as reader:
            _talk(sock, reader.readline)
    except OSError:  # the outbox closed its end (a quit or a drop): the session is over
        logger.debug("The demo's stand-in lost its session", exc_info=True)


def _talk(sock: socket.socket, read: Callable[[], bytes]) -> None:
    def say(line: str) -> None:
        sock.sendall(line.encode("ascii") + b"\r\n")

    say(f"220 {HOST} ready (demo: nothing leaves this computer)")
    sender = ""
    recipients: list[str] = []
    while True:
        line = read()
        if not line:
            return
        verb = line[:4].upper()
        arg = line[5:].strip().decode("utf-8", "replace") if len(line) > 5 else ""
        if verb in (b"EHLO", b"HELO"):
            say(f"250-{HOST}" if verb == b"EHLO" else f"250 {HOST}")
            if verb == b"EHLO":
                say("250-8BITMIME")
                say("250 SMTPUTF8")
        elif verb == b"MAIL":
            sender, recipients = _address(arg), []
            say("250 OK")
        elif verb == b"RCPT":
            recipients.append(_address(arg))
            say("250 OK")
        elif verb == b"DATA":
            say("354 End data with <CR><LF>.<CR><LF>")
            data = _read_data(read)
            if data is None:
                return
            with _lock:
                delivered.append(Delivered(sender, tuple(recipients), data))
            logger.info("The demo's stand-in accepted a message for %d recipient(s)",
                        len(recipients))
            say("250 OK: kept on this computer (demo)")
        elif verb == b"RSET":
            sender, recipients = "", []
            say("250 OK")
        elif verb == b"NOOP":
            say("250 OK")
        elif verb == b"QUIT":
            say("221 Bye")
            return
        else:
            say("502 Not offered by the demo")


def _address(arg: str) -> str:
    """The address of "FROM:<a@b> SIZE=..." or "TO:<a@b>"."""
    start, end = arg.find("<"), arg.find(">")
    return arg[start + 1 : end] if 0 <= start < end else arg.split(":", 1)[-1].strip()


def _read_data(read: Callable[[], bytes]) -> bytes | None:
    """The message up to the lone "." line, dots unstuffed (RFC 5321 4.5.2); None when
    the connection ended first."""
    lines: list[bytes] = []
    while True:
        line = read()
        if not line:
            return None
        if line in (b".\r\n", b".\n"):
            return b"".join(lines)
        lines.append(line[1:] if line.startswith(b"..") else line)
