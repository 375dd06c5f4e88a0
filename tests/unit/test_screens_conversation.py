"""The conversation screen's facade (core/screens/conversation.py), without Qt: what one
conversation shows, its side panel, linking orders, notes, reading, and where a reply starts."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from seller_desk.core.answering import compose, drafts
from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import clocks
from seller_desk.core.followups import reminders
from seller_desk.core.mail.connection import accounts
from seller_desk.core.screens import conversation as view
from seller_desk.core.shop import customers, orders, shipping
from seller_desk.core.store import db, events
from seller_desk.core.store.models import (
    Attachment,
    Conversation,
    ConversationOrder,
    ConversationTag,
    Event,
    Message,
    Note,
    OutboxMessage,
)
from seller_desk.core.templates import canned as templates

KL = clocks.ClockPolicy(country="MY", subdivision="", timezone="Asia/Kuala_Lumpur")
T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)  # a Monday, 10:00 in Kuala Lumpur
PIXEL = "https://tracker.example.com/p.gif"


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


@pytest.fixture(autouse=True)
def database():
    d = db.open_database("sqlite:///:memory:")
    clocks.set_policy(KL)
    templates.install_defaults()
    yield d
    clocks.set_policy(None)
    d.close()


@pytest.fixture
def shop():
    """A mailbox, a customer writing in Malay, a conversation of four messages (the seller's
    reply, an automatic notice, two unread customer messages), an order with a parcel, a
    reminder, a failed outgoing message and a complaint tag."""
    account = accounts.add_account("Web shop", "hello@norabatik.my")
    customer = customers.create_customer("Aisyah Rahman", ["aisyah@example.com"],
                                         phone="012-345 6789", language="ms", country="MY")
    conv = Conversation.create(subject="Tudung belum sampai", account=account,
                               customer=customer, counterpart_email="aisyah@example.com",
                               last_sender="Aisyah", status="open", waiting_since=at(3))
    first = Message.create(
        account=account, conversation=conv, message_id="m1@example.com", direction="in",
        sender_name="Aisyah", sender_email="Aisyah@Example.com", subject="Tudung belum sampai",
        date=at(0), is_seen=True, to_addrs="=?utf-8?q?Nora_Batik?= <hello@norabatik.my>",
        text_body="Salam, bila tudung saya sampai?\n\nPada 1 Nov, Nora menulis:\n> Dah pos.")
    reply = Message.create(
        account=account, conversation=conv, message_id="m2@norabatik.my", direction="out",
        sender_name="Nora", sender_email="hello@norabatik.my", subject="Re: Tudung belum sampai",
        date=at(1), is_seen=True, text_body="Esok sampai, kak.")
    notice = Message.create(
        account=account, conversation=conv, message_id="m3@shopee.example", direction="in",
        sender_email="noreply@shopee.example", subject="Pesanan dihantar", date=at(2),
        is_auto=True, is_seen=False, text_body="Pesanan anda telah dihantar.")
    latest = Message.create(
        account=account, conversation=conv, message_id="m4@example.com", direction="in",
        sender_name="Aisyah", sender_email="aisyah@example.com", subject="Tudung belum sampai",
        date=at(3), is_seen=False, text_body="Masih belum sampai.",
        html_body=f'<p>Masih belum sampai.</p><img src="{PIXEL}">'
                  "<blockquote>Esok sampai, kak.</blockquote>")
    Attachment.create(message=latest, filename="resit.pdf", content_type="application/pdf",
                      size=2048)
    order = orders.create_order("#1201", "web", [
        {"title": "Tudung bawal", "sku": "TB-01", "quantity": 2, "unit_price": "35.00"}],
        customer=customer, conversation=conv, placed_at=at(-48), status="paid",
        paid_at=at(-47))
    parcel = shipping.add_shipment(order, "poslaju", "EN123456789MY", shipped_at=at(-24))
    reminder = reminders.add_manual(at(24), "Semak parcel", conversation=conv)
    OutboxMessage.create(account=account, conversation=conv, message_id="o1@norabatik.my",
                         raw=b"Subject: x\r\n\r\nx", sender="hello@norabatik.my",
                         recipients="aisyah@example.com", subject="Re: Tudung belum sampai",
                         state="failed", attempts=3, last_error="Mailbox full")
    OutboxMessage.create(account=account, conversation=conv, message_id="o2@norabatik.my",
                         raw=b"Subject: y\r\n\r\ny", sender="hello@norabatik.my",
                         recipients="aisyah@example.com", subject="Re: old", state="sent")
    ConversationTag.create(conversation=conv, tag="complaint")
    return {"account": account, "customer": customer, "conversation": conv, "first": first,
            "reply": reply, "notice": notice, "latest": latest, "order": order,
            "parcel": parcel, "reminder": reminder}


# --- quoted text ---------------------------------------------------------------------------


def test_quoted_text_is_split_at_the_attribution_in_any_of_the_sellers_languages():
    assert view.split_quoted_text("Thanks!\n\nOn Mon, 3 Nov 2025 at 10:00, Nora wrote:\n> ok") \
        == ("Thanks!", "On Mon, 3 Nov 2025 at 10:00, Nora wrote:\n> ok")
    assert view.split_quoted_text("Terima kasih\nPada Isnin, Nora menulis:\n> ok")[0] == \
        "Terima kasih"
    assert view.split_quoted_text("Ok kak\n\n> dah pos\n> semalam\n") == \
        ("Ok kak", "> dah pos\n> semalam")
    # a message that is only a quote is shown whole rather than empty
    assert view.split_quoted_text("> only quoted") == ("> only quoted", "")
    assert view.split_quoted_text("") == ("", "")


def test_quoted_html_is_split_before_the_quote_block_with_its_attribution():
    head, quote = view.split_quoted_html(
        "<p>Thanks!</p><p>On Monday, Nora wrote:</p><blockquote>old</blockquote>")
    assert head == "<p>Thanks!</p>"
    assert quote == "<p>On Monday, Nora wrote:</p><blockquote>old</blockquote>"
    assert view.split_quoted_html("<p>No quote here</p>") == ("<p>No quote here</p>", "")
    assert view.split_quoted_html("<blockquote>only</blockquote>") == \
        ("<blockquote>only</blockquote>", "")


# --- remote content ------------------------------------------------------------------------


def test_remote_images_are_remembered_per_sender_whatever_the_case():
    assert not view.remote_content_allowed("aisyah@example.com")
    view.set_remote_content_allowed(" Aisyah@Example.com ", True)
    assert view.remote_content_allowed("AISYAH@example.com")
    view.set_remote_content_allowed("aisyah@example.com", False)
    assert not view.remote_content_allowed("aisyah@example.com")
    view.set_remote_content_allowed("  ", True)  # no address: nothing to remember
    assert not view.remote_content_allowed("")


# --- loading -------------------------------------------------------------------------------


def test_load_gives_the_messages_in_order_with_quotes_folded_and_the_outbox(shop):
    data = view.load(shop["conversation"].id)
    assert (data.subject, data.status, data.account_name, data.account_email) == (
        "Tudung belum sampai", "open", "Web shop", "hello@norabatik.my")
    assert (data.customer_id, data.customer_name, data.counterpart_email) == (
        shop["customer"].id, "Aisyah Rahman", "aisyah@example.com")
    assert data.waiting_since == at(3) and data.tags == ["complaint"]
    assert [m.id for m in data.messages] == [shop[k].id for k in
                                             ("first", "reply", "notice", "latest")]
    first, reply, notice, latest = data.messages
    assert first.is_incoming and not first.is_outgoing
    assert reply.is_outgoing and not reply.is_incoming
    assert (first.text, first.quoted_text) == ("Salam, bila tudung saya sampai?",
                                               "Pada 1 Nov, Nora menulis:\n> Dah pos.")
    assert first.to_addrs == "Nora Batik <hello@norabatik.my>"  # RFC 2047 decoded
    assert notice.is_auto and not notice.is_seen
    assert latest.has_remote_content and not latest.remote_allowed
    assert PIXEL not in latest.html and "Masih belum sampai." in latest.html
    assert latest.quoted_html == "<blockquote>Esok sampai, kak.</blockquote>"
    assert [(a.filename, a.size, a.cached) for a in latest.attachments] == [
        ("resit.pdf", 2048, False)]
    # the failed message is listed, the sent one is not
    assert [(o.state, o.attempts, o.last_error) for o in data.outbox] == [
        ("failed", 3, "Mailbox full")]


def test_load_shows_remote_images_once_or_always_as_the_seller_chose(shop):
    latest_id = shop["latest"].id
    once = view.load(shop["conversation"].id, allow_remote_for={latest_id}).messages[-1]
    assert once.remote_allowed and PIXEL in once.html
    assert PIXEL not in view.load(shop["conversation"].id).messages[-1].html
    view.set_remote_content_allowed("aisyah@example.com", True)
    always = view.load(shop["conversation"].id).messages
    assert PIXEL in always[-1].html
    assert always[0].remote_allowed  # the sender's case does not matter


def test_a_closed_conversation_shows_no_waiting_time(shop):
    conv = shop["conversation"]
    conv.status = "closed"
    conv.save()
    assert view.load(conv.id).waiting_since is None


def test_a_message_that_could_not_be_parsed_shows_its_raw_text(shop):
    broken = Message.create(conversation=shop["conversation"], direction="in", date=at(4),
                            sender_email="aisyah@example.com", parse_error="bad MIME",
                            raw=zlib.compress(b"Subject: ?\r\n\r\nRaw words"))
    shown = next(m for m in view.load(shop["conversation"].id).messages if m.id == broken.id)
    assert "Raw words" in shown.text and shown.parse_error == "bad MIME"


# --- side panel ----------------------------------------------------------------------------


def test_the_side_panel_gathers_customer_orders_parcels_reminders_and_notes(shop):
    conv = shop["conversation"]
    Conversation.create(subject="Another question", customer=shop["customer"])
    view.add_note(conv.id, "  Customer prefers J&T next time  ")
    view.add_note(conv.id, "   ")  # blank: nothing saved
    reminders.add_manual(at(-1), "Overdue call", customer=shop["customer"])
    panel = view.side_panel(conv.id, now=at(5))
    assert (panel.customer_id, panel.customer_name, panel.language) == (
        shop["customer"].id, "Aisyah Rahman", "ms")
    assert panel.phone == "+60123456789" and panel.whatsapp_url.startswith("https://wa.me/")
    assert panel.addresses == ["aisyah@example.com"]
    assert panel.other_conversations == 1 and panel.tags == ["complaint"]
    [order] = panel.orders
    assert (order.number, order.status, order.total) == ("#1201", "shipped", Decimal("70.00"))
    assert [(i.title, i.quantity) for i in order.items] == [("Tudung bawal", 2)]
    [parcel] = order.shipments
    assert parcel.tracking_url == "https://tracking.pos.com.my/tracking/EN123456789MY"
    assert [(r.note, r.overdue) for r in panel.reminders] == [
        ("Overdue call", True), ("Semak parcel", False)]
    assert [body for _at, body in panel.notes] == ["Customer prefers J&T next time"]
    assert Note.select().count() == 1


def test_the_side_panel_lists_no_reminder_of_the_customers_other_orders(shop):
    """A conversation about #1201 shows #1201's follow-ups, not those of the customer's
    other order, which has its own conversation."""
    conv = shop["conversation"]
    other = orders.create_order("#1250", "web", [{"title": "Kain pelikat",
                                                  "unit_price": "40.00"}],
                                customer=shop["customer"], placed_at=at(-10))
    reminders.add_manual(at(30), "Ask about #1250", order=other, customer=shop["customer"])
    reminders.add_manual(at(26), "Chase #1201 payment proof", order=shop["order"],
                         customer=shop["customer"])
    elsewhere = Conversation.create(subject="Kain pelikat", customer=shop["customer"])
    reminders.add_manual(at(28), "Answer the other chat", conversation=elsewhere,
                         customer=shop["customer"])
    notes = [r.note for r in view.side_panel(conv.id, now=at(5)).reminders]
    assert notes == ["Semak parcel", "Chase #1201 payment proof"]
    # the other order's own conversation shows its reminder, and not #1201's
    ConversationOrder.create(conversation=elsewhere, order=other)
    assert [r.note for r in view.side_panel(elsewhere.id, now=at(5)).reminders] == [
        "Answer the other chat", "Ask about #1250"]


def test_the_side_panel_of_an_unknown_sender_shows_their_address(shop):
    stranger = Conversation.create(subject="Wholesale?", counterpart_email="buyer@example.net",
                                   last_sender="Budi")
    panel = view.side_panel(stranger.id)
    assert (panel.customer_id, panel.customer_name, panel.addresses) == (
        None, "Budi", ["buyer@example.net"])
    assert panel.orders == [] and panel.reminders == []


def test_orders_view_keeps_the_asked_order_and_skips_unknown_ids(shop):
    second = orders.create_order("#1202", "web", [{"title": "Batik scarf",
                                                   "unit_price": "89.00"}], placed_at=at(-2))
    shown = view.orders_view([second.id, 999_999, shop["order"].id])
    assert [o.number for o in shown] == ["#1202", "#1201"]
    assert shown[0].shipments == () and shown[1].shipments[0].courier == "poslaju"
    assert view.orders_view([]) == []


def test_couriers_are_named_and_linked_and_unknown_ones_shown_as_typed():
    assert view.courier_name("poslaju") == shipping.courier("poslaju").name != "poslaju"
    assert view.courier_name("pigeon") == "pigeon"
    assert view.tracking_url("poslaju", "en123456789my") == \
        "https://tracking.pos.com.my/tracking/EN123456789MY"
    assert view.tracking_url("pigeon", "123") == ""


# --- linking orders ------------------------------------------------------------------------


def test_orders_are_found_by_number_or_customer_and_by_default_the_customers(shop):
    other = customers.create_customer("Budi Santoso", ["budi@example.net"])
    orders.create_order("#1300", "web", [{"title": "Sarung", "unit_price": "50"}],
                        customer=other, placed_at=at(-1))
    assert [o.number for o in view.find_orders("#120")] == ["#1201"]
    assert [o.number for o in view.find_orders("budi")] == ["#1300"]
    mine = view.find_orders("", customer_id=shop["customer"].id)
    assert [(o.number, o.customer_name, o.total, o.currency) for o in mine] == [
        ("#1201", "Aisyah Rahman", Decimal("70.00"), "MYR")]
    assert [o.number for o in view.find_orders("")] == ["#1300", "#1201"]  # newest first


def test_linking_by_hand_gives_the_conversation_the_orders_customer(shop):
    stranger = Conversation.create(subject="Order 1201?", counterpart_email="aisyah@example.com")
    assert view.link_order(stranger.id, shop["order"].id) is True
    assert view.link_order(stranger.id, shop["order"].id) is False  # linked already
    assert Conversation.get_by_id(stranger.id).customer_id == shop["customer"].id
    link = ConversationOrder.get(ConversationOrder.conversation == stranger.id)
    assert link.linked_by == "manual"


def test_unlinking_removes_the_link_once_and_is_remembered(shop):
    conv, order = shop["conversation"], shop["order"]
    assert view.unlink_order(conv.id, order.id) is True
    assert view.unlink_order(conv.id, order.id) is False
    assert orders.was_unlinked(conv.id, [order.id]) == {order.id}
    assert Event.select().where(Event.kind == events.ORDER_UNLINKED).count() == 1
    assert view.side_panel(conv.id).orders == []


# --- reading -------------------------------------------------------------------------------


def test_opening_marks_the_customer_messages_read_and_finds_the_first_unread(shop):
    conv = shop["conversation"]
    assert view.first_unread_customer_message(conv.id) == shop["notice"].id
    changed = view.mark_conversation_read(conv.id)
    assert sorted(changed) == sorted([shop["notice"].id, shop["latest"].id])
    assert view.first_unread_customer_message(conv.id) is None
    assert Conversation.get_by_id(conv.id).unread_count == 0
    assert view.mark_conversation_read(conv.id) == []


# --- answering -----------------------------------------------------------------------------


def test_a_reply_answers_the_customers_latest_own_message_not_a_notice(shop):
    assert view.answer_target(shop["conversation"].id).id == shop["latest"].id
    only_ours = Conversation.create(subject="Promo")
    mine = Message.create(conversation=only_ours, direction="out", date=at(0),
                          sender_email="hello@norabatik.my")
    assert view.answer_target(only_ours.id).id == mine.id
    assert view.answer_target(Conversation.create(subject="Empty").id) is None


def test_prepare_outgoing_starts_a_threaded_reply_in_the_customers_language(shop):
    prepared = view.prepare_outgoing(shop["conversation"].id, "reply")
    out = prepared.outgoing
    assert out.kind == "reply" and out.to == ["Aisyah <aisyah@example.com>"]
    assert out.subject == "Re: Tudung belum sampai" and out.in_reply_to == "m4@example.com"
    assert out.account.id == shop["account"].id
    assert prepared.accounts == [(shop["account"].id, "Web shop", "hello@norabatik.my")]
    assert prepared.customer_language == "ms"
    assert (prepared.draft_id, prepared.restored) == (None, False)
    forward = view.prepare_outgoing(shop["conversation"].id, "forward").outgoing
    assert forward.kind == "forward" and forward.to == []
    new = view.prepare_outgoing(None, "new")
    assert new.outgoing.kind == "new" and new.outgoing.conversation is None


def test_prepare_outgoing_reopens_an_unsent_draft_of_the_same_kind(shop):
    start = view.prepare_outgoing(shop["conversation"].id, "reply").outgoing
    start.text = "Half-written answer"
    draft = drafts.save_draft(start)
    again = view.prepare_outgoing(shop["conversation"].id, "reply")
    assert (again.draft_id, again.restored) == (draft.id, True)
    assert again.outgoing.text == "Half-written answer"
    other_kind = view.prepare_outgoing(shop["conversation"].id, "reply_all")
    assert other_kind.draft_id is None and not other_kind.restored


def test_a_reopened_draft_fills_blanks_that_became_known_and_keeps_what_was_typed(shop):
    """Written before the tracking number was known: reopened after it was added, the blank
    is filled; the seller's own words and a blank still unknown stay as they were."""
    conv = Conversation.create(subject="Bila pos?", account=shop["account"],
                               customer=shop["customer"], counterpart_email="aisyah@example.com")
    Message.create(account=shop["account"], conversation=conv, message_id="q1@example.com",
                   direction="in", sender_email="aisyah@example.com", subject="Bila pos?",
                   date=at(4), text_body="Bila pos?")
    out = view.prepare_outgoing(conv.id, "reply").outgoing
    out.text = ("Kak {customer.first_name}, my own words {{not a blank}}.\n"
                "Tracking: {shipment.tracking_number}\nShop: {seller.shop_name}\n"
                "{seller.nonsense}")
    draft = drafts.save_draft(out)
    Settings().set("seller.shop_name", "")
    nothing_yet = view.prepare_outgoing(conv.id, "reply")
    assert nothing_yet.filled == ["customer.first_name"]
    assert "{shipment.tracking_number}" in nothing_yet.outgoing.text
    assert "{seller.shop_name}" in nothing_yet.outgoing.text
    Settings().set("seller.shop_name", "Nora Batik")  # filled in Settings meanwhile
    order = orders.create_order("#1299", "web", [{"title": "Tudung", "unit_price": "35"}],
                                customer=shop["customer"], conversation=conv,
                                placed_at=at(-1))
    shipping.add_shipment(order, "poslaju", "EN999999999MY", shipped_at=at(4))
    again = view.prepare_outgoing(conv.id, "reply")
    assert again.draft_id == draft.id and again.restored
    assert again.filled == ["customer.first_name", "shipment.tracking_number",
                            "seller.shop_name"]
    assert again.outgoing.text == ("Kak Aisyah, my own words {{not a blank}}.\n"
                                   "Tracking: EN999999999MY\nShop: Nora Batik\n"
                                   "{seller.nonsense}")


def test_the_picker_ranks_a_name_match_above_words_of_the_text(shop):
    """Searching "track" puts "Order shipped, with tracking" first, not a template that
    only mentions tracking in its text."""
    names = [t.name for t in view.template_choices("track", "en")]
    assert names[0] == "Order shipped, with tracking"
    if "Payment received" in names:  # its text may speak of tracking: ranked below
        assert names.index("Payment received") > 0
    assert view.template_choices("/paid", "en")[0].shortcut == "paid"
    by_category = [t.category for t in view.template_choices("complaints", "en")]
    assert by_category and by_category[0] == "complaints"
    assert view.template_choices("zzqx", "en") == []
    # a Malay search finds the Malay versions
    assert all(t.language == "ms" for t in view.template_choices("pesanan", "ms"))


def test_a_template_is_filled_from_the_conversations_customer_and_order(shop):
    english = templates.get_template("payment_received", "en")
    rendered = view.render_template_for(shop["conversation"].id, english.id)
    assert rendered.subject == "Payment received for order #1201"
    assert rendered.body.startswith("Hi Aisyah,")
    malay = view.render_template_for(shop["conversation"].id, english.id, language="ms",
                                     account_id=shop["account"].id)
    assert malay.subject == "Bayaran diterima untuk pesanan #1201"
    assert malay.body.startswith("Hai Aisyah,")


def test_shortcuts_find_the_template_in_the_writing_language(shop):
    ms = templates.get_template("payment_received", "ms")
    assert view.template_for_shortcut("paid", "ms") == ms.id
    assert view.template_for_shortcut("/paid", "ms") == ms.id
    assert view.template_for_shortcut("nothing", "ms") is None
    listed = dict(view.template_shortcuts("ms"))
    assert listed["paid"] == ms.name
    assert list(listed) == sorted(listed)
    assert "" not in listed


def test_a_reply_is_queued_from_what_prepare_outgoing_started(shop):
    """The composer's path end to end without Qt: prepare, write, queue."""
    out = view.prepare_outgoing(shop["conversation"].id, "reply").outgoing
    out.text = "Parcel dah sampai di pejabat pos, kak."
    row = compose.send(out)
    assert row.state == "queued" and row.conversation_id == shop["conversation"].id
    assert [o.id for o in view.load(shop["conversation"].id).outbox][-1] == row.id
