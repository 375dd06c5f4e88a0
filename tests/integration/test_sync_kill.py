"""A sync killed outright (kill -9, a crash, the power button) leaves no process behind.

A big batch is parsed by a helper process (core/mail/parse/helper.py), which comes with
multiprocessing's resource tracker. Both must end with the app, however it ends: once they
outlived every killed sync (32 stray processes after 25 kills), each holding the killed
command's output open, so ``seller-desk sync | tee log`` never returned either.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import cli
from helpers.dovecot import DovecotServer

KILL_RUN = Path(__file__).resolve().parents[1] / "helpers" / "sync_kill_run.py"
ROUNDS = 5
MESSAGES = 3000  # a first sync of some seconds: the kill lands in the middle of it
GONE_WITHIN = 5.0  # seconds after the kill


def _stat(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (state first), or None if gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text.rsplit(")", 1)[1].split()


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def descendants(root: int) -> dict[int, str]:
    """Every live process below ``root``: pid -> its start time (so a reused pid is not
    taken for a survivor)."""
    parents: dict[int, int] = {}
    started: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (fields := _stat(int(entry))) is not None:
            parents[int(entry)] = int(fields[1])
            started[int(entry)] = fields[19]
    found: dict[int, str] = {}
    frontier = [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in found:
                found[pid] = started[pid]
                frontier.append(pid)
    return found


def alive(pid: int, start_time: str) -> bool:
    """The same process still runs (a zombie has ended; only its exit status is left)."""
    fields = _stat(pid)
    return fields is not None and fields[0] != "Z" and fields[19] == start_time


def run_and_kill(home: Path, user, delay: float) -> dict[int, str]:
    """Start ``seller-desk sync``, wait until its parsing helper runs, let it work for
    ``delay`` seconds, kill -9 it; returns the processes it had started."""
    proc = subprocess.Popen([*cli.seller_desk_command(), "--data-dir", str(home), "sync"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=cli.cli_env(user))  # fmt: skip
    children: dict[int, str] = {}
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            children.update(descendants(proc.pid))
            if any("spawn_main" in _cmdline(pid) for pid in children):
                break
            time.sleep(0.02)
        assert any("spawn_main" in _cmdline(pid) for pid in children), \
            f"the sync never started its parsing helper (exit {proc.poll()})"  # fmt: skip
        end = time.monotonic() + delay
        while time.monotonic() < end:
            children.update(descendants(proc.pid))
            time.sleep(0.02)
        assert proc.poll() is None, "the sync ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
    return children


@pytest.mark.slow
def test_a_killed_sync_leaves_no_helper_or_resource_tracker_behind(
        dovecot_server: DovecotServer, tmp_path: Path) -> None:  # fmt: skip
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to find the killed sync's processes")
    user = dovecot_server.add_user()
    cli.fill_inbox(dovecot_server, user, MESSAGES)
    survivors: list[str] = []
    home = tmp_path
    for round_ in range(ROUNDS):
        home = tmp_path / f"round{round_}"
        cli.add_account(home, user)
        children = run_and_kill(home, user, delay=0.2 * round_)
        deadline = time.monotonic() + GONE_WITHIN
        while time.monotonic() < deadline and any(alive(p, s) for p, s in children.items()):
            time.sleep(0.05)
        for pid, start_time in children.items():
            if alive(pid, start_time):
                survivors.append(f"round {round_}: {pid} {_cmdline(pid)[:120]}")
                os.kill(pid, signal.SIGKILL)  # ours: started by the sync this test ran
    assert not survivors, "still running after the sync was killed:\n" + "\n".join(survivors)

    # and a killed sync loses nothing: the next one brings every message
    done = cli.run(home, "sync", "--quiet", user=user, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    stats = cli.run(home, "stats", "--json")
    assert json.loads(stats.stdout)["messages"] == MESSAGES


def test_a_sync_killed_before_it_refreshed_its_conversations_loses_no_waiting_customer(
        dovecot_server: DovecotServer, tmp_path: Path) -> None:  # fmt: skip
    """The sync refreshes the conversations of stored batches now and then, not batch by
    batch. Killed in between, the batches are stored but their customers did not show as
    waiting, and the next sync, finding those messages stored, never looked at them again."""
    user = dovecot_server.add_user()
    count = 600
    cli.fill_inbox(dovecot_server, user, count)
    home = tmp_path / "data"
    cli.add_account(home, user)
    killed = subprocess.run([sys.executable, str(KILL_RUN), "--data-dir", str(home), "sync"],
                            capture_output=True, text=True, timeout=300, check=False,
                            env=cli.cli_env(user, SYNC_KILL_AT_REFRESH="3"))  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    stored = json.loads(cli.run(home, "stats", "--json").stdout)
    assert stored["conversations_waiting"] < stored["messages"] < count  # the moment sought

    again = cli.run(home, "sync", user=user, timeout=300)

    cli.assert_plain(again, 0, f"{count - stored['messages']} new")
    after = json.loads(cli.run(home, "stats", "--json").stdout)
    assert (after["messages"], after["conversations_waiting"]) == (count, count)
