"""The command line meets the world: pipes that close early, dates at the calendar's
edges, empty, read-only and full data folders. Each answer is in plain words, with the exit
status a script can rely on, and never a traceback.

Every command runs as the seller runs it, ``.venv/bin/seller-desk`` in a process of its own.
"""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from helpers import cli


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo shop, its seller in Kuala Lumpur (UTC+8)."""
    home = tmp_path_factory.mktemp("shop")
    (home / "settings.json").write_text('{"seller.timezone": "Asia/Kuala_Lumpur"}',
                                        encoding="utf-8")
    made = subprocess.run([*cli.seller_desk_command(), "--demo", "--data-dir", str(home),
                           "stats"], capture_output=True, text=True, timeout=120,
                          env=cli.cli_env(), check=False)  # fmt: skip
    assert made.returncode == 0, made.stdout + made.stderr
    return home


# --- dates at the edges of the calendar -----------------------------------------------

def export(shop: Path, kind: str, *period: str) -> list[list[str]]:
    target = shop / f"{kind}{'-'.join(period)}.csv"
    proc = cli.run(shop, "export", kind, *period, "-o", str(target))
    cli.assert_plain(proc, 0, "row(s) written")
    with open(target, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("kind", ["orders", "shipments", "kpis"])
def test_an_open_ended_period_exports_everything_for_a_seller_east_of_greenwich(
        shop: Path, kind: str) -> None:  # fmt: skip
    """--from 0001-01-01 began before year 1 in UTC (Kuala Lumpur is UTC+8) and the day
    after --to 9999-12-31 does not exist: both mean "no limit on that side"."""
    everything = export(shop, kind)
    assert len(everything) > 5
    for period in (["--to", "9999-12-31"], ["--from", "0001-01-01"],
                   ["--from", "0001-01-01", "--to", "9999-12-31"]):  # fmt: skip
        rows = export(shop, kind, *period)
        if kind == "kpis":  # figures up to "now", a moment later: the same rows
            assert [r[:3] for r in rows] == [r[:3] for r in everything], period
        else:
            assert rows == everything, period


def test_a_period_inside_the_calendar_is_still_a_limit(shop: Path) -> None:
    assert len(export(shop, "orders", "--to", "2000-01-01")) == 1  # the header only
    assert len(export(shop, "orders", "--from", "9999-12-31")) == 1
