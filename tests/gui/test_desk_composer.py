"""The composer: template picker and "/" shortcuts, placeholders that hold back sending,
autosaved drafts that come back, and sending into the outbox."""

from __future__ import annotations

import email
import email.policy

import pytest
from gui import desk_support
from gui.desk_support import wait_for_tasks

from seller_desk.core.common.settings import Settings
from seller_desk.core.store.models import (
    Conversation,
    ConversationOrder,
    Draft,
    OutboxMessage,
    Template,
)
from seller_desk.ui.qt import Qt

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")


def open_composer(window, qtbot, conversation_id, kind="reply"):
    composer = window.compose(conversation_id, kind)
    with qtbot.waitSignal(composer.ready, timeout=10_000):
        pass
    return composer


def unlinked_conversation():
    return (Conversation.select()
            .where(Conversation.id.not_in(ConversationOrder.select(
                ConversationOrder.conversation)), Conversation.customer.is_null(False),
                   Conversation.is_auto == False)  # noqa: E712
            .first())


def test_the_picker_finds_templates_by_name_and_shortcut(demo_window, qtbot):
    conv = Conversation.select().where(Conversation.is_auto == False).first()  # noqa: E712
    composer = open_composer(demo_window, qtbot, conv.id)
    qtbot.keyClick(composer.body, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    picker = composer.picker
    assert picker.isVisible()
    qtbot.keyClicks(picker.search, "refunded")
    assert picker.list.count() >= 1
    assert "refunded" in picker.list.item(0).text()
    picker.search.clear()
    qtbot.keyClicks(picker.search, "tracking")  # words of the body
    assert picker.list.count() >= 1
    with qtbot.waitSignal(composer.template_inserted, timeout=5000):
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert composer.body.toPlainText().strip()
    composer.discard()
    wait_for_tasks(qtbot)


def test_unfilled_placeholders_are_highlighted_and_hold_back_sending(demo_window, qtbot):
    Settings().set("seller.name", "Nora")
    conv = unlinked_conversation()
    composer = open_composer(demo_window, qtbot, conv.id)
    composer.body.setFocus()
    with qtbot.waitSignal(composer.template_inserted, timeout=5000) as inserted:
        qtbot.keyClicks(composer.body, "/paid")
        qtbot.keyClick(composer.body, Qt.Key.Key_Space)
    rendered = inserted.args[0]
    assert not rendered.complete
    missing = {m.name for m in rendered.missing}
    assert "order.number" in missing  # no order is linked to this conversation
    assert "{order.number}" in composer.body.toPlainText()
    assert composer.placeholder_bar.isVisible()
    # the blanks are painted
    block = composer.body.document().findBlock(
        composer.body.toPlainText().index("{order.number}"))
    assert any(r.format.background().color().name() == "#fde7b0"
               for r in block.layout().formats())
    # Send does not send: it points at the first blank
    before = OutboxMessage.select().count()
    qtbot.keyClick(composer.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert OutboxMessage.select().count() == before
    assert composer.send_anyway_button.isVisible()
    assert composer.body.textCursor().selectedText().startswith("{")
    # typing over the blank resolves it
    for _ in composer.unfilled():
        assert composer.select_next_placeholder()
        composer.body.textCursor().insertText("X-1")
    assert composer.unfilled() == []
    assert not composer.placeholder_bar.isVisible()
    composer.discard()
    wait_for_tasks(qtbot)


def test_send_without_the_blanks_never_sends_raw_braces(demo_window, qtbot):
    conv = unlinked_conversation()
    composer = open_composer(demo_window, qtbot, conv.id)
    composer.body.setPlainText("Your order {order.number} ships today.\nThanks {seller.name|}")
    composer.send()
    assert composer.placeholder_bar.isVisible()
    with qtbot.waitSignal(composer.sent, timeout=10_000) as sent:
        composer.send_anyway_button.click()
    row = OutboxMessage.get_by_id(sent.args[0])
    parsed = email.message_from_bytes(bytes(row.raw), policy=email.policy.default)
    mine = parsed.get_body(("plain",)).get_content().split("\n>")[0]
    assert "{" not in mine and "}" not in mine
    assert "Your order ships today." in mine
    assert row.conversation_id == conv.id


def test_drafts_are_saved_as_you_type_and_come_back(demo_window, qtbot):
    conv = unlinked_conversation()
    composer = open_composer(demo_window, qtbot, conv.id)
    with qtbot.waitSignal(composer.draft_saved, timeout=10_000):
        qtbot.keyClicks(composer.body, "Half-written answer")
    draft = Draft.get_by_id(composer.draft_id)
    assert draft.body == "Half-written answer"
    assert draft.conversation_id == conv.id and draft.kind == "reply"
    # going elsewhere and coming back restores it
    demo_window.back_to_list()
    demo_window.conversation_page.detach_composer()
    wait_for_tasks(qtbot)
    again = open_composer(demo_window, qtbot, conv.id)
    assert again.body.toPlainText() == "Half-written answer"
    assert again.draft_id == draft.id
    assert "restored" in again.draft_label.text().lower()
    again.discard()
    wait_for_tasks(qtbot)
    assert not Draft.select().where(Draft.id == draft.id).exists()


def test_an_empty_message_is_not_sent(demo_window, qtbot):
    conv = unlinked_conversation()
    composer = open_composer(demo_window, qtbot, conv.id)
    before = OutboxMessage.select().count()
    composer.send()
    assert OutboxMessage.select().count() == before
    assert "empty" in composer.banner.text().lower()
    composer.discard()
    wait_for_tasks(qtbot)


def test_ctrl_n_opens_a_new_message_window(demo_window, qtbot):
    qtbot.keyClick(demo_window.inbox_page.table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    holder = demo_window.composer_window
    composer = holder.composer
    with qtbot.waitSignal(composer.ready, timeout=10_000):
        pass
    assert composer.kind == "new"
    assert composer.subject_edit.isVisible()
    composer.to_edit.setText("friend@example.com")
    composer.subject_edit.setText("Wholesale prices")
    tid = Template.select().where(Template.shortcut == "away").first().id
    composer.insert_template(tid, "en")
    assert "Hi there" in composer.body.toPlainText()
    composer.discard()
    wait_for_tasks(qtbot)


def test_a_reply_sent_from_another_mailbox_goes_out_from_it(demo_window, qtbot):
    conv = unlinked_conversation()
    composer = open_composer(demo_window, qtbot, conv.id)
    other = next(i for i in range(composer.account_box.count())
                 if composer.account_box.itemData(i) != conv.account_id)
    composer.account_box.setCurrentIndex(other)
    out = composer.outgoing()
    assert out.account.id == composer.account_box.itemData(other) != conv.account_id
    composer.discard()
    wait_for_tasks(qtbot)


def test_a_queued_reply_taken_back_opens_under_its_conversation(demo_window, qtbot):
    conv = unlinked_conversation()
    composer = open_composer(demo_window, qtbot, conv.id)
    composer.body.setPlainText("Sorry, wrong tracking number.")
    with qtbot.waitSignal(composer.sent, timeout=10_000) as sent:
        composer.send()
    outbox_id = sent.args[0]
    wait_for_tasks(qtbot)
    demo_window.edit_outbox(outbox_id)
    wait_for_tasks(qtbot)
    page = demo_window.conversation_page
    again = page.composer()
    assert again is not None and again is not composer
    qtbot.waitUntil(lambda: again.out is not None, timeout=10_000)
    assert page.conversation_id == conv.id and again.kind == "reply"
    assert again.body.toPlainText().startswith("Sorry, wrong tracking number.")
    assert OutboxMessage.get_by_id(outbox_id).state == "cancelled"
    again.discard()
    wait_for_tasks(qtbot)


def linked_conversation():
    """A customer's conversation with a linked order that has a parcel with tracking."""
    from seller_desk.core.store.models import Order, Shipment

    return (Conversation.select()
            .join(ConversationOrder, on=(ConversationOrder.conversation == Conversation.id))
            .join(Order, on=(ConversationOrder.order == Order.id))
            .join(Shipment, on=(Shipment.order == Order.id))
            .where(Conversation.customer.is_null(False), Shipment.tracking_number != "",
                   Conversation.is_auto == False)  # noqa: E712
            .first())


def test_the_picker_ranks_by_name_shows_whole_names_and_previews_the_filled_text(
        demo_window, qtbot):
    conv = linked_conversation()
    composer = open_composer(demo_window, qtbot, conv.id)
    composer.set_language("en")
    composer.pick_template()
    picker = composer.picker
    picker.resize(560, 420)  # narrow: long names must wrap, not scroll sideways
    qtbot.keyClicks(picker.search, "track")
    assert picker.list.item(0).text().startswith("Order shipped, with tracking")
    assert picker.list.horizontalScrollBar().isHidden() or \
        not picker.list.horizontalScrollBar().isVisible()
    def every_row_fits() -> bool:
        width = picker.list.viewport().width()
        return all(picker.list.visualItemRect(picker.list.item(row)).right() < width
                   for row in range(picker.list.count()))

    qtbot.waitUntil(every_row_fits, timeout=3000)
    # the preview is the text the customer would get: names and numbers, not {braces}
    preview = picker.preview.toPlainText()
    ctx = templates_context(conv.id)
    assert ctx.customer.name.split()[0] in preview or "there" in preview
    assert ctx.shipment.tracking_number in preview
    assert "{customer.first_name" not in preview and "{shipment.tracking_number}" not in preview
    picker.reject()
    composer.discard()
    wait_for_tasks(qtbot)


def test_the_picker_marks_blanks_not_known_for_this_conversation(demo_window, qtbot):
    Settings().set("seller.name", "")
    conv = unlinked_conversation()
    composer = open_composer(demo_window, qtbot, conv.id)
    composer.set_language("en")
    composer.pick_template()
    picker = composer.picker
    qtbot.keyClicks(picker.search, "/paid")
    assert picker.list.item(0).text().startswith("Payment received")
    html = picker.preview.toHtml()
    assert "{order.number}" in picker.preview.toPlainText()
    assert "#b3261e" in html.lower()  # marked in red
    assert "order number" in picker.blanks.text().lower()
    assert "not known yet" in picker.blanks.text()
    picker.reject()
    composer.discard()
    wait_for_tasks(qtbot)


def templates_context(conversation_id):
    from seller_desk.core.templates import canned as templates

    return templates.build_context(conversation_id, language="en")


def test_a_saved_draft_reopens_with_its_conversation_and_fills_what_became_known(
        demo_window, qtbot):
    """No r needed: opening the conversation brings the draft back, the keys stay with the
    reading, and a blank filled in Settings meanwhile is filled in the text."""
    Settings().set("seller.shop_name", "")
    conv = unlinked_conversation()
    composer = open_composer(demo_window, qtbot, conv.id)
    with qtbot.waitSignal(composer.draft_saved, timeout=10_000):
        qtbot.keyClicks(composer.body, "Thanks from {seller.shop_name}, my words")
    draft_id = composer.draft_id
    demo_window.back_to_list()
    demo_window.conversation_page.detach_composer()
    wait_for_tasks(qtbot)
    Settings().set("seller.shop_name", "Nora Batik & Craft")
    page = demo_window.conversation_page
    with qtbot.waitSignal(page.draft_found, timeout=10_000):
        demo_window.open_conversation(conv.id)
    qtbot.waitUntil(lambda: page.composer() is not None and page.composer().out is not None,
                    timeout=10_000)
    again = page.composer()
    assert again.draft_id == draft_id
    assert again.body.toPlainText() == "Thanks from Nora Batik & Craft, my words"
    assert "restored" in again.draft_label.text().lower()
    assert "Your shop's name" in again.banner.label.text()
    focus = demo_window.focusWidget()
    assert focus is None or not again.isAncestorOf(focus)
    again.discard()
    wait_for_tasks(qtbot)
