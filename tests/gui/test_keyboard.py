"""The keyboard: a key for every sidebar section (in its tooltip and the help), Ctrl+N for
"new" on the screen in view wherever the focus is, Esc that asks before a changed form is
thrown away, Ctrl+Enter that saves, and a focus that can be seen."""

from __future__ import annotations

import pytest
from gui import desk_support

from seller_desk.core.common import paths
from seller_desk.core.store.models import Order, Reminder, Template
from seller_desk.ui import forms
from seller_desk.ui.main_window import INBOX_SECTIONS, SHOP_SECTIONS
from seller_desk.ui.orders.form import OrderFormDialog
from seller_desk.ui.qt import (
    QApplication,
    QCheckBox,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from seller_desk.ui.reminders.dialog import ReminderDialog
from seller_desk.ui.shipments.dialog import ShipmentDialog

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window


def press(widget: QWidget, keys: str, qtbot) -> None:
    combination = QKeySequence(keys)[0]  # type: ignore[index]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


@pytest.fixture
def answers(monkeypatch):
    """The seller's answers to "Save your changes?", in order; each question is recorded."""
    asked: list[str] = []
    queue: list[str] = []

    def ask(parent):
        asked.append(type(parent).__name__)
        assert queue, "a question nobody expected"
        return queue.pop(0)

    monkeypatch.setattr(forms, "ask_discard", ask)
    return asked, queue


def click_sidebar(qtbot, window, key: str) -> None:
    """A mouse click on a sidebar section: the focus lands in the sidebar (an inbox view
    hands it on to its list)."""
    item = window.sidebar.section_items[key]
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    where = window.inbox_page.table if key in dict(INBOX_SECTIONS) else window.sidebar
    qtbot.waitUntil(lambda: QApplication.focusWidget() is where, timeout=2000)
    assert window.current_section() == key


# --- a key for every section -------------------------------------------------------------


def test_every_sidebar_section_has_a_key_in_its_tooltip_that_goes_there(demo_window, qtbot):
    mailboxes = [k for k in demo_window.sidebar.section_items if k.startswith("account:")]
    sections = [k for k, _ in INBOX_SECTIONS] + mailboxes + [k for k, _ in SHOP_SECTIONS]
    seen = set()
    demo_window.inbox_page.table.setFocus()
    for key in sections:
        keys = demo_window.section_shortcut(key)
        assert keys, key
        seen.add(keys)
        item = demo_window.sidebar.section_items[key]
        assert keys in item.toolTip() and item.text() in item.toolTip()
        start = "orders" if key in [k for k, _ in INBOX_SECTIONS] + mailboxes else "waiting"
        demo_window.show_section(start)
        press(QApplication.focusWidget() or demo_window, keys, qtbot)
        assert demo_window.current_section() == key, (key, keys)
    assert len(seen) == len(sections)  # no two sections share a key
    # the scheme: views by number, mailboxes by Alt and number, the shop by letters
    assert demo_window.section_shortcut("waiting") == QKeySequence("Ctrl+1").toString(
        QKeySequence.SequenceFormat.NativeText)
    assert demo_window.section_shortcut(mailboxes[0]) == QKeySequence("Alt+1").toString(
        QKeySequence.SequenceFormat.NativeText)
    desk_support.wait_for_tasks(qtbot)


def test_the_help_lists_the_keys_of_the_screens(demo_window):
    texts = [w.text() for w in demo_window.help_overlay.findChildren(QLabel)]
    for keys in ("Ctrl+1 … Ctrl+7", "Alt+1 … Alt+9", "Ctrl+Shift+O", "Ctrl+Shift+S",
                 "Ctrl+Shift+R", "Ctrl+Shift+P", "Ctrl+Shift+T", "Ctrl+,"):
        assert keys in texts, keys
    assert "Close a form (asks first if changed)" in texts


# --- Ctrl+N: new on the screen in view ---------------------------------------------------


@pytest.mark.parametrize("section, made", [
    ("orders", OrderFormDialog), ("shipments", ShipmentDialog), ("reminders", ReminderDialog)])
def test_ctrl_n_after_a_sidebar_click_makes_the_screens_new_thing(demo_window, qtbot,
                                                                   section, made):
    click_sidebar(qtbot, demo_window, section)
    press(demo_window.sidebar, "Ctrl+N", qtbot)
    dialog = demo_window.section_page(section).findChild(made)
    assert dialog is not None and dialog.isVisible()
    assert getattr(demo_window, "composer_window", None) is None  # not a new message
    dialog.reject()  # unchanged: closes without a question
    assert not dialog.isVisible()
    desk_support.wait_for_tasks(qtbot)


def test_ctrl_n_after_a_sidebar_click_on_templates_starts_a_new_template(demo_window, qtbot):
    click_sidebar(qtbot, demo_window, "templates")
    page = demo_window.section_page("templates")
    qtbot.waitUntil(lambda: page.key is not None, timeout=5000)
    press(demo_window.sidebar, "Ctrl+N", qtbot)
    assert page.key is None and page.name.text() == ""
    assert getattr(demo_window, "composer_window", None) is None
    desk_support.wait_for_tasks(qtbot)


def test_ctrl_n_after_a_sidebar_click_on_the_inbox_writes_a_message(demo_window, qtbot):
    click_sidebar(qtbot, demo_window, "inbox")
    press(QApplication.focusWidget(), "Ctrl+N", qtbot)
    holder = demo_window.composer_window
    assert holder is not None and holder.isVisible()
    holder.close()
    desk_support.wait_for_tasks(qtbot)


# --- Esc asks before a changed form is thrown away; Ctrl+Enter saves ---------------------


def open_order_form(demo_window) -> OrderFormDialog:
    page = demo_window.section_page("orders")
    demo_window.show_section("orders")
    return page.new_order()


def test_esc_closes_an_unchanged_order_form_without_asking(demo_window, qtbot, answers):
    asked, _queue = answers
    dialog = open_order_form(demo_window)
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked == []
    desk_support.wait_for_tasks(qtbot)


def test_esc_on_a_changed_order_form_asks_and_keeps_what_was_typed(demo_window, qtbot,
                                                                    answers):
    asked, queue = answers
    orders_before = Order.select().count()
    dialog = open_order_form(demo_window)
    dialog.customer.setText("Aminah Yusof")  # typed (no completer popup offscreen)
    queue.append(forms.KEEP_EDITING)
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Escape)
    assert asked == ["OrderFormDialog"]
    assert dialog.isVisible() and dialog.customer.text() == "Aminah Yusof"
    # Cancel asks too; Discard closes and saves nothing
    queue.append(forms.DISCARD)
    dialog.cancel_button.click()
    assert len(asked) == 2 and not dialog.isVisible()
    assert Order.select().count() == orders_before
    desk_support.wait_for_tasks(qtbot)


def test_save_in_the_question_saves_the_order(demo_window, qtbot, answers):
    _asked, queue = answers
    dialog = open_order_form(demo_window)
    dialog.customer.setText("Aminah Yusof")  # typed (no completer popup offscreen)
    first = dialog.items.rows[0]
    first.title.setText("Batik scarf")
    first.price.setText("45.50")
    queue.append(forms.SAVE)
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        qtbot.keyClick(dialog.customer, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert Order.get_by_id(saved.args[0]).customer.name == "Aminah Yusof"
    desk_support.wait_for_tasks(qtbot)


def test_esc_on_a_changed_parcel_or_reminder_form_asks(demo_window, qtbot, answers):
    asked, queue = answers
    parcel = demo_window.section_page("shipments").add_shipment()
    qtbot.keyClick(parcel, Qt.Key.Key_Escape)  # unchanged
    assert not parcel.isVisible() and asked == []
    parcel = demo_window.section_page("shipments").add_shipment()
    parcel.tracking.setText("EP123456789MY")
    queue.append(forms.KEEP_EDITING)
    qtbot.keyClick(parcel.tracking, Qt.Key.Key_Escape)
    assert parcel.isVisible() and asked == ["ShipmentDialog"]
    queue.append(forms.DISCARD)
    parcel.reject()
    assert not parcel.isVisible()
    reminder = demo_window.section_page("reminders").new_reminder()
    reminder.note.setText("Send Aminah the restock photos")
    queue.append(forms.KEEP_EDITING)
    qtbot.keyClick(reminder.note, Qt.Key.Key_Escape)
    assert reminder.isVisible() and asked[-1] == "ReminderDialog"
    queue.append(forms.DISCARD)
    reminder.reject()
    desk_support.wait_for_tasks(qtbot)


def test_ctrl_enter_saves_a_reminder(demo_window, qtbot):
    before = Reminder.select().count()
    reminder = demo_window.section_page("reminders").new_reminder()
    reminder.note.setText("Call Pak Budi about the songket")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reminder.note, timeout=2000)
    with qtbot.waitSignal(reminder.saved, timeout=3000):
        # the number pad's Enter, as Ctrl+Enter reads on a keyboard with one
        qtbot.keyClick(reminder.note, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert Reminder.select().count() == before + 1 and not reminder.isVisible()
    desk_support.wait_for_tasks(qtbot)


def test_esc_in_the_template_editor_asks_and_discard_puts_the_text_back(demo_window, qtbot,
                                                                        answers):
    asked, queue = answers
    demo_window.show_section("templates")
    page = demo_window.section_page("templates")
    qtbot.waitUntil(lambda: page.key is not None, timeout=5000)
    saved_body = page.body.toPlainText()
    page.body.setFocus()
    qtbot.keyClicks(page.body, " Extra words")
    queue.append(forms.KEEP_EDITING)
    qtbot.keyClick(page.body, Qt.Key.Key_Escape)
    assert asked == ["TemplatesPage"] and "Extra words" in page.body.toPlainText()
    queue.append(forms.DISCARD)
    qtbot.keyClick(page.body, Qt.Key.Key_Escape)
    assert page.body.toPlainText() == saved_body
    qtbot.keyClick(page.body, Qt.Key.Key_Escape)  # nothing changed now: no question
    assert len(asked) == 2
    # Ctrl+Enter saves the editor too
    qtbot.keyClicks(page.body, " Kept.")
    with qtbot.waitSignal(page.templates_changed, timeout=3000):
        qtbot.keyClick(page.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Kept." in Template.get_by_id(page.row.id).body
    desk_support.wait_for_tasks(qtbot)


# --- the focus can be seen ---------------------------------------------------------------


def test_the_style_sheet_rings_the_focus_of_every_kind_of_widget():
    qss = paths.resource("styles", "app.qss").read_text(encoding="utf-8")
    for selector in ("QLineEdit:focus", "QPlainTextEdit:focus", "QComboBox:focus",
                     "QSpinBox:focus", "QDateEdit:focus", "QPushButton:focus",
                     "QPushButton#primaryButton:focus", "QToolButton:focus",
                     "QCheckBox:focus", "QTableView:focus", "QListWidget:focus",
                     "QListWidget#sidebar::item:focus"):
        assert selector in qss, selector


def test_a_focused_field_button_and_box_look_different(qtbot):
    """Rendered with the app's style sheet, each widget's picture changes with the focus."""
    from seller_desk.ui.app import make_application

    make_application()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    widgets = [QLineEdit("Aminah"), QPushButton("Save"), QCheckBox("Send the email")]
    primary = QPushButton("Save order")
    primary.setObjectName("primaryButton")
    widgets.append(primary)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(lambda: holder.isActiveWindow(), timeout=2000)
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        holder.setFocus()
        qtbot.waitUntil(lambda widget=widget: not widget.hasFocus(), timeout=2000)
        plain = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus, timeout=2000)
        ringed = widget.grab().toImage()
        assert plain != ringed, type(widget).__name__
