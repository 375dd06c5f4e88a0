"""Collision warnings in the window of a team: opening a conversation shows who else has
it open, Budi typing shows "Budi is replying" here within two seconds, and sending after
Budi's reply went out asks first, shows what Budi wrote, and keeps what was typed."""

from __future__ import annotations

import time

import pytest
from gui.desk_support import close_window, open_window, wait_for_tasks

from seller_desk.core.answering import compose
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Conversation, Message, OutboxMessage
from seller_desk.core.team import identity
from seller_desk.core.team.presence import Here
from seller_desk.ui.app import start_team_services

pytestmark = [pytest.mark.integration,
              pytest.mark.qt_log_ignore("This plugin does not support raise",
                                        "This plugin does not support grabbing")]


def shop_with_a_question(url: str) -> int:
    db.open_database(url)
    account = Account.create(name="Shop", email="shop@example.test", username="shop",
                             imap_host="127.0.0.1", smtp_host="127.0.0.1", smtp_port=1,
                             enabled=False)
    conv = Conversation.create(subject="Pesanan #1001")
    Message.create(conversation=conv, subject="Pesanan #1001", account=account,
                   sender_email="rina@example.test", sender_name="Rina",
                   to_addrs="shop@example.test", message_id="q1@example.test",
                   direction="in", text_body="Bila barang dihantar?")
    db.close_database()
    return int(conv.id)


def test_the_other_person_shows_and_a_reply_sent_meanwhile_is_asked_about(
        qtbot, pg_url, monkeypatch):
    conv_id = shop_with_a_question(pg_url)
    window = open_window(qtbot, pg_url)
    budi = Here(name="Budi")
    try:
        identity.set_name("Aisyah")
        start_team_services(window)
        qtbot.waitUntil(lambda: window.live.listener.online.is_set(), timeout=10_000)
        budi.open(conv_id)
        window.open_conversation(conv_id)
        note = window.conversation_page.presence_note
        qtbot.waitUntil(lambda: not note.isHidden() and "Budi" in note.text(), timeout=2_000)
        assert "replying" not in note.text()

        typed = time.monotonic()
        budi.set_typing(True)
        qtbot.waitUntil(lambda: "is replying" in note.text(), timeout=2_000)
        assert time.monotonic() - typed < 2.0

        composer = window.compose(conv_id, "reply")
        with qtbot.waitSignal(composer.ready, timeout=10_000):
            pass
        qtbot.keyClicks(composer.body, "Barang dihantar hari ini.")
        wait_for_tasks(qtbot)

        identity.set_name("Budi")  # Budi's window queues his reply meanwhile
        out = compose.reply(Message.get(Message.message_id == "q1@example.test"))
        out.text = "Sudah dihantar, tracking JNT777."
        budi.sent(compose.send(out).id)
        identity.set_name("Aisyah")

        asked: list[list] = []
        monkeypatch.setattr(composer, "ask_send_anyway",
                            lambda replies: asked.append(replies) or False)
        composer.send()
        qtbot.waitUntil(lambda: bool(asked), timeout=5_000)
        wait_for_tasks(qtbot)
        assert [(r.name, "JNT777" in r.text) for r in asked[0]] == [("Budi", True)]
        assert OutboxMessage.select().count() == 1  # nothing of Aisyah's went out
        assert composer.body.toPlainText() == "Barang dihantar hari ini."  # kept
        assert composer.send_button.isEnabled()

        monkeypatch.setattr(composer, "ask_send_anyway", lambda replies: True)
        with qtbot.waitSignal(composer.sent, timeout=10_000):
            composer.send()
        assert OutboxMessage.select().count() == 2
    finally:
        identity.set_name(None)
        budi.leave()
        close_window(qtbot, window)
