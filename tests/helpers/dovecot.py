"""A private Dovecot 2.3 instance on 127.0.0.1 for tests (IMAP, IMAPS, LMTP, submission).

    server = DovecotServer()
    server.start()                       # about 0.1-0.3 s
    user = server.add_user()             # fresh user, own Maildir
    server.deliver(user, raw_bytes, folder="Archive")
    ...  # IMAPClient(server.host, server.imap_port), login(user.name, user.password)
    server.restart()                     # same ports, same mail
    server.close()                       # stop + remove the folder + stop the relay sink

Everything lives in one temporary folder (config, users file, mail, sockets, log). The
master runs in the foreground (``dovecot -F``) as our child in its own process group, so it
is stopped by its process id and nothing outlives :meth:`DovecotServer.stop`.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import re
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from . import ServerStartError, ServerUnavailable, log_tail
from .ports import LOOPBACK, free_port
from .process import parent_death_signal, register_for_exit
from .smtp import SmtpSink
from .tls import SelfSignedCert, make_self_signed_cert

TEMPLATE = Path(__file__).with_name("dovecot.conf.in")
LIBEXEC_CANDIDATES = ("/usr/lib/dovecot", "/usr/libexec/dovecot", "/usr/local/libexec/dovecot")
# program in Dovecot's libexec folder -> Debian package that ships it
NEEDED_PROGRAMS = {
    "imap": "dovecot-imapd",
    "lmtp": "dovecot-lmtpd",
    "submission": "dovecot-submissiond",
}
MAIL_DOMAIN = "test.localhost"
_NAME_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
# characters allowed in an unquoted local part (RFC 5321 atext plus '.')
_ATEXT = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")


def find_dovecot() -> tuple[str, str | None]:
    """Paths of the dovecot and doveadm programs; ServerUnavailable when not installed."""
    dovecot = shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/usr/local/sbin")
    if not dovecot:
        raise ServerUnavailable(
            "Dovecot is not installed (no dovecot program; Debian: apt-get install "
            "dovecot-imapd dovecot-lmtpd dovecot-submissiond)"
        )
    for libexec in LIBEXEC_CANDIDATES:
        if os.path.isdir(libexec):
            missing = [pkg for prog, pkg in NEEDED_PROGRAMS.items()
                       if not os.path.exists(os.path.join(libexec, prog))]
            if missing:
                raise ServerUnavailable(
                    "Dovecot is installed without "
                    + ", ".join(missing)
                    + " (apt-get install "
                    + " ".join(missing)
                    + ")"
                )
            break
    doveadm = shutil.which("doveadm") or shutil.which("doveadm", path="/usr/bin:/usr/sbin")
    return dovecot, doveadm


@dataclass(frozen=True)
class ImapUser:
    """A mailbox user of a :class:`DovecotServer` (log in with name/password)."""

    name: str
    password: str
    server: DovecotServer = field(repr=False, compare=False)

    @property
    def address(self) -> str:
        return f"{self.name}@{MAIL_DOMAIN}"

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def imap_port(self) -> int:
        return self.server.imap_port

    @property
    def imaps_port(self) -> int:
        return self.server.imaps_port

    @property
    def submission_port(self) -> int:
        return self.server.submission_port

    @property
    def maildir(self) -> Path:
        return self.server.maildir_path(self)


class DovecotServer:
    """One private Dovecot instance. Ports are chosen once and kept across restarts."""

    host = LOOPBACK

    def __init__(
        self,
        directory: Path | str | None = None,
        *,
        relay_sink: SmtpSink | None = None,
        debug: bool = False,
        oauth_introspection_url: str | None = None,
    ) -> None:
        self._dovecot, self._doveadm = find_dovecot()
        self._accounts = _service_accounts()
        self._own_dir = directory is None
        self.dir = Path(directory or tempfile.mkdtemp(prefix="sd-dovecot-"))
        self.debug = debug
        #: with an OAuth2 introspection endpoint, logins take XOAUTH2 and OAUTHBEARER too
        self.oauth_introspection_url = oauth_introspection_url
        self.imap_port = free_port()
        self.imaps_port = free_port()
        self.lmtp_port = free_port()
        self.submission_port = free_port()
        self._own_sink = relay_sink is None
        #: SMTP sink that the submission service relays to (see submission_port)
        self.relay_sink = relay_sink or SmtpSink()
        self.config_path = self.dir / "dovecot.conf"
        self.users_dir = self.dir / "users.d"
        self.log_path = self.dir / "dovecot.log"
        self.master_out_path = self.dir / "master.out"
        self._proc: subprocess.Popen[bytes] | None = None
        self._users: dict[str, str] = {}
        self._users_lock = threading.Lock()
        self._cert: SelfSignedCert | None = None
        self._prepared = False
        self.start_seconds: float | None = None  # duration of the last start()
        self.stop_seconds: float | None = None  # duration of the last stop()

    # -- setup -----------------------------------------------------------------------
    def _prepare(self) -> None:
        if self._prepared:
            return
        acc = self._accounts
        self.dir.mkdir(parents=True, exist_ok=True)
        # mkdtemp makes 0700 folders: Dovecot's unprivileged processes must get through
        self.dir.chmod(0o755)
        for sub in ("run", "state", "home", "ssl", "users.d"):
            (self.dir / sub).mkdir(exist_ok=True)
        os.chown(self.dir / "home", acc.mail_uid, acc.mail_gid)
        self._cert = make_self_signed_cert(self.dir / "ssl", "dovecot")
        for name, password in self._users.items():
            self._write_user(name, password)
        replacements = {
            "DIR": str(self.dir),
            "INTERNAL_USER": acc.internal_user,
            "INTERNAL_GROUP": acc.internal_group,
            "LOGIN_USER": acc.login_user,
            "MAIL_UID": str(acc.mail_uid),
            "MAIL_GID": str(acc.mail_gid),
            "CERT": str(self._cert.cert_path),
            "KEY": str(self._cert.key_path),
            "IMAP_PORT": str(self.imap_port),
            "IMAPS_PORT": str(self.imaps_port),
            "LMTP_PORT": str(self.lmtp_port),
            "SUBMISSION_PORT": str(self.submission_port),
            "RELAY_PORT": str(self.relay_sink.port),
            "DEBUG": "" if self.debug else "#",
        }
        text = TEMPLATE.read_text()
        for key, value in replacements.items():
            text = text.replace(f"@{key}@", value)
        settings = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("#"))
        leftover = re.findall(r"@[A-Z_]+@", settings)
        if leftover:
            raise ServerStartError(f"dovecot.conf.in: unknown placeholders {sorted(set(leftover))}")
        if self.oauth_introspection_url:
            text = self._with_oauth(text)
        self.config_path.write_text(text)
        self._prepared = True

    def _with_oauth(self, text: str) -> str:
        """The config with an oauth2 passdb that asks the test authorization server.

        The password passdb keeps plain/login and "none" (LMTP delivery looks users up
        without a mechanism and fails with 451 when every passdb is skipped).
        """
        args = self.dir / "oauth2.conf"
        args.write_text(
            "introspection_mode = post\n"
            f"introspection_url = {self.oauth_introspection_url}\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n"
        )
        text = text.replace("auth_mechanisms = plain login",
                            "auth_mechanisms = plain login xoauth2 oauthbearer", 1)
        text = text.replace("passdb {\n  driver = passwd-file\n",
                            "passdb {\n  driver = passwd-file\n  mechanisms = plain login none\n",
                            1)
        return text + (
            "\npassdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
            f"  args = {args}\n}}\n"
        )

    # -- TLS -------------------------------------------------------------------------
    @property
    def cert(self) -> SelfSignedCert:
        self._prepare()
        assert self._cert is not None
        return self._cert

    @property
    def cert_path(self) -> Path:
        """PEM certificate of IMAPS/STARTTLS (self-signed, for localhost and 127.0.0.1)."""
        return self.cert.cert_path

    @property
    def cert_fingerprint(self) -> str:
        """SHA-256 of the certificate in DER form, lowercase hex without colons."""
        return self.cert.fingerprint

    def ssl_context(self) -> ssl.SSLContext:
        """Client SSL context that trusts this server's certificate (hostname checked)."""
        return self.cert.client_context()

    # -- lifecycle -------------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 20.0) -> DovecotServer:
        if self.running:
            return self
        t0 = time.monotonic()
        self._prepare()
        if not self.relay_sink.running:
            self.relay_sink.start()
        # a master killed with SIGKILL leaves its pid file; the pid could be reused
        (self.dir / "run" / "master.pid").unlink(missing_ok=True)
        with open(self.master_out_path, "ab") as out:
            self._proc = subprocess.Popen(
                [self._dovecot, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group: stop() can reap every child
                preexec_fn=parent_death_signal(signal.SIGTERM),
            )
        register_for_exit(self._close_at_exit)
        deadline = time.monotonic() + timeout
        while True:
            if self._proc.poll() is not None:
                code = self._proc.returncode
                self._proc = None
                raise ServerStartError(
                    f"dovecot exited with status {code} while starting\n{self.diagnostics()}"
                )
            if self._greets():
                break
            if time.monotonic() > deadline:
                self.stop(graceful=False)
                raise ServerStartError(
                    f"dovecot did not answer on port {self.imap_port} within {timeout} s\n"
                    f"{self.diagnostics()}"
                )
            time.sleep(0.02)
        self.start_seconds = time.monotonic() - t0
        return self

    def _greets(self) -> bool:
        try:
            with socket.create_connection((self.host, self.imap_port), timeout=1) as s:
                return s.recv(64).startswith(b"* OK")
        except OSError:
            return False

    def stop(self, graceful: bool = True, timeout: float = 15.0) -> None:
        """Stop the instance by its master's pid.

        graceful=False kills every Dovecot process at once (SIGKILL), like a crash: open
        connections are cut without a BYE.
        """
        proc, self._proc = self._proc, None
        if proc is None:
            return
        t0 = time.monotonic()
        if proc.poll() is None:
            if graceful:
                proc.send_signal(signal.SIGTERM)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout)
            _kill_group(proc.pid)
            proc.wait()
        _kill_group(proc.pid)  # children that outlived the master, if any
        _wait_group_gone(proc.pid)
        self.stop_seconds = time.monotonic() - t0

    def restart(self, graceful: bool = True) -> None:
        self.stop(graceful=graceful)
        self.start()

    def close(self, graceful: bool = True) -> None:
        """Stop Dovecot and the relay sink; remove the instance folder if we made it.

        graceful=False saves the second a clean shutdown takes when the mail is thrown away.
        """
        try:
            self.stop(graceful=graceful)
        finally:
            if self._own_sink:
                self.relay_sink.stop()
            if self._own_dir:
                shutil.rmtree(self.dir, ignore_errors=True)

    def _close_at_exit(self) -> None:
        self.close(graceful=False)

    def __enter__(self) -> DovecotServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- users -----------------------------------------------------------------------
    def add_user(self, name: str | None = None, password: str | None = None) -> ImapUser:
        """Create a user (unique name by default) with an empty mailbox.

        The user can log in at once; the Maildir (with the special-use folders) is created
        at first login or delivery.
        """
        if name is None:
            name = "u" + uuid.uuid4().hex[:12]
        if password is None:
            password = "pw-" + uuid.uuid4().hex[:10]
        if not _NAME_OK.match(name) or "+" in name:
            raise ValueError(f"unusable user name {name!r}")
        if ":" in password or "\n" in password:
            raise ValueError("password must not contain ':' or a newline")
        with self._users_lock:
            if name in self._users:
                raise ValueError(f"user {name!r} exists already")
            self._users[name] = password
            if self._prepared:
                self._write_user(name, password)
        return ImapUser(name, password, self)

    def set_password(self, user: ImapUser | str, password: str) -> ImapUser:
        """Change a user's password (e.g. to test "the password was changed").

        Takes up to a second: Dovecot looks at a passwd-file again only once a second.
        """
        name = user if isinstance(user, str) else user.name
        with self._users_lock:
            if name not in self._users:
                raise KeyError(name)
            self._users[name] = password
            time.sleep(1.1)
            self._write_user(name, password)
        return ImapUser(name, password, self)

    def _write_user(self, name: str, password: str) -> None:
        path = self.users_dir / name
        tmp = path.with_name(f".{name}.tmp")
        tmp.write_text(f"{name}:{{PLAIN}}{password}\n")
        # the auth process runs as the internal user: it must be able to read the file
        os.chown(tmp, -1, self._accounts.internal_gid)
        tmp.chmod(0o640)
        os.replace(tmp, path)
        # Dovecot notices a change by mtime and size: make sure the mtime moves
        bumped = time.time() + 1
        os.utime(path, (bumped, bumped))

    def maildir_path(self, user: ImapUser | str) -> Path:
        """Root of the user's Maildir (folders are subdirectories: LAYOUT=fs)."""
        name = user if isinstance(user, str) else user.name
        return self.dir / "home" / name / "Maildir"

    # -- mail ------------------------------------------------------------------------
    def deliver(
        self,
        user: ImapUser | str,
        raw: bytes | str,
        folder: str = "INBOX",
        sender: str = f"sender@{MAIL_DOMAIN}",
    ) -> None:
        """Deliver one message over LMTP into *folder* (created when missing).

        *raw* is sent as it is (dot-stuffed by smtplib). Folder names with a "/" make
        nested folders. Raises smtplib.SMTPException when Dovecot refuses.
        """
        name = user if isinstance(user, str) else user.name
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        local = name if folder.upper() == "INBOX" else f"{name}+{folder}"
        if not _ATEXT.match(local):
            local = '"' + local.replace("\\", "\\\\").replace('"', '\\"') + '"'
        utf8 = not local.isascii()
        with smtplib.LMTP(self.host, self.lmtp_port, timeout=30) as lmtp:
            lmtp.ehlo_or_helo_if_needed()
            options = " SMTPUTF8" if utf8 else ""
            code, resp = lmtp.docmd(f"MAIL FROM:<{sender}>{options}")
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, resp, sender)
            code, resp = lmtp.docmd(f"RCPT TO:<{local}>")
            if code not in (250, 251):
                raise smtplib.SMTPRecipientsRefused({local: (code, resp)})
            code, resp = lmtp.data(raw)
            if code != 250:
                raise smtplib.SMTPDataError(code, resp)

    def kill_connections(self, user: ImapUser | str) -> str:
        """Disconnect all of the user's IMAP/submission sessions (``doveadm kick``)."""
        name = user if isinstance(user, str) else user.name
        if not self._doveadm:
            raise ServerUnavailable("doveadm is not installed")
        proc = subprocess.run(
            [self._doveadm, "-c", str(self.config_path), "kick", name],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        # exit 68 (EX_NOUSER): nobody of that name was connected
        if proc.returncode not in (0, 68):
            raise ServerStartError(f"doveadm kick {name} failed: {proc.stderr.strip()}")
        return proc.stdout

    def doveadm(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run any doveadm command against this instance."""
        if not self._doveadm:
            raise ServerUnavailable("doveadm is not installed")
        return subprocess.run(
            [self._doveadm, "-c", str(self.config_path), *args],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    # -- diagnostics -----------------------------------------------------------------
    def log_tail(self, lines: int = 40) -> str:
        return log_tail(self.log_path, lines)

    def diagnostics(self) -> str:
        parts = [f"instance folder: {self.dir}", f"log: {self.log_path}"]
        out = log_tail(self.master_out_path, 20)
        if out:
            parts.append("--- master output ---\n" + out)
        log = self.log_tail()
        if log:
            parts.append("--- dovecot.log ---\n" + log)
        return "\n".join(parts)

    def __repr__(self) -> str:
        state = f"pid {self.pid}" if self.running else "stopped"
        return (
            f"<DovecotServer imap={self.imap_port} imaps={self.imaps_port} lmtp={self.lmtp_port} "
            f"submission={self.submission_port} {state} dir={self.dir}>"
        )


@dataclass(frozen=True)
class _Accounts:
    internal_user: str
    internal_group: str
    internal_gid: int
    login_user: str
    mail_uid: int
    mail_gid: int


def _service_accounts() -> _Accounts:
    """Who Dovecot's processes run as: as root, the Debian package's accounts."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        group = grp.getgrgid(os.getegid())
        return _Accounts(me.pw_name, group.gr_name, group.gr_gid, me.pw_name,
                         me.pw_uid, os.getegid())
    try:
        internal = pwd.getpwnam("dovecot")
        internal_group = grp.getgrgid(internal.pw_gid)
        pwd.getpwnam("dovenull")
        mail = pwd.getpwnam(os.environ.get("SELLER_DESK_TEST_MAIL_USER", "nobody"))
    except KeyError as exc:
        raise ServerUnavailable(
            f"running as root, but the system account {exc} is missing "
            "(the Debian package dovecot-core creates dovecot and dovenull)"
        ) from exc
    return _Accounts("dovecot", internal_group.gr_name, internal_group.gr_gid, "dovenull",
                     mail.pw_uid, mail.pw_gid)


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes of a process group, from /proc."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # "pid (comm) state ppid pgrp ...": comm may hold spaces, so split after ")"
        fields = stat.rpartition(")")[2].split()
        if len(fields) >= 3 and fields[0] != "Z" and int(fields[2]) == pgid:
            members.append(int(entry))
    return members


def _wait_group_gone(pgid: int, timeout: float = 5.0) -> None:
    if not os.path.isdir("/proc"):
        return
    deadline = time.monotonic() + timeout
    while _group_members(pgid) and time.monotonic() < deadline:
        time.sleep(0.01)
