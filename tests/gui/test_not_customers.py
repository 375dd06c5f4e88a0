"""Not a customer in the window: n in the inbox list, the popup, and undo from Settings."""

from __future__ import annotations

import pytest
from gui import desk_support
from gui.desk_support import wait_for_tasks

from seller_desk.core.conversations import state
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Conversation, Message, NotCustomer
from seller_desk.ui.qt import QMenu, Qt

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window

# menus popping up on the offscreen platform make it say what it cannot do; not our bug
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")


def listed(page) -> list[int]:
    return [page.model.conversation_id(r) for r in range(page.model.total)]


def press_n(page, qtbot) -> QMenu:
    page.table.setFocus()
    page.last_menu = None
    qtbot.keyClick(page.table, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: getattr(page, "last_menu", None) is not None, timeout=5000)
    menu = page.last_menu
    assert isinstance(menu, QMenu) and menu.isVisible()
    return menu


def test_n_in_the_inbox_marks_the_sender_and_settings_undoes_it(demo_window, qtbot):
    page = demo_window.inbox_page
    cid = page.current_conversation_id()
    email = Conversation.get_by_id(cid).counterpart_email
    assert email.endswith("@gmail.com")
    before = demo_window.sidebar.count_of("waiting")
    theirs = [page.model.conversation_id(r) for r in range(page.model.total)
              if page.model.row_at(r).counterpart_email == email]
    assert cid in theirs

    menu = press_n(page, qtbot)

    # a gmail.com customer: only the sender can be marked, never everyone at gmail.com
    offered = [a.data() for a in menu.actions() if a.isEnabled() and a.data()]
    assert offered == ["sender"]
    assert any(email in a.text() for a in menu.actions())
    with qtbot.waitSignal(page.changed, timeout=5000):
        next(a for a in menu.actions() if a.data() == "sender").trigger()
    menu.close()
    wait_for_tasks(qtbot)
    assert not set(theirs) & set(listed(page))
    assert demo_window.sidebar.count_of("waiting") == before - len(theirs)
    assert NotCustomer.get().address == email
    demo_window.show_section("inbox")
    assert set(theirs) <= set(listed(page))

    # Settings lists it, with how many conversations it covers, and undoes it
    demo_window.show_section("settings")
    settings = demo_window.section_page("settings")
    settings.show_section("not_customers")
    section = settings.not_customers
    qtbot.waitUntil(lambda: section.table.rowCount() == 1, timeout=5000)
    assert section.table.item(0, 0).text() == email
    assert int(section.table.item(0, 3).text()) >= len(theirs)
    with qtbot.waitSignal(section.marks_changed, timeout=5000):
        section.table.cellWidget(0, 4).click()
    qtbot.waitUntil(lambda: section.empty.isVisibleTo(section), timeout=5000)
    assert NotCustomer.select().count() == 0
    wait_for_tasks(qtbot)
    assert demo_window.sidebar.count_of("waiting") == before
    demo_window.show_section("waiting")
    assert set(theirs) <= set(listed(page))


def test_n_offers_everyone_at_a_shops_own_domain(demo_window, qtbot):
    conv = Conversation.create(subject="Harga borong bulan ini")
    Message.create(conversation=conv, direction="in", date=utcnow(), subject=conv.subject,
                   sender_email="jualan@kilang-kain.my", snippet="Senarai harga")
    state.refresh(conv.id)
    demo_window.refresh()
    page = demo_window.inbox_page
    qtbot.waitUntil(lambda: conv.id in listed(page), timeout=5000)
    page.move_selection(listed(page).index(conv.id) - page.table.currentIndex().row())
    assert page.current_conversation_id() == conv.id

    menu = press_n(page, qtbot)

    everyone = next(a for a in menu.actions() if a.data() == "domain")
    assert "kilang-kain.my" in everyone.text()
    with qtbot.waitSignal(page.changed, timeout=5000):
        everyone.trigger()
    menu.close()
    assert (NotCustomer.get().address, NotCustomer.get().kind) == ("kilang-kain.my", "domain")
    assert conv.id not in listed(page)


def test_n_while_reading_marks_the_sender_and_says_how_to_undo(demo_window, qtbot):
    inbox_page = demo_window.inbox_page
    cid = inbox_page.current_conversation_id()
    page = demo_window.conversation_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        demo_window.open_conversation(cid)
    page.last_menu = None
    qtbot.keyClick(page.browser, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: getattr(page, "last_menu", None) is not None, timeout=5000)
    menu = page.last_menu
    with qtbot.waitSignal(page.changed, timeout=5000):
        next(a for a in menu.actions() if a.data() == "sender").trigger()
    menu.close()
    assert NotCustomer.get().address == Conversation.get_by_id(cid).counterpart_email
    assert Conversation.get_by_id(cid).waiting_since is None
    assert page.banner.isVisibleTo(page)
    wait_for_tasks(qtbot)
