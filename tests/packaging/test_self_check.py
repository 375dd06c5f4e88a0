"""``seller-desk --self-check`` from the source checkout: passes, and names what is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from seller_desk import selfcheck

ROOT = Path(__file__).resolve().parents[2]


def run_self_check(env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "seller_desk", "--self-check"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)


def test_self_check_passes_and_leaves_the_sellers_data_alone(seller_desk_home: Path) -> None:
    """It draws the window offscreen on its own temporary data, not in the seller's folder."""
    result = run_self_check()
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "[FAIL]" not in out
    assert "[ok  ] Resources: " in out and str(ROOT / "resources") in out
    assert "[ok  ] Database: temporary SQLite database" in out
    assert 'started on the "offscreen" platform' in out
    for language in ("English", "Bahasa Melayu", "Bahasa Indonesia"):
        assert f"[ok  ] Main window: renders in {language}" in out
    assert "Self-check passed" in out
    assert not seller_desk_home.exists()  # SELLER_DESK_HOME was never created


def test_self_check_names_missing_files_in_plain_words(tmp_path: Path) -> None:
    """A missing style sheet, a damaged data file and a missing translation each get a
    line, and exit status 1."""
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", resources)
    (resources / "styles" / "app.qss").unlink()
    (resources / "translations" / "seller_desk_ms.qm").unlink()
    (resources / "couriers.json").write_text('{"couriers": [', encoding="utf-8")
    result = run_self_check({"SELLER_DESK_RESOURCES": str(resources)})
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert f"[FAIL] Resources: styles{os.sep}app.qss missing from {resources}" in out
    assert "[FAIL] Resources: damaged data files: couriers.json (" in out
    assert (f"[FAIL] Translations: Bahasa Melayu: the file "
            f"{resources / 'translations' / 'seller_desk_ms.qm'} is missing") in out
    assert "-> Reinstall Seller Desk" in out
    assert "Self-check failed: " in out
    assert "Traceback" not in out + result.stderr


@pytest.mark.parametrize(("problem", "hint"), [
    ("libxcb-icccm.so.4: cannot open shared object file: No such file or directory",
     "apt install libxcb-icccm4"),
    ("libxkbcommon-x11.so.0: cannot open shared object file", "apt install libxkbcommon-x11-0"),
    ("libwayland-cursor.so.0: cannot open shared object file", "apt install libwayland-cursor0"),
    ("something else went wrong", "Reinstall Seller Desk"),
])
def test_a_plugin_that_cannot_load_names_the_missing_library(problem: str, hint: str) -> None:
    assert hint in selfcheck._missing_library_hint(problem)


def test_the_native_platform_plugin_is_required() -> None:
    native = dict(selfcheck.native_platforms())
    if sys.platform.startswith("linux"):
        assert native == {"xcb": True, "wayland": False}
    else:
        assert list(native.values()) == [True]
