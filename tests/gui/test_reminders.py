"""The reminders screen: overdue/today/this week/later, done, snooze, open, reminders by hand."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from seller_desk.core.common import timefmt
from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import clocks
from seller_desk.core.followups import reminders
from seller_desk.core.shop import customers, orders
from seller_desk.core.store import db
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Reminder
from seller_desk.ui import i18n
from seller_desk.ui.app import make_application
from seller_desk.ui.qt import Qt
from seller_desk.ui.reminders import RemindersPage
from seller_desk.ui.tasks import Task


@pytest.fixture
def shop(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    clocks.set_policy(clocks.ClockPolicy(timezone="Asia/Kuala_Lumpur"))
    yield database
    clocks.set_policy(None)
    database.close()


@pytest.fixture
def page(qtbot, shop):
    make_application()
    i18n.install("en")  # as the app does at start: English plural forms come from a file
    widget = RemindersPage(Settings())
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    qtbot.waitUntil(lambda: Task.pending() == 0, timeout=5000)


def load(qtbot, page) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()


def unpaid_order(days_ago: float) -> orders.Order:
    buyer = customers.create_customer("Rina Wijaya", ["rina@example.co.id"])
    return orders.create_order("WA-0009", "whatsapp",
                               [{"title": "Kain batik", "unit_price": Decimal("150000")}],
                               currency="IDR", customer=buyer,
                               placed_at=utcnow() - timedelta(days=days_ago))


def test_reminders_are_grouped_overdue_today_and_upcoming(qtbot, page):
    order = unpaid_order(days_ago=5)  # the unpaid rule (3 days) is overdue
    now = utcnow()
    later = reminders.add_manual(now + timedelta(minutes=5), "Call the courier")
    ahead = reminders.add_manual(now + timedelta(days=3), "Restock scarves")
    load(qtbot, page)
    due = page.due
    assert [i.order_id for i in due.overdue] == [order.id]
    assert [i.id for i in due.upcoming][-1] == ahead.id
    assert later.id in [i.id for i in due.today + due.upcoming]
    overdue_group = page.groups["overdue"]
    assert overdue_group.childCount() == 1 and not overdue_group.isHidden()
    assert "WA-0009" in overdue_group.child(0).text(1)
    assert page.count.text() == "3"
    assert page.selected().order_id == order.id  # the most urgent is selected


def test_done_removes_a_reminder(qtbot, page):
    unpaid_order(days_ago=5)
    load(qtbot, page)
    item = page.selected()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert Reminder.get_by_id(item.id).done_at is not None
    assert page.due.count == 0
    assert page.groups["overdue"].isHidden()
    assert "Done" in page.status.text()


def test_snooze_moves_a_reminder_out_of_the_overdue_group(qtbot, page):
    unpaid_order(days_ago=5)
    load(qtbot, page)
    item = page.selected()
    page.snooze_menu.aboutToShow.emit()
    keys = [a.data() for a in page.snooze_menu.actions()]
    assert keys == ["hours", "tomorrow", "three_days", "monday", "reply"]
    tomorrow = page.snooze_menu.actions()[1]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        tomorrow.trigger()
    row = Reminder.get_by_id(item.id)
    assert row.snoozed_until > utcnow() + timedelta(hours=6)
    assert page.due.overdue == []
    snoozed = [i for i in page.due.today + page.due.upcoming if i.id == item.id]
    assert snoozed and snoozed[0].snoozed
    assert any("snoozed" in page.groups[key].child(0).text(3)
               for key in ("today", "this_week") if page.groups[key].childCount())


def test_snooze_until_the_customer_replies_hides_it(qtbot, page):
    unpaid_order(days_ago=5)
    load(qtbot, page)
    item = page.selected()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.snooze_selected(None)
    assert Reminder.get_by_id(item.id).snooze_until_reply
    assert page.due.count == 0


def test_open_shows_the_order_the_reminder_is_about(qtbot, page):
    order = unpaid_order(days_ago=5)
    load(qtbot, page)
    with qtbot.waitSignal(page.open_order_requested, timeout=1000) as opened:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == [order.id]


def test_a_reminder_is_made_by_hand(qtbot, page):
    load(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    from seller_desk.ui.reminders.dialog import ReminderDialog

    dialog = page.findChild(ReminderDialog)
    assert dialog.save() is None  # no note
    assert dialog.note_field.error.isVisible()
    dialog.note.setText("Send the restock photos")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        assert dialog.save() is not None
    assert [i.note for i in page.due.upcoming] == ["Send the restock photos"]


def test_the_rule_settings_are_one_click_away(qtbot, page):
    assert "3 days" in page.rules_text.text()
    assert "24 hours" in page.rules_text.text()
    with qtbot.waitSignal(page.rule_settings_requested, timeout=1000):
        page.rules_button.click()


def test_every_open_reminder_is_listed_with_its_day_and_the_keys_walk_the_groups(qtbot, page):
    """A follow-up due in two weeks shows under "Later" with its weekday; the arrow keys
    move through the groups and Ctrl+D still completes the one selected."""
    unpaid_order(days_ago=5)  # overdue
    now = utcnow()
    soon = reminders.add_manual(now + timedelta(days=3), "Restock scarves")
    far = reminders.add_manual(now + timedelta(days=14), "Ask Rina for feedback")
    load(qtbot, page)
    assert [i.id for i in page.due.later] == [far.id]
    assert [i.id for i in page.due.this_week] == [soon.id]
    later = page.groups["later"]
    assert not later.isHidden() and later.text(0).startswith("Later")
    assert page.groups["this_week"].text(0).startswith("This week")
    due_text = later.child(0).text(3)
    local = timefmt.local(far.due_at)
    assert local.strftime("%A") in due_text and str(local.day) in due_text
    assert page.count.text() == "3"
    # keyboard: from the overdue row down to the last one, skipping the group headings
    page.tree.setFocus()
    for _ in range(6):
        qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.selected().id == far.id
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert Reminder.get_by_id(far.id).done_at is not None
    assert page.groups["later"].isHidden()


def test_due_days_are_named_in_the_interface_language(qtbot, page):
    far = reminders.add_manual(utcnow() + timedelta(days=20), "Hantar katalog baru")
    i18n.install("ms")
    try:
        load(qtbot, page)
        text = page.groups["later"].child(0).text(3)
        malay_days = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")
        assert any(day in text for day in malay_days), text
        assert timefmt.local(far.due_at).strftime("%A") not in text
    finally:
        i18n.install("en")


def test_counts_in_the_rules_text_take_the_plural_form_of_their_language(qtbot, page):
    """"1 day", never "1 days": Qt's numerus forms, in English and in Malay."""
    page.settings.set("reminders.unpaid_days", 1)
    page.settings.set("reminders.complaint_hours", 1)
    page.retranslate()
    text = page.rules_text.text()
    assert "unpaid 1 day after" in text and "left 1 hour without" in text
    assert "days" in text  # the others (2 and 14) stay plural
    i18n.install("ms")
    try:
        page.retranslate()
        assert "1 hari" in page.rules_text.text() and "day" not in page.rules_text.text()
    finally:
        i18n.install("en")
