"""A team's set-up and its members on a real PostgreSQL: ``seller-desk team create`` and
``team move-from-this-computer`` run as the seller runs them (the demo shop moved: every
table's count and checksum the same on both sides, ids kept, sequences continuing after
them, the SQLite file untouched), and conversations assigned by hand or to whoever
replies first, with the views "Mine" and "Unassigned" and the reply times per member."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.cli import assert_plain, run
from helpers.outbox_shop import make_account

from seller_desk.core.answering import compose
from seller_desk.core.conversations import inbox
from seller_desk.core.store import db
from seller_desk.core.store.models import (
    MODELS,
    AppMeta,
    Conversation,
    Member,
    Message,
    Template,
)
from seller_desk.core.team import create, identity, members, move


@pytest.fixture(scope="module")
def demo_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo shop in a SQLite file, as a seller's laptop holds it."""
    from seller_desk.core.demo import shop as demo
    from seller_desk.core.templates import canned

    data = tmp_path_factory.mktemp("laptop")
    path = data / "seller-desk.sqlite3"
    db.open_database(f"sqlite:///{path}")
    demo.build_demo()
    canned.install_defaults()
    db.close_database()
    return path


def fingerprint(path: Path) -> tuple[str, int, int]:
    return (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns,
            path.stat().st_size)


def test_create_then_move_keeps_every_count_and_checksum(demo_shop, pg_url, tmp_path):
    before = fingerprint(demo_shop)
    created = run(tmp_path, "team", "create", pg_url, "--name", "Aisyah")
    said = assert_plain(created, 0, "ready", "Aisyah", "Invite")
    assert "postgresql://LOGIN@" in said

    (tmp_path / "settings.json").write_text(json.dumps(
        {"clock.warn_hours": 6.0, "seller.name": "Nora"}))  # the laptop's settings
    moved = run(tmp_path, "team", "move-from-this-computer", pg_url, "--from", str(demo_shop))
    said = assert_plain(moved, 0, "every table's count and checksum match", "unchanged",
                        "1 of the shop's settings")
    assert fingerprint(demo_shop) == before  # not a byte of the laptop's shop changed

    source = move.open_read_only(demo_shop)
    target = db.open_database(pg_url)
    try:
        compared = 0
        for model in MODELS:
            if model in (AppMeta, Member):
                continue
            rows, checksum = move.table_checksum(model, source)
            assert move.table_checksum(model, target) == (rows, checksum), model.__name__
            compared += rows
        assert compared > 100 and Message.select().count() > 10
        assert Template.select().count() == move.table_checksum(Template, source)[0]
        assert [m.name for m in members.list_members()] == ["Aisyah"]  # the team's own
        shared = {m.key for m in AppMeta.select().where(AppMeta.key.startswith("setting:"))}
        assert shared == {"setting:clock.warn_hours"}  # the shop's; the name is Nora's
        newest = Conversation.select().order_by(Conversation.id.desc()).first().id
        assert Conversation.create(subject="Baru").id == newest + 1  # the sequence follows
    finally:
        source.close()
        db.close_database()

    again = run(tmp_path, "team", "move-from-this-computer", pg_url, "--from", str(demo_shop))
    assert_plain(again, 2, "already holds a shop", "nothing was copied")
    assert fingerprint(demo_shop) == before


def test_a_missing_shop_and_a_non_postgresql_address_are_said_plainly(pg_url, tmp_path):
    proc = run(tmp_path, "team", "move-from-this-computer", pg_url, "--from",
               str(tmp_path / "none.sqlite3"))
    assert_plain(proc, 2, "no shop on this computer")
    proc = run(tmp_path, "team", "create", f"sqlite:///{tmp_path / 'x.sqlite3'}", "--name", "A")
    assert_plain(proc, 2, "PostgreSQL")


@pytest.fixture
def team(pg_url: str) -> Iterator[str]:
    create.create_team(pg_url, "Aisyah")  # login: the test cluster's superuser
    yield pg_url
    identity.set_name(None)
    inbox.current_member = None
    db.close_database()


def test_assigned_by_hand_and_to_whoever_replies_first(team, imap_user, smtp_sink, tmp_path):
    aisyah = members.settle_identity()
    assert aisyah is not None and aisyah.name == "Aisyah" and identity.current_name() == "Aisyah"
    budi = members.add_member("Budi", "budi", sender_name="Budi (Kedai Rina)")
    with pytest.raises(Exception, match="already a member"):
        members.add_member("budi")
    account = make_account(imap_user, smtp_sink)
    convs = [Conversation.create(subject=f"Soalan {i}", account=account) for i in range(3)]
    for i, conv in enumerate(convs):
        Message.create(conversation=conv, subject=conv.subject, account=account,
                       sender_email=f"c{i}@example.test", message_id=f"q{i}@example.test",
                       direction="in", text_body="Ada stok?")
    assert inbox.count("unassigned") == 3 and inbox.count("mine") == 0

    assert members.assign([convs[0].id], budi.id) == 1
    assert members.assign([convs[0].id], budi.id) == 0  # already his
    out = compose.reply(Message.get(Message.message_id == "q1@example.test"))
    out.text = "Ada, kak."
    compose.send(out)  # Aisyah answers first: the conversation is hers from now on
    assert Conversation.get_by_id(convs[1].id).assigned_to == aisyah.id
    assert inbox.count("mine") == 1 and inbox.count("unassigned") == 1
    out = compose.reply(Message.get(Message.message_id == "q0@example.test"))
    out.text = "Saya bantu juga."
    compose.send(out)  # Budi's already: a reply by someone else does not take it
    assert Conversation.get_by_id(convs[0].id).assigned_to == budi.id

    Conversation.update(first_customer_at=Conversation.created_at, first_reply_s=600) \
        .where(Conversation.id == convs[1].id).execute()
    Conversation.update(first_customer_at=Conversation.created_at, first_reply_s=3600) \
        .where(Conversation.id == convs[0].id).execute()
    Conversation.update(first_customer_at=Conversation.created_at) \
        .where(Conversation.id == convs[2].id).execute()
    times = {t.member: t for t in members.reply_times_by_member()}
    assert (times["Aisyah"].answered, times["Aisyah"].average_first_reply_s) == (1, 600)
    assert (times["Budi"].answered, times["Budi"].average_first_reply_s) == (1, 3600)
    assert (times[""].conversations, times[""].answered) == (1, 0)
    proc = run(tmp_path, "team", "reply-times", team)
    said = assert_plain(proc, 0, "Aisyah", "Budi", "(nobody yet)")
    assert "0.2 h" in said and "1.0 h" in said  # 600 s and 3600 s
    assert "budi@" in create.invite_address("budi") and ":" not in \
        create.invite_address("budi").split("@")[0].removeprefix("postgresql://")
