"""Live updates in the window: a change another window of the team made shows here
within a second (the counts and the inbox read again), without anyone pressing anything."""

from __future__ import annotations

import time

import pytest
from gui.desk_support import bulk_inbox, close_window, open_window

from seller_desk.core.conversations import state
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation
from seller_desk.ui.live import LiveUpdates

pytestmark = [pytest.mark.integration]


def test_a_conversation_closed_elsewhere_leaves_the_waiting_count_within_a_second(
        qtbot, pg_url):
    db.open_database(pg_url)
    bulk_inbox(5, waiting_share=1.0, accounts=1)
    db.close_database()
    window = open_window(qtbot, pg_url)
    live = LiveUpdates(window)
    try:
        live.start()
        assert live.listener is not None
        qtbot.waitUntil(lambda: live.listener.online.is_set(), timeout=10_000)
        assert window.counts.waiting == 5
        closed = time.monotonic()
        state.close(Conversation.select().first())  # as another window would
        qtbot.waitUntil(lambda: window.counts.waiting == 4, timeout=1_000)
        assert time.monotonic() - closed < 1.0
    finally:
        live.stop()
        close_window(qtbot, window)


def test_a_personal_shop_starts_no_listener(qtbot, tmp_path):
    window = open_window(qtbot, f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    live = LiveUpdates(window)
    try:
        live.start()
        assert live.listener is None
    finally:
        close_window(qtbot, window)
