"""The log file rotates by size, keeps a bounded number of old files, all private."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from seller_desk.core.common.logs import PrivateRotatingFileHandler


def _logger(path: Path, max_bytes: int, backups: int) -> tuple[logging.Logger,
                                                                  PrivateRotatingFileHandler]:
    handler = PrivateRotatingFileHandler(path, max_bytes=max_bytes, backup_count=backups)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger(f"test.rotation.{path.name}.{max_bytes}.{backups}")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    return logger, handler


def test_the_log_moves_aside_before_it_grows_past_its_size(tmp_path: Path) -> None:
    path = tmp_path / "seller-desk.log"
    logger, handler = _logger(path, max_bytes=100, backups=3)
    try:
        for n in range(40):
            logger.info("line %02d of the log, about thirty", n)  # 34 bytes with its end
    finally:
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["seller-desk.log", "seller-desk.log.1", "seller-desk.log.2",
                     "seller-desk.log.3"]
    for p in tmp_path.iterdir():
        assert p.stat().st_size <= 100, p.name
        if os.name == "posix":
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
    # newest last in the current file, the one before it at the end of .1; none lost
    # between the files kept
    current = path.read_text(encoding="utf-8").splitlines()
    previous = (tmp_path / "seller-desk.log.1").read_text(encoding="utf-8").splitlines()
    assert current[-1] == "line 39 of the log, about thirty"
    assert previous[-1] == f"line {int(current[0][5:7]) - 1:02d} of the log, about thirty"


def test_a_rollover_asked_for_keeps_what_was_written(tmp_path: Path) -> None:
    path = tmp_path / "seller-desk.log"
    logger, handler = _logger(path, max_bytes=2_000_000, backups=5)
    try:
        logger.info("before")
        handler.doRollover()
        logger.info("after")
    finally:
        handler.close()
    assert (tmp_path / "seller-desk.log.1").read_text(encoding="utf-8") == "before\n"
    assert path.read_text(encoding="utf-8") == "after\n"
