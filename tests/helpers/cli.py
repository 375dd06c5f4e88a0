"""The command line as a seller runs it (against the real Dovecot where mail is needed).

``seller-desk`` runs as a subprocess of its own (the installed script when there is one),
with the test account's password handed over by an in-memory keyring
(``helpers.keyring_backend.EnvKeyring``), never the machine's keyring. A mailbox of many
messages is written straight into the user's Maildir (Dovecot indexes it at the next
SELECT), which takes a fraction of the time LMTP delivery would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from .dovecot import DovecotServer, ImapUser

TESTS_DIR = Path(__file__).resolve().parent.parent


def seller_desk_command() -> list[str]:
    """``.venv/bin/seller-desk`` beside this interpreter, else ``python -m seller_desk``."""
    script = Path(sys.executable).parent / "seller-desk"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "seller_desk"]


def cli_env(user: ImapUser | None = None, **extra: str) -> dict[str, str]:
    """The environment for ``seller-desk``: the test keyring, holding ``user``'s password."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(TESTS_DIR), env.get("PYTHONPATH", "")) if p)
    env["PYTHON_KEYRING_BACKEND"] = "helpers.keyring_backend.EnvKeyring"
    env["SELLER_DESK_TEST_PASSWORDS"] = json.dumps(
        {user.address: user.password} if user is not None else {})
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def run(data_dir: Path, *args: str, user: ImapUser | None = None, stdin: str | None = None,
        timeout: float = 120, env: dict[str, str] | None = None,
        ) -> subprocess.CompletedProcess[str]:
    """``seller-desk --data-dir DATA_DIR ARGS...`` to its end; output captured as text."""
    return subprocess.run([*seller_desk_command(), "--data-dir", str(data_dir), *args],
                          input=stdin, capture_output=True, text=True, timeout=timeout,
                          env=env or cli_env(user), check=False)


def start(data_dir: Path, *args: str, user: ImapUser | None = None) -> subprocess.Popen[str]:
    """``seller-desk --data-dir DATA_DIR ARGS...`` started, not waited for."""
    return subprocess.Popen([*seller_desk_command(), "--data-dir", str(data_dir), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=cli_env(user))


def add_account(data_dir: Path, user: ImapUser) -> None:
    """``seller-desk account add`` for ``user`` (plain IMAP on loopback, no password asked:
    the test keyring has it)."""
    proc = run(data_dir, "account", "add", "--name", "Shop", "--email", user.address,
               "--username", user.name, "--imap-host", user.host, "--imap-port",
               str(user.imap_port), "--imap-security", "none", "--no-password",
               user=user)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def fill_inbox(server: DovecotServer, user: ImapUser, count: int, words: int = 60,
               start: int = 0) -> None:
    """Write ``count`` customer questions of about ``words`` words each, dated over the
    last days (inside any sync window), into the user's INBOX."""
    maildir = server.maildir_path(user)
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    text = " ".join(["Salam, bila pesanan saya akan dihantar?"] * max(1, words // 6))
    for i in range(start, start + count):
        when = now - timedelta(minutes=3 * (start + count - i))
        msg = EmailMessage()
        msg["From"] = f"Buyer {i} <buyer{i}@example.test>"
        msg["To"] = user.address
        msg["Subject"] = f"Pesanan #{100000 + i}"
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = f"<fill.{i}.{user.name}@example.test>"
        msg.set_content(f"{text}\n\nBuyer {i}")
        raw = msg.as_bytes().replace(b"\r\n", b"\n")
        stamp = int(when.timestamp())
        path = maildir / "cur" / f"{stamp}.M{i}P1.fill,S={len(raw)}:2,"
        path.write_bytes(raw)
        os.utime(path, (stamp, stamp))
    uid, gid = server._accounts.mail_uid, server._accounts.mail_gid
    for dirpath, _dirs, files in os.walk(maildir.parent):
        os.chown(dirpath, uid, gid)
        for name in files:
            os.chown(os.path.join(dirpath, name), uid, gid)


def assert_plain(proc: subprocess.CompletedProcess[str], status: int, *words: str) -> str:
    """The command ended with ``status`` and said each of ``words`` (case-insensitive) in
    plain words: no traceback, no "Exception ignored" at exit. Returns all it printed."""
    said = proc.stdout + proc.stderr
    assert "Traceback" not in said, said
    assert "Exception ignored" not in said, said
    assert proc.returncode == status, f"exit {proc.returncode}, not {status}:\n{said}"
    for word in words:
        assert word.lower() in said.lower(), f"{word!r} not said:\n{said}"
    return said
