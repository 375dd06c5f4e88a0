"""The command line: version, stats, doctor, demo, in plain words."""

from __future__ import annotations

import json
import subprocess
import sys

from seller_desk import __version__
from seller_desk.app import main


def run_cli(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "seller_desk", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert __version__ in capsys.readouterr().out


def test_stats_json_on_the_demo_shop(tmp_path, capsys):
    assert main(["--demo", "--data-dir", str(tmp_path), "stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["accounts"] == 3
    assert 130 <= data["conversations"] <= 170
    assert 55 <= data["orders"] <= 65
    assert data["messages_with_parse_errors"] == 0
    assert set(data["outbox"]) == {"queued", "sending", "sent", "failed", "cancelled"}
    assert data["shipments"] > 0 and data["reminders"] > 0


def test_stats_on_an_empty_database(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "stats"]) == 0
    out = capsys.readouterr().out
    assert "conversations" in out and "0" in out


def test_doctor_without_a_keyring_says_so_plainly(tmp_path):
    result = run_cli("--data-dir", str(tmp_path), "doctor",
                     env_extra={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                                "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "no password store is available" in result.stdout
    assert "Install and unlock a password store" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert "[ok  ] Database" in result.stdout


def test_doctor_reports_an_unwritable_database_in_plain_words(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 200)
    result = run_cli("--data-dir", str(tmp_path), "--database", f"sqlite:///{bad}", "doctor",
                     env_extra={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    assert "[FAIL] Database" in result.stdout
    assert "damaged" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_doctor_checks_the_search_index_and_rebuilds_it(tmp_path):
    from seller_desk.core.store import db
    from seller_desk.core.store.models import Message

    url = f"sqlite:///{tmp_path / 'mail.sqlite3'}"
    database = db.open_database(url)
    Message.create(subject="Long", text_body="kain batik " * 10_000)  # past the indexed part
    db.close_database()
    env = {"QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    healthy = run_cli("--data-dir", str(tmp_path), "--database", url, "doctor", env_extra=env)
    assert "[ok  ] Search index: matches the stored messages" in healthy.stdout, healthy.stdout

    database = db.open_database(url)
    database.execute_sql("INSERT INTO message_fts(rowid, subject, sender_name, sender_email, "
                         "to_addrs, text_body) VALUES (999, 'ghost', '', '', '', 'ghost')")
    db.close_database()
    damaged = run_cli("--data-dir", str(tmp_path), "--database", url, "doctor", env_extra=env)
    assert damaged.returncode == 1
    assert "[FAIL] Search index: does not match the stored messages" in damaged.stdout
    assert "seller-desk doctor --rebuild-search" in damaged.stdout
    assert "Traceback" not in damaged.stdout + damaged.stderr

    repaired = run_cli("--data-dir", str(tmp_path), "--database", url, "doctor",
                       "--rebuild-search", env_extra=env)
    assert "[ok  ] Search index: rebuilt from the stored messages" in repaired.stdout
    assert "[ok  ] Search index: matches the stored messages" in repaired.stdout


def test_a_bad_database_address_is_a_one_line_error(tmp_path):
    result = run_cli("--data-dir", str(tmp_path), "--database", "mysql://x/y", "stats")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("seller-desk: Seller Desk cannot open a database")
    assert "Traceback" not in result.stderr


def test_the_log_file_is_written_to_the_data_folder(tmp_path):
    assert main(["--data-dir", str(tmp_path), "stats"]) == 0
    assert (tmp_path / "logs" / "seller-desk.log").exists()


def test_the_demo_shop_comes_with_its_sellers_details(tmp_path, capsys):
    from seller_desk.core.common.settings import Settings

    (tmp_path / "settings.json").write_text('{"seller.name": "Kak Nor"}', encoding="utf-8")
    assert main(["--demo", "--data-dir", str(tmp_path), "stats"]) == 0
    settings = Settings(tmp_path / "settings.json")
    assert settings.get("seller.shop_name") == "Nora Batik & Craft"
    assert "DuitNow" in settings.get("seller.payment_methods")
    assert settings.get("seller.name") == "Kak Nor"  # the seller's own choice stays
