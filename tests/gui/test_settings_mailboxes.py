"""Settings > Mailboxes in the window: edit a mailbox (a moved waiting-since day recounts
its clocks), switch it off (not checked, its chip says so, its mail stays), remove it with
its mail kept or deleted, test its connection and change its password (real Dovecot)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from gui.desk_support import close_window, open_window, wait_for_tasks
from helpers.ports import free_port

from seller_desk.core.conversations import state
from seller_desk.core.mail.connection import accounts, credentials
from seller_desk.core.store import search
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Account, Conversation, Message
from seller_desk.ui.qt import QDate, Qt
from seller_desk.ui.sync import SyncController

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")


@pytest.fixture
def desk(qtbot, tmp_path):
    window = open_window(qtbot, f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    controller = SyncController(window)
    window.attach_sync(controller)
    yield window
    close_window(qtbot, window)


def mailbox_with_old_question(days_old: int = 10, counts_from_days: int = 3) -> tuple:
    """A mailbox whose one customer question is older than its waiting-since day."""
    # a port nothing listens on: a check fails at once, never reaching a real server
    account = accounts.add_account("Shop mail", "shop@kedai.test", imap_host="127.0.0.1",
                                   imap_port=free_port(), imap_security="none",
                                   smtp_host="127.0.0.1",
                                   smtp_security="none",
                                   counts_from=accounts.counts_from(counts_from_days))
    asked = (utcnow() - timedelta(days=days_old)).replace(microsecond=0)
    conv = Conversation.create(subject="Tudung biru ada?", account=account,
                               counterpart_email="aminah@example.test")
    Message.create(account=account, conversation=conv, message_id="q1@example.test",
                   sender_email="aminah@example.test", date=asked, direction="in",
                   subject="Tudung biru ada?", text_body="Ada stok tudung biru?")
    state.refresh(conv.id)
    return account, conv, asked


def open_section(qtbot, window):
    window.show_section("settings")
    page = window.section_page("settings")
    page.show_section("mailboxes")
    section = page.mailboxes
    qtbot.waitUntil(section.isVisible, timeout=5_000)
    return section


def test_a_mailbox_is_edited_and_a_moved_waiting_since_day_recounts_its_clocks(desk, qtbot):
    account, conv, asked = mailbox_with_old_question()
    window = desk
    window.sync.start(sync_now=False, outbox=False, push=False)
    assert state.refresh(conv.id).waiting_since is None  # history: before the cut-off
    section = open_section(qtbot, window)
    assert section.list.count() == 1
    assert "Shop mail <shop@kedai.test>" in section.list.item(0).text()
    assert "On" in section.list.item(0).text()

    dialog = section.edit()
    assert dialog.address.text() == "shop@kedai.test"
    # a server written as a web address is refused in the box; what was typed stays
    dialog.imap_host.setText("http://mail.kedai.test")
    dialog.name.setText("Kedai Aminah")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5_000)
    assert "server" in dialog.message.text()
    assert dialog.isVisible() and dialog.name.text() == "Kedai Aminah"
    assert Account.get_by_id(account.id).name == "Shop mail"

    dialog.imap_host.setText("127.0.0.1")
    dialog.sender_name.setText("Kedai Aminah Batik")
    dialog.color.setCurrentIndex(dialog.color.findData("#7c3aed"))
    dialog.smtp_port.setValue(2525)
    dialog.sync_window.setValue(30)
    dialog.signature.setPlainText("Terima kasih,\nAminah")
    day = (utcnow() - timedelta(days=20)).date()
    dialog.counts_from.setDate(QDate(day.year, day.month, day.day))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = Account.get_by_id(account.id)
    assert (saved.name, saved.sender_name, saved.color, saved.smtp_port,
            saved.sync_window_days, saved.signature) == (
        "Kedai Aminah", "Kedai Aminah Batik", "#7c3aed", 2525, 30, "Terima kasih,\nAminah")
    # the old question now counts: the customer waits again, from when she asked
    assert Conversation.get_by_id(conv.id).waiting_since == asked
    assert "Kedai Aminah" in section.list.item(0).text()
    assert window.sync.states[account.id].name == "Kedai Aminah"


def test_a_mailbox_switched_off_is_not_checked_its_chip_says_so_and_its_mail_stays(
        desk, qtbot):
    account, _conv, _asked = mailbox_with_old_question(days_old=1)
    window = desk
    window.sync.start(sync_now=False, outbox=False, push=False)
    section = open_section(qtbot, window)
    assert section.switch_button.text() == "Switch off"
    with qtbot.waitSignal(section.mailboxes_changed, timeout=5_000):
        qtbot.mouseClick(section.switch_button, Qt.MouseButton.LeftButton)
    assert not Account.get_by_id(account.id).enabled
    assert "Off" in section.list.item(0).text()
    assert section.switch_button.text() == "Switch on"
    assert window.sync.states[account.id].state == "off"
    assert window.sync_status.chips[account.id].text() == "Shop mail: switched off"
    assert window.sync.sync_account(account.id) is None  # not checked
    window.show_section("inbox")
    qtbot.waitUntil(lambda: window.inbox_page.model.total == 1, timeout=5_000)

    # switched on again, it is checked at once (here: no server answers on that port)
    accounts.set_password(account, "rahsia")
    window.show_section("settings")
    with qtbot.waitSignal(section.mailboxes_changed, timeout=5_000):
        qtbot.mouseClick(section.switch_button, Qt.MouseButton.LeftButton)
    assert Account.get_by_id(account.id).enabled
    qtbot.waitUntil(lambda: window.sync.states[account.id].state == "error", timeout=20_000)
    assert window.sync_status.chips[account.id].text() == "Shop mail: not checked, retry"


@pytest.mark.parametrize("keep", [True, False], ids=["mail kept", "mail deleted"])
def test_removing_a_mailbox_asks_first_and_keeps_or_deletes_its_mail(desk, qtbot, keep):
    account, conv, _asked = mailbox_with_old_question(days_old=1)
    window = desk
    window.sync.start(sync_now=False, outbox=False, push=False)
    accounts.set_password(account, "rahsia")
    section = open_section(qtbot, window)

    dialog = section.remove()
    assert "Shop mail (shop@kedai.test)" in dialog.question.text()
    assert dialog.keep.isChecked() and not dialog.delete.isChecked()  # the safe choice
    dialog.reject()  # asking is not removing
    wait_for_tasks(qtbot)
    assert Account.select().count() == 1

    dialog = section.remove()
    if not keep:
        dialog.delete.setChecked(True)
    with qtbot.waitSignal(section.mailboxes_changed, timeout=10_000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert Account.select().count() == 0
    assert credentials.get_password("shop@kedai.test") is None
    assert section.list.count() == 0
    assert account.id not in window.sync.states
    assert f"account:{account.id}" not in window.sidebar.section_items
    stored = Message.select().where(Message.message_id == "q1@example.test")
    if keep:
        assert stored.count() == 1
        assert Conversation.select().where(Conversation.id == conv.id).exists()
        assert search.search_messages("tudung") == [stored.get().id]
        assert "its mail is kept" in section.result.text()
    else:
        assert stored.count() == 0
        assert not Conversation.select().where(Conversation.id == conv.id).exists()
        assert "with its mail" in section.result.text()


def test_removing_a_mailbox_with_unsent_replies_says_they_go_with_it(desk, qtbot):
    """A reply still in the outbox goes with its mailbox: the box asking first says how
    many, so nothing the seller wrote disappears without a word."""
    from seller_desk.core.store.models import OutboxMessage

    account, conv, _asked = mailbox_with_old_question(days_old=1)
    section = open_section(qtbot, desk)
    dialog = section.remove()
    assert not dialog.unsent_note.isVisible()  # nothing waiting: nothing to say
    dialog.reject()

    for n, state_ in enumerate(("queued", "failed", "sent")):
        OutboxMessage.create(account=account, conversation=conv, message_id=f"r{n}@kedai.test",
                             sender="shop@kedai.test", recipients="buyer@example.test",
                             subject="Re: Tudung", raw=b"Subject: Re: Tudung\r\n\r\nAda.",
                             state=state_)
    dialog = section.remove()
    assert dialog.unsent_note.isVisible()
    assert dialog.unsent_note.text().startswith(
        "2 messages in the outbox have not been sent from this mailbox yet")
    dialog.reject()


@pytest.mark.integration
def test_the_connection_test_says_what_is_wrong_and_a_changed_password_makes_it_work(
        desk, qtbot, imap_user):
    window = desk
    account = accounts.add_account("Shop mail", imap_user.address, username=imap_user.name,
                                   imap_host=imap_user.host, imap_port=imap_user.imap_port,
                                   imap_security="none", smtp_host="")
    window.sync.start(sync_now=False, outbox=False, push=False)
    section = open_section(qtbot, window)
    assert "no password saved" in section.list.item(0).text()
    with qtbot.waitSignal(section.tested, timeout=20_000) as tested:
        qtbot.mouseClick(section.test_button, Qt.MouseButton.LeftButton)
    assert tested.args == [False]
    assert "No password is stored" in section.result.text()
    assert "Change password" in section.result.text()

    dialog = section.change_password()
    assert imap_user.address in dialog.heading.text()
    dialog.password.setText(imap_user.password)
    with qtbot.waitSignal(section.password_given, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert credentials.get_password(imap_user.address) == imap_user.password
    assert "password saved" in section.list.item(0).text()
    with qtbot.waitSignal(section.tested, timeout=20_000) as tested:
        qtbot.mouseClick(section.test_button, Qt.MouseButton.LeftButton)
    assert tested.args == [True], section.result.text()
    assert "It works." in section.result.text()
    wait_for_tasks(qtbot, timeout=30_000)
    assert Account.get_by_id(account.id).last_sync_at is not None  # checked at once


def test_a_mailbox_switched_off_while_it_is_being_checked_stays_off(desk, qtbot):
    account, _conv, _asked = mailbox_with_old_question(days_old=1)
    accounts.set_password(account, "rahsia")
    controller = desk.sync
    controller.start(sync_now=False, outbox=False, push=False)
    assert controller.sync_account(account.id) is not None
    assert controller.states[account.id].state == "syncing"
    accounts.set_enabled(account, False)
    controller.load_accounts()
    wait_for_tasks(qtbot, timeout=20_000)
    assert controller.states[account.id].state == "off"
    assert desk.sync_status.chips[account.id].text() == "Shop mail: switched off"
