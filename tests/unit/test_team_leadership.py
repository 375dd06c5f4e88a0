"""On a personal shop (SQLite) the leadership changes nothing: this process syncs every
mailbox it wants, at once, without a thread or a PostgreSQL driver."""

from __future__ import annotations

from seller_desk.core.store import db
from seller_desk.core.team.leadership import MailboxLeadership, is_team_database


def test_a_personal_shop_syncs_every_wanted_mailbox(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    try:
        happened: list[tuple[str, int]] = []
        lead = MailboxLeadership(on_gained=lambda a: happened.append(("gained", a)),
                                 on_lost=lambda a: happened.append(("lost", a)))
        assert not is_team_database()
        lead.want([1, 2])
        lead.start()
        assert lead.holds(1) and lead.holds(2) and lead._thread is None
        lead.want([2])
        assert not lead.holds(1) and lead.holds(2)
        lead.stop()
        assert happened == [("gained", 1), ("gained", 2), ("lost", 1), ("lost", 2)]
    finally:
        database.close()
