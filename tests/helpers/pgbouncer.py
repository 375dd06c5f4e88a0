"""A PgBouncer on loopback in front of the PostgreSQL fixture, in session or transaction
pooling, for the tests of a team database reached through a pooler.

    with PgBouncer(pg_server, "session") as bouncer:
        url = bouncer.url("t_abc")     # postgresql://postgres@127.0.0.1:PORT/t_abc

Trust authentication (the cluster behind it trusts loopback too), one small pool per
database. As root it runs as the ``postgres`` account (PgBouncer refuses to run as root).
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from . import ServerStartError, ServerUnavailable, log_tail
from .ports import LOOPBACK, free_port
from .postgres import PostgresServer
from .process import parent_death_signal, register_for_exit


def find_pgbouncer() -> str:
    found = shutil.which("pgbouncer") or (
        "/usr/sbin/pgbouncer" if os.path.exists("/usr/sbin/pgbouncer") else None)
    if found is None:
        raise ServerUnavailable("pgbouncer is not installed (Debian package pgbouncer)")
    return found


class PgBouncer:
    """One PgBouncer process; ``mode`` is its pool_mode ("session" or "transaction")."""

    host = LOOPBACK

    def __init__(self, server: PostgresServer, mode: str) -> None:
        self.binary = find_pgbouncer()
        self.server, self.mode = server, mode
        self.dir = Path(tempfile.mkdtemp(prefix=f"sd-pgbouncer-{mode}-"))
        self.port = free_port()
        self.log_path = self.dir / "pgbouncer.log"
        self._proc: subprocess.Popen[bytes] | None = None
        self._run_as = "postgres" if os.geteuid() == 0 else None

    def url(self, dbname: str) -> str:
        return f"postgresql://{self.server.superuser}@{self.host}:{self.port}/{dbname}"

    def _user_kwargs(self) -> dict[str, Any]:
        if self._run_as is None:
            return {}
        account = pwd.getpwnam(self._run_as)
        return {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}

    def start(self, timeout: float = 20.0) -> PgBouncer:
        users = self.dir / "users.txt"
        users.write_text(f'"{self.server.superuser}" ""\n')
        config = self.dir / "pgbouncer.ini"
        config.write_text(
            "[databases]\n"
            f"* = host={self.server.host} port={self.server.port}\n"
            "[pgbouncer]\n"
            f"listen_addr = {self.host}\n"
            f"listen_port = {self.port}\n"
            "unix_socket_dir =\n"
            "auth_type = trust\n"
            f"auth_file = {users}\n"
            f"pool_mode = {self.mode}\n"
            "default_pool_size = 4\n"
            "max_client_conn = 100\n"
            f"logfile = {self.log_path}\n"
            f"pidfile = {self.dir / 'pgbouncer.pid'}\n"
            "ignore_startup_parameters = extra_float_digits,application_name\n")
        if self._run_as is not None:
            account = pwd.getpwnam(self._run_as)
            for path in (self.dir, users, config):
                os.chown(path, account.pw_uid, account.pw_gid)
        self._proc = subprocess.Popen(
            [self.binary, str(config)], stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, cwd=self.dir,
            start_new_session=True, preexec_fn=parent_death_signal(signal.SIGTERM),
            **self._user_kwargs())
        register_for_exit(self.stop)
        deadline = time.monotonic() + timeout
        while True:
            if self._proc.poll() is not None:
                raise ServerStartError(f"pgbouncer exited with status {self._proc.returncode}"
                                       f"\n{log_tail(self.log_path)}")
            try:
                socket.create_connection((self.host, self.port), timeout=0.5).close()
                return self
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise ServerStartError(
                        f"pgbouncer not listening after {timeout} s\n{log_tail(self.log_path)}"
                    ) from None
                time.sleep(0.05)

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGINT)  # immediate shutdown
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> PgBouncer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
