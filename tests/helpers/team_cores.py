"""Window cores of a team in processes of their own (tests/helpers/team_run.py), their
printed lines (``gained ID``, ``lost ID``, ``sync ID`` ...) collected by a thread.

    core = Core(url, imap_user)
    core.wait_for("gained 1")
    core.kill()        # SIGKILL; core.close(): the window closes; core.release(): both
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from .dovecot import ImapUser

HELPERS = Path(__file__).resolve().parent
RETRY = 1.0  # the cores try for a mailbox held elsewhere every second


class Core:
    """One window's core in its own process, its printed lines collected by a thread."""

    def __init__(self, url: str, user: ImapUser, retry: float = RETRY) -> None:
        env = dict(os.environ, TEAM_DB=url, TEAM_RETRY=str(retry),
                   TEAM_PASSWORDS=json.dumps({user.address: user.password}))
        self.proc = subprocess.Popen([sys.executable, str(HELPERS / "team_run.py")], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True)
        self.lines: list[str] = []
        self._new: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.strip())
            self._new.put(line.strip())

    def wait_for(self, line: str, timeout: float = 30.0) -> float:
        """Seconds until the core printed ``line`` (counting lines already printed)."""
        start = time.monotonic()
        while line not in self.lines:
            left = timeout - (time.monotonic() - start)
            if left <= 0 or self.proc.poll() is not None:
                raise AssertionError(f"no {line!r} within {timeout} s: {self.lines}")
            with contextlib.suppress(queue.Empty):
                self._new.get(timeout=min(left, 0.2))
        return time.monotonic() - start

    def count(self, line: str) -> int:
        return self.lines.count(line)

    def close(self) -> None:
        """The window closes: stdin ends, the core stops and gives its mailboxes up."""
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(30)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(30)

    def release(self) -> None:
        """Kill it if still running, and close the pipes (after the last line is read)."""
        self.kill()
        self._reader.join(10)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None and not pipe.closed:
                pipe.close()
