"""The looks a tester found wrong in three languages: a doubled window title, a clock that
read "10205 d 2…", a highlight left behind, the shortcut list over the typed text, spin-box
arrows drawn as dashes, a fingerprint shown twice and cut, and a chip silent during the
first sync."""

from __future__ import annotations

import pytest
from gui import desk_support
from gui.desk_support import wait_for_tasks
from PySide6.QtWidgets import QStyleOptionSpinBox

from seller_desk import APP_NAME
from seller_desk.core.common.messages import Msg
from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import connect
from seller_desk.core.store import db
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Account
from seller_desk.ui import i18n
from seller_desk.ui.accounts.wizard import AccountWizard
from seller_desk.ui.app import make_application
from seller_desk.ui.composer.widget import ComposerBody
from seller_desk.ui.inbox.delegate import InboxDelegate
from seller_desk.ui.inbox.model import COL_WAITING
from seller_desk.ui.qt import (
    QApplication,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QSpinBox,
    QStyle,
    Qt,
    QTextCursor,
)
from seller_desk.ui.status import SyncStatus
from seller_desk.ui.sync import SyncController

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window

DAY = 86_400


def shown_title(title: str) -> str:
    """The title the desktop shows: Qt appends " — <application display name>" to a
    window's title unless the title already ends with that name (QPlatformWindow's rule;
    the offscreen platform used by the tests does not apply it itself)."""
    name = QGuiApplication.applicationDisplayName()
    return title if not name or title.endswith(name) else f"{title} \u2014 {name}"


def test_the_window_title_names_the_app_once_with_the_waiting_count(demo_window):
    assert demo_window.counts.waiting > 0
    title = shown_title(demo_window.windowTitle())
    assert title.count(APP_NAME) == 1
    assert title.startswith(f"({demo_window.counts.waiting}) ")
    demo_window.set_demo(True)
    demo_window.refresh_counts()
    title = shown_title(demo_window.windowTitle())
    assert title.count(APP_NAME) == 1 and "Demo shop" in title


def test_add_a_mailbox_is_not_left_highlighted_after_the_wizard_is_cancelled(demo_window,
                                                                            qtbot):
    sidebar = demo_window.sidebar
    demo_window.show_section("orders")
    item = sidebar.section_items["add_account"]
    where = sidebar.visualItemRect(item).center()
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: getattr(demo_window, "account_wizard", None) is not None
                    and demo_window.account_wizard.isVisible(), timeout=3000)
    QApplication.processEvents()
    demo_window.account_wizard.reject()
    QApplication.processEvents()
    assert [sidebar.key_of(i) for i in sidebar.selectedItems()] == ["orders"]
    assert demo_window.current_section() == "orders"


def test_a_selected_mailbox_keeps_its_whole_name(demo_window):
    sidebar = demo_window.sidebar
    key = next(k for k, item in sidebar.section_items.items()
               if k.startswith("account:") and item.text() == "Shop mail (Gmail)")
    demo_window.show_section(key)
    item = sidebar.section_items[key]
    assert sidebar.count_of(key) > 0  # a count badge beside it takes room too
    index = sidebar.indexFromItem(item)
    delegate = sidebar.itemDelegate()
    rect = sidebar.visualItemRect(item)
    bold = QFont(sidebar.font())
    bold.setBold(True)
    room = delegate.text_rect(rect, sidebar.font(), index).width()
    assert QFontMetrics(bold).horizontalAdvance("Shop mail (Gmail)") > room  # bold: cut
    for selected in (False, True):
        _font, shown = delegate.shown_label(rect, sidebar.font(), index, selected)
        assert shown == "Shop mail (Gmail)", selected


@pytest.mark.parametrize(("seconds", "text"), [
    (3 * DAY + 4 * 3600, "3 d 4 h"),
    (12 * DAY + 5 * 3600, "12 d"),
    (200 * DAY, "6 months"),
    (10205 * DAY + 2 * 3600, "over a year"),
])
def test_long_waits_read_as_days_months_or_over_a_year(qtbot, seconds, text):
    make_application()
    assert i18n.duration(seconds) == text


def test_the_waiting_column_holds_its_longest_clock_in_every_language(demo_window):
    page = demo_window.inbox_page
    try:
        for language, country in (("en", "MY"), ("ms", "MY"), ("id", "ID")):
            i18n.install(language, country)
            QApplication.processEvents()
            bold = QFont(page.table.font())
            bold.setBold(True)
            room = page.table.columnWidth(COL_WAITING) - 2 * InboxDelegate.PAD - 16
            for text in i18n.widest_durations():
                assert QFontMetrics(bold).horizontalAdvance(text) <= room, (language, text)
            if language != "en":
                assert i18n.duration(10205 * DAY) != "over a year"  # translated
    finally:
        i18n.install("en")
        QApplication.processEvents()


@pytest.mark.qt_log_ignore("This plugin does not support raise",
                           "This plugin does not support grabbing the keyboard")
def test_the_shortcut_list_opens_below_the_line_being_typed(qtbot):
    make_application()
    body = ComposerBody()
    qtbot.addWidget(body)
    body.resize(600, 300)
    body.set_shortcuts([("thanks", "Thank you"), ("track", "Order shipped")])
    body.show()
    qtbot.waitExposed(body)
    body.setFocus()
    body.setPlainText("Hello Aminah,\n")
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(body, "/t")
    popup = body.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    line_bottom = body.viewport().mapToGlobal(body.cursorRect().bottomLeft()).y()
    assert popup.mapToGlobal(popup.rect().topLeft()).y() >= line_bottom


def test_spin_box_arrows_are_drawn_as_arrows(qtbot):
    make_application()
    box = QSpinBox()
    qtbot.addWidget(box)
    box.setRange(0, 10)
    box.setValue(5)
    box.resize(120, 34)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    option = QStyleOptionSpinBox()
    box.initStyleOption(option)
    for part in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
        rect = box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, box)
        rect = rect.adjusted(2, 4, -5, -4)  # inside the frame: the arrow alone
        spans = []
        for y in range(rect.top(), rect.bottom() + 1):
            dark = [x for x in range(rect.left(), rect.right() + 1)
                    if QColor(image.pixel(x, y)).lightness() < 140]
            if dark:
                spans.append(max(dark) - min(dark))
        # a chevron: several rows, wide at one end and narrow at the other; a dash is one
        # or two rows of the same width
        assert len(spans) >= 3, part
        assert max(spans) - min(spans) >= 3, part


def test_the_certificate_fingerprint_is_shown_once_and_whole(qtbot, tmp_path):
    make_application()
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    try:
        wizard = AccountWizard(None)
        qtbot.addWidget(wizard)
        wizard.resize(640, 520)
        wizard.show()
        fp = "3f" * 16 + "a9" * 16
        exc = errors.CertificateUntrusted(
            "mail.imap.untrusted", {"where": "mail.kedai.my:993", "reason": "self-signed"},
            hint=[Msg("mail.untrusted_hint"),
                  Msg("mail.fingerprint", {"fingerprint": connect.readable_fingerprint(fp)})],
            fingerprint=fp)
        page = wizard.test
        page._failed(exc)
        text = page.result.text()
        digits = "".join(ch for ch in text.upper() if ch not in ": \n")
        assert digits.count(fp.upper()) == 1
        fm = QFontMetrics(page.result.font())
        widest = max(fm.horizontalAdvance(word) for word in text.split())
        # laid out as on its page: every unbreakable run of the text fits the label
        page.result.show()
        page.resize(600, 420)
        page.layout().activate()
        assert widest <= page.result.width() <= 600
        assert not page.trust_button.isHidden()
    finally:
        database.close()


def test_a_mailbox_chip_shows_the_first_sync_the_wizard_runs(qtbot, tmp_path, monkeypatch):
    make_application()
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    try:
        controller = SyncController()
        monkeypatch.setattr(controller, "start_watcher", lambda _id: None)  # no server here
        chips = SyncStatus(controller)
        qtbot.addWidget(chips)
        account = Account.create(name="Kedai", email="kedai@example.com",
                                 username="kedai@example.com", imap_host="127.0.0.1",
                                 smtp_host="127.0.0.1")
        controller.account_added(account.id)
        chip = chips.chips[account.id]
        assert chip.text() == "Kedai: checking…"
        assert controller.is_syncing(account.id)  # the timer's round leaves it to the wizard
        controller.first_sync_progress(account.id, 40, 200)
        assert chip.text() == "Kedai: fetching 40 of 200"
        Account.update(last_sync_at=utcnow()).where(Account.id == account.id).execute()
        controller.first_sync_finished(account.id)
        assert "✓" in chip.text()
        assert not controller.is_syncing(account.id)
        wait_for_tasks(qtbot)
    finally:
        database.close()
