"""Members and assignment in the window of a team: the sidebar lists "Mine" and
"Unassigned", the conversation's button assigns it, and Settings > Data lists the team
with the address to invite with (never a password)."""

from __future__ import annotations

import pytest
from gui.desk_support import close_window, open_window, wait_for_tasks

from seller_desk.core.conversations import inbox
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation, Message
from seller_desk.core.team import create, identity, members
from seller_desk.ui.app import start_team_services

pytestmark = [pytest.mark.integration,
              pytest.mark.qt_log_ignore("This plugin does not support raise",
                                        "This plugin does not support grabbing")]


def test_assigning_in_the_window_and_the_team_in_settings(qtbot, pg_url):
    create.create_team(pg_url, "Aisyah")
    budi = members.add_member("Budi", "budi")
    conv = Conversation.create(subject="Kain batik")
    Message.create(conversation=conv, subject="Kain batik", sender_email="r@example.test",
                   message_id="k1@example.test", direction="in", text_body="Ada stok?")
    db.close_database()
    password_url = pg_url.replace("postgres@", "postgres:rahsia@")  # trust auth: ignored
    window = open_window(qtbot, password_url)
    try:
        start_team_services(window)
        assert identity.current_name() == "Aisyah"
        items = window.sidebar.section_items
        assert {"mine", "unassigned"} <= set(items)
        window.show_section("unassigned")
        qtbot.waitUntil(lambda: window.inbox_page.model.rowCount() == 1, timeout=5_000)

        window.open_conversation(conv.id)
        page = window.conversation_page
        qtbot.waitUntil(lambda: page.assign_button.isVisible(), timeout=5_000)
        assert page.assign_button.text() == "Assign…"
        page.assign(conv.id, budi.id)
        qtbot.waitUntil(lambda: page.assign_button.text() == "Answered by Budi",
                        timeout=5_000)
        assert Conversation.get_by_id(conv.id).assigned_to == budi.id
        assert inbox.count("unassigned") == 0

        settings = window.section_page("settings")
        window.show_section("settings")
        settings.show_section("data")
        data = settings.sections["data"]
        data.load()
        qtbot.waitUntil(lambda: "Budi" in data.team_members.text(), timeout=5_000)
        assert "Aisyah (owner)" in data.team_members.text()
        assert "team's shared database" in data.intro.text()  # not "on this computer"
        assert data.invite.text().startswith("postgresql://LOGIN@")
        assert "rahsia" not in data.invite.text() + data.database.text()
        wait_for_tasks(qtbot)
    finally:
        identity.set_name(None)
        inbox.current_member = None
        close_window(qtbot, window)


def test_the_reports_screen_lists_reply_times_by_person(qtbot, pg_url):
    """A team's reports screen says, for each person, how many customers they answered
    and how fast; a personal shop's shows no such section."""
    from datetime import timedelta

    from seller_desk.core.store.fields import utcnow

    create.create_team(pg_url, "Aisyah")
    budi = members.add_member("Budi", "budi")
    asked = utcnow() - timedelta(days=2)
    for n, (who, minutes) in enumerate(((budi.id, 30), (budi.id, 90), (None, None))):
        conv = Conversation.create(subject=f"Tanya {n}", assigned_to=who,
                                   first_customer_at=asked, last_activity_at=asked,
                                   first_reply_s=minutes * 60 if minutes else None)
        Message.create(conversation=conv, subject=conv.subject, direction="in",
                       sender_email=f"c{n}@example.test", message_id=f"t{n}@example.test",
                       date=asked, text_body="Ada stok?")
    db.close_database()
    window = open_window(qtbot, pg_url)
    try:
        start_team_services(window)
        reports = window.section_page("reports")
        window.show_section("reports")
        with qtbot.waitSignal(reports.loaded, timeout=20_000):
            reports.refresh()
        assert reports.members_title.isVisible()
        rows = [[cell.text() for cell in row] for row in reports.members_cells]
        assert rows[0][:3] == ["Budi", "2", "2"] and rows[0][3].startswith("1 h")
        assert rows[-1][:3] == ["Nobody yet", "1", "0"]
        wait_for_tasks(qtbot)
    finally:
        identity.set_name(None)
        inbox.current_member = None
        close_window(qtbot, window)
