"""Everything Seller Desk writes in its data folder is private to the user (0700 folders,
0600 files), after a real sync, an attachment download, a log write and rotation, settings,
a backup, an export, the seller's order-number patterns and the outbox's lock."""

from __future__ import annotations

import io
import json
import logging
import os
import stat
import sys
import uuid
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from seller_desk.app import main
from seller_desk.core.common.logs import PrivateRotatingFileHandler
from seller_desk.core.common.settings import Settings
from seller_desk.core.mail.imap import attachments
from seller_desk.core.reports import export
from seller_desk.core.shop import order_numbers
from seller_desk.core.store import backup, db
from seller_desk.core.store.models import Attachment

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="POSIX modes; Windows keeps the profile private")


def modes(root: Path) -> dict[str, int]:
    """Every folder and file under ``root`` (and root itself, as "."), with its mode."""
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        found[path.relative_to(root).as_posix()] = stat.S_IMODE(path.lstat().st_mode)
    return found


def not_private(root: Path) -> dict[str, str]:
    wrong = {}
    for name, mode in modes(root).items():
        wanted = 0o700 if (root / name).is_dir() else 0o600
        if mode != wanted:
            wrong[name] = oct(mode)
    return wrong


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask most systems give (022): the one that left everything readable to all."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def log_handlers() -> Iterator[None]:
    """Take away the log handlers the command line adds, so the next test starts clean."""
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        yield
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def invoice_mail(to: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Aminah <aminah@example.test>"
    msg["To"] = to
    msg["Subject"] = "Invoice for order 240611ABCD"
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@example.test>"
    msg.set_content("Here is the invoice you asked for.")
    msg.add_attachment(b"%PDF-1.4 invoice " * 100, maintype="application", subtype="pdf",
                       filename="invoice.pdf")
    return msg


def test_everything_written_in_the_data_folder_is_private(
        imap_user, seller_desk_home, usual_umask, log_handlers, monkeypatch, capsys):
    home = seller_desk_home
    assert not home.exists()
    imap_user.server.deliver(imap_user, invoice_mail(imap_user.address).as_bytes())
    monkeypatch.setattr("sys.stdin", io.StringIO(imap_user.password + "\n"))
    assert main(["account", "add", "--name", "Shop", "--email", imap_user.address,
                 "--username", imap_user.name, "--imap-host", imap_user.host, "--imap-port",
                 str(imap_user.imap_port), "--imap-security", "none"]) == 0
    assert main(["sync"]) == 0
    assert "Shop: 1 new" in capsys.readouterr().out
    assert main(["outbox", "send"]) == 0  # takes the sender's lock beside the database

    db.open_database()
    try:
        att = Attachment.get(Attachment.filename == "invoice.pdf")
        cached = attachments.fetch_attachment(att.id)
        assert cached.read_bytes().startswith(b"%PDF-1.4")
        settings = Settings()
        settings.set("clock.warn_hours", 10.0, save=False)
        assert settings.save()
        backup.backup_database(backup.backups_dir() / backup.default_backup_name())
        export.export("conversations", None, None, home / "conversations.csv")
        order_numbers.save_user_patterns(
            json.loads(order_numbers.default_path().read_text(encoding="utf-8")))
        logger = logging.getLogger("seller_desk.test")
        logger.warning("Order 240611ABCD: the customer asked for an invoice")
        log_file = str(home / "logs" / "seller-desk.log")
        handler = next(h for h in logging.getLogger().handlers
                       if isinstance(h, PrivateRotatingFileHandler)
                       and h.baseFilename == log_file)
        handler.doRollover()
        logger.warning("and after the rotation")

        written = modes(home)
        # the database is open: its -wal and -shm are there to be checked too
        for name in ("seller-desk.sqlite3", "seller-desk.sqlite3-wal",
                     "seller-desk.sqlite3-shm", "seller-desk.sqlite3.outbox-lock",
                     "settings.json", "order_patterns.json", "conversations.csv",
                     "logs/seller-desk.log", "logs/seller-desk.log.1", "cache/attachments",
                     cached.relative_to(home).as_posix()):
            assert name in written, sorted(written)
        assert any(n.startswith("backups/seller-desk-backup-") for n in written)
        assert not_private(home) == {}
    finally:
        db.close_database()
