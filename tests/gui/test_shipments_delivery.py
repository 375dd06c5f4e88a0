"""The one-click "shipped" email reaches the customer through a real SMTP server, once."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta
from decimal import Decimal

import pytest
from helpers.outbox_shop import delivered, make_account, sent_copies

from seller_desk.core.common.settings import Settings
from seller_desk.core.mail.send import outbox
from seller_desk.core.shop import customers, orders
from seller_desk.core.store import db
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import OutboxMessage
from seller_desk.core.templates import canned as templates
from seller_desk.ui.app import make_application
from seller_desk.ui.shipments import ShipmentsPage

pytestmark = pytest.mark.integration


@pytest.fixture
def shop(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    templates.install_defaults()
    settings = Settings()
    settings.set("seller.name", "Nora")
    settings.set("seller.shop_name", "Nora Batik")
    yield settings
    database.close()


def test_the_shipped_email_is_delivered_once_and_filed_in_sent(qtbot, shop, imap_user,
                                                                smtp_server):
    sink = smtp_server(auth={imap_user.name: imap_user.password})
    make_account(imap_user, sink)
    buyer = customers.create_customer("Siti Aminah", ["siti.aminah@example.com"],
                                      language="ms")
    order = orders.create_order("WA-0042", "whatsapp",
                                [{"title": "Batik sarong", "unit_price": Decimal("65")}],
                                customer=buyer, status="paid",
                                placed_at=utcnow() - timedelta(days=1))
    make_application()
    page = ShipmentsPage(shop)
    qtbot.addWidget(page)
    page.show()
    dialog = page.add_shipment(order.id)
    dialog.courier.setCurrentIndex(dialog.courier.findData("poslaju"))
    dialog.tracking.setText("EN123456789MY")
    with qtbot.waitSignal(dialog.message_queued, timeout=5000), \
            qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.save()
    page.table.selectRow(0)
    page.send_shipped_message()  # a second click: still one email
    qtbot.waitUntil(lambda: "already" in page.status.text(), timeout=5000)

    report = outbox.send_due()
    row = OutboxMessage.get()
    assert report.sent == [row.id]
    (received,) = delivered(sink, row.message_id)
    assert received.rcpt_tos == ["siti.aminah@example.com"]
    mail = email.message_from_bytes(received.data, policy=email.policy.default)
    text = mail.get_body(("plain",)).get_content()
    assert "EN123456789MY" in text and "WA-0042" in text
    assert "Siti" in text  # the customer's language (Malay) and name
    assert outbox.send_due(now=utcnow() + timedelta(hours=2)).sent == []
    assert sent_copies(imap_user, row.message_id) == 1
