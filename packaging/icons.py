"""Render the app icon (an SVG) into the PNG, .ico and .icns files the installers need.

    python packaging/icons.py resources/icons/seller-desk.svg OUTDIR

writes OUTDIR/seller-desk.png (256 px), OUTDIR/seller-desk.ico (Windows: 16-256 px),
OUTDIR/seller-desk.icns (macOS: 16-1024 px) and OUTDIR/hicolor/NxN/apps/seller-desk.png
(the freedesktop icon theme sizes for Linux). Rendering uses Qt's own SVG renderer on the
offscreen platform, so it needs no display and no extra build requirement. The .ico and
.icns containers are written here directly: both may hold PNG images, which every
Windows since Vista and every macOS since 10.7 reads.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (type code, pixel size): the PNG-carrying entries of Apple's icon family format
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 px @2x
    (b"ic11", 32),  # 16 px @2x
    (b"ic12", 64),  # 32 px @2x
    (b"ic13", 256),  # 128 px @2x
    (b"ic14", 512),  # 256 px @2x
)
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_pngs(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """Render ``svg`` once per size; return PNG bytes by pixel size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - keeps Qt up
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons.py: {svg} is not a valid SVG file")
    out: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit("icons.py: Qt could not write a PNG image")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG image per size (ICONDIR, ICONDIRENTRYs, images)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the one-byte fields
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: the 'icns' magic, the total length, then (type, length, PNG) blocks."""
    body = b""
    for code, size in ICNS_TYPES:
        data = pngs[size]
        body += code + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(svg: Path, outdir: Path, name: str = "seller-desk") -> list[Path]:
    """Write every icon file for ``svg`` into ``outdir``; return the paths written."""
    sizes = set(ICO_SIZES) | {s for _c, s in ICNS_TYPES} | set(HICOLOR_SIZES)
    pngs = render_pngs(svg, sizes)
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    targets = {
        outdir / f"{name}.png": pngs[256],
        outdir / f"{name}.ico": ico_bytes(pngs),
        outdir / f"{name}.icns": icns_bytes(pngs),
    }
    for size in HICOLOR_SIZES:
        targets[outdir / "hicolor" / f"{size}x{size}" / "apps" / f"{name}.png"] = pngs[size]
    for path, data in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    scalable = outdir / "hicolor" / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    written.append(scalable)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("svg", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--name", default="seller-desk")
    args = parser.parse_args(argv)
    for path in build(args.svg, args.outdir, args.name):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
