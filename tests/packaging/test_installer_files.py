"""The installer recipes' own files: icons, desktop entry, AppStream data, NSIS script."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.fixtures import in_ci

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "app.sellerdesk.SellerDesk"

pytestmark = pytest.mark.packaging


def need_tool(name: str, package: str) -> str:
    """The tool's path; skip without it (fail under CI=true: the test command installs it)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package {package})"
        if in_ci():
            pytest.fail(f"{message}; tests/run-all.sh should have installed it", pytrace=False)
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "icons.py"),
                    str(ROOT / "resources" / "icons" / "seller-desk.svg"), str(out)],
                   check=True, capture_output=True, timeout=120)
    return out


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_windows_icon_holds_every_size_up_to_256(icons: Path) -> None:
    data = (icons / "seller-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for n in range(count):
        width, height, _c, _r, _p, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * n: 22 + 16 * n])
        side = width or 256
        assert png_size(data[offset:offset + length]) == (side, side)
        assert bits == 32 and height == width
        sizes.append(side)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_macos_icon_is_a_well_formed_icon_family(icons: Path) -> None:
    data = (icons / "seller-desk.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found = {}
    pos = 8
    while pos < len(data):
        code, length = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
        found[code] = png_size(data[pos + 8:pos + length])
        pos += length
    assert pos == len(data)
    assert found[b"ic10"] == (1024, 1024) and found[b"ic07"] == (128, 128)
    assert found[b"icp4"] == (16, 16)


def test_linux_theme_icons_are_rendered_at_their_size(icons: Path) -> None:
    for size in (16, 32, 48, 128, 256, 512):
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / "seller-desk.png"
        assert png_size(png.read_bytes()) == (size, size)
    assert (icons / "hicolor" / "scalable" / "apps" / "seller-desk.svg").is_file()


def test_desktop_entry_validates() -> None:
    tool = need_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(LINUX / f"{APP_ID}.desktop")], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_appstream_metadata_validates_and_matches_the_desktop_entry() -> None:
    tool = need_tool("appstreamcli", "appstream")
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    result = subprocess.run([tool, "validate", "--no-net", str(metainfo)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    text = metainfo.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    from seller_desk import __version__

    assert f'<release version="{__version__}"' in text


def test_windows_installer_script_compiles(tmp_path: Path, icons: Path) -> None:
    """makensis builds a setup.exe from a stand-in program folder."""
    makensis = need_tool("makensis", "nsis")
    dist = tmp_path / "seller-desk"
    (dist / "_internal" / "resources").mkdir(parents=True)
    (dist / "seller-desk.exe").write_bytes(b"MZ stand-in")
    (dist / "seller-desk-console.exe").write_bytes(b"MZ stand-in")
    (dist / "_internal" / "resources" / "app.qss").write_text("QWidget {}")
    out = tmp_path / "setup.exe"
    result = subprocess.run(
        [makensis, "-V2", "-DVERSION=0.1.0", f"-DDIST={dist}",
         f"-DICON={icons / 'seller-desk.ico'}", f"-DOUTFILE={out}",
         str(ROOT / "packaging" / "windows" / "seller-desk.nsi")],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"
    assert b"Nullsoft" in out.read_bytes()
