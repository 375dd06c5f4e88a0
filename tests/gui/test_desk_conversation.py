"""The conversation view: order, folded quotes, blocked remote images remembered per sender,
the side panel's customer, orders and tracking links, and its actions."""

from __future__ import annotations

import http.server
import struct
import threading
import zlib
from datetime import timedelta

import pytest
from gui import desk_support

from seller_desk.core.conversations.state import refresh
from seller_desk.core.mail.parse import html as mail_html
from seller_desk.core.screens import conversation as conversation_view
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    DIRECTION_IN,
    Conversation,
    ConversationOrder,
    ConversationTag,
    Message,
    SenderPreference,
    Shipment,
)
from seller_desk.ui.qt import QDesktopServices, Qt

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")

def png(width: int = 4, height: int = 4) -> bytes:
    """A small valid PNG (grey square), made here so the test needs no file."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PNG = png()


def add_html_message(conv: Conversation, image_url: str) -> Message:
    html, remote = mail_html.sanitize(
        f'<p>Hi, here is a photo of the <b>damaged</b> box:</p><img src="{image_url}">'
        '<div class="gmail_quote">On Mon, Nora wrote:<blockquote>Your parcel left '
        'today.</blockquote></div>')
    msg = Message.create(
        conversation=conv, account=conv.account_id, direction=DIRECTION_IN,
        sender_name="Sarah Collins", sender_email="sarah.collins@gmail.com",
        to_addrs="hello@norabatik.my", subject="Re: " + conv.subject,
        date=utcnow() - timedelta(minutes=5), received_at=utcnow(),
        text_body="Hi, here is a photo of the damaged box:\n\nOn Mon, Nora wrote:\n> Your "
                  "parcel left today.",
        html_body=html, has_remote_content=remote, snippet="Hi, here is a photo",
        body_fetched=True)
    refresh(conv)
    return msg


def open_in(window, qtbot, conversation_id):
    with qtbot.waitSignal(window.conversation_page.loaded, timeout=5000):
        window.open_conversation(conversation_id)
    return window.conversation_page


@pytest.fixture
def image_server():
    """A loopback web server with one image, counting how often it is fetched."""
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # http.server API
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(PNG)))
            self.end_headers()
            self.wfile.write(PNG)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/pixel.png", hits
    server.shutdown()
    server.server_close()


def test_messages_in_order_newest_open_quotes_folded(demo_window, qtbot):
    conv = Conversation.select().where(Conversation.message_count >= 2).first()
    page = open_in(demo_window, qtbot, conv.id)
    dates = [m.date for m in page.data.messages]
    assert dates == sorted(dates)
    newest = page.data.messages[-1].id
    assert newest in page.expanded
    text = page.browser.toPlainText()
    # an older read message is one line; clicking it opens it
    older = next((m for m in page.data.messages if m.id not in page.expanded), None)
    if older is not None:
        page._action("expand", older.id)
        assert older.id in page.expanded
    assert text


def test_remote_images_stay_blocked_until_allowed_and_the_choice_is_remembered(
        demo_window, qtbot, image_server):
    url, hits = image_server
    conv = Conversation.select().where(Conversation.counterpart_email
                                       == "sarah.collins@gmail.com").first()
    msg = add_html_message(conv, url)
    page = open_in(demo_window, qtbot, conv.id)
    view = next(m for m in page.data.messages if m.id == msg.id)
    assert view.has_remote_content and not view.remote_allowed
    assert url not in view.html  # not even named in the document
    assert "Images from the internet are hidden" in page.browser.toPlainText()
    # the quote is folded
    assert "Your parcel left today" not in page.browser.toPlainText()
    page._action("quote", msg.id)
    assert "Your parcel left today" in page.browser.toPlainText()
    assert hits == []
    # "always show images from this sender": remembered, and the image is fetched
    with qtbot.waitSignal(page.browser.images_loaded, timeout=10_000):
        page._action("images-always", msg.id)
    assert hits
    assert SenderPreference.get_by_id("sarah.collins@gmail.com").load_remote_content
    assert conversation_view.remote_content_allowed("Sarah.Collins@gmail.com")
    # a new look at the conversation shows them without asking
    again = conversation_view.load(conv.id)
    assert next(m for m in again.messages if m.id == msg.id).remote_allowed


def test_the_side_panel_shows_customer_orders_and_opens_the_tracking_page(
        demo_window, qtbot, monkeypatch):
    link = (ConversationOrder.select().join(Shipment, on=(
        ConversationOrder.order == Shipment.order)).where(Shipment.tracking_number != "")
        .first())
    page = open_in(demo_window, qtbot, link.conversation_id)
    panel = page.panel
    assert panel.data.customer_name
    assert panel.data.addresses
    order = panel.data.orders[0]
    assert order.items and order.number in panel.orders.body.text()
    links = panel.tracking_links()
    assert links and links[0].startswith("https://")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda u: opened.append(
        u.toString()) or True))
    with qtbot.waitSignal(panel.url_opened, timeout=1000):
        panel.orders.body.linkActivated.emit(links[0])
    assert opened == [links[0]]


def test_tagging_snoozing_and_closing_from_the_side_panel(demo_window, qtbot):
    conv = (Conversation.select().where(Conversation.status != "closed",
                                        Conversation.waiting_since.is_null(False)).first())
    page = open_in(demo_window, qtbot, conv.id)
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.panel.tag_buttons["refund"].click()
    assert ConversationTag.select().where(ConversationTag.conversation == conv.id,
                                          ConversationTag.tag == "refund").exists()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        pass
    assert page.panel.tag_buttons["refund"].isChecked()
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.panel.close_button.click()
    assert Conversation.get_by_id(conv.id).status == "closed"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        pass
    assert page.panel.close_button.text() == "Reopen"
    with qtbot.waitSignal(page.changed, timeout=5000):
        qtbot.keyClick(page.browser, Qt.Key.Key_E)  # e reopens a closed one
    assert Conversation.get_by_id(conv.id).status == "open"


def test_linking_an_order_by_hand(demo_window, qtbot):
    conv = Conversation.select().where(
        Conversation.id.not_in(ConversationOrder.select(ConversationOrder.conversation)),
        Conversation.customer.is_null(False)).first()
    page = open_in(demo_window, qtbot, conv.id)
    assert not page.panel.data.orders
    page.panel.link_button.click()
    dialog = page.link_dialog
    qtbot.waitUntil(lambda: dialog.list.count() > 0 or bool(dialog.empty.text()),
                    timeout=5000)
    if dialog.list.count() == 0:  # this customer has no orders: find one by number
        with qtbot.waitSignal(dialog.list.model().rowsInserted, timeout=5000):
            dialog.search.setText("#12")
    chosen = dialog.list.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ConversationOrder.select().where(
        ConversationOrder.conversation == conv.id, ConversationOrder.order == chosen).exists(),
        timeout=5000)
    qtbot.waitUntil(lambda: [o.id for o in page.panel.data.orders] == [chosen], timeout=5000)


def test_split_quoted_text_in_three_languages():
    head, quote = conversation_view.split_quoted_text(
        "Terima kasih!\n\nPada 3 Nov 2025, Nora <n@x.my> menulis:\n> Barang sudah dihantar.")
    assert head == "Terima kasih!" and quote.startswith("Pada 3 Nov")
    head, quote = conversation_view.split_quoted_text("Baik kak\n> sudah dikirim\n> resi JNE")
    assert head == "Baik kak" and quote.count(">") == 2
    head, quote = conversation_view.split_quoted_text(
        "OK\n\nFrom: Nora\nSent: Monday\nTo: you\nSubject: parcel\n\nold text")
    assert head == "OK" and quote.startswith("From: Nora")
    # a line starting with "From:" inside the text is not a quote
    assert conversation_view.split_quoted_text("From: my house to yours\nthanks")[1] == ""
    # a message that is only a quote is shown whole
    assert conversation_view.split_quoted_text("> only quoted")[0] == "> only quoted"
