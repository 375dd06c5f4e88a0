"""Notifications and the tray: a customer about to wait past the target is announced once,
new customer mail is announced, each can be turned off; the tray shows the counts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from gui import desk_support
from gui.desk_support import close_window, open_window, wait_for_tasks

from seller_desk.core.common.settings import Settings
from seller_desk.core.store import db
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Conversation, Customer
from seller_desk.ui.tray import Notifier, TrayIcon, badge_icon

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def shop(qtbot, tmp_path):
    """One customer who has waited 23.5 hours (30 minutes left of a 24 h target)."""
    url = f"sqlite:///{tmp_path / 'n.sqlite3'}"
    db.open_database(url)
    customer = Customer.create(name="Budi Santoso")
    since = utcnow() - timedelta(hours=23, minutes=30)
    conv = Conversation.create(subject="Paket belum sampai", customer=customer,
                               status="open", waiting_since=since, last_activity_at=since,
                               first_customer_at=since, counterpart_email="budi@example.com")
    db.close_database()
    window = open_window(qtbot, url)
    yield window, conv.id
    close_window(qtbot, window)


def notes_of(notifier):
    got = []
    notifier.notified.connect(lambda *a: got.append(a))
    return got


def test_a_customer_near_the_target_is_announced_once(shop, qtbot):
    window, conv_id = shop
    notifier = Notifier(Settings(), window)
    got = notes_of(notifier)
    with qtbot.waitSignal(notifier.notified, timeout=5000):
        notifier.check_deadlines()
    kind, title, text, target = got[0]
    assert kind == "breach" and target == conv_id
    assert "Budi Santoso" in title and "left" in title
    assert text == "Paket belum sampai"
    notifier.check_deadlines()
    wait_for_tasks(qtbot)
    assert len(got) == 1  # the same wait is not announced twice


def test_breach_notifications_can_be_turned_off(shop, qtbot):
    window, _conv_id = shop
    Settings().set("notify.breach", False)
    notifier = Notifier(Settings(), window)
    got = notes_of(notifier)
    notifier.check_deadlines()
    wait_for_tasks(qtbot)
    assert got == []


def test_new_customer_mail_is_announced_unless_turned_off(shop, qtbot):
    window, conv_id = shop
    notifier = Notifier(Settings(), window)
    got = notes_of(notifier)
    notifier.new_customer_mail([(1, conv_id, "Budi Santoso", "Paket belum sampai")])
    assert got[0][:2] == ("new_mail", "New mail from Budi Santoso")
    notifier.new_customer_mail([(2, conv_id, "Budi", "a"), (3, 9, "Dewi", "b"),
                                (4, 9, "Dewi", "c")])
    assert "3 new customer message" in got[1][1] and got[1][2] == "Budi, Dewi"
    Settings().set("notify.new_mail", False)
    notifier.new_customer_mail([(5, conv_id, "Budi Santoso", "again")])
    assert len(got) == 2


def test_the_tray_shows_the_counts_and_switches_notifications(demo_window, qtbot):
    notifier = Notifier(Settings(), demo_window)
    tray = TrayIcon(demo_window, notifier)
    with qtbot.waitSignal(demo_window.counts_changed, timeout=5000):
        demo_window.refresh_counts()
    assert f"{demo_window.counts.waiting} waiting" in tray.toolTip()
    assert "past the target" in tray.toolTip()
    tray.mail_action.trigger()  # off
    assert Settings().get("notify.new_mail") is False
    assert not notifier.enabled("new_mail")
    icon = badge_icon(tray.base_icon, 23, urgent=True)
    assert not icon.isNull()
    # clicking a notification opens its conversation
    tray.show_notification("breach", "t", "x", demo_window.inbox_page.model.conversation_id(0))
    with qtbot.waitSignal(demo_window.conversation_page.loaded, timeout=5000):
        tray._message_clicked()
    assert demo_window.is_reading()
