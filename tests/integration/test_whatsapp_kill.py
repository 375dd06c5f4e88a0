"""A WhatsApp chat import killed part-way (the app closed, the laptop's battery gone):
the chat, its reply clock and its order links are written in one transaction, so a kill
leaves either nothing of the chat or all of it, and the next import ends exactly where an
uninterrupted one does."""

from __future__ import annotations

import signal
import subprocess
import sys
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers import cli

from seller_desk.core.shop import orders
from seller_desk.core.store import db
from seller_desk.core.store.models import (
    Attachment,
    Conversation,
    ConversationOrder,
    Customer,
    Event,
    Message,
)

HELPER = Path(__file__).resolve().parent.parent / "helpers" / "whatsapp_kill_run.py"
MESSAGES = 400  # enough that the bulk writes take several statements


def write_chat(folder: Path) -> Path:
    """An Android export: a customer asking, the seller answering a few hours later, an
    order number now and then, a photo now and then (in the archive)."""
    when = datetime(2025, 6, 2, 9, 0)
    lines = ["02/06/25, 09:00 - Mesej dan panggilan disulitkan hujung ke hujung."]
    photos = []
    for n in range(MESSAGES):
        when += timedelta(minutes=37 + n % 5 * 60)
        who = "Siti Aminah" if n % 3 else "Nora Batik"
        if n % 50 == 7:
            photos.append(f"IMG-{when:%Y%m%d}-WA{n:04d}.jpg")
            text = f"{photos[-1]} (fail dilampirkan)"
        elif n % 40 == 3:
            text = "Pesanan WA-0064 dah bayar, bila pos?"
        else:
            text = f"Mesej {n}: saiz M ada lagi?"
        lines.append(f"{when:%d/%m/%y, %H:%M} - {who}: {text}")
    path = folder / "WhatsApp Chat with Siti Aminah.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("WhatsApp Chat with Siti Aminah.txt", "\n".join(lines) + "\n")
        for name in photos:
            archive.writestr(name, b"\xff\xd8photo " + name.encode())
    return path


def shop_with_order(home: Path) -> None:
    """A data folder whose ledger holds the order the chat names (entered before)."""
    home.mkdir(parents=True)
    db.open_database(f"sqlite:///{home / 'seller-desk.sqlite3'}")
    try:
        orders.create_order(number="WA-0064", channel="whatsapp", currency="MYR",
                            items=[{"title": "Baju kurung M", "quantity": 1,
                                    "unit_price": "89"}])
    finally:
        db.close_database()


def picture(home: Path) -> dict[str, object]:
    """What the import left in the data folder, in terms a seller would notice."""
    db.open_database(f"sqlite:///{home / 'seller-desk.sqlite3'}")
    try:
        convs = list(Conversation.select().where(Conversation.channel == "whatsapp"))
        conv = convs[0] if convs else None
        return {
            "conversations": len(convs),
            "customers": Customer.select().count(),
            "messages": Message.select().count(),
            "attachments": Attachment.select().count(),
            "counted": conv.message_count if conv else None,
            "clock": (conv.first_customer_at, conv.first_reply_at, conv.waiting_since,
                      conv.first_reply_s, conv.status) if conv else None,
            "clock_events": Event.select().where(
                Event.kind.in_(("clock_started", "clock_stopped"))).count(),
            "linked": sorted(o.order.number for o in ConversationOrder.select()),
        }
    finally:
        db.close_database()


def run_import(home: Path, chat: Path, kill_at: str = "") -> subprocess.CompletedProcess[str]:
    args = ["--data-dir", str(home), "import", str(chat), "--customer", "0123456789",
            "--me", "Nora Batik"]
    if kill_at:
        return subprocess.run([sys.executable, str(HELPER), *args], capture_output=True,
                              text=True, timeout=300, check=False,
                              env=cli.cli_env(WA_KILL_AT=kill_at))
    return cli.run(home, *args[2:], timeout=300)


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The picture an import that nothing interrupted leaves."""
    folder = tmp_path_factory.mktemp("whole")
    home = folder / "data"
    shop_with_order(home)
    done = run_import(home, write_chat(folder))
    assert done.returncode == 0, done.stdout + done.stderr
    seen = picture(home)
    assert seen["messages"] == MESSAGES and seen["linked"] == ["WA-0064"]
    assert seen["counted"] == MESSAGES and seen["clock_events"]
    return seen


@pytest.mark.parametrize("step", ["media", "refresh", "link"])
def test_an_import_killed_before_its_commit_leaves_nothing_and_the_next_does_it_all(
        step: str, uninterrupted: dict[str, object], tmp_path: Path) -> None:
    home = tmp_path / "data"
    shop_with_order(home)
    chat = write_chat(tmp_path)

    killed = run_import(home, chat, kill_at=step)

    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    left = picture(home)
    assert (left["conversations"], left["customers"], left["messages"], left["attachments"],
            left["clock_events"], left["linked"]) == (0, 0, 0, 0, 0, [])

    again = run_import(home, chat)

    cli.assert_plain(again, 0, f"{MESSAGES} new message(s)")
    assert picture(home) == uninterrupted


def test_an_import_killed_after_its_commit_keeps_the_whole_chat(
        uninterrupted: dict[str, object], tmp_path: Path) -> None:
    home = tmp_path / "data"
    shop_with_order(home)
    chat = write_chat(tmp_path)

    killed = run_import(home, chat, kill_at="done")

    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    assert picture(home) == uninterrupted
    again = run_import(home, chat)
    cli.assert_plain(again, 0, "0 new message(s)", f"{MESSAGES} were there already")
    assert picture(home) == uninterrupted
