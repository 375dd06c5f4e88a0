"""What the set-up page saves reaches the customer: the sender name in From and the
Indonesian refund policy in a reply to an Indonesian customer, through a real SMTP server."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import getaddresses

import pytest
from helpers.outbox_shop import delivered, make_account

from seller_desk.core.answering import compose
from seller_desk.core.common.settings import Settings
from seller_desk.core.mail.send import outbox
from seller_desk.core.screens import conversation as conversation_view
from seller_desk.core.screens import setup as views_setup
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation, Customer, Message
from seller_desk.core.templates import canned as templates

ID_POLICY = "Uang kembali penuh dalam 30 hari jika barang rusak saat tiba."


@pytest.fixture
def shop(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    templates.install_defaults()
    yield
    database.close()


def test_a_reply_goes_out_with_the_sender_name_and_the_customer_language_text(
        shop, imap_user, smtp_server):
    setup = views_setup.load(Settings())
    setup.shop_name, setup.seller_name, setup.currency = "Toko Batik Dewi", "Dewi", "IDR"
    setup.texts["seller.refund_policy"] = {"": "Full refund within 30 days.", "ms": "",
                                           "id": ID_POLICY}
    views_setup.save(Settings(), setup)
    sink = smtp_server(auth={imap_user.name: imap_user.password})
    account = make_account(imap_user, sink)
    customer = Customer.create(name="Siti Rahma", language="id")
    conv = Conversation.create(subject="Barang rusak", account=account, customer=customer,
                               counterpart_email="siti@example.com")
    original = Message.create(
        conversation=conv, account=account, direction="in", message_id="rusak-1@example.com",
        subject="Barang rusak", sender_name="Siti Rahma", sender_email="siti@example.com",
        to_addrs=imap_user.address, text_body="Kak, barangnya rusak, gimana?",
        date=datetime(2026, 5, 11, 1, tzinfo=UTC))

    out = compose.reply(original)
    template = templates.get_template("complaint_ack", out.language)
    rendered = compose.apply_template(out, conversation_view.render_template_for(
        conv.id, template.id, out.language, account.id))
    assert rendered.complete
    row = compose.send(out)
    assert outbox.send_due().sent == [row.id]

    (received,) = delivered(sink, row.message_id)
    got = received.message
    assert getaddresses([str(got["From"])]) == [("Dewi", imap_user.address)]
    text = got.get_body(preferencelist=("plain",)).get_content()
    assert f"Sebagai informasi, kebijakan kami: {ID_POLICY}" in text
    assert "Full refund" not in text
