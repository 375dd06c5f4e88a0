"""How long a sent message may have reached the customer without our knowing it.

    .venv/bin/python tests/bench/outbox_window_bench.py [--messages 20]

The outbox records the hand-over just before the final "." of DATA and "sent" right after
the server's 250. A crash or a lost connection between the two leaves the message
"uncertain" (docs/architecture.md, "Exactly once"). This measures that window, per
message, against an SMTP server on 127.0.0.1 that answers the final "." at once, after
0.1 s and after 0.5 s (a server that scans mail before it answers), and prints it beside
the whole send of the same message measured in the same run (claim to record), so the
share of a send during which a crash would leave the message uncertain can be read off.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import keyring  # noqa: E402
from helpers.keyring_backend import MemoryKeyring  # noqa: E402
from helpers.smtp import SmtpSink  # noqa: E402

from seller_desk.core import reactions  # noqa: E402
from seller_desk.core.mail.send import outbox, outbox_records  # noqa: E402
from seller_desk.core.store import db  # noqa: E402
from seller_desk.core.store.models import Account, OutboxMessage  # noqa: E402


def _queue(account: Account, n: int, tag: str) -> list[int]:
    ids = []
    for i in range(n):
        raw = (f"From: {account.email}\r\nTo: buyer@example.test\r\nSubject: {tag} {i}\r\n"
               f"Message-ID: <{tag}.{i}.{time.time_ns()}@bench.test>\r\n\r\n"
               "Terima kasih, pesanan anda sudah dihantar.\r\n").encode()
        ids.append(outbox.queue(account, raw, envelope_to=["buyer@example.test"]).id)
    return ids


def measure(sink: SmtpSink, account: Account, delay: float, n: int) -> tuple[list[float],
                                                                            list[float]]:
    """Per message: (window, whole send) in seconds. The window runs from the hand-over
    record (just before the final ".") to the checkpoint "accepted", which follows the
    commit of the server's yes (outbox_records.mark_accepted)."""
    sink.answer_delay = delay
    marks: list[tuple[str, float]] = []
    real = outbox_records.checkpoint

    def timed(step: str) -> None:
        marks.append((step, time.perf_counter()))
        real(step)

    outbox_records.checkpoint = timed
    try:
        _queue(account, n, f"d{delay}")
        report = outbox.send_due(timeout=15)
    finally:
        outbox_records.checkpoint = real
    if len(report.sent) != n:
        raise SystemExit(f"sent {len(report.sent)} of {n}: {report.errors}")
    windows, wholes = [], []
    # one SMTP session sends them one after another: a message's send runs from the end
    # of the one before (the first: from the connection) to its own record; its window
    # from the hand-over record to the checkpoint after the server's yes is committed
    previous = next(at for step, at in marks if step == "connected")
    handed = previous
    for step, at in marks:
        if step == "handed_over":
            handed = at
        elif step == "accepted":
            windows.append(at - handed)
        elif step == "recorded":
            wholes.append(at - previous)
            previous = at
    return windows, wholes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    reactions.install()
    with tempfile.TemporaryDirectory() as tmp:
        database = db.open_database(f"sqlite:///{Path(tmp) / 'w.sqlite3'}")
        sink = SmtpSink().start()
        try:
            account = Account.create(
                name="Shop", email="hello@norabatik.test", username="hello",
                imap_host="127.0.0.1", imap_port=1, imap_security="none",
                smtp_host=sink.host, smtp_port=sink.port, smtp_security="none",
                server_saves_sent=True)  # no copy to file: only the SMTP conversation
            print(f"{'server answers the final . after':>34} | window median / max | "
                  "whole send median | window share")
            for delay in (0.0, 0.1, 0.5):
                windows, wholes = measure(sink, account, delay, args.messages)
                share = sum(windows) / sum(wholes)
                print(f"{delay:>32.1f} s | {statistics.median(windows) * 1000:7.1f} / "
                      f"{max(windows) * 1000:7.1f} ms | {statistics.median(wholes) * 1000:9.1f} "
                      f"ms | {share:6.1%}")
            left = OutboxMessage.select().where(OutboxMessage.state != "sent").count()
            if left:
                raise SystemExit(f"{left} messages not sent")
        finally:
            sink.stop()
            database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
