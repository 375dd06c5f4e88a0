"""The Linux bundle, built here with PyInstaller: it passes its own --self-check.

One build for the module (about 30-40 s): packaging/build.py makes the one-folder bundle
and the AppDir (the AppImage itself needs appimagetool, which is not installed here).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers.fixtures import in_ci

ROOT = Path(__file__).resolve().parents[2]
SIZE_LIMIT = 175_000_000  # bytes: the bundle's size target (docs/packaging.md says why)

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle"),
]


def clean_env() -> dict[str, str]:
    """The environment a seller's desktop would have: no Qt or Python overrides."""
    return {k: v for k, v in os.environ.items()
            if not k.startswith(("QT_", "PYTHON")) and k != "SELLER_DESK_RESOURCES"}


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    try:
        import PyInstaller  # noqa: F401 - only whether it can be imported
    except ImportError:
        message = "PyInstaller is not installed (pip install -e '.[test]')"
        if in_ci():
            pytest.fail(f"{message}; CI=true: the packaging test must run", pytrace=False)
        pytest.skip(message)
    out = tmp_path_factory.mktemp("bundle")
    summary_file = out / "summary.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(out / "dist"),
         "--work", str(out / "build"), "--installer", "--json", str(summary_file)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
        env={**clean_env(), "PAYLOAD_ESTIMATE": "0"},
    )
    if not summary_file.exists():
        pytest.fail(f"the build failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    summary = json.loads(summary_file.read_text(encoding="utf-8"))
    summary["returncode"] = result.returncode
    summary["dist"] = out / "dist"
    return summary


def self_check(program: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), "--self-check"], capture_output=True, text=True,
                          timeout=180, env=clean_env())


def test_the_bundled_program_passes_its_self_check(build: dict[str, Any]) -> None:
    report = build["self_check_report"]
    assert build["self_check_status"] == 0, report
    assert build["returncode"] == 0, report
    assert "[FAIL]" not in report
    bundle = Path(build["bundle"])
    # the frozen branch of seller_desk.core.common.paths finds the resources inside the bundle
    assert "[ok  ] Resources: " in report
    assert f"{bundle / '_internal' / 'resources'} (inside the installed program)" in report
    assert f'"xcb" plugin loads ({bundle / "_internal"}' in report
    assert "self-check (installed program," in report
    for language in ("English", "Bahasa Melayu", "Bahasa Indonesia"):
        assert f"[ok  ] Main window: renders in {language}" in report
    # the mail parser's helper process is the bundled program started again
    for library in ("Locale data", "Public holidays", "Phone numbers", "HTML cleaner",
                    "Mail parser helper", "Secure connections"):
        assert f"[ok  ] {library}: " in report


def test_the_bundle_stays_within_its_size_and_leaves_out_what_is_not_used(
        build: dict[str, Any]) -> None:
    assert build["size_bytes"] <= SIZE_LIMIT, f"{build['size_bytes'] / 1e6:.1f} MB"
    internal = Path(build["bundle"]) / "_internal"
    names = {str(p.relative_to(internal)) for p in internal.rglob("*")}
    qt = internal / "PySide6" / "Qt"
    assert not [n for n in names if re.search(r"Qt6(Qml|Quick|WebEngine|Multimedia|3D|Pdf)", n)]
    assert {p.name for p in (qt / "translations").iterdir()} <= {
        "qt_en.qm", "qtbase_en.qm", "qt_help_en.qm", "qt_ms.qm", "qtbase_ms.qm", "qt_id.qm",
        "qtbase_id.qm"}
    assert sorted(p.name for p in (qt / "plugins" / "platforms").iterdir()) == [
        "libqoffscreen.so", "libqwayland.so", "libqxcb.so"]
    locales = {p.stem.split("_")[0] for p in (internal / "babel" / "locale-data").glob("*.dat")}
    assert locales == {"root", "en", "ms", "id"}
    assert not (internal / "phonenumbers" / "geodata").exists()
    assert not [n for n in names if n.startswith(("libstdc++", "libfontconfig", "libX11."))]
    assert "libxcb-icccm.so.4" in names  # often missing on a desktop: it is carried along
    assert (internal / "certifi" / "cacert.pem").is_file()


def test_the_self_check_names_what_is_missing(build: dict[str, Any], tmp_path: Path) -> None:
    """A damaged copy: a translation and the X11 platform plugin deleted."""
    copy = tmp_path / "seller-desk"
    shutil.copytree(build["bundle"], copy, symlinks=True, copy_function=os.link)
    internal = copy / "_internal"
    (internal / "resources" / "translations" / "seller_desk_id.qm").unlink()
    (internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so").unlink()
    result = self_check(copy / "seller-desk")
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "[FAIL] Translations: Bahasa Indonesia: the file " in out
    assert "seller_desk_id.qm is missing" in out
    assert '[FAIL] Qt platform: the "xcb" platform plugin is missing' in out
    assert "[ok  ] Main window: renders in English" in out  # the rest still checked
    assert "Self-check failed: 2 problem(s)" in out
    assert "Traceback" not in out + result.stderr


def test_the_appdir_starts_the_bundled_program(build: dict[str, Any]) -> None:
    appdir = build["dist"] / "SellerDesk.AppDir"
    if build.get("installer"):  # appimagetool was found and made the AppImage
        assert Path(build["installer"]).stat().st_size > 10_000_000
    else:
        assert "appimagetool is not installed" in build["installer_note"]
    assert (appdir / "app.sellerdesk.SellerDesk.desktop").is_file()
    assert (appdir / "usr" / "share" / "metainfo" / "app.sellerdesk.SellerDesk.metainfo.xml"
            ).is_file()
    assert (appdir / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
            / "seller-desk.png").is_file()
    assert os.readlink(appdir / ".DirIcon") == "seller-desk.png"
    result = subprocess.run([str(appdir / "AppRun"), "--version"], capture_output=True,
                            text=True, timeout=120, env=clean_env())
    from seller_desk import __version__

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Seller Desk {__version__}"
