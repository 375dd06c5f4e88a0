"""Signing in with Microsoft from the window: the wizard's button, the browser step (the
test plays the browser), the first sync over XOAUTH2, and "Sign in again" from the chip
after the sign-in was revoked, with a queued reply going out once."""

from __future__ import annotations

import threading

import pytest
from gui.desk_support import close_window, open_window
from helpers.outbox_shop import delivered, queue_message

from seller_desk.core.mail.connection import oauth
from seller_desk.core.mail.send import outbox
from seller_desk.core.store.models import Account, OutboxMessage
from seller_desk.ui.accounts import sign_in
from seller_desk.ui.app import open_account_wizard

pytestmark = [
    pytest.mark.integration,
    pytest.mark.qt_log_ignore("This plugin does not support raise",
                              "This plugin does not support grabbing"),
]


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_window(qtbot, f"sqlite:///{tmp_path / 'w.sqlite3'}")
    yield window
    wizard = getattr(window, "account_wizard", None)
    if wizard is not None:
        wizard.close()
    close_window(qtbot, window)


@pytest.fixture
def browser(monkeypatch, oauth_server):
    """The system browser: it follows the sign-in page's redirect to the app's listener."""
    opened: list[str] = []

    def open_url(url: str) -> bool:
        opened.append(url)
        threading.Thread(target=oauth_server.browse, args=(url,), daemon=True).start()
        return True

    monkeypatch.setattr(sign_in, "open_in_browser", open_url)
    return opened


def test_the_wizard_signs_in_with_microsoft_and_fetches_the_mail(
        window, qtbot, oauth_clients, oauth_user, browser):
    user = oauth_user
    user.server.deliver(user, b"From: Siti <siti@example.test>\r\nTo: x@test.localhost\r\n"
                              b"Subject: Ada stok?\r\nMessage-ID: <w1@example.test>\r\n\r\n"
                              b"Saiz M?\r\n")
    wizard = open_account_wizard(window)
    wizard.address.email.setText(user.address)
    wizard.next()
    s = wizard.servers
    # a domain of its own: both sign-ins this build can do are offered (Microsoft here)
    assert s.sign_in.isVisibleTo(wizard)
    assert s.sign_in.buttons["microsoft"].isVisibleTo(wizard)
    assert not s.sign_in.buttons["google"].isVisibleTo(wizard)  # no Google client here
    assert s.sign_in.buttons["microsoft"].text() == "Sign in with Microsoft"
    s.show_servers.setChecked(True)
    s.username.setText(user.name)
    s.imap_host.setText(user.host)
    s.imap_port.setValue(user.imap_port)
    s.imap_security.setCurrentIndex(s.imap_security.findData("none"))
    s.smtp_host.setText(user.host)
    s.smtp_port.setValue(user.submission_port)
    s.smtp_security.setCurrentIndex(s.smtp_security.findData("none"))
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # no password yet

    with qtbot.waitSignal(wizard.test_finished, timeout=30_000) as tested:
        s.sign_in.buttons["microsoft"].click()
    assert browser and "/authorize?" in browser[0]
    assert tested.args == [True], wizard.test.result.text()
    assert s.sign_in.status.text() == f"Signed in as {user.address}."
    with qtbot.waitSignal(wizard.census_finished, timeout=20_000):
        wizard.next()  # the waiting-since page counts the inbox, signed in with the token
    with qtbot.waitSignal(wizard.first_sync_done, timeout=30_000):
        wizard.next()
    account = Account.get()
    assert account.auth == "microsoft" and account.imap_host == user.host
    assert "1 messages fetched" in wizard.sync.status.text() or \
        "Done" in wizard.sync.status.text()


def test_the_chip_says_sign_in_again_and_the_queued_reply_goes_out_once(
        window, qtbot, oauth_clients, oauth_server, oauth_user, browser):
    user = oauth_user
    sign = oauth.SignIn("microsoft", email=user.address)
    threading.Thread(target=oauth_server.browse, args=(sign.url,), daemon=True).start()
    from seller_desk.core.mail.connection import accounts

    account = accounts.add_account(
        "Shop Outlook", user.address, tokens=sign.wait(timeout=20), auth="microsoft",
        provider="generic", username=user.name, imap_host=user.host,
        imap_port=user.imap_port, imap_security="none", smtp_host=user.host,
        smtp_port=user.submission_port, smtp_security="none", smtp_username=user.name)
    oauth_server.revoke(user.name)
    oauth._cache.clear()
    row = queue_message(account, "Re: Ada stok?", to="siti@example.test")
    assert outbox.send_due().retrying == [row.id]

    from seller_desk.ui.sync import SyncController

    controller = SyncController(window)
    window.attach_sync(controller)
    controller.load_accounts()
    with qtbot.waitSignal(controller.state_changed, timeout=20_000,
                          check_params_cb=lambda a: controller.states[a].state == "error"):
        controller.retry(account.id)
    status = window.sync_status
    chip = status.chips[account.id]
    assert chip.text() == "Shop Outlook: sign in again"
    assert "Click to sign in again" in chip.toolTip()

    dialog = status.sign_in_again(account.id)
    assert dialog.isVisible() and dialog.box.buttons["microsoft"].isVisible()
    with qtbot.waitSignal(controller.state_changed, timeout=30_000,
                          check_params_cb=lambda a: controller.states[a].state == "ok"):
        dialog.box.buttons["microsoft"].click()
    assert not dialog.isVisible()
    # the reply waited queued (not failed) and goes out once the sign-in is back
    assert OutboxMessage.get_by_id(row.id).state == "queued"
    assert outbox.send_due().sent == [row.id]
    assert len(delivered(user.server.relay_sink, row.message_id)) == 1
