"""A seller's day against real servers (Dovecot for IMAP, aiosmtpd for SMTP), driven through
the real widgets: add a mailbox in the wizard, see the mail, open it, save its attachment,
answer with a template, see the answer delivered, threaded in Sent, the clock stopped; new
mail announced; a refused send fixed and retried."""

from __future__ import annotations

import email
import email.policy
import time
from email.message import EmailMessage
from email.utils import make_msgid

import imapclient
import pytest
from gui.desk_support import close_window, open_window

from seller_desk.core.common.settings import Settings
from seller_desk.core.mail.connection import accounts
from seller_desk.core.store.models import Account, Attachment, Conversation, Message, OutboxMessage
from seller_desk.ui.app import open_account_wizard
from seller_desk.ui.qt import QFileDialog, Qt
from seller_desk.ui.sync import SyncController
from seller_desk.ui.tray import Notifier

pytestmark = [
    pytest.mark.integration,
    pytest.mark.qt_log_ignore("This plugin does not support raise",
                              "This plugin does not support grabbing"),
]

CUSTOMER = ("Nur Aisyah", "aisyah.customer@example.com")
PHOTO = bytes(range(256)) * 40  # 10 KB that must come back byte for byte


def customer_mail(to: str, subject: str, text: str, attachment: bool = False,
                  reply_to: str = "", minutes_later: int = 0) -> tuple[bytes, str]:
    msg = EmailMessage()
    msg["From"] = f"{CUSTOMER[0]} <{CUSTOMER[1]}>"
    msg["To"] = to
    msg["Subject"] = subject
    # Date has whole seconds: a later message is dated clearly later than the reply
    msg["Date"] = email.utils.formatdate(time.time() + minutes_later * 60, localtime=True)
    msgid = make_msgid(domain="example.com")
    msg["Message-ID"] = msgid
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    msg.set_content(text)
    if attachment:
        msg.add_attachment(PHOTO, maintype="application", subtype="octet-stream",
                           filename="photo-of-parcel.bin")
    return msg.as_bytes(), msgid.strip("<>")


def shop_settings() -> None:
    s = Settings()
    s.set("seller.name", "Nora", save=False)
    s.set("seller.shop_name", "Nora Batik & Craft", save=False)
    s.set("seller.refund_policy", "a full refund within 30 days", save=False)
    s.save()


def add_account_with_wizard(qtbot, window, user, sink, password=None):
    """Fill the wizard as a seller would; return it once the first sync is done."""
    wizard = open_account_wizard(window)
    qtbot.waitExposed(wizard)
    wizard.address.email.setText(user.address)
    assert wizard.address.provider.currentData() == "generic"
    assert wizard.address.name.text()  # suggested from the address
    wizard.next()
    servers = wizard.servers
    servers.password.setText(password or user.password)
    servers.show_servers.setChecked(True)
    servers.username.setText(user.name)
    servers.imap_host.setText(user.host)
    servers.imap_port.setValue(user.imap_port)
    servers.imap_security.setCurrentIndex(servers.imap_security.findData("none"))
    servers.smtp_host.setText(sink.host)
    servers.smtp_port.setValue(sink.port)
    servers.smtp_security.setCurrentIndex(servers.smtp_security.findData("none"))
    return wizard


@pytest.fixture
def desk(qtbot, tmp_path):
    shop_settings()
    window = open_window(qtbot, f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    controller = SyncController(window)
    window.attach_sync(controller)
    controller.start(sync_now=False, outbox=True, push=False)
    window.notifier = Notifier(window.settings, window)
    controller.new_customer_mail.connect(window.notifier.new_customer_mail)
    yield window
    wizard = getattr(window, "account_wizard", None)
    if wizard is not None:
        wizard.close()
    close_window(qtbot, window)


def test_add_read_answer_with_a_template_and_see_it_delivered(desk, qtbot, imap_user,
                                                              smtp_server, tmp_path,
                                                              monkeypatch):
    window = desk
    sink = smtp_server()
    raw, first_id = customer_mail(imap_user.address, "Is the batik scarf still available?",
                                  "Hello, is the Terengganu scarf still in stock? I attach a "
                                  "photo of the one I mean.", attachment=True)
    imap_user.server.deliver(imap_user, raw)

    # 1. the wizard: connection test, then the first sync with progress
    wizard = add_account_with_wizard(qtbot, window, imap_user, sink)
    with qtbot.waitSignal(wizard.test_finished, timeout=20_000) as test:
        wizard.next()
    assert test.args == [True], wizard.test.result.text()
    assert "Logged in" in wizard.test.result.text()
    with qtbot.waitSignal(wizard.census_finished, timeout=20_000):
        wizard.next()  # the waiting-since page counts the inbox
    with qtbot.waitSignal(wizard.first_sync_done, timeout=30_000):
        wizard.next()
    assert wizard.sync.done
    account = Account.get(Account.email == imap_user.address)
    assert accounts.credentials.get_password(account.email) == imap_user.password
    wizard.accept()
    window.activateWindow()
    qtbot.waitActive(window)

    # 2. the mail is in "Waiting on me", with the mailbox in the sidebar
    page = window.inbox_page
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=10_000)
    assert f"account:{account.id}" in window.sidebar.section_items
    row = page.model.row_at(0)
    assert row.customer_name == CUSTOMER[0]
    assert row.subject == "Is the batik scarf still available?"
    assert row.waiting_since is not None

    # 3. open it from the list with Enter; the attachment is listed and saved
    page.table.setFocus()
    with qtbot.waitSignal(window.conversation_page.loaded, timeout=10_000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    conv_page = window.conversation_page
    message = conv_page.data.messages[-1]
    assert "Terengganu scarf" in message.text
    assert [a.filename for a in message.attachments] == ["photo-of-parcel.bin"]
    target = tmp_path / "saved.bin"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(conv_page.attachment_saved, timeout=20_000) as saved:
        conv_page._action("save", message.attachments[0].id)
    assert saved.args == [str(target)]
    assert target.read_bytes() == PHOTO
    assert Attachment.get_by_id(message.attachments[0].id).cached_path

    # 4. reply with "r", insert a template by typing /sorry, send with Ctrl+Enter
    qtbot.keyClick(conv_page.browser, Qt.Key.Key_R)
    composer = conv_page.composer()
    with qtbot.waitSignal(composer.ready, timeout=10_000):
        pass
    assert composer.to_edit.text() == f"{CUSTOMER[0]} <{CUSTOMER[1]}>"
    composer.body.setFocus()
    with qtbot.waitSignal(composer.template_inserted, timeout=5000) as inserted:
        qtbot.keyClicks(composer.body, "/sorry")
        qtbot.keyClick(composer.body, Qt.Key.Key_Space)
    assert inserted.args[0].complete
    body = composer.body.toPlainText()
    assert "Hi Aisyah" in body and "Nora Batik & Craft" in body and "{" not in body
    with qtbot.waitSignal(composer.sent, timeout=10_000):
        qtbot.keyClick(composer.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    # 5. delivered by SMTP, threaded under the customer's message
    delivered = sink.wait_for(1, timeout=30)[0]
    got = email.message_from_bytes(delivered.data, policy=email.policy.default)
    assert got["In-Reply-To"].strip("<>") == first_id
    assert got["Subject"] == "Re: Is the batik scarf still available?"
    assert delivered.rcpt_tos == [CUSTOMER[1]]
    assert "Thank you for telling us" in got.get_body(("plain",)).get_content()

    # 6. recorded as sent, filed in the Sent folder, the clock stopped
    def sent_and_filed():
        row = OutboxMessage.get_or_none(OutboxMessage.message_id == got["Message-ID"].strip("<>"))
        return row is not None and row.state == "sent" and row.appended_to_sent
    qtbot.waitUntil(sent_and_filed, timeout=30_000)
    conv = Conversation.get_by_id(conv_page.conversation_id)
    assert conv.waiting_since is None
    assert conv.first_reply_at is not None
    out = Message.get(Message.message_id == got["Message-ID"].strip("<>"))
    assert out.conversation_id == conv.id
    with imapclient.IMAPClient(imap_user.host, imap_user.imap_port, ssl=False) as client:
        client.login(imap_user.name, imap_user.password)
        sent = next(f[2] for f in client.list_folders() if b"\\Sent" in f[0]
                    or f[2].lower() == "sent")
        client.select_folder(sent, readonly=True)
        uids = client.search(["HEADER", "In-Reply-To", first_id])
        assert len(uids) == 1
    qtbot.waitUntil(lambda: not conv_page.data.outbox and
                    any(m.direction == "out" for m in conv_page.data.messages), timeout=15_000)
    window.back_to_list()
    qtbot.waitUntil(lambda: page.model.total == 0, timeout=5000)

    # 7. the customer writes again: synced, announced, waiting again
    notes = []
    window.notifier.notified.connect(lambda *a: notes.append(a))
    raw2, _ = customer_mail(imap_user.address, "Re: Is the batik scarf still available?",
                            "Thank you! Can you send it to Penang by Friday?",
                            reply_to=f"<{got['Message-ID'].strip('<>')}>", minutes_later=1)
    imap_user.server.deliver(imap_user, raw2)
    with qtbot.waitSignal(window.sync.synced, timeout=30_000):
        qtbot.keyClick(page.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bool(notes), timeout=10_000)
    kind, title, _text, conversation_id = notes[0]
    assert kind == "new_mail" and CUSTOMER[0] in title
    assert conversation_id == conv.id
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=10_000)
    assert Conversation.get_by_id(conv.id).waiting_since is not None


def test_a_refused_send_is_fixed_and_sent_once(desk, qtbot, imap_user, smtp_server):
    window = desk
    sink = smtp_server(auth={imap_user.name: "right-password"}, auth_required=True)
    raw, _ = customer_mail(imap_user.address, "Where is my parcel?", "Any news on my order?")
    imap_user.server.deliver(imap_user, raw)
    wizard = add_account_with_wizard(qtbot, window, imap_user, sink)
    # the connection test catches the SMTP password before anything is saved
    with qtbot.waitSignal(wizard.test_finished, timeout=20_000) as test:
        wizard.next()
    assert test.args == [False]
    assert "Sending mail did not work" in wizard.test.status.text()
    assert not Account.select().exists()
    wizard.close()
    # saved anyway (as after a password change on the server), the send fails plainly
    account = accounts.add_account("Shop", imap_user.address, password=imap_user.password,
                                   provider="generic", username=imap_user.name,
                                   imap_host=imap_user.host, imap_port=imap_user.imap_port,
                                   imap_security="none", smtp_host=sink.host,
                                   smtp_port=sink.port, smtp_security="none")
    with qtbot.waitSignal(window.sync.synced, timeout=30_000):
        window.sync.load_accounts()
        window.sync.sync_account(account.id)
    window.refresh()
    page = window.inbox_page
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=10_000)
    window.open_conversation(page.model.conversation_id(0))
    conv_page = window.conversation_page
    qtbot.waitUntil(lambda: conv_page.data is not None, timeout=10_000)
    composer = window.compose(conv_page.conversation_id, "reply")
    with qtbot.waitSignal(composer.ready, timeout=10_000):
        pass
    composer.body.setPlainText("It left our shop this morning; the tracking number follows.")
    with qtbot.waitSignal(composer.sent, timeout=10_000):
        composer.send()
    qtbot.waitUntil(lambda: OutboxMessage.get().state == "failed", timeout=30_000)
    row = OutboxMessage.get()
    assert "password" in row.last_error.lower() or "refused" in row.last_error.lower()
    qtbot.waitUntil(lambda: bool(conv_page.data.outbox)
                    and conv_page.data.outbox[0].state == "failed", timeout=10_000)
    assert "Not sent" in conv_page.browser.toPlainText()
    qtbot.waitUntil(lambda: window.outbox_chip.property("state") == "failed", timeout=10_000)
    assert window.outbox_chip.isVisible()
    assert "not sent" in window.outbox_chip.text()
    # fix the cause (the right password), then "Try again" from the conversation
    sink.credentials[imap_user.name] = imap_user.password
    with qtbot.waitSignal(conv_page.changed, timeout=10_000):
        conv_page._action("retry", row.id)
    sink.wait_for(1, timeout=30)
    qtbot.waitUntil(lambda: OutboxMessage.get().state == "sent", timeout=30_000)
    assert len(sink.messages) == 1
