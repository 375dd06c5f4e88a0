"""A command ends without Python's teardown, and without losing anything on the way.

``seller_desk.app.run`` ends a command that left no thread and loaded no Qt with
``os._exit`` after the exit handlers, the database's close and the streams' flush (the
teardown of its modules was a third of a no-change sync's time). Each check runs the
program in a fresh Python, as the ``seller-desk`` script does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: runs seller-desk with an exit handler and an object destroyed only by a full teardown,
#: each leaving a mark in a file; ``thread`` leaves a thread running past the command
PROGRAM = """
import atexit, os, sys, threading
marks = os.open(sys.argv.pop(1), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
def mark(what, write=os.write, fd=marks):
    write(fd, what.encode() + b"\\n")
class TornDown:
    def __del__(self, mark=mark):  # late in the teardown: only what it holds is left
        mark("teardown")
keep = TornDown()
atexit.register(mark, "exit handlers")
if sys.argv[1] == "thread":
    sys.argv.pop(1)
    threading.Thread(target=threading.Event().wait, daemon=True).start()
from seller_desk.app import run
sys.argv[0] = "seller-desk"
run()
"""


def _run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    marks = tmp_path / "marks.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELLER_DESK_")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(marks), *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    written = marks.read_text(encoding="utf-8").splitlines() if marks.exists() else []
    return done, written


def test_a_command_ends_at_once_with_its_output_handlers_and_database_done(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    done, marks = _run(tmp_path, "--data-dir", str(data), "stats", "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)["messages"] == 0  # the whole output arrived
    assert marks == ["exit handlers"]  # they ran; the teardown did not
    # the database was closed: SQLite folded its write-ahead log in and removed it
    assert (data / "seller-desk.sqlite3").exists()
    assert not (data / "seller-desk.sqlite3-wal").exists()
    assert "seller-desk.log" in {p.name for p in (data / "logs").iterdir()}


def test_a_command_that_fails_ends_with_its_status(tmp_path: Path) -> None:
    done, marks = _run(tmp_path, "--data-dir", str(tmp_path / "data"), "sync")
    assert done.returncode == 1
    assert "No accounts to sync" in done.stdout  # it said why
    assert "Traceback" not in done.stderr
    assert marks == ["exit handlers"]


def test_a_thread_still_running_gets_the_usual_ending(tmp_path: Path) -> None:
    done, marks = _run(tmp_path, "thread", "--data-dir", str(tmp_path / "data"), "stats")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "messages" in done.stdout
    assert marks == ["exit handlers", "teardown"]
