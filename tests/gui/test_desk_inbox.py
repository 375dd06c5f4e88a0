"""The inbox list: keyboard, search, bulk actions, live timers, and paging that never loads
the whole inbox."""

from __future__ import annotations

from datetime import timedelta

import pytest
from gui import desk_support
from gui.desk_support import bulk_inbox, close_window, open_window, wait_for_tasks

from seller_desk.core.conversations import inbox
from seller_desk.core.store import db
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Conversation, ConversationTag, Order
from seller_desk.ui.inbox.model import COL_WAITING, PAGE, InboxModel
from seller_desk.ui.qt import QMenu, Qt

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window

# menus popping up on the offscreen platform make it say what it cannot do; not our bug
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")


def current_row(window):
    return window.inbox_page.table.currentIndex().row()


def test_j_and_k_move_and_enter_opens_and_escape_goes_back(demo_window, qtbot):
    table = demo_window.inbox_page.table
    table.setFocus()
    assert current_row(demo_window) == 0
    qtbot.keyClick(table, Qt.Key.Key_J)
    qtbot.keyClick(table, Qt.Key.Key_J)
    assert current_row(demo_window) == 2
    qtbot.keyClick(table, Qt.Key.Key_K)
    assert current_row(demo_window) == 1
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert current_row(demo_window) == 2
    wanted = demo_window.inbox_page.current_conversation_id()
    page = demo_window.conversation_page
    with qtbot.waitSignal(page.loaded, timeout=5000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [wanted]
    assert demo_window.is_reading()
    # j while reading opens the next conversation of the list
    following = demo_window.inbox_page.model.conversation_id(3)
    with qtbot.waitSignal(page.loaded, timeout=5000) as blocker:
        qtbot.keyClick(page.browser, Qt.Key.Key_J)
    assert blocker.args == [following]
    qtbot.keyClick(page.browser, Qt.Key.Key_Escape)
    assert not demo_window.is_reading()
    assert demo_window.inbox_page.current_conversation_id() == following


def test_r_opens_a_reply_to_the_current_conversation(demo_window, qtbot):
    table = demo_window.inbox_page.table
    table.setFocus()
    wanted = demo_window.inbox_page.current_conversation_id()
    with qtbot.waitSignal(demo_window.inbox_page.compose_requested, timeout=2000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_R)
    assert blocker.args == [wanted, "reply"]
    composer = demo_window.conversation_page.composer()
    assert composer is not None
    qtbot.waitUntil(lambda: composer.out is not None, timeout=5000)
    assert composer.kind == "reply"
    assert composer.subject_edit.text().lower().startswith("re:")
    composer.discard()
    wait_for_tasks(qtbot)


def test_e_closes_every_selected_conversation(demo_window, qtbot):
    page = demo_window.inbox_page
    table = page.table
    table.setFocus()
    ids = [page.model.conversation_id(r) for r in range(3)]
    before = page.model.total
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(page.selected_ids()) == sorted(ids)
    with qtbot.waitSignal(page.changed, timeout=5000):
        qtbot.keyClick(table, Qt.Key.Key_E)
    assert page.model.total == before - 3
    assert Conversation.select().where(Conversation.id.in_(ids),
                                       Conversation.status == "closed").count() == 3
    wait_for_tasks(qtbot)
    assert demo_window.sidebar.count_of("waiting") == before - 3


def test_s_snoozes_until_the_customer_replies(demo_window, qtbot):
    page = demo_window.inbox_page
    page.table.setFocus()
    cid = page.current_conversation_id()
    qtbot.keyClick(page.table, Qt.Key.Key_S)
    menu = page.last_menu
    assert isinstance(menu, QMenu) and menu.isVisible()
    action = next(a for a in menu.actions() if a.data() == "until_reply")
    with qtbot.waitSignal(page.changed, timeout=5000):
        action.trigger()
    menu.close()
    assert cid not in [page.model.conversation_id(r) for r in range(page.model.total)]
    demo_window.show_section("snoozed")
    assert page.model.conversation_id(0) == cid
    assert page.model.index(0, COL_WAITING).data() == "until reply"


def test_t_tags_a_complaint_that_then_shows_under_complaints(demo_window, qtbot):
    page = demo_window.inbox_page
    page.table.setFocus()
    row = next(r for r in range(page.model.total) if "complaint" not in page.model.row_at(r).tags)
    page.move_selection(row)
    cid = page.current_conversation_id()
    qtbot.keyClick(page.table, Qt.Key.Key_T)
    action = next(a for a in page.last_menu.actions() if a.data() == "complaint")
    with qtbot.waitSignal(page.changed, timeout=5000):
        action.trigger()
    page.last_menu.close()
    assert ConversationTag.select().where(ConversationTag.conversation == cid,
                                          ConversationTag.tag == "complaint").exists()
    demo_window.show_section("complaints")
    assert cid in [page.model.conversation_id(r) for r in range(page.model.total)]


def test_mark_read_and_unread(demo_window, qtbot):
    demo_window.show_section("unread")
    page = demo_window.inbox_page
    before = page.model.total
    cid = page.current_conversation_id()
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.read_button.click()
    assert page.model.total == before - 1
    assert Conversation.get_by_id(cid).unread_count == 0
    inbox.mark_read([cid], False)
    assert Conversation.get_by_id(cid).unread_count == 1


def test_slash_searches_mail_customers_and_order_numbers(demo_window, qtbot):
    page = demo_window.inbox_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Slash)
    assert page.search_box.hasFocus()
    # the clear button (its icon costs 10-13 ms of the start) comes with the first letter
    assert not page.search_box.isClearButtonEnabled()
    order = Order.select().where(Order.number.startswith("#")).order_by(Order.id).first()
    linked = {c.conversation_id for c in order.conversation_links}
    assert linked
    with qtbot.waitSignal(page.search_finished, timeout=5000):
        qtbot.keyClicks(page.search_box, order.number.lstrip("#"))
    assert page.search_box.isClearButtonEnabled()
    found = {page.model.conversation_id(r) for r in range(page.model.total)}
    assert linked <= found
    assert page.title.text().startswith("Search")
    # a customer's name
    with qtbot.waitSignal(page.search_finished, timeout=5000):
        page.search("Sarah Collins")
    assert page.model.total >= 1
    assert all("Sarah" in page.model.row_at(r).customer_name for r in range(page.model.total))
    # words of the message text (full-text index)
    with qtbot.waitSignal(page.search_finished, timeout=5000):
        page.search("stitching torn")
    assert page.model.total >= 1
    # nothing found: the empty state says so and offers to clear
    with qtbot.waitSignal(page.search_finished, timeout=5000):
        page.search("zzqqxx")
    assert page.stack.currentWidget() is page.empty_view
    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    assert page.model.search_ids is None
    assert page.model.view == "waiting"


def test_timers_move_on_without_reading_the_database_again(demo_window, qtbot, monkeypatch):
    model = demo_window.inbox_page.model
    row = model.row_at(model.total - 1)
    text_now = model.index(model.total - 1, COL_WAITING).data()
    reads = model.pages_read
    later = model.now + timedelta(hours=30)
    monkeypatch.setattr("seller_desk.ui.inbox.model.utcnow", lambda: later)
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.tick()
    assert model.pages_read == reads
    assert model.index(model.total - 1, COL_WAITING).data() != text_now
    assert model.waiting_state(row) == "breach"


def test_the_model_reads_only_the_pages_it_shows(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'big.sqlite3'}"
    db.open_database(url)
    bulk_inbox(3000)
    db.close_database()
    window = open_window(qtbot, url)
    try:
        window.show_section("inbox")
        model = window.inbox_page.model
        qtbot.waitUntil(lambda: model.counted, timeout=5000)
        assert model.total == 3000
        assert model.pages_read <= 2
        table = window.inbox_page.table
        table.scrollToBottom()
        qtbot.waitUntil(lambda: model.row_at(2999) is not None, timeout=2000)
        last = model.row_at(2999)
        assert last.subject.startswith("Question number")
        assert model.cached_pages() <= 12
        assert model.pages_read < 3000 // PAGE
        # newest first; the oldest is last
        assert model.row_at(0).last_activity_at >= last.last_activity_at
    finally:
        close_window(qtbot, window)


def test_deadlines_within_finds_near_and_past_targets(demo_window):
    from seller_desk.core.conversations import clocks

    policy = clocks.ClockPolicy()
    found = inbox.deadlines_within(policy, timedelta(hours=1))
    assert found
    assert all(left <= timedelta(hours=1) for _c, _s, left in found)
    lefts = [left for _c, _s, left in found]
    assert lefts == sorted(lefts)
    since = [s for _c, s, _l in found]
    assert all(utcnow() - s >= timedelta(hours=23) for s in since)


def test_paging_model_without_a_window(qtbot, tmp_path):
    db.open_database(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    try:
        bulk_inbox(450, waiting_share=1.0)
        model = InboxModel("waiting")
        with qtbot.waitSignal(model.total_changed, timeout=5000):
            model.reload()
        assert model.rowCount() == 450
        assert model.pages_read == 1  # the first page, shown at once; the rest is counted
        assert model.row_at(449) is not None
        assert model.pages_read == 2
        since = [model.row_at(i).waiting_since for i in range(450)]
        assert since == sorted(since)
    finally:
        db.close_database()
