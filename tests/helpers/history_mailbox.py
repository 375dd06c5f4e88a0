"""A mailbox with two years of history, written straight into a Dovecot user's Maildir.

What a seller's real mailbox holds on the day they add it: family, the bank, newsletters,
customers answered long ago (the replies in Sent), customers never answered, and the few
who wait now. Writing the files directly (Dovecot indexes them at the next SELECT) takes a
fraction of a second where LMTP delivery of 2,000 messages would take most of a minute.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from .dovecot import DovecotServer, ImapUser


@dataclass(frozen=True)
class Mail:
    folder: str  # "INBOX" or "Sent"
    when: datetime
    raw: bytes
    subject: str
    kind: str  # fresh, customer_answered, customer_old, reply, family, bank, newsletter
    seen: bool = True


@dataclass
class HistoryMailbox:
    """The messages written, and which of them are the customers who wait now."""

    now: datetime
    mails: list[Mail] = field(default_factory=list)

    @property
    def fresh(self) -> list[Mail]:
        return [m for m in self.mails if m.kind == "fresh"]

    def inbox_since(self, cutoff: datetime) -> int:
        return sum(1 for m in self.mails if m.folder == "INBOX" and m.when >= cutoff)

    def inbox_total(self) -> int:
        return sum(1 for m in self.mails if m.folder == "INBOX")


def _message(subject: str, when: datetime, sender: str, to: str, msg_id: str, text: str,
             *, answers: str = "", headers: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = msg_id
    if answers:
        msg["In-Reply-To"] = msg["References"] = answers
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(text)
    return msg.as_bytes().replace(b"\r\n", b"\n")


def build(address: str, now: datetime, *, total: int = 2000, fresh: int = 30,
          seed: int = 14) -> HistoryMailbox:
    """``total`` messages over two years; ``fresh`` unanswered customers of the last two
    days (two pairs of them asked in the same second); the rest answered, automatic, or
    older than a week (history)."""
    rnd = random.Random(seed)
    box = HistoryMailbox(now)
    n = 0

    def add(folder: str, kind: str, subject: str, when: datetime, sender: str, to: str,
            text: str, *, answers: str = "", headers: dict[str, str] | None = None,
            seen: bool = True) -> str:
        nonlocal n
        n += 1
        msg_id = f"<h{n}.{kind}@history.test>"
        raw = _message(subject, when, sender, to, msg_id, text, answers=answers,
                       headers=headers)
        box.mails.append(Mail(folder, when, raw, subject, kind, seen))
        return msg_id

    def ask_and_answer(subject: str, asked: datetime, who: str) -> None:
        question = add("INBOX", "customer_answered", subject, asked, who, address,
                       "Salam, bila barang saya sampai?")
        add("Sent", "reply", f"Re: {subject}", asked + timedelta(hours=rnd.randint(1, 20)),
            address, who, "Terima kasih, barang sudah dipos hari ini.", answers=question)

    # the customers who wait now: the last two days, none answered, two pairs at one time
    for i in range(fresh):
        asked = now - timedelta(hours=47) + timedelta(minutes=90 * i)
        if i in (11, 21):  # the same second as the one before
            asked = now - timedelta(hours=47) + timedelta(minutes=90 * (i - 1))
        add("INBOX", "fresh", f"Pesanan baru {i}", asked.replace(microsecond=0),
            f"Pembeli {i} <new{i}@buyer.test>", address, "Ada stok lagi? Saya nak beli dua.",
            seen=False)
    # this week, before that: answered customers, and the bank and a newsletter
    for i in range(10):
        ask_and_answer(f"Soalan minggu ini {i}", now - timedelta(days=3, hours=5 * i),
                       f"<week{i}@buyer.test>")
    for i in range(10):
        add("INBOX", "bank", f"Transaksi berjaya {i}", now - timedelta(hours=7 * i + 1),
            "Bank Alerts <alerts@bank.test>", address, "Anda menerima RM120.00.",
            headers={"Auto-Submitted": "auto-generated"})
    left = total - len(box.mails)
    # two years before the cut-off: a fixed mix, dated at random over 8 .. 730 days ago
    mix = {"customer_answered": 0.30, "customer_old": 0.30, "family": 0.12, "bank": 0.10,
           "newsletter": 0.18}
    plan: list[str] = []
    for kind, share in mix.items():
        plan += [kind] * int(left * share)
    while sum(2 if k == "customer_answered" else 1 for k in plan) > left:
        plan.remove("customer_answered")
    while sum(2 if k == "customer_answered" else 1 for k in plan) < left:
        plan.append("customer_old")
    for i, kind in enumerate(plan):
        when = (now - timedelta(days=8) - timedelta(seconds=rnd.randint(0, 722 * 86400))
                ).replace(microsecond=0)
        if kind == "customer_answered":
            ask_and_answer(f"Pesanan lama {i}", when, f"Pelanggan {i % 90} <old{i % 90}@buyer.test>")
        elif kind == "customer_old":
            add("INBOX", kind, f"Tanya stok {i}", when, f"Pelanggan {i % 90} <old{i % 90}@buyer.test>",
                address, "Masih ada?")
        elif kind == "family":
            add("INBOX", kind, f"Kenduri hujung minggu {i}", when, "Mak <mak@family.test>",
                address, "Jangan lupa balik kampung.")
        elif kind == "bank":
            add("INBOX", kind, f"Penyata bulanan {i}", when, "Bank Alerts <alerts@bank.test>",
                address, "Penyata anda sudah sedia.",
                headers={"Auto-Submitted": "auto-generated"})
        else:
            add("INBOX", kind, f"Promosi 11.11 #{i}", when, "Kedai Borong <news@borong.test>",
                address, "Diskaun besar!",
                headers={"List-Unsubscribe": "<mailto:unsub@borong.test>",
                         "Precedence": "bulk"})
    assert len(box.mails) == total, len(box.mails)
    return box


def write(server: DovecotServer, user: ImapUser, mails: Iterable[Mail]) -> int:
    """Write ``mails`` into the user's Maildir (INBOX and Sent), each file dated at its
    message's time, so its INTERNALDATE agrees with its Date header."""
    root = server.maildir_path(user)
    written = 0
    for i, mail in enumerate(mails):
        folder = root if mail.folder == "INBOX" else root / mail.folder
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        stamp = int(mail.when.timestamp())
        flags = "S" if mail.seen else ""
        path = folder / "cur" / f"{stamp}.M{i}P1.history,S={len(mail.raw)}:2,{flags}"
        path.write_bytes(mail.raw)
        os.utime(path, (stamp, stamp))
        written += 1
    uid, gid = server._accounts.mail_uid, server._accounts.mail_gid
    for dirpath, _dirs, files in os.walk(root.parent):
        os.chown(dirpath, uid, gid)
        for name in files:
            os.chown(os.path.join(dirpath, name), uid, gid)
    return written
