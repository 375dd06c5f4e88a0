"""Which new messages announce themselves (inbox.customer_mail_among): the window's
notifications read them through the core after each sync."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seller_desk.core.conversations import inbox
from seller_desk.core.store.models import Conversation, Message

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


pytestmark = pytest.mark.usefixtures("memory_database")


def test_only_unread_customer_mail_is_announced_oldest_first():
    conv = Conversation.create(subject="Tudung")

    def message(hours: float, **kw) -> Message:
        kw.setdefault("direction", "in")
        kw.setdefault("subject", "Tudung")
        return Message.create(conversation=conv, date=T0 + timedelta(hours=hours),
                              sender_email="aisyah@example.com", **kw)

    later = message(2, sender_name="Aisyah")
    earlier = message(1, subject="Soalan")  # no name: the address is shown
    notice = message(0, is_auto=True)
    reply = message(3, direction="out")
    seen = message(4, is_seen=True)
    elsewhere = Message.create(direction="in", date=T0, sender_email="b@example.com")
    found = inbox.customer_mail_among(
        [later.id, earlier.id, notice.id, reply.id, seen.id])
    assert found == [(earlier.id, conv.id, "aisyah@example.com", "Soalan"),
                     (later.id, conv.id, "Aisyah", "Tudung")]
    assert elsewhere.id not in [f[0] for f in found]  # only the ids asked about
    assert inbox.customer_mail_among([]) == []
