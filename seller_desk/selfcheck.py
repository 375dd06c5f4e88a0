"""``seller-desk --self-check``: prove that this copy of Seller Desk can start.

Run after installing (and by the packaging test on the built bundle). It works on a
temporary data folder and database, never on the seller's own, and draws the window on
Qt's offscreen platform, so it runs on a build machine without a screen. In order:

1. the resources folder (style sheet, icons, data files) is where the program looks;
2. a temporary database opens, migrates and takes the demo shop;
3. the libraries that load data by name at run time (babel's locales, holidays' countries,
   phone numbers, the HTML cleaner, the password store) work, and TLS has trusted
   certificate authorities to check mail servers with;
4. Qt loads, with the platform plugin this system needs (xcb/Wayland, windows, cocoa) and
   the offscreen one;
5. the translations load, the icons draw, the style sheet applies;
6. the main window renders, in every interface language.

Each finding is printed as one line (``[ok  ]``, ``[warn]`` or ``[FAIL]``) with a hint for
what to do. Exit status 0 when Seller Desk can start (warnings allowed), 1 when not.
When there is no console to print to (the windowed Windows program), the report goes to
``seller-desk-self-check.txt`` in the temporary folder.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import logging
import os
import sys
import tempfile
import time
import tomllib
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from seller_desk import APP_NAME, __version__
from seller_desk.core.common import paths
from seller_desk.doctor import Finding

logger = logging.getLogger(__name__)

RENDERS_ENV = "SELLER_DESK_SELF_CHECK_RENDERS"
# Qt messages that say nothing about the installation
_QT_NOISE = ("propagateSizeHints",)


class Report:
    """Collects findings and prints each one as soon as it is known."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.findings: list[Finding] = []

    def add(self, finding: Finding) -> Finding:
        self.findings.append(finding)
        print(finding.render(), file=self.out, flush=True)
        return finding

    def ok(self, name: str, text: str) -> Finding:
        return self.add(Finding(name, True, text))

    def fail(self, name: str, text: str, hint: str = "") -> Finding:
        return self.add(Finding(name, False, text, hint))

    def warn(self, name: str, text: str, hint: str = "") -> Finding:
        return self.add(Finding(name, False, text, hint, warning=True))

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.findings if not f.ok and not f.warning]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if not f.ok and f.warning]


class _LogCollector(logging.Handler):
    """Keeps the app's own warnings (a missing style sheet, a missing translation ...)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".strip().rstrip(":")


# --- checks without Qt -----------------------------------------------------------------


def check_resources(report: Report) -> bool:
    where = paths.resources_dir()
    if not where.is_dir():
        report.fail("Resources", f"the folder {where} is missing",
                    "Reinstall Seller Desk: the program's own files are incomplete.")
        return False
    style = where / "styles" / "app.qss"
    icon = where / "icons" / "seller-desk.svg"
    missing = [str(p.relative_to(where)) for p in (style, icon) if not p.is_file()]
    if missing:
        report.fail("Resources", f"{', '.join(missing)} missing from {where}",
                    "Reinstall Seller Desk: the program's own files are incomplete.")
    broken = []
    for data in sorted([*where.rglob("*.json"), *where.rglob("*.toml")]):
        try:
            if data.suffix == ".json":
                json.loads(data.read_text(encoding="utf-8"))
            else:
                tomllib.loads(data.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:  # JSON and TOML errors are ValueErrors
            broken.append(f"{data.relative_to(where)} ({exc})")
    if broken:
        report.fail("Resources", f"damaged data files: {'; '.join(broken)}",
                    "Reinstall Seller Desk: the program's own files are damaged.")
    if missing or broken:
        return False
    count = sum(1 for p in where.rglob("*") if p.is_file())
    kind = "inside the installed program" if paths.is_frozen() else "from the source folder"
    report.ok("Resources", f"{count} files in {where} ({kind})")
    return True


def check_database(report: Report, url: str) -> bool:
    from seller_desk.core.common.errors import UserError
    from seller_desk.core.demo import shop as demo
    from seller_desk.core.store import db, migrations
    from seller_desk.core.store.models import Message

    try:
        database = db.open_database(url)
        if not demo.has_demo_data():
            demo.build_demo()
        messages = Message.select().count()
        version = migrations.schema_version(database)
    except (UserError, OSError) as exc:
        report.fail("Database", f"a temporary database cannot be used: {exc}",
                    "Check that the temporary folder can be written and has free space.")
        return False
    except Exception as exc:  # a self-check reports every failure and goes on
        report.fail("Database", f"the temporary database failed: {_describe(exc)}",
                    "This is a bug or a broken installation; reinstall Seller Desk.")
        logger.debug("database check", exc_info=True)
        return False
    report.ok("Database", f"temporary SQLite database, schema {version}, demo shop with "
                          f"{messages} messages")
    return True


def _library_checks() -> list[tuple[str, Callable[[], str], str]]:
    def babel_check() -> str:
        from babel import Locale, numbers

        for name in ("en_MY", "ms_MY", "id_ID"):
            Locale.parse(name)
        return numbers.format_currency(1234.5, "MYR", locale="ms_MY")

    def holidays_check() -> str:
        import holidays

        year = time.gmtime().tm_year
        found = {code: len(holidays.country_holidays(code, years=year)) for code in ("MY", "ID")}
        return ", ".join(f"{code} {n} holidays" for code, n in found.items())

    def phone_check() -> str:
        import phonenumbers

        number = phonenumbers.parse("+60 12-345 6789")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def html_check() -> str:
        import nh3

        return nh3.clean("<b>ok</b><script>x</script>")

    return [
        ("Locale data", babel_check, "dates and money per language"),
        ("Public holidays", holidays_check, "business-hours clocks"),
        ("Phone numbers", phone_check, "WhatsApp links"),
        ("HTML cleaner", html_check, "showing HTML mail safely"),
    ]


def check_libraries(report: Report) -> None:
    for name, check, purpose in _library_checks():
        try:
            result = check()
        except Exception as exc:  # noqa: BLE001 - report and go on with the next library
            report.fail(name, f"does not work ({_describe(exc)}); needed for {purpose}",
                        "Reinstall Seller Desk: part of the program is missing.")
        else:
            report.ok(name, result)


def check_parser_helper(report: Report) -> None:
    """The helper process that parses big batches of mail (core/mail/parse/helper.py) starts
    from this program (in the bundle: the program itself, run again) and parses alike."""
    from seller_desk.core.mail.parse import helper as parsing

    raw = ("From: Siti <siti@example.test>\r\nSubject: =?UTF-8?Q?Pesanan_=E2=84=96_1?=\r\n"
           "Content-Type: text/html; charset=utf-8\r\n\r\n<p onclick='x'>Salam 陈</p>"
           ).encode()
    raws = [raw] * parsing.PROCESS_MIN_BATCH
    started = time.perf_counter()
    try:
        prepared = parsing.prepare_batch(raws)
        used = parsing.helper_running()
    finally:
        parsing.stop_helper(wait=True)
    if used and prepared == parsing.prepare_all(raws):
        report.ok("Mail parser helper", f"parsed {len(raws)} messages in a helper process "
                                        f"({time.perf_counter() - started:.1f} s with its start)")
    else:
        report.warn("Mail parser helper", "could not start; mail is parsed in the window's "
                    "own process, which makes a big first sync slower",
                    "Reinstall Seller Desk if this stays so.")


def check_password_store(report: Report) -> None:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - any keyring failure is a finding, not a crash
        report.warn("Password store", f"cannot be reached ({_describe(exc)})",
                    "Passwords must then be typed at each start.")
        return
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if "fail" in name.lower() or "null" in name.lower():
        report.warn("Password store", f"none available ({name})",
                    "Install or unlock your desktop's keyring (GNOME Keyring, KWallet); "
                    "until then passwords must be typed at each start.")
        return
    report.ok("Password store", f"code for {name} is present (not opened by this check)")


def check_tls(report: Report) -> None:
    import ssl

    try:
        context = ssl.create_default_context()
    except ssl.SSLError as exc:
        report.fail("Secure connections", f"TLS cannot be set up ({exc})",
                    "Reinstall Seller Desk: its TLS library is damaged.")
        return
    stats = context.cert_store_stats()
    verify = ssl.get_default_verify_paths()
    source = os.environ.get("SSL_CERT_FILE") or verify.cafile or verify.capath or "system"
    capath = Path(verify.capath) if verify.capath else None
    if stats.get("x509_ca", 0) or (capath is not None and capath.is_dir() and any(capath.iterdir())):
        count = stats.get("x509_ca", 0)
        text = f"{count} trusted certificate authorities" if count else "trusted authorities"
        report.ok("Secure connections", f"{ssl.OPENSSL_VERSION}, {text} from {source}")
    else:
        report.fail("Secure connections",
                    "no list of trusted certificate authorities was found, so mail servers' "
                    "certificates cannot be checked",
                    "Install your system's CA certificates package (ca-certificates), or set "
                    "SSL_CERT_FILE to a certificate bundle.")


# --- Qt --------------------------------------------------------------------------------


def _plugin_dirs() -> list[Path]:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    found: list[Path] = []
    candidates = [QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    candidates += os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep)
    candidates += QCoreApplication.libraryPaths()
    for candidate in candidates:
        if candidate and Path(candidate).is_dir() and Path(candidate) not in found:
            found.append(Path(candidate))
    return found


def _plugin_file(dirs: list[Path], name: str) -> Path | None:
    stems = (f"libq{name}.so", f"libq{name}.dylib", f"q{name}.dll")
    for folder in dirs:
        for stem in stems:
            if (folder / "platforms" / stem).is_file():
                return folder / "platforms" / stem
    return None


def _load_library(path: Path) -> str | None:
    """Load a plugin the way Qt will; return the loader's complaint, or None when it loads."""
    try:
        ctypes.CDLL(str(path))
    except OSError as exc:
        return str(exc)
    return None


def native_platforms() -> list[tuple[str, bool]]:
    """The platform plugins this system would use: (name, required)."""
    if sys.platform.startswith("win"):
        return [("windows", True)]
    if sys.platform == "darwin":
        return [("cocoa", True)]
    # Linux and the BSDs: X11 through xcb (also under Wayland, through XWayland);
    # the Wayland plugin is used when the session is Wayland and is optional otherwise
    return [("xcb", True), ("wayland", False)]


def check_qt_plugins(report: Report) -> bool:
    try:
        import PySide6
        from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401 - loading them is the check
    except ImportError as exc:
        report.fail("Qt", f"the GUI toolkit cannot be loaded ({exc})",
                    "Reinstall Seller Desk: the GUI toolkit is missing or damaged.")
        return False
    report.ok("Qt", f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}")
    dirs = _plugin_dirs()
    if not dirs:
        report.fail("Qt plugins", "no Qt plugin folder was found",
                    "Reinstall Seller Desk: the program's Qt plugins are missing.")
        return False
    ready = True
    wanted = [*native_platforms(), ("offscreen", True)]
    for name, required in wanted:
        path = _plugin_file(dirs, name)
        if path is None:
            text = f'the "{name}" platform plugin is missing (looked in ' \
                   f'{", ".join(str(d) for d in dirs)})'
            if required:
                report.fail("Qt platform", text, "Reinstall Seller Desk.")
                # without a screen plugin the window can still be drawn offscreen
                ready = ready and name != "offscreen"
            else:
                report.warn("Qt platform", text, "Seller Desk will use X11 (XWayland) instead.")
            continue
        problem = _load_library(path)
        if problem is None:
            report.ok("Qt platform", f'"{name}" plugin loads ({path})')
        elif required and name != "offscreen":
            report.fail("Qt platform", f'the "{name}" plugin cannot be loaded: {problem}',
                        _missing_library_hint(problem))
        elif required:
            report.fail("Qt platform", f'the "{name}" plugin cannot be loaded: {problem}',
                        "Reinstall Seller Desk.")
            ready = False
        else:
            report.warn("Qt platform", f'the "{name}" plugin cannot be loaded: {problem}',
                        "Seller Desk will use X11 (XWayland) instead; "
                        + _missing_library_hint(problem))
    return ready


def _missing_library_hint(problem: str) -> str:
    name = problem.split(":", 1)[0].strip()
    if name.startswith("lib") and ".so" in name:
        return (f"Install the system library {name} (on Debian/Ubuntu: "
                f"apt install {_debian_package(name)}).")
    return "Reinstall Seller Desk, or install your system's X11/Wayland libraries."


def _debian_package(soname: str) -> str:
    # libxcb-icccm.so.4 -> libxcb-icccm4; libxkbcommon-x11.so.0 -> libxkbcommon-x11-0
    base, _, version = soname.partition(".so.")
    version = version.split(".")[0]
    return f"{base}-{version}" if base[-1:].isdigit() else f"{base}{version}"


class _QtMessages:
    """Collects Qt's warnings while the check runs."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.previous: Any = None

    def __enter__(self) -> _QtMessages:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler

        def handler(kind: Any, _context: Any, message: str) -> None:
            if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and \
                    not any(noise in message for noise in _QT_NOISE):
                self.messages.append(message)

        self.previous = qInstallMessageHandler(handler)
        return self

    def __exit__(self, *_exc: object) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(self.previous)


def check_translations(report: Report) -> None:
    from PySide6.QtCore import QTranslator

    try:
        from seller_desk.ui import i18n
    except ImportError as exc:
        report.fail("Translations", f"the language code cannot be loaded ({exc})",
                    "Reinstall Seller Desk.")
        return
    for code, name in i18n.LANGUAGES.items():
        path = i18n.qm_path(code)
        translator = QTranslator()
        if code == i18n.SOURCE_LANGUAGE and not path.exists():
            report.ok("Translations", f"{name}: the source language, built in")
        elif not path.is_file():
            report.fail("Translations", f"{name}: the file {path} is missing",
                        "Reinstall Seller Desk; until then it shows English only.")
        elif not translator.load(str(path)):
            report.fail("Translations", f"{name}: {path} cannot be read",
                        "Reinstall Seller Desk; until then it shows English only.")
        elif translator.isEmpty() and code != i18n.SOURCE_LANGUAGE:
            # a valid file without texts: the program is whole, the translation is not
            report.warn("Translations", f"{name}: {path.name} loads but has no translated "
                                        "texts yet, so English is shown")
        else:
            report.ok("Translations", f"{name} ({code}): {path.name} loads")


def check_icons(report: Report) -> None:
    from PySide6.QtGui import QIcon

    folder = paths.resource("icons")
    svgs = sorted(folder.rglob("*.svg")) if folder.is_dir() else []
    broken = [p.name for p in svgs if QIcon(str(p)).pixmap(32, 32).isNull()]
    if not svgs:
        report.fail("Icons", f"no icons in {folder}", "Reinstall Seller Desk.")
    elif broken:
        report.fail("Icons", f"{len(broken)} of {len(svgs)} icons cannot be drawn "
                             f"({', '.join(broken[:5])}); the SVG plugin may be missing",
                    "Reinstall Seller Desk.")
    else:
        report.ok("Icons", f"{len(svgs)} SVG icons draw")


def _render(window: Any, name: str) -> tuple[int, int, int]:
    """Draw the window into an image; return width, height and a count of distinct colours.

    With SELLER_DESK_SELF_CHECK_RENDERS set to a folder, the image is also saved there as
    ``main-window-<name>.png``, to look at.
    """
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    image = window.grab().toImage()
    folder = os.environ.get(RENDERS_ENV)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / f"main-window-{name}.png"))
    colours = set()
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
    for x in range(0, image.width(), step_x):
        for y in range(0, image.height(), step_y):
            colours.add(image.pixel(x, y))
    return image.width(), image.height(), len(colours)


def check_window(report: Report, args: argparse.Namespace, database_ok: bool = True) -> None:
    """Start the Qt application, check what it loads, and render the main window (when the
    database could be opened) in every language."""
    from seller_desk.core.common.errors import UserError

    errors: list[str] = []
    previous_hook = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        # an exception inside a Qt slot or paint handler arrives here instead of raising
        errors.append("".join(traceback.format_exception(kind, exc, tb)).strip())

    sys.excepthook = hook
    try:
        from seller_desk.ui import app as ui_app
        from seller_desk.ui import i18n

        app = ui_app.make_application()
        report.ok("Qt application", f'started on the "{app.platformName()}" platform')
        if not app.styleSheet():
            report.fail("Style sheet", "not applied", "Reinstall Seller Desk.")
        else:
            report.ok("Style sheet", f"{len(app.styleSheet())} characters applied")
        check_translations(report)
        check_icons(report)
        if not database_ok:
            report.fail("Main window", "not drawn: it needs the database (see above)",
                        "Fix the database problem first.")
            return
        window = ui_app.open_main_window(args)
        window.show()
        for code, name in i18n.LANGUAGES.items():
            i18n.install(code)
            width, height, colours = _render(window, code)
            if width < 100 or height < 100 or colours < 3:
                report.fail("Main window", f"in {name} it renders blank ({width}x{height}, "
                                           f"{colours} colours)", "Reinstall Seller Desk.")
            else:
                report.ok("Main window", f"renders in {name}: {width}x{height} pixels, "
                                         f"{colours} colours sampled")
        i18n.install(i18n.SOURCE_LANGUAGE)
        window.close()
        app.processEvents()
    except UserError as exc:
        report.fail("Main window", exc.text(), "")
    except Exception as exc:  # report any failure in plain words and go on
        where = traceback.extract_tb(exc.__traceback__)[-1]
        report.fail("Main window", f"cannot be built: {_describe(exc)} "
                                   f"(in {Path(where.filename).name}, line {where.lineno})",
                    "This is a bug or a broken installation; reinstall Seller Desk.")
        logger.debug("main window", exc_info=True)
    finally:
        sys.excepthook = previous_hook
    for error in errors:
        report.fail("Program error", error.splitlines()[-1],
                    "Send this report to the makers of Seller Desk.")
        logger.debug("self-check: %s", error)


# --- the whole check --------------------------------------------------------------------


def _open_output() -> tuple[TextIO, Path | None]:
    if sys.stdout is not None:
        return sys.stdout, None
    # the windowed Windows program has no console; keep the report where it can be found
    path = Path(tempfile.gettempdir()) / "seller-desk-self-check.txt"
    return path.open("w", encoding="utf-8"), path


def run(args: argparse.Namespace | None = None) -> int:
    """Run every check; print the report; return 0 when Seller Desk can start, else 1."""
    started = time.perf_counter()
    out, report_file = _open_output()
    report = Report(out)
    mode = "installed program" if paths.is_frozen() else "source checkout"
    print(f"{APP_NAME} {__version__} self-check ({mode}, Python "
          f"{sys.version.split()[0]}, {sys.platform})", file=out, flush=True)
    # draw offscreen: the check must run without a screen, and never flash a window
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    collector = _LogCollector()
    logging.getLogger().addHandler(collector)
    with tempfile.TemporaryDirectory(prefix="seller-desk-self-check-",
                                     ignore_cleanup_errors=True) as tmp:
        paths.set_data_dir(tmp)
        url = f"sqlite:///{Path(tmp) / 'self-check.sqlite3'}"
        window_args = argparse.Namespace(**{**vars(args or argparse.Namespace()),
                                            "database": url, "demo": True, "data_dir": tmp})
        try:
            check_resources(report)
            database_ok = check_database(report, url)
            check_libraries(report)
            check_parser_helper(report)
            check_password_store(report)
            check_tls(report)
            if check_qt_plugins(report):
                with _QtMessages() as qt_messages:
                    check_window(report, window_args, database_ok)
                for message in qt_messages.messages:
                    report.warn("Qt says", message)
        finally:
            from seller_desk.core.store import db

            db.close_database()
            paths.set_data_dir(None)
            logging.getLogger().removeHandler(collector)
    for message in collector.messages:
        report.warn("Program log", message)
    elapsed = time.perf_counter() - started
    failures, warnings = report.failures, report.warnings
    if failures:
        print(f"\nSelf-check failed: {len(failures)} problem(s) stop {APP_NAME} from working "
              f"here; see above. ({elapsed:.1f} s)", file=out, flush=True)
    elif warnings:
        print(f"\nSelf-check passed with {len(warnings)} warning(s): {APP_NAME} can start. "
              f"({elapsed:.1f} s)", file=out, flush=True)
    else:
        print(f"\nSelf-check passed: {APP_NAME} can start. ({elapsed:.1f} s)",
              file=out, flush=True)
    if report_file is not None:
        out.close()
    return 1 if failures else 0
