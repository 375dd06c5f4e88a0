"""Conversations link to their orders whenever the order arrives (issue 15, item 1).

A tester synced 300 conversations, each naming one order, into an empty ledger and then
entered the orders: none was linked, because only mail arriving after its order was read.
Here a real Dovecot mailbox is synced first and the orders come after.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from helpers.dovecot import ImapUser

from seller_desk.core.mail.connection import accounts
from seller_desk.core.mail.imap import sync
from seller_desk.core.shop import linking, orders
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, ConversationOrder, Message

SELLER = "seller@test.localhost"

#: (channel, number) in each marketplace's own format, as customers write them
NUMBERS = [
    *[("ebay", f"12-{34560 + i:05d}-{89010 + i:05d}") for i in range(6)],
    *[("shopee", f"24051{i}ABCDEFGH") for i in range(6)],
    *[("lazada", f"30412345678901{i}") for i in range(6)],
    *[("tokopedia", f"INV/20240512/MPL/IV/{3801234560 + i}") for i in range(6)],
    *[("web", f"#{4100 + i}") for i in range(6)],
]
TEXTS = ["Hi, where is my order {n}? Thanks", "Salam, pesanan {n} belum sampai lagi",
         "Kak, pesanan saya {n} kapan dikirim ya?"]


@pytest.fixture
def store(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'mail.sqlite3'}")
    yield database
    db.close_database()


def _mail(i: int, subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Buyer {i} <buyer{i}@example.test>"
    msg["To"] = SELLER
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC) - timedelta(hours=40 - i))
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@example.test>"
    msg.set_content(body)
    return msg.as_bytes()


def _account(user: ImapUser) -> Account:
    account = accounts.add_account(
        "Shop", user.address, password=user.password, username=user.name,
        imap_host=user.host, imap_port=user.imap_port, imap_security="none",
        smtp_host=user.host, smtp_port=user.submission_port, smtp_security="starttls")
    Account.update(sync_window_days=0).where(Account.id == account.id).execute()
    return Account.get_by_id(account.id)


def _conversation_naming(number: str) -> int:
    return next(m.conversation_id for m in Message.select()
                if number in (m.text_body or ""))


def _linked(conv_id: int) -> set[int]:
    return {row.order_id for row in ConversationOrder.select()
            .where(ConversationOrder.conversation == conv_id)}


def _create(channel: str, number: str) -> orders.Order:
    currency = "IDR" if channel == "tokopedia" else "MYR"
    return orders.create_order(number, channel, [{"title": "Batik", "unit_price": "85"}],
                               currency=currency)


def test_orders_entered_after_the_sync_link_every_conversation_naming_them(store, imap_user):
    for i, (_channel, number) in enumerate(NUMBERS):
        # the number in the subject for some, only in the text for the others
        subject = f"Order {number}" if i % 2 else f"Question {i}"
        imap_user.server.deliver(imap_user, _mail(i, subject, TEXTS[i % 3].format(n=number)))
    imap_user.server.deliver(imap_user, _mail(99, "Stock?", "Is the red one in stock, 1234?"))
    account = _account(imap_user)

    result = sync.sync_account(account.id)
    assert result.new == len(NUMBERS) + 1 and result.errors == []
    assert ConversationOrder.select().count() == 0  # an empty ledger: nothing to link yet

    created = {number: _create(channel, number) for channel, number in NUMBERS}

    for number, order in created.items():
        assert _linked(_conversation_naming(number)) == {order.id}, number
    assert ConversationOrder.select().count() == len(NUMBERS)
    assert sync.sync_account(account.id).errors == []  # a re-sync changes nothing
    assert ConversationOrder.select().count() == len(NUMBERS)


def test_a_link_the_seller_removed_stays_removed_through_renumbering(store, imap_user):
    first, second = "12-11111-22222", "12-33333-44444"
    imap_user.server.deliver(imap_user, _mail(1, "Where is it?", f"Order {first} please"))
    imap_user.server.deliver(imap_user, _mail(2, "Refund", f"About order {second}"))
    account = _account(imap_user)
    sync.sync_account(account.id)
    conv_first, conv_second = _conversation_naming(first), _conversation_naming(second)
    order = _create("ebay", first)
    assert _linked(conv_first) == {order.id}

    linking.unlink_order(conv_first, order)
    orders.update_order(order, number=second)  # renumbered: the other conversation names it
    assert _linked(conv_second) == {order.id}
    orders.update_order(order, number=first)  # and back again
    sync.sync_account(account.id)

    assert _linked(conv_first) == set()  # the seller's "not this one" holds
    # the automatic link made under the second number went with it (issue 15)
    assert _linked(conv_second) == set()


def test_an_import_links_its_orders_in_one_call_after_the_batch(store, imap_user):
    for i, (_channel, number) in enumerate(NUMBERS[:12]):
        imap_user.server.deliver(imap_user, _mail(i, f"Order {number}", "Any news?"))
    account = _account(imap_user)
    sync.sync_account(account.id)

    with linking.deferred_links() as pending:
        made = [_create(channel, number) for channel, number in NUMBERS[:12]]
    assert ConversationOrder.select().count() == 0  # collected, not linked yet
    assert sorted(pending) == sorted(o.id for o in made)

    assert linking.link_orders_to_mail(pending) == 12
    assert linking.link_orders_to_mail(pending) == 0  # twice is harmless
    assert all(Decimal(o.total) == Decimal(85) for o in made)
