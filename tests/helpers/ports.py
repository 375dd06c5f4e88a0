"""Free TCP ports on the loopback interface."""

from __future__ import annotations

import socket
import threading
import time

LOOPBACK = "127.0.0.1"

_lock = threading.Lock()
_handed_out: set[int] = set()


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port on *host* that nothing listens on right now.

    The kernel picks it (bind to port 0).  Ports already handed out by this process are
    never returned twice, so several servers started in one session cannot collide with
    each other; another process could still grab the port before the server binds it,
    which is unlikely on a test machine.
    """
    with _lock:
        for _ in range(50):
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                s.bind((host, 0))
                port = int(s.getsockname()[1])
            if port not in _handed_out:
                _handed_out.add(port)
                return port
    raise RuntimeError(f"could not find a free port on {host}")


def free_ports(count: int, host: str = LOOPBACK) -> list[int]:
    """*count* distinct free ports."""
    return [free_port(host) for _ in range(count)]


def port_is_open(port: int, host: str = LOOPBACK, timeout: float = 0.5) -> bool:
    """True when something accepts TCP connections on host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_for_port(port: int, host: str = LOOPBACK, timeout: float = 10.0) -> bool:
    """Poll until host:port accepts connections; False on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if port_is_open(port, host, timeout=0.5):
            return True
        time.sleep(0.02)
    return False
