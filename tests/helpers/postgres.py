"""A throw-away PostgreSQL cluster on 127.0.0.1 for tests.

    pg = PostgresServer()
    pg.start()                          # initdb + start, about 1 s
    url = pg.create_database()          # "postgresql://postgres@127.0.0.1:PORT/t_..."
    ...
    pg.close()                          # stop + remove the folder

initdb runs once per cluster; the server (``postgres -D ...``) runs as our child process,
so it is stopped by its pid (SIGINT = PostgreSQL's "fast" shutdown) and dies with us if the
test run is killed. As root everything runs as the ``postgres`` account (PostgreSQL refuses
to run as root). Durability is off (fsync, synchronous_commit, full_page_writes): speed only.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import re
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from . import ServerStartError, ServerUnavailable, log_tail
from .ports import LOOPBACK, free_port
from .process import parent_death_signal, register_for_exit

_DB_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def find_postgres_bin() -> Path:
    """Folder holding initdb and postgres (newest Debian version first)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    for folder in candidates:
        if os.path.exists(os.path.join(folder, "initdb")):
            return Path(folder)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("postgres"):
        return Path(initdb).parent
    raise ServerUnavailable(
        "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; Debian: "
        "apt-get install postgresql)"
    )


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", path)) or (0,)


class PostgresServer:
    """One private PostgreSQL cluster, trust authentication, loopback only."""

    host = LOOPBACK
    superuser = "postgres"

    def __init__(self, directory: Path | str | None = None, *, port: int | None = None) -> None:
        self.bin_dir = find_postgres_bin()
        self._run_as: str | None = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError as exc:
                raise ServerUnavailable(
                    "running as root, but there is no 'postgres' account to run PostgreSQL "
                    "(the Debian package postgresql creates it)"
                ) from exc
            self._run_as = "postgres"
        self._own_dir = directory is None
        self.dir = Path(directory or tempfile.mkdtemp(prefix="sd-postgres-"))
        self.data_dir = self.dir / "data"
        self.log_path = self.dir / "postgres.log"
        self.port = port or free_port()
        self._proc: subprocess.Popen[bytes] | None = None
        self.start_seconds: float | None = None
        self.initdb_seconds: float | None = None
        self.stop_seconds: float | None = None

    # -- processes -------------------------------------------------------------------
    def _user_kwargs(self) -> dict[str, Any]:
        if self._run_as is None:
            return {}
        account = pwd.getpwnam(self._run_as)
        return {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(LC_ALL="C", LANG="C", PGTZ="UTC", TZ="UTC")
        if self._run_as is not None:
            env["HOME"] = str(self.dir)
        return env

    def _initdb(self) -> None:
        if (self.data_dir / "PG_VERSION").exists():
            return
        t0 = time.monotonic()
        self.dir.mkdir(parents=True, exist_ok=True)
        if self._run_as is not None:
            account = pwd.getpwnam(self._run_as)
            os.chown(self.dir, account.pw_uid, account.pw_gid)
        proc = subprocess.run(
            [
                str(self.bin_dir / "initdb"), "-D", str(self.data_dir),
                "-U", self.superuser, "--auth=trust", "-E", "UTF8", "--no-locale",
                "--no-sync", "--no-instructions",
            ],
            capture_output=True, text=True, env=self._env(), cwd=self.dir, check=False,
            **self._user_kwargs(),
        )
        if proc.returncode != 0:
            raise ServerStartError(
                f"initdb failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}"
            )
        settings = {
            "listen_addresses": f"'{self.host}'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.dir}'",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "200",
            "shared_buffers": "32MB",
            "timezone": "'UTC'",
            "log_min_messages": "warning",
        }
        with open(self.data_dir / "postgresql.conf", "a") as conf:
            conf.write("\n# seller-desk tests\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        self.initdb_seconds = time.monotonic() - t0

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 60.0) -> PostgresServer:
        if self.running:
            return self
        self._initdb()
        t0 = time.monotonic()
        with open(self.log_path, "ab") as log:
            self._proc = subprocess.Popen(
                [str(self.bin_dir / "postgres"), "-D", str(self.data_dir)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=self._env(),
                cwd=self.dir,
                start_new_session=True,
                # immediate shutdown when the test process dies without cleaning up
                preexec_fn=parent_death_signal(signal.SIGQUIT),
                **self._user_kwargs(),
            )
        register_for_exit(self.stop)
        deadline = time.monotonic() + timeout
        while not self._ready():
            if self._proc.poll() is not None:
                code = self._proc.returncode
                self._proc = None
                raise ServerStartError(
                    f"postgres exited with status {code} while starting\n{self.diagnostics()}"
                )
            if time.monotonic() > deadline:
                self.stop(mode="immediate")
                raise ServerStartError(
                    f"postgres not ready after {timeout} s\n{self.diagnostics()}"
                )
            time.sleep(0.02)
        self.start_seconds = time.monotonic() - t0
        return self

    def _ready(self) -> bool:
        # line 8 of postmaster.pid is the postmaster's status: "ready" once it takes connections
        try:
            lines = (self.data_dir / "postmaster.pid").read_text().splitlines()
        except OSError:
            return False
        return len(lines) >= 8 and lines[7].strip() == "ready"

    def stop(self, mode: str = "fast", timeout: float = 30.0) -> None:
        """Stop by pid. mode: "smart" (wait for clients), "fast" (disconnect them) or
        "immediate" (like a crash: no shutdown checkpoint, recovery at next start)."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        t0 = time.monotonic()
        sig = {"smart": signal.SIGTERM, "fast": signal.SIGINT, "immediate": signal.SIGQUIT}[mode]
        if proc.poll() is None:
            proc.send_signal(sig)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        self.stop_seconds = time.monotonic() - t0

    def restart(self, mode: str = "fast") -> None:
        self.stop(mode=mode)
        self.start()

    def close(self) -> None:
        try:
            self.stop()
        finally:
            if self._own_dir:
                shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- databases -------------------------------------------------------------------
    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.superuser}@{self.host}:{self.port}/{dbname}"

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database and return its URL."""
        name = name or "t_" + uuid.uuid4().hex[:16]
        if not _DB_NAME.match(name):
            raise ValueError(f"unusable database name {name!r} (lowercase letters, digits, _)")
        self.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, disconnecting whoever is still connected."""
        if not _DB_NAME.match(name):
            raise ValueError(f"unusable database name {name!r}")
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def execute(self, sql: str, dbname: str = "postgres") -> None:
        """Run one statement outside a transaction (psycopg2 if installed, else psql)."""
        try:
            import psycopg2
        except ImportError:
            psycopg2 = None
        if psycopg2 is not None:
            conn = psycopg2.connect(host=self.host, port=self.port, user=self.superuser,
                                    dbname=dbname, connect_timeout=10)
            try:
                conn.autocommit = True
                with conn.cursor() as cur:
                    cur.execute(sql)
            finally:
                conn.close()
            return
        proc = subprocess.run(
            [str(self.bin_dir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1",
             "-h", self.host, "-p", str(self.port), "-U", self.superuser, "-d", dbname,
             "-c", sql],
            capture_output=True, text=True, check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"psql failed: {proc.stderr.strip()}")

    # -- diagnostics -----------------------------------------------------------------
    def log_tail(self, lines: int = 40) -> str:
        return log_tail(self.log_path, lines)

    def diagnostics(self) -> str:
        return f"cluster folder: {self.dir}\nlog: {self.log_path}\n{self.log_tail()}"

    def __repr__(self) -> str:
        state = f"pid {self.pid}" if self.running else "stopped"
        return f"<PostgresServer {self.host}:{self.port} {state} dir={self.dir}>"
