"""A team database's password lives in the keyring: typed once in the address, it leaves
the address and the settings file, and the next start needs only the address without it;
on a real PostgreSQL that asks for it (scram-sha-256), the window's connection works."""

from __future__ import annotations

import argparse
import json
from urllib.parse import urlparse

import pytest

from seller_desk.cli.common import database_url
from seller_desk.core.common import paths
from seller_desk.core.common.settings import Settings
from seller_desk.core.mail.connection import credentials
from seller_desk.core.store import db
from seller_desk.core.team import access

URL = "postgresql://nora:s%40kret@DB.example.com:6432/shop?sslmode=require"


def test_the_password_goes_to_the_keyring_and_comes_back_in_memory_only():
    kept = access.keep_password(URL)
    assert kept == "postgresql://nora@DB.example.com:6432/shop?sslmode=require"
    assert credentials.get_password("database:nora@db.example.com:6432/shop") == "s@kret"
    back = access.with_password(kept)
    assert urlparse(back).password == "s%40kret" and urlparse(back).query == "sslmode=require"
    params = db.make_database(back).connect_params
    assert params["password"] == "s@kret" and params["sslmode"] == "require"
    # the same database with other options shares the password; another login does not
    assert urlparse(access.with_password(
        "postgresql://nora@db.example.com:6432/shop")).password == "s%40kret"
    assert urlparse(access.with_password(
        "postgresql://budi@db.example.com:6432/shop")).password is None
    assert access.keep_password("sqlite:///shop.sqlite3") == "sqlite:///shop.sqlite3"


def test_a_password_in_the_setting_is_moved_out_of_the_settings_file():
    settings = Settings()
    settings.set("database.url", URL)
    url = database_url(argparse.Namespace(database=None))
    assert urlparse(url).password == "s%40kret"  # connects as before
    assert Settings().get("database.url") == access.without_password(URL)
    written = paths.settings_path().read_text(encoding="utf-8")
    assert "kret" not in written and "nora@DB.example.com" in written
    # started with the address in the command line: the same
    url = database_url(argparse.Namespace(
        database="postgresql://siti:other@127.0.0.1/team"))
    assert urlparse(url).password == "other"
    assert credentials.get_password("database:siti@127.0.0.1:5432/team") == "other"


@pytest.mark.integration
def test_a_database_that_asks_for_a_password_opens_with_the_keyrings(pg_server, pg_url):
    """The cluster asks this login for its password (a pg_hba line before the tests'
    trust): once typed, the address without it opens the shop."""
    pg_server.execute("CREATE ROLE nora_pw LOGIN PASSWORD 'rahsia-kedai' SUPERUSER")
    hba = pg_server.data_dir / "pg_hba.conf"
    before = hba.read_text()
    hba.write_text("host all nora_pw 127.0.0.1/32 scram-sha-256\n" + before)
    pg_server.execute("SELECT pg_reload_conf()")
    try:
        port, name = urlparse(pg_url).port, urlparse(pg_url).path.lstrip("/")
        bare = f"postgresql://nora_pw@127.0.0.1:{port}/{name}"
        with pytest.raises(Exception):  # noqa: B017 - refused: no password anywhere
            db.open_database(bare).execute_sql("SELECT 1")
        db.close_database()
        url = database_url(argparse.Namespace(
            database=f"postgresql://nora_pw:rahsia-kedai@127.0.0.1:{port}/{name}"))
        db.open_database(url).execute_sql("SELECT 1")
        db.close_database()
        # the next start: only the address without the password
        database = db.open_database(database_url(argparse.Namespace(database=bare)))
        assert database.execute_sql("SELECT current_user").fetchone()[0] == "nora_pw"
        db.close_database()
        assert "rahsia" not in json.dumps(Settings().get("database.url") or "")
    finally:
        hba.write_text(before)
        pg_server.execute("SELECT pg_reload_conf()")
        pg_server.execute("DROP OWNED BY nora_pw", dbname=urlparse(pg_url).path.lstrip("/"))
        pg_server.execute("DROP ROLE nora_pw")
