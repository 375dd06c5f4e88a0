"""A managed PostgreSQL: the address's sslmode (require, verify-full with the server's
certificate) holds for every connection of a team's window, the window's own and those of
the mailbox locks and the change listener; a certificate that does not check out, or a
server without SSL, is refused in plain words. And the check that tells a real session
from a pooler in transaction mode passes on a real one and words the other plainly."""

from __future__ import annotations

import os
import pwd
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest
from helpers.postgres import PostgresServer
from helpers.tls import make_self_signed_cert

from seller_desk.core.common.errors import StorageError
from seller_desk.core.store import db
from seller_desk.core.team import create, leadership, pooling
from seller_desk.core.team.listener import ChangeListener

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def ssl_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PostgresServer, Path]]:
    """A PostgreSQL of its own that speaks SSL with a self-signed certificate."""
    folder = tmp_path_factory.mktemp("pg-ssl")
    server = PostgresServer()  # its own folder, readable by the server's account
    server.start()
    cert = make_self_signed_cert(folder / "certs")
    data = server.data_dir
    for source, name in ((cert.cert_path, "server.crt"), (cert.key_path, "server.key")):
        target = data / name
        target.write_bytes(source.read_bytes())
        target.chmod(0o600)
        if server._run_as is not None:
            account = pwd.getpwnam(server._run_as)
            os.chown(target, account.pw_uid, account.pw_gid)
    with open(data / "postgresql.conf", "a") as conf:
        conf.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n")
    server.restart()
    try:
        yield server, cert.cert_path
    finally:
        server.close()


def ssl_of(url: str, application_name: str) -> list[bool]:
    conn = psycopg2.connect(url.split("?")[0])
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a "
                        "ON a.pid = s.pid WHERE a.application_name = %s", (application_name,))
            return [bool(r[0]) for r in cur.fetchall()]
    finally:
        conn.close()


def test_verify_full_holds_for_every_connection_of_the_window(ssl_server):
    server, root_cert = ssl_server
    base = server.create_database()
    url = f"{base}?sslmode=verify-full&sslrootcert={root_cert}&application_name=sd-window"
    database = db.open_database(url)
    try:
        assert database.execute_sql("SELECT ssl FROM pg_stat_ssl WHERE pid = "
                                    "pg_backend_pid()").fetchone()[0] is True
        lead = leadership.MailboxLeadership(retry_seconds=0.2)
        lead.want([1])
        lead.start()
        listener = ChangeListener(on_changes=lambda c: None).start()
        try:
            assert listener.online.wait(10)
            for _ in range(50):
                if lead.holds(1):
                    break
                lead._stop.wait(0.1)
            assert lead.holds(1)
            assert ssl_of(base, "seller-desk mailbox lock") == [True]
            assert ssl_of(base, "seller-desk changes") == [True]
            assert ssl_of(base, "sd-window") == [True]
        finally:
            listener.stop()
            lead.stop()
        assert "sslmode=verify-full" in create.invite_address("budi")
    finally:
        db.close_database()


def test_a_certificate_that_does_not_check_out_is_refused_plainly(ssl_server, tmp_path):
    server, _root = ssl_server
    stranger = make_self_signed_cert(tmp_path, "stranger").cert_path
    url = f"{server.create_database()}?sslmode=verify-full&sslrootcert={stranger}"
    with pytest.raises(StorageError) as refused:
        db.open_database(url)
    assert "certificate" in refused.value.text().lower()


def test_ssl_required_of_a_server_without_it_is_refused_plainly(pg_url):
    with pytest.raises(StorageError) as refused:
        db.open_database(f"{pg_url}?sslmode=require")
    assert "ssl" in refused.value.text().lower()


def test_a_real_session_passes_the_pooler_check(pg_url):
    db.open_database(pg_url)
    try:
        check = pooling.check_session()
        assert check == pooling.SessionCheck(pooled=False, locks_hold=True,
                                             notifications_arrive=True)
        assert pooling.problem(check) is None
    finally:
        db.close_database()


def test_transaction_pooling_is_said_in_plain_words():
    error = pooling.problem(pooling.SessionCheck(pooled=True, locks_hold=False,
                                                 notifications_arrive=False))
    assert error is not None and "PgBouncer in transaction mode" in error.text()
    assert "session mode" in error.text()


@pytest.fixture
def bouncer(pg_server: PostgresServer) -> Iterator[object]:
    """Factory: a PgBouncer in front of the PostgreSQL fixture, in the pool mode asked."""
    from helpers import ServerUnavailable
    from helpers.fixtures import server_unavailable
    from helpers.pgbouncer import PgBouncer

    started: list[PgBouncer] = []

    def make(mode: str) -> PgBouncer:
        try:
            started.append(PgBouncer(pg_server, mode).start())
        except ServerUnavailable as exc:
            server_unavailable("PgBouncer", exc)
        return started[-1]

    try:
        yield make
    finally:
        for one in started:
            one.stop()


def test_pgbouncer_in_session_mode_carries_a_team(bouncer, pg_url):
    """Through PgBouncer in session pooling the mailbox locks hold and notifications
    arrive: the check passes, one window holds the mailbox while another cannot take it,
    and a change one window makes reaches the other's listener."""
    import threading

    from seller_desk.core.team import changes

    name = pg_url.rsplit("/", 1)[1]
    via = bouncer("session").url(name)
    db.open_database(via)
    try:
        check = pooling.check_session()
        assert check.locks_hold and check.notifications_arrive
        assert pooling.problem(check) is None
        first = leadership.MailboxLeadership(retry_seconds=0.2)
        second = leadership.MailboxLeadership(retry_seconds=0.2)
        heard: list[int] = []
        arrived = threading.Event()

        def hear(found: list[changes.Change]) -> None:
            heard.extend(c.id for c in found)
            arrived.set()

        listener = ChangeListener(on_changes=hear).start()
        try:
            first.want([7])
            first.start()
            for _ in range(50):
                if first.holds(7):
                    break
                first._stop.wait(0.1)
            second.want([7])
            second.start()
            second._stop.wait(1.0)
            assert first.holds(7) and not second.holds(7)  # one sync per mailbox
            assert listener.online.wait(10)
            with db.database.atomic():
                change_id = changes.record_change("order_updated", "order", 1)
            assert arrived.wait(5) and change_id in heard
        finally:
            listener.stop()
            second.stop()
            first.stop()
    finally:
        db.close_database()


def test_pgbouncer_in_transaction_mode_is_said_in_plain_words(bouncer, pg_url):
    """Through PgBouncer in transaction pooling a lock or a LISTEN does not stay with the
    window's connection: the check finds it and says what to change."""
    name = pg_url.rsplit("/", 1)[1]
    db.open_database(pg_url)  # the schema, made directly (as an administrator would)
    db.close_database()
    via = bouncer("transaction").url(name)
    db.open_database(via, migrate=False)
    try:
        check = pooling.check_session()
        assert not check.works
        error = pooling.problem(check)
        assert error is not None and "PgBouncer in transaction mode" in error.text()
        assert "session mode" in error.text()
    finally:
        db.close_database()
