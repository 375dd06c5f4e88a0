"""Property test: how the sync cuts the mail into batches never changes the conversations.

Random conversations with customers and the seller (automatic replies and out-of-office
answers, follow-ups weeks later, References and In-Reply-To present or missing, subjects
with reply prefixes and tags) are stored in a random order (INBOX before Sent as the sync
does, Sent first, or shuffled so replies come before their originals), once a message at a
time and once cut into random batches. Both must give the same conversations (as sets of
Message-IDs) with the same reply clocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seller_desk.core.mail.ingest import store
from seller_desk.core.mail.parse import mime
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Conversation, Folder, Message

SHOP = "shop@x.test"
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
SUBJECTS = ("Kain batik", "Order question", "Pesanan #1001")
PREFIXES = ("", "", "Re: ", "RE: ", "Re: Re: ", "Balas: ", "Fwd: ", "[Kedai] ", "Bls: ")
# minutes after the message answered: at once, hours, days, weeks (past the subject window)
DELAYS = st.one_of(st.integers(1, 90), st.integers(90, 60 * 30),
                   st.integers(60 * 24, 60 * 24 * 6), st.integers(60 * 24 * 14, 60 * 24 * 40))
KINDS = ("customer", "customer", "seller", "seller", "away", "notice", "follow_up")
HEADERS = ("both", "both", "both", "in_reply_to", "references", "none")
FAST = settings(max_examples=250, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@dataclass
class Mail:
    mid: str
    folder: str  # "inbox" or "sent"
    data: bytes
    when: datetime


def _raw(mid: str, sender: str, to: str, subject: str, when: datetime, chain: list[str],
         headers: str, auto: bool) -> bytes:
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}", f"Message-ID: <{mid}>",
             f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}"]
    if chain and headers in ("both", "in_reply_to"):
        lines.append(f"In-Reply-To: <{chain[-1]}>")
    if chain and headers in ("both", "references"):
        lines.append("References: " + " ".join(f"<{r}>" for r in chain))
    if auto:
        lines.append("Auto-Submitted: auto-replied")
    return ("\r\n".join(lines) + f"\r\n\r\nText of {mid}\r\n").encode()


@st.composite
def mailboxes(draw: st.DrawFn) -> list[Mail]:
    """A few threads between the shop and one to three customers."""
    customers = [f"c{i}@buyer.test" for i in range(draw(st.integers(1, 3)))]
    mails: list[Mail] = []
    n = 0
    for _thread in range(draw(st.integers(1, 4))):
        customer = draw(st.sampled_from(customers))
        subject = draw(st.sampled_from(SUBJECTS))
        start = T0 + timedelta(minutes=draw(st.integers(0, 60 * 24 * 50)))
        seller_first = draw(st.booleans())
        # (message id, its chain of ancestors, date, written by the seller)
        posts: list[tuple[str, list[str], datetime, bool]] = []
        n += 1
        root = f"m{n}@x.test"
        sender, to = (SHOP, customer) if seller_first else (customer, SHOP)
        mails.append(Mail(root, "sent" if seller_first else "inbox",
                          _raw(root, sender, to, subject, start, [], "none", False), start))
        posts.append((root, [], start, seller_first))
        for _reply in range(draw(st.integers(0, 5))):
            kind = draw(st.sampled_from(KINDS))
            parent_id, chain, parent_when, _by_seller = draw(st.sampled_from(posts))
            if draw(st.integers(0, 9)) == 0:  # answers a mail this mailbox never held
                chain = [*chain, parent_id, f"lost{n}@elsewhere.test"]
            else:
                chain = [*chain, parent_id]
            delay = draw(DELAYS)
            if kind == "follow_up":  # the customer writes again weeks later
                delay = draw(st.integers(60 * 24 * 14, 60 * 24 * 40))
            when = parent_when + timedelta(minutes=delay)
            n += 1
            mid = f"m{n}@x.test"
            prefix = draw(st.sampled_from(PREFIXES))
            headers = draw(st.sampled_from(HEADERS))
            if kind == "seller":
                data = _raw(mid, SHOP, customer, prefix + subject, when, chain, headers, False)
                mails.append(Mail(mid, "sent", data, when))
                posts.append((mid, chain, when, True))
                continue
            auto = kind in ("away", "notice")
            subj = {"away": f"Out of office: {subject}",
                    "notice": f"Your order: {subject}"}.get(kind, prefix + subject)
            if kind == "notice":
                data = _raw(mid, "no-reply@shopee.test", SHOP, subj, when, [], "none", True)
            else:
                data = _raw(mid, customer, SHOP, subj, when, chain, headers, auto)
            mails.append(Mail(mid, "inbox", data, when))
            posts.append((mid, chain, when, False))
    return mails


@st.composite
def storings(draw: st.DrawFn) -> tuple[list[Mail], list[bool]]:
    """The mail in the order it is stored, and where the batches are cut."""
    mails = draw(mailboxes())
    order = draw(st.sampled_from(("sync", "sent_first", "shuffled")))
    if order == "shuffled":
        ordered = draw(st.permutations(mails))
    else:
        first, second = ("inbox", "sent") if order == "sync" else ("sent", "inbox")
        newest = sorted(mails, key=lambda m: m.when, reverse=True)
        ordered = [m for m in newest if m.folder == first] + \
            [m for m in newest if m.folder == second]
    cuts = draw(st.lists(st.booleans(), min_size=len(ordered), max_size=len(ordered)))
    return list(ordered), cuts


def _store(ordered: list[Mail], cuts: list[bool] | None) -> tuple[set[frozenset[str]],
                                                                  dict[frozenset[str], Any]]:
    """Store the mail into a fresh database; return its conversations and their clocks.

    ``cuts`` None: one message per batch. Otherwise a batch ends where ``cuts`` says or
    where the folder changes (a batch comes from one folder).
    """
    database = db.open_database("sqlite:///:memory:")
    try:
        account = Account.create(name="Shop", email=SHOP, username="shop", imap_host="127.0.0.1")
        folders = {role: Folder.create(account=account, name=name, role=role)
                   for role, name in (("inbox", "INBOX"), ("sent", "Sent"))}
        uids = {m.mid: i + 1 for i, m in enumerate(sorted(ordered, key=lambda m: m.when))}
        batch: list[Mail] = []

        def flush() -> None:
            if batch:
                folder = folders[batch[0].folder]
                fetched = [store.Fetched(uids[m.mid], (), m.when, len(m.data), None,
                                         mime.parse(m.data)) for m in batch]
                store.store_batch(account.id, folder.id, folder.role, {SHOP}, fetched)
                batch.clear()

        for i, mail in enumerate(ordered):
            if batch and batch[0].folder != mail.folder:
                flush()
            batch.append(mail)
            if cuts is None or cuts[i]:
                flush()
        flush()
        members: dict[int, set[str]] = {}
        for mid, cid in Message.select(Message.message_id, Message.conversation).tuples():
            members.setdefault(cid, set()).add(mid)
        clocks = {}
        for conv in Conversation.select():
            key = frozenset(members.get(conv.id, ()))
            clocks[key] = (conv.first_customer_at, conv.first_reply_at, conv.waiting_since,
                           conv.last_customer_at, conv.last_reply_at, conv.message_count,
                           conv.first_reply_s, conv.first_reply_business_s, conv.status)
        assert len(clocks) == len(members), "a conversation without messages was left behind"
        return set(clocks), clocks
    finally:
        database.close()


@FAST
@given(storings())
def test_batches_thread_like_one_message_at_a_time(storing: tuple[list[Mail], list[bool]]):
    ordered, cuts = storing
    alone, alone_clocks = _store(ordered, None)
    batched, batched_clocks = _store(ordered, cuts)
    assert batched == alone
    assert batched_clocks == alone_clocks
    assert sum(len(c) for c in alone) == len(ordered)

