"""A TCP proxy on 127.0.0.1 that passes a client's connection on to a server, and can break
what the server sends: cut the connection, stall it, or garble bytes in FETCH answers.

    proxy = FaultyProxy(dovecot.imap_port).start()
    account imap_port = proxy.port
    proxy.cut(after=200_000)                    # close both sides after 200 KB more
    proxy.stall(after=50_000, seconds=5)        # hold the server's bytes for 5 s
    proxy.garble(after=10_000, lines=2, target="section", seed=1)
    proxy.clear()                               # pass everything through again
    proxy.close()

A fault counts the server's bytes from the moment it is armed, across every connection, and
fires once. ``proxy.events`` says what was done, for a failing test's message. Threads, not
asyncio: each connection has two small pumps, and close() ends them all.
"""

from __future__ import annotations

import contextlib
import random
import re
import socket
import threading
import time
from dataclasses import dataclass

from .ports import LOOPBACK

# an untagged FETCH answer's line, up to its end or to a literal's start
_FETCH_LINE = re.compile(rb"\* \d+ FETCH \([^\r\n]*")
_UID = re.compile(rb"UID (\d+)")
TARGETS = ("section", "uid", "any")


@dataclass
class _Fault:
    kind: str  # cut, stall, garble
    after: int
    seconds: float = 0.0
    lines: int = 0
    target: str = "any"
    rng: random.Random | None = None
    passed: int = 0
    fired: bool = False


class FaultyProxy:
    """One listening port; every accepted connection is passed on to ``upstream``."""

    def __init__(self, upstream_port: int, upstream_host: str = LOOPBACK) -> None:
        self.upstream = (upstream_host, upstream_port)
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((LOOPBACK, 0))
        self._listener.listen(32)
        self._listener.settimeout(0.1)  # accept() wakes up to see close()
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._fault: _Fault | None = None
        self._closing = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self.events: list[str] = []
        self.connections = 0

    # -- control -------------------------------------------------------------------------
    def start(self) -> FaultyProxy:
        thread = threading.Thread(target=self._accept, daemon=True, name="proxy-accept")
        thread.start()
        self._threads.append(thread)
        return self

    def cut(self, after: int) -> None:
        """Close both sides once ``after`` more bytes came from the server."""
        self._arm(_Fault("cut", after))

    def stall(self, after: int, seconds: float) -> None:
        """Hold the server's bytes for ``seconds`` (a link that hangs), then go on."""
        self._arm(_Fault("stall", after, seconds=seconds))

    def garble(self, after: int, lines: int, target: str = "any", seed: int = 0) -> None:
        """Change one byte in each of the next ``lines`` FETCH answer lines.

        target: "section" breaks the section name (BODY[] -> BODX[]), "uid" changes a digit
        of the UID, "any" changes a byte anywhere in the line (literal sizes included).
        """
        if target not in TARGETS:
            raise ValueError(target)
        self._arm(_Fault("garble", after, lines=lines, target=target, rng=random.Random(seed)))

    def clear(self) -> None:
        with self._lock:
            self._fault = None

    @property
    def fired(self) -> bool:
        with self._lock:
            return self._fault is not None and self._fault.fired

    def _arm(self, fault: _Fault) -> None:
        with self._lock:
            self._fault = fault

    def close(self) -> None:
        self._closing.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> FaultyProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ------------------------------------------------------------------------
    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                client, _addr = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            try:
                server = socket.create_connection(self.upstream, timeout=10)
            except OSError:
                _shut(client)
                continue
            server.settimeout(None)
            with self._lock:
                self._sockets.update((client, server))
                self.connections += 1
            for source, sink, from_server in ((client, server, False), (server, client, True)):
                thread = threading.Thread(target=self._pump, args=(source, sink, from_server),
                                          daemon=True, name="proxy-pump")
                thread.start()
                self._threads.append(thread)

    def _pump(self, source: socket.socket, sink: socket.socket, from_server: bool) -> None:
        try:
            while not self._closing.is_set():
                data = source.recv(65536)
                if not data:
                    break
                if from_server:
                    data = self._apply(data, source, sink)
                    if data is None:
                        break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            _shut(source)
            _shut(sink)
            with self._lock:
                self._sockets.discard(source)
                self._sockets.discard(sink)

    def _apply(self, data: bytes, server: socket.socket, client: socket.socket) -> bytes | None:
        """The server's bytes as the client gets them; None: the connection is cut."""
        with self._lock:
            fault = self._fault
            if fault is None or (fault.fired and fault.kind != "garble"):
                return data
            start = fault.passed
            fault.passed += len(data)
            if fault.passed <= fault.after:
                return data
            if fault.kind == "cut":
                fault.fired = True
                keep = max(0, fault.after - start)
                self.events.append(f"cut after {fault.after} bytes")
        if fault.kind == "cut":
            if keep:
                with contextlib.suppress(OSError):
                    client.sendall(data[:keep])
            return None
        if fault.kind == "stall":
            with self._lock:
                fault.fired = True
                self.events.append(f"stalled {fault.seconds} s after {fault.after} bytes")
            deadline = time.monotonic() + fault.seconds
            while time.monotonic() < deadline and not self._closing.is_set():
                time.sleep(0.05)
            return data
        return self._garble(fault, data, max(0, fault.after - start))

    def _garble(self, fault: _Fault, data: bytes, offset: int) -> bytes:
        out = bytearray(data)
        for match in _FETCH_LINE.finditer(data, offset):
            line = match.group(0)
            if (fault.target == "section" and b"BODY[" not in line) or (
                    fault.target == "uid" and not _UID.search(line)):
                continue
            with self._lock:
                if fault.lines <= 0:
                    break
                fault.lines -= 1
                fault.fired = True
            assert fault.rng is not None
            start = match.start()
            if fault.target == "section":
                pos = start + line.index(b"BODY[") + 3  # BODY[ -> BODX[
                out[pos] = ord("X")
            elif fault.target == "uid" and (uid := _UID.search(line)):
                pos = start + uid.end(1) - 1
                digit = out[pos] - ord("0")
                out[pos] = ord("0") + (digit + fault.rng.randrange(1, 10)) % 10
            else:
                pos = start + fault.rng.randrange(2, len(line))  # past "* "
                out[pos] = fault.rng.choice(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ()[]{} ")
            self.events.append(f"garbled {fault.target}: {line[:70]!r} -> "
                               f"{bytes(out[start:start + len(line)])[:70]!r}")
        return bytes(out)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
