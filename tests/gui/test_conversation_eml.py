"""The conversation view against a real Dovecot: "Save as .eml" writes the message as the
server has it, and opening the conversation marks it read on the server too."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest
from gui.desk_support import drain_pools, wait_for_tasks
from imapclient import IMAPClient

from seller_desk.core.mail.connection import accounts
from seller_desk.core.mail.imap import flags, sync
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Message
from seller_desk.ui.conversation.page import ConversationPage
from seller_desk.ui.qt import QFileDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")


def customer_mail() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Dewi <dewi@example.test>"
    msg["To"] = "shop@test.localhost"
    msg["Subject"] = "Batik tulis ukuran XL – masih ada? 🙏"
    msg["Message-ID"] = "<eml-1@example.test>"
    msg.set_content("Halo kak, batik tulis ukuran XL masih ada?")
    return msg.as_bytes(policy=email.policy.SMTP)


def server_seen(user) -> bool:
    client = IMAPClient(user.host, user.imap_port, ssl=False, timeout=10)
    client._imap.debug = 0
    client.login(user.name, user.password)
    try:
        client.select_folder("INBOX", readonly=True)
        (uid,) = client.search(["HEADER", "Message-ID", "eml-1@example.test"])
        return b"\\Seen" in client.get_flags([uid])[uid]
    finally:
        client.logout()


def test_save_as_eml_and_read_on_the_server(qtbot, tmp_path, monkeypatch, imap_user,
                                            dovecot_server):
    db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    try:
        account = accounts.add_account(
            "Shop", imap_user.address, password=imap_user.password, username=imap_user.name,
            imap_host=imap_user.host, imap_port=imap_user.imap_port, imap_security="none")
        Account.update(sync_window_days=0).where(Account.id == account.id).execute()
        dovecot_server.deliver(imap_user, customer_mail())
        sync.sync_account(account.id)
        msg = Message.get(Message.message_id == "eml-1@example.test")
        assert not server_seen(imap_user)

        page = ConversationPage()
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.open(msg.conversation_id)
        assert f"sd:eml/{msg.id}" in page.browser.toHtml()
        # opening it marked it read here, and (on the network pool) on the server
        qtbot.waitUntil(lambda: server_seen(imap_user), timeout=10_000)
        qtbot.waitUntil(lambda: flags.pending() == {}, timeout=10_000)

        target = tmp_path / "pesan.eml"
        asked = []

        def choose(*args, **kwargs):
            asked.append(args)
            return str(target), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
        with qtbot.waitSignal(page.message_saved, timeout=20_000) as saved:
            page._action("eml", msg.id)
        assert saved.args == [str(target)] and len(asked) == 1
        assert str(asked[0][2]).endswith(".eml")
        parsed = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
        assert parsed["Message-ID"] == "<eml-1@example.test>"
        assert "batik tulis ukuran XL" in parsed.get_body(("plain",)).get_content()
        wait_for_tasks(qtbot)
    finally:
        drain_pools()
        sync.close_connections()
        db.close_database()
