"""Small disks of a test's own: a full disk and a read-only one, for real.

A tmpfs mount with a size limit fills up like any disk (SQLite sees "database or disk is
full", the operating system ENOSPC), and ``remount,ro`` makes it read-only even for root,
whom file permissions do not stop. Mounting needs root (CAP_SYS_ADMIN): elsewhere the
tests that need it are skipped with the reason.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30,
                          check=False)


def unavailable() -> str:
    """Why this machine cannot mount a small disk for a test; "" when it can."""
    if not sys.platform.startswith("linux"):
        return "small test disks are tmpfs mounts: Linux only"
    if os.geteuid() != 0:
        return "mounting a small test disk needs root"
    return ""


class SmallDisk:
    """A tmpfs of ``size`` (e.g. "4m") mounted at ``path``."""

    def __init__(self, path: Path, size: str) -> None:
        self.path = path
        self.size = size

    def resize(self, size: str) -> None:
        """Give the disk more room (or less) without touching what it holds."""
        proc = _mount("-o", f"remount,size={size}", str(self.path))
        assert proc.returncode == 0, proc.stderr
        self.size = size

    def read_only(self, on: bool = True) -> None:
        proc = _mount("-o", "remount," + ("ro" if on else "rw"), str(self.path))
        assert proc.returncode == 0, proc.stderr

    def fill(self) -> None:
        """Take every free byte with one file (``free()`` gives them back)."""
        # the last write, or the close that flushes it, meets the full disk
        with contextlib.suppress(OSError), open(self.path / ".filler", "wb") as fh:
            block = b"\0" * 65536
            while True:
                fh.write(block)
                fh.flush()

    def free(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.path / ".filler").unlink()

    def free_bytes(self) -> int:
        stats = os.statvfs(self.path)
        return stats.f_bavail * stats.f_frsize


@contextlib.contextmanager
def small_disk(path: Path, size: str) -> Iterator[SmallDisk]:
    """Mount a tmpfs of ``size`` at ``path`` (created) for the ``with`` block; skip the
    test when this machine cannot."""
    reason = unavailable()
    if reason:
        pytest.skip(reason)
    path.mkdir(parents=True, exist_ok=True)
    proc = _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(path))
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a small test disk: {proc.stderr.strip()}")
    try:
        yield SmallDisk(path, size)
    finally:
        done = subprocess.run(["umount", str(path)], capture_output=True, check=False)
        if done.returncode != 0:  # still in use by a straggler: detach it now, freed later
            subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)
