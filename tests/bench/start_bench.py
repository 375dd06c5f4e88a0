"""Start benchmark: from process start to the main window shown, 100,000 messages stored.

    .venv/bin/python tests/bench/start_bench.py [--messages 100000] [--runs 5]
        [--bundle dist/seller-desk/seller-desk | --build] [--keep DIR] [--compare DIR]

Each program runs on a private Xvfb server (Debian package xvfb) with the xcb platform,
the way a seller's desktop runs it. This process watches the X server through libX11 and
notes two moments, counted from just before the program is started:

* mapped:  the server maps the top-level window titled "Seller Desk" (it is on screen);
* painted: the window's pixels first hold the drawn interface (2 or more colours in a
  grid of samples; before its first paint a window is one flat colour), i.e. the first
  frame the seller sees.

Programs, each started once to warm the file cache and then --runs times (median, min,
max of the runs; the first start is printed too):

* baseline: a bare PySide6 QMainWindow from the same Python, the floor for any Qt app;
* source:   ``python -m seller_desk`` from this checkout;
* bundle:   the PyInstaller program (``--bundle PATH``, ``dist/seller-desk/seller-desk``
  when it exists, or built into a temporary folder with ``--build``);
* compare:  with ``--compare DIR``, ``python -m seller_desk`` from another checkout (say
  ``git worktree add /tmp/before <commit>``), started in turn with this checkout's source,
  one start each, so that both meet the same load on a shared machine.

The app runs on a SQLite database of --messages messages (default 100,000) in 25,000
conversations, 5,000 customers and three mailboxes, made once and kept under --keep
(default: the temporary folder). The mailboxes are switched off and point at 127.0.0.1,
so nothing leaves this machine; the keyring is the null backend. Targets: the source
painted within 2.5x the bare window, the bundled app within 1 s.

One more start of the source runs under ``python -X importtime`` and is stopped as soon as
its window is painted: what it imported until then, the costliest imports (cumulative and
own time) and the heavy modules that must wait until a screen needs them
(:data:`NOT_AT_START`) are printed. The load average is printed before each series, since
on a shared machine it moves every figure.
"""

from __future__ import annotations

import argparse
import compileall
import ctypes
import ctypes.util
import os
import random
import select
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from helpers.bytecode import compile_package  # noqa: E402

TITLE = b"Seller Desk"
TARGET_S = 1.0
TARGET_RATIO = 2.5

#: heavy modules no part of the first screen needs: each must wait until a screen, a
#: command or a sync asks for it (tests/unit/test_start_imports.py keeps them out)
NOT_AT_START = ("PySide6.QtCharts", "PySide6.QtPrintSupport", "holidays", "phonenumbers",
                "authlib", "requests", "xlsxwriter", "python_calamine", "segno", "openpyxl",
                "seller_desk.printing", "seller_desk.core.mail.parse.helper")
NOW = datetime.now(UTC).replace(microsecond=0)

# two coloured halves and some text, so that "painted" is seen as for the app
BASELINE = """
import sys
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QWidget
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Seller Desk baseline")
central = QWidget()
layout = QHBoxLayout(central)
for colour in ("#f4f6f8", "#0f766e"):
    label = QLabel("A bare Qt window: the floor for any Qt app")
    label.setStyleSheet(f"background: {colour}; font-size: 30px")
    layout.addWidget(label)
window.setCentralWidget(central)
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""


# --- the database ------------------------------------------------------------------------

WORDS = ["barang", "pesanan", "saya", "belum", "sampai", "lagi", "boleh", "semak", "nombor", "tracking", "terima", "kasih", "kak", "apakah", "masih", "ada", "stok", "warna", "biru", "ukuran", "besar", "payment", "sudah", "transfer", "tadi", "please", "check", "my", "order", "the", "parcel", "arrived", "damaged", "can", "I", "get", "a", "refund", "batik", "sarong", "songket", "clutch", "pandan", "soap", "liberica", "coffee", "kiriman", "pengiriman", "ongkir", "alamat"]


def make_database(path: Path, messages: int, rng: random.Random) -> None:
    """Fill a new SQLite file with ``messages`` messages (schema from the app's migrations)."""
    from seller_desk.core.store import db
    from seller_desk.core.store.models import (
        Account,
        Conversation,
        Customer,
        CustomerAddress,
        Folder,
        Message,
        MessageLocation,
        database,
    )

    db.open_database(f"sqlite:///{path}")
    accounts, inboxes = [], []
    for n, (name, email) in enumerate([("Shop mail", "shop@example.com"),
                                       ("Web shop", "orders@example.com"),
                                       ("Indonesia", "toko@example.com")]):
        account = Account.create(name=name, email=email, username=email,
                                 imap_host="127.0.0.1", smtp_host="127.0.0.1",
                                 enabled=False, color=["#7c3aed", "#c2410c", "#2563eb"][n])
        accounts.append(account)
        inboxes.append(Folder.create(account=account, name="INBOX", role="inbox"))
    customers = max(1, messages // 20)
    conversations = max(1, messages // 4)
    with database.atomic():
        rows = [{"name": f"Pelanggan {i}", "language": rng.choice(["ms", "id", "en"])}
                for i in range(customers)]
        for i in range(0, len(rows), 2000):
            Customer.insert_many(rows[i:i + 2000]).execute()
        rows = [{"customer": i + 1, "email": f"customer{i}@example.net"}
                for i in range(customers)]
        for i in range(0, len(rows), 2000):
            CustomerAddress.insert_many(rows[i:i + 2000]).execute()
        convs = []
        for i in range(conversations):
            last = NOW - timedelta(days=400 * rng.random() ** 2)
            waiting = rng.random() < 0.08
            convs.append({
                "subject": f"Pesanan {100000 + i}: " + " ".join(rng.sample(WORDS, 5)),
                "account": accounts[i % 3].id, "customer": 1 + i % customers,
                "status": "open" if waiting else rng.choice(["closed", "waiting_customer"]),
                "waiting_since": last if waiting else None,
                "first_customer_at": last - timedelta(days=1), "last_customer_at": last,
                "last_activity_at": last, "message_count": 0, "unread_count": int(waiting),
                "snippet": " ".join(rng.sample(WORDS, 12)),
                "last_sender": f"Pelanggan {i % customers}",
                "counterpart_email": f"customer{i % customers}@example.net", "created_at": last,
            })
        for i in range(0, len(convs), 2000):
            Conversation.insert_many(convs[i:i + 2000]).execute()
        msgs, locations = [], []
        for m in range(messages):
            conv = 1 + m % conversations
            incoming = rng.random() < 0.6
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 160)))
            when = NOW - timedelta(days=400 * rng.random())
            msgs.append({
                "account": accounts[(conv - 1) % 3].id, "conversation": conv,
                "message_id": f"{m}.bench@example.net",
                "sender_name": f"Pelanggan {conv % customers}" if incoming else "Shop",
                "sender_email": f"customer{conv % customers}@example.net" if incoming
                else "shop@example.com",
                "to_addrs": "Shop <shop@example.com>", "subject": f"Pesanan {100000 + conv}",
                "date": when, "received_at": when, "direction": "in" if incoming else "out",
                "is_seen": rng.random() < 0.9, "text_body": body, "snippet": body[:200],
                "size": len(body) + 900, "body_fetched": True, "created_at": when,
            })
            locations.append({"message": m + 1, "folder": inboxes[(conv - 1) % 3].id,
                              "uid": m + 1})
            if len(msgs) == 2000:
                Message.insert_many(msgs).execute()
                MessageLocation.insert_many(locations).execute()
                msgs, locations = [], []
        if msgs:
            Message.insert_many(msgs).execute()
            MessageLocation.insert_many(locations).execute()
        database.execute_sql(
            "UPDATE conversation SET message_count = "
            "(SELECT count(*) FROM message WHERE message.conversation_id = conversation.id)")
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close_database()


def database_file(keep: Path, messages: int) -> Path:
    from seller_desk.core.store import migrations

    path = keep / f"start-{messages}-schema{migrations.CURRENT_VERSION}.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        for leftover in keep.glob(partial.name + "*"):
            leftover.unlink()
        make_database(partial, messages, random.Random(8))
        partial.rename(path)
        print(f"made {path} ({path.stat().st_size / 1e6:.0f} MB) in "
              f"{time.perf_counter() - started:.1f} s")
    # a kept file is only reused when it holds what its name says
    con = sqlite3.connect(path)
    try:
        stored = con.execute("SELECT count(*) FROM message").fetchone()[0]
    finally:
        con.close()
    if stored != messages:
        raise SystemExit(f"start_bench: FAILED: {path} holds {stored} messages, not "
                         f"{messages}; remove it to have it made again")
    return path


# --- watching the X server -----------------------------------------------------------------

class _XMapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class _XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", _XMapEvent), ("pad", ctypes.c_long * 24)]


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
                ("height", ctypes.c_int), ("rest", ctypes.c_long * 32)]


MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
Z_PIXMAP = 2
ALL_PLANES = ctypes.c_ulong(0xFFFFFFFF)
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


class XWatcher:
    """Sees top-level windows being mapped, and samples their pixels."""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11")
        if not name:
            raise SystemExit("start_bench: libX11 is not installed")
        x = self.x = ctypes.CDLL(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                 ctypes.POINTER(ctypes.c_char_p)]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                           ctypes.POINTER(_XWindowAttributes)]
        x.XGetImage.restype = ctypes.c_void_p
        x.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        x.XGetPixel.restype = ctypes.c_ulong
        x.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        x.XDestroyImage.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        # a window that disappears between two calls must not end this process
        self._handler = _ERROR_HANDLER(lambda _d, _e: 0)
        x.XSetErrorHandler(self._handler)
        self.dpy = x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise SystemExit(f"start_bench: cannot open X display {display}")
        x.XSelectInput(self.dpy, x.XDefaultRootWindow(self.dpy), SUBSTRUCTURE_NOTIFY_MASK)
        x.XSync(self.dpy, 0)
        self.fd = x.XConnectionNumber(self.dpy)

    def drain(self) -> None:
        event = _XEvent()
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, ctypes.byref(event))

    def _title(self, window: int) -> bytes:
        name = ctypes.c_char_p()
        if self.x.XFetchName(self.dpy, window, ctypes.byref(name)) and name.value:
            title = name.value
            self.x.XFree(name)
            return title
        return b""

    def size(self, window: int) -> tuple[int, int]:
        attrs = _XWindowAttributes()
        if not self.x.XGetWindowAttributes(self.dpy, window, ctypes.byref(attrs)):
            return 0, 0
        return attrs.width, attrs.height

    def wait_mapped(self, title: bytes, deadline: float) -> tuple[float, int] | None:
        """Wait for a main window (titled ``title``, at least 700 x 450: a message box with
        the same title is not it); return (time, window)."""
        event = _XEvent()
        while time.perf_counter() < deadline:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(event))
                if event.type == MAP_NOTIFY and not event.xmap.override_redirect:
                    now = time.perf_counter()
                    window = event.xmap.window
                    if title in self._title(window):
                        width, height = self.size(window)
                        if width >= 700 and height >= 450:
                            return now, window
                        print(f"  (a {width}x{height} window titled "
                              f"{self._title(window).decode(errors='replace')!r} is not the "
                              "main window)")
            select.select([self.fd], [], [], max(0.0, min(0.05, deadline - time.perf_counter())))
        return None

    def colours(self, window: int) -> int:
        """Distinct colours in a 24 x 24 grid of samples over the window."""
        width, height = self.size(window)
        if not width:
            return 0
        image = self.x.XGetImage(self.dpy, window, 0, 0, width, height, ALL_PLANES, Z_PIXMAP)
        if not image:
            return 0
        try:
            return len({self.x.XGetPixel(image, width * i // 25, height * j // 25)
                        for i in range(1, 25) for j in range(1, 25)})
        finally:
            self.x.XDestroyImage(image)

    def wait_painted(self, window: int, deadline: float) -> float | None:
        while time.perf_counter() < deadline:
            if self.colours(window) >= 2:
                return time.perf_counter()
            time.sleep(0.002)
        return None

    def close(self) -> None:
        self.x.XCloseDisplay(self.dpy)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    if not shutil.which("Xvfb"):
        raise SystemExit("start_bench: Xvfb is not installed (apt-get install xvfb)")
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1440x900x24",
                             "-nolisten", "tcp", "-noreset"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            raise SystemExit("start_bench: Xvfb did not start")
        number += chunk
    os.close(read)
    return proc, f":{number.decode().strip()}"


# --- measuring ---------------------------------------------------------------------------------

def measure(watcher: XWatcher, command: list[str], env: dict[str, str],
            title: bytes, cwd: Path | None = None) -> tuple[float, float]:
    """Start ``command`` (in ``cwd``); return seconds to mapped and to painted; stop it."""
    watcher.drain()
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, cwd=cwd)
    try:
        deadline = started + 60
        mapped = watcher.wait_mapped(title, deadline)
        if mapped is None or proc.poll() is not None:
            proc.kill()
            raise SystemExit(f"start_bench: no window from {command[0]}: "
                             f"{proc.communicate()[1].decode()[-2000:]}")
        painted = watcher.wait_painted(mapped[1], deadline)
        if painted is None:
            raise SystemExit(f"start_bench: {command[0]}'s window stayed blank")
        return mapped[0] - started, painted - started
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def import_costs(watcher: XWatcher, command: list[str], env: dict[str, str],
                 title: bytes, log: Path) -> list[tuple[int, int, int, str]]:
    """Start ``command`` under ``-X importtime`` until its window is painted; return its
    imports as (own us, cumulative us, depth, module), in the order Python reported them."""
    watcher.drain()
    with log.open("wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen([command[0], "-X", "importtime", *command[1:]], env=env,
                                stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
        try:
            mapped = watcher.wait_mapped(title, started + 60)
            if mapped is None or watcher.wait_painted(mapped[1], started + 60) is None:
                raise SystemExit("start_bench: no painted window under -X importtime")
        finally:
            proc.kill()
            proc.wait()
    found = []
    for line in log.read_text(errors="replace").splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line[len("import time:"):].split("|", 2)
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
        found.append((int(own), int(cumulative), depth, name.strip()))
    return found


def report_imports(found: list[tuple[int, int, int, str]], top: int = 15) -> list[str]:
    """Print the costliest imports before the first paint; return the heavy ones found."""
    total = sum(own for own, _cum, _depth, _name in found)
    print(f"\nimports until the first paint (python -X importtime): {len(found)} modules, "
          f"{total / 1000:.0f} ms of import time")
    print("  costliest, with what they import (cumulative):")
    # the outermost imports of the app and the costliest third-party packages
    ranked = sorted(found, key=lambda entry: -entry[1])
    shown = 0
    for _own, cumulative, depth, name in ranked:
        if depth > 3:
            continue
        print(f"    {cumulative / 1000:7.1f} ms  {'  ' * depth}{name}")
        shown += 1
        if shown == top:
            break
    print("  costliest on their own:")
    for own, _cum, _depth, name in sorted(found, key=lambda entry: -entry[0])[:top // 2]:
        print(f"    {own / 1000:7.1f} ms  {name}")
    names = {name for _own, _cum, _depth, name in found}
    heavy = [name for name in NOT_AT_START if name in names]
    print("  heavy modules loaded before the first paint: "
          f"{', '.join(heavy) if heavy else 'none'}")
    return heavy


def series(watcher: XWatcher, name: str, command: list[str], env: dict[str, str],
           title: bytes, runs: int, cwd: Path | None = None) -> dict[str, float]:
    print(f"  ({name}: load average {os.getloadavg()[0]:.2f})")
    first = measure(watcher, command, env, title, cwd)
    times = [measure(watcher, command, env, title, cwd) for _ in range(runs)]
    return summary(name, first, times)


def summary(name: str, first: tuple[float, float],
            times: list[tuple[float, float]]) -> dict[str, float]:
    """The median, min and max of ``times`` (mapped, painted), printed on one line."""
    mapped = [t[0] for t in times]
    painted = [t[1] for t in times]
    result = {"first": first[1], "mapped": statistics.median(mapped),
              "painted": statistics.median(painted), "min": min(painted), "max": max(painted)}
    print(f"{name:<9} mapped {result['mapped'] * 1000:6.0f} ms   painted "
          f"{result['painted'] * 1000:6.0f} ms (min {result['min'] * 1000:.0f}, max "
          f"{result['max'] * 1000:.0f})   first start {result['first'] * 1000:.0f} ms")
    return result


def alternating(watcher: XWatcher, commands: dict[str, tuple[list[str], Path]],
                env: dict[str, str], title: bytes, runs: int) -> dict[str, dict[str, float]]:
    """Start each program in turn, ``runs`` times after one warm-up start each: the same
    load for all, where two series one after the other can meet different loads."""
    print(f"  ({' and '.join(commands)} in turn: load average {os.getloadavg()[0]:.2f})")
    first = {name: measure(watcher, command, env, title, cwd)
             for name, (command, cwd) in commands.items()}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, cwd) in commands.items():
            times[name].append(measure(watcher, command, env, title, cwd))
    return {name: summary(name, first[name], times[name]) for name in commands}


def build_bundle(into: Path) -> Path:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--no-check",
                    "--dist", str(into / "dist"), "--work", str(into / "build")], check=True)
    return into / "dist" / "seller-desk" / "seller-desk"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, help="the bundled program to time")
    parser.add_argument("--build", action="store_true", help="build the bundle first")
    parser.add_argument("--keep", type=Path,
                        default=Path(tempfile.gettempdir()) / "seller-desk-bench")
    parser.add_argument("--compare", type=Path, metavar="DIR",
                        help="another checkout whose source is started in turn with this one")
    args = parser.parse_args()
    if args.compare is not None and not (args.compare / "seller_desk").is_dir():
        raise SystemExit(f"start_bench: {args.compare} holds no seller_desk package")
    args.keep.mkdir(parents=True, exist_ok=True)

    database = database_file(args.keep, args.messages)
    with tempfile.TemporaryDirectory(prefix="seller-desk-start-") as tmp:
        bundle = args.bundle
        if args.build:
            bundle = build_bundle(Path(tmp))
        elif bundle is None and (ROOT / "dist" / "seller-desk" / "seller-desk").exists():
            bundle = ROOT / "dist" / "seller-desk" / "seller-desk"
        xvfb, display = start_xvfb()
        watcher = XWatcher(display)
        try:
            env = {k: v for k, v in os.environ.items()
                   if not k.startswith(("QT_", "SELLER_DESK_"))}
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb",
                       PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
            # a copy: the app writes to its database (outbox lock, reminders), the kept
            # file stays as made
            work_db = Path(tmp) / database.name
            shutil.copyfile(database, work_db)
            app_args = ["--data-dir", str(Path(tmp) / "data"),
                        "--database", f"sqlite:///{work_db}"]
            print(f"{args.messages} messages; {args.runs} runs each after one warm-up; "
                  f"display {display}; load average {os.getloadavg()[0]:.2f} on "
                  f"{os.cpu_count()} cores")
            print(compile_package())
            source = [sys.executable, "-m", "seller_desk", *app_args]
            results = {"baseline": series(watcher, "baseline",
                                          [sys.executable, "-c", BASELINE], env,
                                          b"Seller Desk baseline", args.runs)}
            if args.compare is None:
                results["source"] = series(watcher, "source", source, env, TITLE, args.runs,
                                           cwd=ROOT)
            else:
                compileall.compile_dir(args.compare / "seller_desk", quiet=1)
                results.update(alternating(watcher, {"source": (source, ROOT),
                                                     "compare": (source, args.compare)},
                                           env, TITLE, args.runs))
            costs = import_costs(watcher, source, env, TITLE, Path(tmp) / "importtime.txt")
            if bundle is not None:
                results["bundle"] = series(watcher, "bundle", [str(bundle), *app_args], env,
                                           TITLE, args.runs)
            else:
                print("bundle    not measured (give --bundle PATH or --build)")
        finally:
            watcher.close()
            xvfb.terminate()
            xvfb.wait(timeout=10)
    heavy = report_imports(costs)
    base = results["baseline"]["painted"]
    print()
    for name in ("source", "compare", "bundle"):
        if name in results:
            painted = results[name]["painted"]
            ratio = painted / base
            print(f"{name}: {ratio:.2f}x the bare Qt window (target {TARGET_RATIO}x: "
                  f"{'met' if ratio <= TARGET_RATIO else 'MISSED'}); target {TARGET_S:.0f} s: "
                  f"{'met' if painted <= TARGET_S else 'MISSED'}")
    if heavy:
        print(f"start_bench: heavy modules before the first paint: {', '.join(heavy)}")
    if "bundle" in results:
        print(f"bundle / source: {results['bundle']['painted'] / results['source']['painted']:.2f}")
    if "compare" in results:
        print(f"source / compare ({args.compare}): "
              f"{results['source']['painted'] / results['compare']['painted']:.2f}")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
