"""A WhatsApp chat imported from the conversation's side panel: the dialog asks which name
is the seller when the file does not say, the chat opens read-only (no mail reply), and a
mail conversation shown after it has its reply buttons back."""

from __future__ import annotations

import pytest
from gui.desk_support import close_window, open_window

from seller_desk.core.shop import customers
from seller_desk.core.store.models import Conversation, Message

CHAT = ("30/08/25, 18:01 - Siti Aminah: Salam, baju kurung saiz M ada stok?\n"
        "30/08/25, 18:05 - Nora Batik: Ada kak.\n")


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_window(qtbot, f"sqlite:///{tmp_path / 'w.sqlite3'}")
    yield window
    close_window(qtbot, window)


def test_import_from_the_side_panel_then_read_only(window, qtbot, tmp_path):
    siti = customers.create_customer(name="Siti Aminah", emails=["siti@example.test"],
                                     phone="+60123456789")
    mail = Conversation.create(subject="Stok?", customer=siti)
    Message.create(conversation=mail, message_id="m1@example.test", subject="Stok?",
                   sender_email="siti@example.test", direction="in", text_body="Ada stok?",
                   body_fetched=True)
    window.open_conversation(mail.id)
    page = window.conversation_page
    qtbot.waitUntil(lambda: page.data is not None and page.data.id == mail.id, timeout=10_000)
    assert "Import a WhatsApp chat" in page.panel.customer.body.text()

    chat = tmp_path / "chat.txt"  # a name that does not say whose chat it is
    chat.write_text(CHAT, encoding="utf-8")
    dialog = page.import_whatsapp_chat()
    assert dialog.phone.text() == "+60123456789"
    dialog.path.setText(str(chat))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.me.isVisible(), timeout=10_000)
    assert [dialog.me.itemText(i) for i in range(dialog.me.count())] == \
        ["Siti Aminah", "Nora Batik"]
    assert "Which of these names is you" in dialog.status.text()
    dialog.me.setCurrentText("Nora Batik")
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.start()
    chat_conv = Conversation.get_by_id(done.args[0])
    assert chat_conv.channel == "whatsapp" and chat_conv.customer_id == siti.id

    window.open_conversation(chat_conv.id)
    qtbot.waitUntil(lambda: page.data is not None and page.data.id == chat_conv.id,
                    timeout=10_000)
    assert not page.reply_button.isVisible() and not page.forward_button.isVisible()
    assert "answer the customer in WhatsApp" in page.banner.label.text()
    # a chat message has no mail source: nothing offers to save it as an e-mail file
    assert "sd:eml/" not in page.browser.toHtml()
    window.open_conversation(mail.id)
    qtbot.waitUntil(lambda: page.data is not None and page.data.id == mail.id, timeout=10_000)
    assert page.reply_button.isVisible() and not page.banner.isVisible()
    assert "sd:eml/" in page.browser.toHtml()


def test_answer_on_whatsapp_fills_a_malay_template_and_keeps_the_answer(
        window, qtbot, monkeypatch):
    from urllib.parse import parse_qs, urlsplit

    from seller_desk.core.templates import canned
    from seller_desk.ui.conversation import whatsapp_answer

    opened: list[str] = []
    monkeypatch.setattr(whatsapp_answer, "open_url", lambda url: opened.append(url) or True)
    canned.save_template(name="Stok ada", body="Salam {customer.first_name}, stok masih ada. "
                         "Terima kasih!", language="ms", category="sales")
    siti = customers.create_customer(name="Siti Aminah", emails=["siti@example.test"],
                                     phone="012-345 6789", language="ms")
    mail = Conversation.create(subject="Stok?", customer=siti)
    Message.create(conversation=mail, message_id="m2@example.test", subject="Stok?",
                   sender_email="siti@example.test", direction="in", text_body="Ada stok?",
                   body_fetched=True, language="ms")
    window.open_conversation(mail.id)
    page = window.conversation_page
    qtbot.waitUntil(lambda: page.data is not None and page.data.id == mail.id, timeout=10_000)
    assert page.whatsapp_button.isVisible()
    dialog = page.answer_on_whatsapp()
    assert dialog.language == "ms"
    dialog.template.setCurrentText("Stok ada")
    assert dialog.text.toPlainText() == "Salam Siti, stok masih ada. Terima kasih!"
    dialog.open_button.click()
    url = urlsplit(opened[0])
    assert (url.scheme, url.netloc, url.path) == ("https", "wa.me", "/60123456789")
    assert parse_qs(url.query)["text"] == ["Salam Siti, stok masih ada. Terima kasih!"]
    with qtbot.waitSignal(dialog.recorded, timeout=10_000) as kept:
        dialog.sent_button.click()
    chat = Conversation.get_by_id(kept.args[0])
    assert chat.channel == "whatsapp" and chat.customer_id == siti.id
    answer = Message.get(Message.conversation == chat)
    assert answer.direction == "out" and answer.text_body.startswith("Salam Siti")
    # the customer is answered: the mail conversation is closed and waits no more
    qtbot.waitUntil(lambda: Conversation.get_by_id(mail.id).status == "closed",
                    timeout=10_000)
    assert Conversation.get_by_id(mail.id).waiting_since is None
