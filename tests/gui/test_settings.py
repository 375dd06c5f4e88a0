"""The settings screen: changes saved at once, validation, patterns, couriers, backup."""

from __future__ import annotations

import pytest

from seller_desk.core.common.settings import Settings
from seller_desk.core.shop import order_numbers
from seller_desk.core.store import backup, db
from seller_desk.core.store.models import Customer
from seller_desk.ui.app import make_application
from seller_desk.ui.qt import Qt, QTime
from seller_desk.ui.settings import SettingsPage
from seller_desk.ui.tasks import Task


@pytest.fixture
def page(qtbot, tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    make_application()
    widget = SettingsPage(Settings())
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    qtbot.waitUntil(lambda: Task.pending() == 0, timeout=5000)
    order_numbers.reload()
    database.close()


def saved(key: str):
    return Settings().get(key)


def test_every_section_is_listed_and_reachable(page):
    assert list(page.sections) == ["shop", "mailboxes", "language", "hours", "rules",
                                   "patterns", "couriers", "not_customers", "data"]
    page.show_section("data")
    assert page.stack.currentWidget() is page.data
    assert page.nav.currentItem().text() == "Data and backup"


def test_shop_details_are_saved_as_they_are_typed(qtbot, page):
    page.show_section("shop")
    shop = page.shop
    with qtbot.waitSignal(page.setting_changed, timeout=1000) as changed:
        shop.shop_name.setText("Nora Batik & Craft")
        shop.shop_name.editingFinished.emit()
    assert changed.args == ["seller.shop_name"]
    shop.payment_methods.setPlainText("Maybank 1234 5678 9012\nDuitNow QR")
    assert saved("seller.shop_name") == "Nora Batik & Craft"
    assert saved("seller.payment_methods") == "Maybank 1234 5678 9012\nDuitNow QR"


def test_reply_targets_refuse_a_breach_before_the_warning(qtbot, page):
    page.show_section("hours")
    hours = page.hours
    hours.breach.setValue(10)  # below the 12 h warning
    assert hours.target_error.isVisible()
    assert saved("clock.breach_hours") == 24.0
    hours.warn.setValue(6)
    assert not hours.target_error.isVisible()
    assert (saved("clock.warn_hours"), saved("clock.breach_hours")) == (6.0, 10.0)


def test_the_repeated_complaints_threshold_is_beside_the_reply_targets(qtbot, page):
    page.show_section("hours")
    hours = page.hours
    assert hours.repeated.value() == 2 and hours.repeated.minimum() == 2
    assert hours.repeated_label.text() == "Complaints that need a look"
    with qtbot.waitSignal(page.setting_changed, timeout=1000) as changed:
        hours.repeated.setValue(3)
    assert changed.args == ["reports.repeated_complaints"]
    assert saved("reports.repeated_complaints") == 3


def test_business_hours_per_day(qtbot, page):
    page.show_section("hours")
    hours = page.hours
    hours.use_business.setChecked(True)
    _friday_open, friday_start, friday_end, _dash = hours.days[4]
    assert friday_start.isEnabled()
    friday_end.setTime(QTime(12, 15))  # Friday prayers: a short day
    sunday_open = hours.days[6][0]
    assert not sunday_open.isChecked()
    hours.days[5][0].setChecked(False)  # closed on Saturday too
    stored = saved("clock.business_hours")
    assert saved("clock.use_business_hours") is True
    assert stored["4"] == ["09:00", "12:15"] and stored["5"] is None and stored["6"] is None
    friday_start.setTime(QTime(13, 0))  # after its closing time: refused
    assert hours.hours_error.isVisible()
    assert saved("clock.business_hours")["4"] == ["09:00", "12:15"]


def test_country_and_state_for_holidays(qtbot, page):
    page.show_section("language")
    section = page.language
    section.country.setCurrentIndex(section.country.findData("ID"))
    section.country.activated.emit(section.country.currentIndex())
    assert saved("seller.country") == "ID"
    assert not section.subdivision.isEnabled()  # no state holidays known for Indonesia
    section.country.setCurrentIndex(section.country.findData("MY"))
    section.country.activated.emit(section.country.currentIndex())
    assert section.subdivision.isEnabled()
    section.subdivision.setCurrentIndex(section.subdivision.findText("Selangor"))
    section.subdivision.activated.emit(section.subdivision.currentIndex())
    assert saved("seller.subdivision") == "10"


def test_reminder_days_and_automatic_emails(qtbot, page):
    page.show_section("rules")
    rules = page.rules
    rules.unpaid.setValue(2)
    rules.auto["shipped"].setChecked(True)
    rules.notify["new_mail"].setChecked(False)
    assert saved("reminders.unpaid_days") == 2
    assert saved("auto_email.shipped") is True
    assert saved("notify.new_mail") is False


def test_order_number_patterns_are_tried_and_saved(qtbot, page):
    page.show_section("patterns")
    section = page.patterns
    section.sample.setText("Hi, about my order KED-55501 please")
    assert "No order number" in section.found.text()
    section.add_row()
    row = section.table.rowCount() - 1
    section.table.item(row, 1).setText("Kedai own numbers")
    section.table.item(row, 2).setText(r"KED-[0-9]{5}")
    assert "KED-55501 (web)" in section.found.text()
    section.save()
    assert order_numbers.user_path().is_file()
    assert [d.number for d in order_numbers.detect("order KED-12345")] == ["KED-12345"]
    section.table.item(row, 2).setText("KED-[0-9")  # broken
    section.save()
    assert "not valid" in section.status.text()
    section.reset()
    assert not order_numbers.user_path().is_file()
    assert order_numbers.detect("order KED-12345") == []


def test_couriers_ticked_come_first(qtbot, page):
    page.show_section("couriers")
    section = page.couriers
    for row in range(section.table.rowCount()):
        item = section.table.item(row, 0)
        if item.data(Qt.ItemDataRole.UserRole) in ("jne", "sicepat"):
            item.setCheckState(Qt.CheckState.Checked)
    assert saved("shipping.couriers") == ["jne", "sicepat"]


def test_backup_and_restore_in_the_background(qtbot, page, tmp_path):
    Customer.create(name="Siti Aminah")
    target = tmp_path / "usb" / "monday.sqlite3"
    page.show_section("data")
    section = page.data
    section.backup_to(target)
    assert not section.backup_button.isEnabled()  # one thing at a time
    qtbot.waitUntil(lambda: section.task is None, timeout=10000)
    assert target.exists()
    assert "Backed up to" in section.result.text()
    assert section.backup_button.isEnabled()

    Customer.create(name="Budi Santoso")
    section.confirm_restore = lambda info: info.counts["customer"] == 1
    with qtbot.waitSignal(section.database_restored, timeout=10000):
        section.restore_from(target)
    qtbot.waitUntil(lambda: section.task is None, timeout=5000)
    assert [c.name for c in Customer.select()] == ["Siti Aminah"]
    assert "kept in" in section.result.text()
    assert list(backup.backups_dir().iterdir())


def test_a_file_that_is_not_a_backup_is_explained(qtbot, page, tmp_path):
    bad = tmp_path / "orders.csv"
    bad.write_text("number,total\n1,2\n", encoding="utf-8")
    page.show_section("data")
    section = page.data
    section.restore_from(bad)
    qtbot.waitUntil(lambda: section.task is None, timeout=5000)
    assert "not a Seller Desk backup" in section.result.text()
    assert section.restore_button.isEnabled()


def test_rule_spin_boxes_say_1_day_and_3_days_in_each_language(qtbot, page):
    """A count's word follows it: "1 day" / "3 days", "1 hour" / "5 hours"; Malay has one
    form ("1 hari", "3 hari")."""
    from seller_desk.ui import i18n

    i18n.install("en")
    page.show_section("rules")
    rules = page.rules
    rules.unpaid.setValue(1)
    assert rules.unpaid.text() == "1 day"
    rules.unpaid.setValue(3)
    assert rules.unpaid.text() == "3 days"
    rules.complaint.setValue(1)
    assert rules.complaint.text() == "1 hour"
    i18n.install("ms")
    try:
        qtbot.waitUntil(lambda: rules.unpaid.text() == "3 hari", timeout=2000)
        rules.unpaid.setValue(1)
        assert rules.unpaid.text() == "1 hari"
    finally:
        i18n.install("en")
