"""The main window: sections, the plug-in API for other screens, empty states, help."""

from __future__ import annotations

from gui import desk_support
from gui.desk_support import close_window, open_window

from seller_desk.ui import i18n
from seller_desk.ui.inbox.model import COL_CUSTOMER, COL_WAITING
from seller_desk.ui.qt import QApplication, QLabel, Qt

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window


def test_demo_conversations_are_listed_longest_waiting_first(demo_window):
    model = demo_window.inbox_page.model
    assert demo_window.current_section() == "waiting"
    assert model.rowCount() > 10
    since = [model.row_at(i).waiting_since for i in range(model.rowCount())]
    assert since == sorted(since)
    assert model.index(0, COL_CUSTOMER).data()
    assert model.index(0, COL_WAITING).data().endswith(("h", "min", "d"))
    # the longest-waiting customer is past the 24 h target and painted as such
    assert model.index(0, COL_WAITING).data(model.StateRole) == "breach"


def test_the_sidebar_holds_every_section_and_the_mailboxes(demo_window):
    items = demo_window.sidebar.section_items
    for key in ("waiting", "inbox", "unread", "snoozed", "complaints", "closed", "orders",
                "shipments", "reminders", "reports", "templates", "settings", "add_account"):
        assert key in items
    accounts = [k for k in items if k.startswith("account:")]
    assert len(accounts) == 3
    assert demo_window.sidebar.count_of("waiting") == demo_window.inbox_page.model.total


def test_switching_to_all_conversations_shows_more_than_a_page_lazily(demo_window, qtbot):
    demo_window.show_section("inbox")
    model = demo_window.inbox_page.model
    assert model.view == "all"
    assert model.rowCount() == 100  # the first page at once ...
    with qtbot.waitSignal(model.total_changed, timeout=5000):
        pass  # ... and the full length once counted in the background
    assert model.rowCount() > 100
    assert model.cached_pages() <= 2  # only what was painted was read


def test_a_mailbox_in_the_sidebar_shows_only_its_conversations(demo_window):
    key = next(k for k in demo_window.sidebar.section_items if k.startswith("account:"))
    demo_window.show_section(key)
    model = demo_window.inbox_page.model
    account_id = int(key.split(":")[1])
    assert model.account_id == account_id
    assert {model.row_at(i).account_id for i in range(model.rowCount())} == {account_id}


def test_another_screen_replaces_its_placeholder(demo_window, qtbot):
    page = QLabel("orders screen")
    placeholder = demo_window.section_page("orders")
    demo_window.set_section_page("orders", page)
    assert demo_window.section_page("orders") is page
    assert placeholder is not page
    demo_window.show_section("orders")
    assert demo_window.pages.currentWidget() is page
    # an unknown section or the inbox's own is refused
    for key in ("nope", "waiting"):
        try:
            demo_window.set_section_page(key, QLabel())
        except KeyError:
            pass
        else:
            raise AssertionError(f"{key} was accepted")


def test_new_order_from_a_conversation_reaches_the_orders_screen(demo_window, qtbot):
    demo_window.open_conversation(demo_window.inbox_page.model.conversation_id(0))
    with qtbot.waitSignal(demo_window.conversation_page.loaded, timeout=5000):
        pass
    with qtbot.waitSignal(demo_window.new_order_requested, timeout=2000) as blocker:
        demo_window.conversation_page.panel.new_order_button.click()
    assert blocker.args == [demo_window.conversation_page.conversation_id]


def test_an_empty_database_offers_a_mailbox_and_the_demo(qtbot, tmp_path):
    window = open_window(qtbot, f"sqlite:///{tmp_path / 'e.sqlite3'}")
    try:
        page = window.inbox_page
        assert page.stack.currentWidget() is page.no_mail
        with qtbot.waitSignal(window.add_account_requested, timeout=1000):
            page.no_mail.buttons.itemAt(1).widget().click()
        with qtbot.waitSignal(window.demo_requested, timeout=1000):
            page.no_mail.buttons.itemAt(2).widget().click()
    finally:
        wizard = getattr(window, "account_wizard", None)
        if wizard is not None:
            wizard.reject()
        close_window(qtbot, window)


def test_every_empty_view_says_what_belongs_there_and_offers_a_next_step(demo_window, qtbot):
    page = demo_window.inbox_page
    demo_window.show_section("snoozed")
    assert page.model.total == 0
    assert page.stack.currentWidget() is page.empty_view
    assert "snooze" in page.empty_view.text.text().lower()
    assert page.empty_action.text()
    page.empty_action.click()
    assert page.model.view == "all"


def test_question_mark_shows_the_shortcuts(demo_window, qtbot):
    demo_window.inbox_page.table.setFocus()
    qtbot.keyClick(demo_window.inbox_page.table, Qt.Key.Key_Question,
                   Qt.KeyboardModifier.ShiftModifier)
    assert demo_window.help_overlay.isVisible()
    texts = [w.text() for w in demo_window.help_overlay.findChildren(QLabel)]
    assert "Reply" in texts and "Snooze" in texts
    qtbot.keyClick(demo_window.help_overlay, Qt.Key.Key_Escape)
    assert not demo_window.help_overlay.isVisible()


def test_every_screen_fits_a_1280_pixel_screen_in_every_language(demo_window, qtbot):
    for key in ("orders", "shipments", "reminders", "reports", "templates", "settings"):
        demo_window.show_section(key)
        desk_support.wait_for_tasks(qtbot)
    try:
        for language, country in (("en", "MY"), ("ms", "MY"), ("id", "ID")):
            i18n.install(language, country)
            QApplication.processEvents()
            assert demo_window.minimumSizeHint().width() <= 1280, language
            assert demo_window.help_overlay.sheet.minimumSizeHint().width() <= 1280, language
    finally:
        i18n.install("en")
        QApplication.processEvents()


def test_the_screens_keep_the_qt_methods_their_attributes_once_hid(demo_window, qtbot):
    """A row, a scroll area, a dict and a keyboard move were stored under the names of
    QWidget.actions(), QWidget.scroll(), QListWidget.items() and QWidget.move(): whoever
    called Qt's method got a layout, a dict or the wrong function instead."""
    from PySide6.QtCore import QMimeData

    from seller_desk.ui.qt import QPoint, QPushButton
    from seller_desk.ui.widgets import Banner

    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message("Saved", "ok", actions=[("Undo", lambda: None)])
    assert banner.actions() == []  # QActions: none (the Undo button is not one)
    assert [b.text() for b in banner.findChildren(QPushButton) if b.text()] == ["Undo"]
    orders = demo_window.section_page("orders")
    assert orders.detail.actions() == []
    demo_window.section_page("reports").scroll(0, 0)
    assert demo_window.sidebar.items(QMimeData()) == []
    page = demo_window.inbox_page
    page.table.setFocus()
    page.move_selection(1)
    row = page.table.currentIndex().row()
    page.move(QPoint(0, 0))  # Qt's move: the widget's position, not the selected row
    assert page.pos() == QPoint(0, 0)
    assert page.table.currentIndex().row() == row
    desk_support.wait_for_tasks(qtbot)
