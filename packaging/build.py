"""Build Seller Desk's one-folder bundle, check it, and make this system's installer.

    python packaging/build.py                 bundle + --self-check of the bundle
    python packaging/build.py --installer     ... + AppImage (Linux), setup.exe (Windows)
                                              or .dmg (macOS)

Run it with the Python environment the app is installed in (see
packaging/requirements-build.txt). Steps:

1. PyInstaller with packaging/seller-desk.spec into --dist (default dist/) using --work
   (default build/) for its intermediate files;
2. the bundle's size (every file, symlinks not followed) and file count;
3. the bundled ``seller-desk --self-check`` (unless --no-check);
4. with --installer: packaging/linux/build-appimage.sh, packaging/windows/seller-desk.nsi
   (makensis) or packaging/macos/make-dmg.sh.

Prints a summary, and writes it as JSON with --json FILE. Exit status 0 when every step
that ran succeeded; 1 otherwise. A missing installer tool (appimagetool, makensis,
hdiutil) is reported and is not a failure: the bundle is still usable.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "seller-desk.spec"
APP_ID = "seller-desk"
SIZE_TARGET_MB = 150


def version() -> str:
    text = (ROOT / "seller_desk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match, "seller_desk/__init__.py has no __version__"
    return match.group(1)


def bundle_path(dist: Path) -> Path:
    """The folder (or macOS .app) PyInstaller made."""
    if sys.platform == "darwin":
        return dist / "Seller Desk.app"
    return dist / APP_ID


def program_path(dist: Path) -> Path:
    """The executable that prints to a terminal (for --self-check)."""
    if sys.platform.startswith("win"):
        return dist / APP_ID / f"{APP_ID}-console.exe"
    if sys.platform == "darwin":
        return dist / "Seller Desk.app" / "Contents" / "MacOS" / APP_ID
    return dist / APP_ID / APP_ID


def folder_size(folder: Path) -> tuple[int, int]:
    """Total bytes and number of files under ``folder``, symlinks counted as links."""
    total = files = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            total += os.lstat(os.path.join(dirpath, name)).st_size
            files += 1
    return total, files


def run_pyinstaller(dist: Path, work: Path) -> float:
    """Build the bundle; return the seconds it took."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        check=True, cwd=ROOT,
    )
    return time.perf_counter() - started


def run_self_check(program: Path, timeout: float = 180) -> tuple[int, str, float]:
    """Run the bundled ``--self-check``; return exit status, its report, and seconds."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON"))}
    env.pop("SELLER_DESK_RESOURCES", None)
    started = time.perf_counter()
    result = subprocess.run([str(program), "--self-check"], capture_output=True, text=True,
                            timeout=timeout, env=env)
    return (result.returncode, result.stdout + result.stderr,
            time.perf_counter() - started)


def make_installer(dist: Path, work: Path) -> tuple[str | None, str]:
    """Make this system's installer; return (path or None, what happened)."""
    icons = work / APP_ID / "stage" / "icons"
    if sys.platform.startswith("linux"):
        return _appimage(dist, icons)
    if sys.platform.startswith("win"):
        return _nsis(dist, icons)
    if sys.platform == "darwin":
        dmg = dist / f"Seller-Desk-{version()}.dmg"
        subprocess.run(["bash", str(PACKAGING / "macos" / "make-dmg.sh"),
                        str(bundle_path(dist)), str(dmg)], check=True)
        return str(dmg), "dmg made"
    return None, f"no installer recipe for {sys.platform}"


def _appimage(dist: Path, icons: Path) -> tuple[str | None, str]:
    result = subprocess.run(
        ["bash", str(PACKAGING / "linux" / "build-appimage.sh"), str(dist / APP_ID), str(dist),
         str(icons)],
        check=True, capture_output=True, text=True,
        env={**os.environ, "PYTHON": sys.executable},
    )
    print(result.stdout, end="")
    made = re.search(r"^AppImage: (\S+\.AppImage)", result.stdout, re.M)
    if made:
        return made.group(1), "AppImage made"
    return None, ("AppImage NOT made: appimagetool is not installed; the AppDir "
                  f"{dist / 'SellerDesk.AppDir'} was made and runs as is")


def _nsis(dist: Path, icons: Path) -> tuple[str | None, str]:
    makensis = shutil.which("makensis") or next(
        (str(p) for p in (Path(os.environ.get("ProgramFiles(x86)", "")) / "NSIS" / "makensis.exe",
                          Path(os.environ.get("ProgramFiles", "")) / "NSIS" / "makensis.exe")
         if p.is_file()), None)
    if makensis is None:
        return None, "setup.exe NOT made: NSIS (makensis) is not installed"
    out = dist / f"Seller-Desk-{version()}-setup.exe"
    subprocess.run([makensis, "-V2", f"-DVERSION={version()}", f"-DDIST={dist / APP_ID}",
                    f"-DICON={icons / 'seller-desk.ico'}", f"-DOUTFILE={out}",
                    str(PACKAGING / "windows" / "seller-desk.nsi")], check=True)
    return str(out), "setup.exe made"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--no-check", action="store_true", help="skip the bundled self-check")
    parser.add_argument("--installer", action="store_true",
                        help="also make this system's installer")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the summary here")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    summary: dict[str, object] = {"version": version(), "platform": sys.platform}
    summary["build_seconds"] = round(run_pyinstaller(dist, work), 1)
    bundle = bundle_path(dist)
    size, files = folder_size(bundle)
    summary.update(bundle=str(bundle), program=str(program_path(dist)), size_bytes=size,
                   files=files)
    ok = True
    print(f"\nBundle:      {bundle}")
    print(f"Size:        {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB), {files} files; "
          f"target {SIZE_TARGET_MB} MB: {'met' if size <= SIZE_TARGET_MB * 1e6 else 'MISSED'}")
    print(f"Build time:  {summary['build_seconds']} s")
    if not args.no_check:
        status, report, seconds = run_self_check(program_path(dist))
        summary.update(self_check_status=status, self_check_report=report,
                       self_check_seconds=round(seconds, 1))
        print(report, end="")
        print(f"Self-check:  {'passed' if status == 0 else 'FAILED'} ({seconds:.1f} s)")
        ok = ok and status == 0
    if args.installer:
        installer, note = make_installer(dist, work)
        summary.update(installer=installer, installer_note=note)
        print(f"Installer:   {note}" + (f": {installer}" if installer else ""))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
