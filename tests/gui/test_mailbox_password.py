"""A mailbox without a usable password asks for it in the window, against the real Dovecot:
with no password store on the computer, and after the password changed on the server."""

from __future__ import annotations

import logging
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import keyring
import pytest
from gui.desk_support import close_window, open_window
from keyring.backends.fail import Keyring as FailKeyring

from seller_desk.core.mail.connection import accounts, credentials
from seller_desk.core.store.models import Account, Message
from seller_desk.ui.qt import Qt
from seller_desk.ui.sync import SyncController

pytestmark = [
    pytest.mark.integration,
    pytest.mark.qt_log_ignore("This plugin does not support raise",
                              "This plugin does not support grabbing"),
]


def question(to: str, subject: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Nur Aisyah <aisyah.customer@example.com>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="example.com")
    msg.set_content("Salam, bila pesanan saya akan dihantar?")
    return msg.as_bytes()


def add_mailbox(user, password: str | None) -> Account:
    return accounts.add_account("Shop mail", user.address, password=password,
                                username=user.name, imap_host=user.host,
                                imap_port=user.imap_port, imap_security="none",
                                smtp_host=user.host, smtp_security="none",
                                counts_from=accounts.counts_from(30))


def start_window(qtbot, url: str):
    window = open_window(qtbot, url)
    controller = SyncController(window)
    window.attach_sync(controller)
    return window, controller


def type_password(qtbot, dialog, password: str) -> bool:
    """Type into the box and press Sign in; whether the server accepted it."""
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    with qtbot.waitSignal(dialog.checked, timeout=20_000) as checked:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return bool(checked.args[0])


def test_without_a_password_store_the_chip_asks_for_the_password_and_the_mailbox_syncs(
        qtbot, tmp_path, imap_user, caplog):
    caplog.set_level(logging.DEBUG)
    # the computer has no password store: a password typed in an earlier run is gone
    keyring.set_keyring(FailKeyring())
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    window = open_window(qtbot, url)
    account = add_mailbox(imap_user, password=None)
    close_window(qtbot, window)
    imap_user.server.deliver(imap_user, question(imap_user.address, "Bila dihantar?"))

    window, controller = start_window(qtbot, url)
    try:
        status = window.sync_status
        with qtbot.waitSignal(controller.password_needed, timeout=20_000):
            controller.start(sync_now=True, outbox=False, push=False)
        # the box opened by itself, for this mailbox, saying the password will not be kept
        dialog = status.password_dialog
        assert dialog is not None and dialog.isVisible()
        assert imap_user.address in dialog.heading.text()
        assert "Shop mail" in dialog.heading.text()
        assert dialog.store_note.isVisible()
        assert "no password store" in dialog.store_note.text()
        dialog.reject()
        qtbot.waitUntil(lambda: status.password_dialog is None, timeout=5_000)

        # a later failed check does not open it again: the chip says what is needed
        chip = status.chips[account.id]
        assert chip.text() == "Shop mail: password needed"
        with qtbot.waitSignal(controller.state_changed, timeout=20_000,
                              check_params_cb=lambda a: controller.states[a].state == "error"):
            controller.sync_account(account.id)
        assert status.password_dialog is None

        # the chip opens the box; a wrong password is refused there and stays typed
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
        dialog = status.password_dialog
        assert dialog is not None and dialog.isVisible()
        assert not type_password(qtbot, dialog, "not-the-password")
        assert dialog.isVisible() and dialog.password.text() == "not-the-password"
        assert dialog.message.isVisible() and dialog.message.text()
        assert credentials.get_password(imap_user.address) is None

        # the right one: kept for this session only, and the mailbox syncs
        with qtbot.waitSignal(controller.synced, timeout=30_000) as synced:
            assert type_password(qtbot, dialog, imap_user.password)
        assert synced.args[1].new == 1
        assert credentials.is_session_only(imap_user.address)
        assert controller.states[account.id].state == "ok"
        assert chip.text().startswith("Shop mail ✓")
        assert Message.select().where(Message.subject == "Bila dihantar?").count() == 1
        qtbot.waitUntil(lambda: window.inbox_page.model.total == 1, timeout=10_000)
    finally:
        close_window(qtbot, window)
        credentials.delete_password(imap_user.address)
    # never in the logs, nor in the database
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert imap_user.password not in logged and "not-the-password" not in logged
    assert imap_user.password not in (tmp_path / "desk.sqlite3").read_bytes().decode(
        "latin-1")


def test_a_password_changed_on_the_server_is_asked_for_once_and_kept_in_the_keyring(
        qtbot, tmp_path, imap_user, dovecot_server, memory_keyring):
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    window, controller = start_window(qtbot, url)
    try:
        account = add_mailbox(imap_user, password=imap_user.password)
        controller.start(sync_now=False, outbox=False, push=False)
        with qtbot.waitSignal(controller.synced, timeout=30_000):
            controller.sync_account(account.id)

        # the seller changed the password on the web; the server drops the old sessions
        changed = dovecot_server.set_password(imap_user, "a-new-password-9")
        dovecot_server.kill_connections(imap_user)
        dovecot_server.deliver(imap_user, question(imap_user.address, "Sudah bayar"))
        with qtbot.waitSignal(controller.password_needed, timeout=30_000):
            controller.sync_account(account.id)
        assert controller.states[account.id].error_kind == "auth"
        dialog = window.sync_status.password_dialog
        assert dialog is not None and dialog.isVisible()
        assert not dialog.store_note.isVisible()  # there is a password store
        with qtbot.waitSignal(controller.synced, timeout=30_000) as synced:
            assert type_password(qtbot, dialog, changed.password)
        assert synced.args[1].new == 1
        assert memory_keyring.passwords[("seller-desk", imap_user.address)] == \
            changed.password
        assert not credentials.is_session_only(imap_user.address)
        assert controller.states[account.id].state == "ok"
    finally:
        close_window(qtbot, window)
