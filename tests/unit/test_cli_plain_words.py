"""The command line meets the world: pipes that close early, dates at the calendar's
edges, empty, read-only and full data folders. Each answer is in plain words, with the exit
status a script can rely on, and never a traceback.

Every command runs as the seller runs it, ``.venv/bin/seller-desk`` in a process of its own.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
from pathlib import Path

import pytest
from helpers import cli
from helpers.disks import small_disk

OUTPUT_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for a tool whose reader left


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo shop, its seller in Kuala Lumpur (UTC+8)."""
    home = tmp_path_factory.mktemp("shop")
    (home / "settings.json").write_text('{"seller.timezone": "Asia/Kuala_Lumpur"}',
                                        encoding="utf-8")
    made = subprocess.run([*cli.seller_desk_command(), "--demo", "--data-dir", str(home),
                           "stats"], capture_output=True, text=True, timeout=120,
                          env=cli.cli_env(), check=False)
    assert made.returncode == 0, made.stdout + made.stderr
    return home


# --- a reader that leaves early -------------------------------------------------------

COMMANDS = [
    ["stats", "--json"], ["stats"], ["outbox", "list"], ["account", "list"],
    ["search", "pesanan"], ["doctor"], ["sync"],
]


@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_a_closed_pipe_ends_every_command_quietly(shop: Path, args: list[str],
                                                  buffered: bool) -> None:
    """stdout is a pipe whose reader has gone before the first word (``| head -1`` that
    had its line, ``| true``): the command stops quietly with 141, as Unix tools do."""
    env = cli.cli_env()
    env.pop("PYTHONUNBUFFERED", None)
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run([*cli.seller_desk_command(), "--data-dir", str(shop), *args],
                              stdout=write_end, stderr=subprocess.PIPE, text=True,
                              env=env, timeout=120, check=False)
    finally:
        os.close(write_end)
    assert proc.stderr == ""  # no traceback, no "Exception ignored", no word at all
    assert proc.returncode == OUTPUT_CLOSED


@pytest.mark.parametrize("pipeline, first", [
    ("stats --json | head -c 10", '{\n  "accou'),
    ("outbox list | head -1", ""),
    ("search pesanan | head -1", ""),
])
def test_the_issues_pipelines_print_their_head_and_nothing_else(
        shop: Path, pipeline: str, first: str) -> None:
    command = " ".join(cli.seller_desk_command()) + f" --data-dir {shop} {pipeline}"
    proc = subprocess.run(["bash", "-c", f"set -o pipefail; {command}"], capture_output=True,
                          text=True, env=cli.cli_env(), timeout=120, check=False)
    assert proc.stderr == ""
    # the command ends 141 when head left before it finished writing, else 0
    assert proc.returncode in (0, OUTPUT_CLOSED)
    assert proc.stdout.startswith(first) and proc.stdout.count("\n") <= 1


def test_output_that_is_read_to_the_end_is_unchanged(shop: Path) -> None:
    proc = cli.run(shop, "stats", "--json")
    assert proc.returncode == 0 and proc.stderr == ""
    assert json.loads(proc.stdout)["accounts"] == 3


# --- dates at the edges of the calendar -----------------------------------------------

def export(shop: Path, kind: str, *period: str) -> list[list[str]]:
    target = shop / f"{kind}{'-'.join(period)}.csv"
    proc = cli.run(shop, "export", kind, *period, "-o", str(target))
    cli.assert_plain(proc, 0, "row(s) written")
    with open(target, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("kind", ["orders", "shipments", "kpis"])
def test_an_open_ended_period_exports_everything_for_a_seller_east_of_greenwich(
        shop: Path, kind: str) -> None:
    """--from 0001-01-01 began before year 1 in UTC (Kuala Lumpur is UTC+8) and the day
    after --to 9999-12-31 does not exist: both mean "no limit on that side"."""
    everything = export(shop, kind)
    assert len(everything) > 5
    for period in (["--to", "9999-12-31"], ["--from", "0001-01-01"],
                   ["--from", "0001-01-01", "--to", "9999-12-31"]):
        rows = export(shop, kind, *period)
        if kind == "kpis":  # figures up to "now", a moment later: the same rows
            assert [r[:3] for r in rows] == [r[:3] for r in everything], period
        else:
            assert rows == everything, period


def test_a_period_inside_the_calendar_is_still_a_limit(shop: Path) -> None:
    assert len(export(shop, "orders", "--to", "2000-01-01")) == 1  # the header only
    assert len(export(shop, "orders", "--from", "9999-12-31")) == 1


# --- the database file and its folder -------------------------------------------------

def test_an_empty_database_file_is_refused_not_made_into_a_new_database(tmp_path: Path) -> None:
    """Zero bytes where the database belongs is most likely a copy that never finished:
    the seller decides, nothing fills it with empty tables."""
    file = tmp_path / "seller-desk.sqlite3"
    file.write_bytes(b"")
    for args in (["stats"], ["sync"], ["account", "list"]):
        proc = cli.run(tmp_path, *args)
        cli.assert_plain(proc, 2, f"The database file {file} is empty (0 bytes)",
                         "unfinished copy", "restore your latest backup",
                         "delete this empty file")
    doctor = cli.run(tmp_path, "doctor")
    cli.assert_plain(doctor, 1, "[FAIL] Database", "is empty (0 bytes)")
    assert file.stat().st_size == 0  # untouched
    # a brand-new data folder, where this start makes the file, is no such case
    fresh = cli.run(tmp_path / "new", "stats", "--json")
    cli.assert_plain(fresh, 0)
    assert json.loads(fresh.stdout)["messages"] == 0


def test_a_read_only_data_folder_says_which_folder_and_what_to_do(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "8m") as disk:
        home = disk.path / "data"
        cli.assert_plain(cli.run(home, "stats"), 0)
        disk.read_only()
        try:
            for args in (["stats"], ["sync"], ["outbox", "list"]):
                proc = cli.run(home, *args)
                said = cli.assert_plain(proc, 2, f"may not write in its data folder {home}",
                                        "read-only", "--data-dir")
                assert "unable to open database file" not in said
            doctor = cli.run(home, "doctor")
            cli.assert_plain(doctor, 1, "[FAIL] Data folder", "[FAIL] Database",
                             f"may not write in its data folder {home}")
            new = cli.run(disk.path / "new", "stats")
            cli.assert_plain(new, 2, f"cannot create its data folder {disk.path / 'new'}",
                             "read-only disk", "--data-dir")
        finally:
            disk.read_only(False)


def test_a_full_disk_at_start_says_so_instead_of_a_disk_io_error(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "8m") as disk:
        home = disk.path / "data"
        cli.assert_plain(cli.run(home, "stats"), 0)
        disk.fill()
        try:
            for args in (["stats"], ["sync"], ["export", "orders", "-o",
                                                str(tmp_path / "o.csv")]):
                proc = cli.run(home, *args)
                said = cli.assert_plain(proc, 2, f"no space left on the disk holding {home}",
                                        "free some space")
                assert "disk I/O error" not in said
            new = cli.run(disk.path / "new", "stats")
            cli.assert_plain(new, 2, "free some space")
        finally:
            disk.free()
        cli.assert_plain(cli.run(home, "stats"), 0)  # room again: all as before
