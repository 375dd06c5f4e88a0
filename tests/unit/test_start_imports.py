"""What a start loads: the window and the commands leave the heavy modules for later.

Each check runs a fresh Python (a test process has imported everything already) and reads
its ``sys.modules`` after the start. A module listed here was once loaded at every start
although only one screen or command uses it; an import moved back to the top of a module
would bring it back without anyone noticing the slower start (docs/performance.md).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: only a screen other than the inbox, a sign-in or an export needs these
NOT_BEFORE_FIRST_PAINT = (
    "PySide6.QtCharts",  # the reports screen
    "PySide6.QtPrintSupport",  # printing papers
    "holidays",  # business-hours clocks, the settings screen (loaded after the paint)
    "phonenumbers",  # the orders and customers forms
    "authlib",  # OAuth2 sign-in and token renewal
    "requests",
    "xlsxwriter",  # spreadsheet export
    "python_calamine",  # spreadsheet import
    "segno",  # barcodes on papers
    "seller_desk.printing",
    "seller_desk.core.mail.parse.helper",  # the parser's helper process
    "psycopg2",  # a team's database only (core/store/pgdriver.py)
    "PySide6.QtSvg",  # icons drawn from SVG by code (the style sheet's arrows need no binding)
)

#: the first paint lists stored mail: it connects to no server, sends nothing, pushes no
#: flag and parses no message, so the mail engine's network and parsing code waits
MAIL_WORK_NOT_BEFORE_FIRST_PAINT = (
    "imapclient", "imaplib", "smtplib", "ssl",
    "seller_desk.core.mail.connection.connect",  # sign-in, sync, a connection test
    "seller_desk.core.mail.connection.oauth",  # a mailbox signed in through the browser
    "seller_desk.ui.help",  # the shortcuts' sheet, made when first asked for
    # "not a customer" (its facade and the sender classifier), when first asked for
    "seller_desk.core.screens.not_customers", "seller_desk.core.mail.parse.classify",
    "seller_desk.core.screens.mailboxes",  # the password box and the mailbox settings
    "seller_desk.core.mail.imap.flags",  # read/unread pushed to the server (a worker)
    "seller_desk.core.mail.ingest.store", "seller_desk.core.mail.parse.mime", "nh3",
    "seller_desk.core.mail.send.outbox",  # the outbox chip counts after the paint
    "email.policy",
)

#: the window parses its options without the commands' modules
COMMAND_MODULES = tuple(f"seller_desk.cli.{name}" for name in (
    "accounts", "basic", "export", "imports", "outbox", "papers", "search", "sync", "team"))

#: a command that only reads the database needs neither the window nor a password
NOT_IN_STATS = ("PySide6", "shiboken6", "keyring", "imapclient",
                # what reacts to stored mail and orders (core/reactions.py): nothing is stored
                "seller_desk.core.followups.auto_email", "seller_desk.core.shop.linking",
                "seller_desk.core.answering.compose", "seller_desk.core.mail.send.outbox",
                "seller_desk.core.templates.canned",
                "logging.handlers",  # the log rotates through core/common/logs.py's own
                # a personal shop keeps its settings in the file, not in a team's database
                "seller_desk.core.team.shared_settings", "seller_desk.core.team.changes",
                *NOT_BEFORE_FIRST_PAINT)

OPEN_WINDOW = """
import argparse, json, sys
from seller_desk.ui.app import make_application, open_main_window
app = make_application([], styled=False)  # as the program starts (ui/app.py run_gui)
window = open_main_window(argparse.Namespace(data_dir=None, database=None, demo=False))
window.show()
app.processEvents()
window.repaint()
import PySide6.QtWidgets as widgets
made = sorted(name for name in vars(widgets) if name.startswith("Q"))
print(json.dumps({"modules": sorted(sys.modules), "widget_types": made}))
window.shutdown()
"""

RUN_COMMAND = """
import json, sys
from seller_desk.app import main
code = main(sys.argv[1:])
print("MODULES " + json.dumps(sorted(sys.modules)))
sys.exit(code)
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELLER_DESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", SELLER_DESK_HOME=str(tmp_path / "data"),
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    return env


def _loaded(names: list[str], heavy: tuple[str, ...]) -> list[str]:
    found = set(names)
    return [name for name in heavy if name in found]


def test_importing_the_window_loads_nothing_heavy(tmp_path: Path) -> None:
    """Ensure ``import seller_desk.ui.app`` leaves charts, holidays, phone data and OAuth."""
    done = subprocess.run(
        [sys.executable, "-c", "import json, sys, seller_desk.ui.app; "
         "print(json.dumps(sorted(sys.modules)))"],
        cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=120,
        check=True)
    assert _loaded(json.loads(done.stdout), NOT_BEFORE_FIRST_PAINT) == []


def test_opening_the_main_window_loads_nothing_heavy(tmp_path: Path) -> None:
    """Ensure the first painted window (inbox and sidebar) loads none of the heavy modules."""
    env = _env(tmp_path)
    done = subprocess.run([sys.executable, "-c", OPEN_WINDOW], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    modules = found["modules"]
    assert "seller_desk.ui.main_window" in modules  # the window was really made
    assert _loaded(modules, NOT_BEFORE_FIRST_PAINT) == []
    assert _loaded(modules, MAIL_WORK_NOT_BEFORE_FIRST_PAINT) == []
    # A Python handle on a widget Qt made itself (a scroll area's viewport) has PySide6
    # try every widget class for its type, making ~50 types and their enums (10-30 ms);
    # the window's first paint needs none of these
    assert not {"QWizard", "QCalendarWidget", "QFileDialog"} & set(found["widget_types"])
    # QStyle's type and enums cost 16 ms to make; an item delegate that reads
    # option.state makes them (ui/widgets.py is_selected asks the view instead)
    assert "QStyle" not in found["widget_types"]
    assert "QDialogButtonBox" not in found["widget_types"]  # the outbox's dialog, when opened


def test_the_window_s_options_are_read_without_the_commands(tmp_path: Path) -> None:
    """Ensure ``seller-desk`` with options only (the window) imports no command module, and
    a command word only its own module."""
    code = ("import json, sys; from seller_desk.app import parse_args; "
            "args = parse_args(sys.argv[1:]); "
            "print(json.dumps([args.command, sorted(sys.modules)]))")
    found = {}
    for argv in (["--demo", "--data-dir", str(tmp_path)], ["--demo", "stats"],
                 ["--demo", "sync", "--quiet"]):
        done = subprocess.run([sys.executable, "-c", code, *argv], cwd=ROOT,
                              env=_env(tmp_path), capture_output=True, text=True,
                              timeout=120, check=True)
        command, modules = json.loads(done.stdout)
        found[command] = _loaded(modules, COMMAND_MODULES)
    assert found == {None: [], "stats": ["seller_desk.cli.basic"],
                     "sync": ["seller_desk.cli.sync"]}


def test_a_command_word_builds_the_same_command_as_the_whole_command_line() -> None:
    """Ensure :data:`seller_desk.app.COMMANDS` names, for every command the whole command
    line has, the module that adds it, and a command parsed from its own module's part
    reads as it does from the whole."""
    from seller_desk import app

    def words(parser: argparse.ArgumentParser) -> list[str]:
        return sorted(next(action.choices for action in parser._actions
                           if isinstance(action.choices, dict)))

    whole = app.build_parser()
    assert words(whole) == sorted(app.COMMANDS)
    for word, module in app.COMMANDS.items():
        assert words(app.build_parser(word)) == sorted(
            w for w, m in app.COMMANDS.items() if m == module)
    for argv in (["--data-dir", "/d", "sync", "--quiet", "--account", "Shop"],
                 ["stats", "--json"], ["account", "list"], ["--debug", "doctor"]):
        assert vars(app.parse_args(argv)) == vars(whole.parse_args(argv))
    with pytest.raises(SystemExit):  # an unknown word: the whole line, listing every one
        app.parse_args(["nonsense"])


def test_stats_command_imports_no_qt(tmp_path: Path) -> None:
    """Ensure ``seller-desk stats`` runs without loading Qt or any heavy module."""
    done = subprocess.run([sys.executable, "-c", RUN_COMMAND, "--data-dir",
                           str(tmp_path / "data"), "stats", "--json"], cwd=ROOT,
                          env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    modules = json.loads(lines[-1].removeprefix("MODULES "))
    assert "seller_desk.core.store.stats" in modules  # the command really ran
    assert json.loads("\n".join(lines[:-1]))  # and printed its counts
    assert _loaded(modules, NOT_IN_STATS) == []


def test_the_qt_names_and_their_types_list_the_same_names() -> None:
    """``ui/qt.py`` hands out Qt names when first asked; ``ui/qt.pyi`` types them. A name
    in one list only would be untyped, or typed but missing at run time."""
    import ast

    from seller_desk.ui import qt

    typed: dict[str, list[str]] = {}
    stub = ast.parse((ROOT / "seller_desk" / "ui" / "qt.pyi").read_text(encoding="utf-8"))
    for node in stub.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            typed.setdefault(node.module or "", []).extend(a.name for a in node.names)
    assert {module: tuple(names) for module, names in typed.items()} == qt.NAMES
    for names in qt.NAMES.values():
        for name in names:
            assert getattr(qt, name) is not None
    with pytest.raises(AttributeError):
        _ = qt.QNoSuchWidget  # type: ignore[attr-defined]


def test_importing_the_qt_names_makes_no_qt_type_until_asked(tmp_path: Path) -> None:
    """Making a Qt class's Python type costs about 1 ms; the first paint needs a third of
    them, so ``import seller_desk.ui.qt`` must make none (and load no QtSvg)."""
    code = ("import json, sys; from seller_desk.ui import qt; "
            "print(json.dumps([sorted(n for n in vars(qt) if n.startswith('Q') and "
            "n not in ('QT_TR_NOOP', 'QT_TRANSLATE_NOOP')), 'PySide6.QtSvg' in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=120, check=True)
    made, svg = json.loads(done.stdout)
    assert made == [] and svg is False


def test_pyside_s_question_about_each_module_is_answered_from_its_bytes() -> None:
    """PySide6 asks of every module imported after it whether its source names "PySide6";
    its own way (``inspect.getsource``) took 80-100 ms of a start. ``ui/qt.py`` answers
    from the file's bytes, with the same answers."""
    import inspect
    import json as a_module_without_qt
    import sys as a_builtin_module

    from seller_desk.ui import qt

    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    assert getattr(check, "by_bytes", False)
    for module in (qt, a_module_without_qt, a_builtin_module, pytest):
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (TypeError, OSError):
            expected = False
        assert check(module) is expected, module.__name__
    assert check(qt) is True and check(a_module_without_qt) is False


#: what keyring's helpers and imapclient import at import but a password read and a
#: sign-in never use (seller_desk/driver_hold.py)
NOT_FOR_A_PASSWORD_READ = ("importlib.metadata", "importlib_metadata", "more_itertools",
                           "urllib.request")

READ_A_PASSWORD = """
import json, sys
import seller_desk, imapclient, keyring
keyring.set_password("seller-desk", "shop@example.com", "secret")
found = {"password": keyring.get_password("seller-desk", "shop@example.com"),
         "backend": type(keyring.get_keyring()).__name__,
         "modules": sorted(sys.modules), "version": imapclient.__version__,
         "version_info": list(imapclient.version_info)}
import importlib.metadata
found["installed"] = importlib.metadata.version("imapclient")
print(json.dumps(found))
"""


def test_a_password_read_and_imapclient_leave_the_metadata_search_out(
        tmp_path: Path) -> None:
    """Ensure reading a password from the configured keyring and importing imapclient load
    neither importlib.metadata nor keyring's helpers' unused modules, and imapclient still
    knows its own version."""
    env = _env(tmp_path)
    env["PYTHONPATH"] = str(ROOT / "tests")
    env["PYTHON_KEYRING_BACKEND"] = "helpers.keyring_backend.MemoryKeyring"
    done = subprocess.run([sys.executable, "-c", READ_A_PASSWORD], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout)
    assert found["password"] == "secret" and found["backend"] == "MemoryKeyring"
    assert _loaded(found["modules"], NOT_FOR_A_PASSWORD_READ) == []
    assert found["version"] == found["installed"]
    assert found["version_info"][:3] == [int(n) for n in found["installed"].split(".")[:3]]


SEARCH_THE_BACKENDS = """
import json, sys
import seller_desk, keyring.backend, jaraco.context, jaraco.functools
names = sorted(type(k).__name__ for k in keyring.backend.get_all_keyring())
print(json.dumps({"backends": names, "urlopen": jaraco.context.urllib.request.urlopen.__module__,
                  "consume": jaraco.functools.more_itertools.consume.__module__,
                  "metadata": "importlib_metadata" in sys.modules}))
"""


def test_what_keyring_s_helpers_left_for_later_works_when_used(tmp_path: Path) -> None:
    """Ensure keyring's search of the installed backends (no backend configured) finds
    them through its entry points, and the helpers' deferred modules are the real ones."""
    env = _env(tmp_path)
    del env["PYTHON_KEYRING_BACKEND"]
    done = subprocess.run([sys.executable, "-c", SEARCH_THE_BACKENDS], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout)
    assert "ChainerBackend" in found["backends"]  # registered by an entry point only
    assert found["urlopen"] == "urllib.request"
    assert found["consume"].startswith("more_itertools")
    assert found["metadata"] is True


#: a sync that signs in with a password and finds nothing new sends no mail, gets no token
#: and fetches nothing (so parses nothing: none of the parsers)
NOT_IN_SYNC = ("smtplib", "seller_desk.core.mail.connection.oauth",
               "seller_desk.core.mail.connection.standin", "seller_desk.core.mail.imap.fetch",
               "seller_desk.core.mail.parse", *NOT_FOR_A_PASSWORD_READ, *NOT_IN_STATS[:2])


def test_the_sync_command_s_modules_load_no_sending_no_token_and_no_fetch(
        tmp_path: Path) -> None:
    """Ensure what ``seller-desk sync`` imports before it signs in (its command line, the
    sync, the connection) leaves the sending, the OAuth2 sign-in and the fetch for later."""
    code = ("import json, sys; from seller_desk.app import parse_args; "
            "args = parse_args(['sync', '--quiet']); "
            "import seller_desk.core.mail.imap.sync, seller_desk.core.mail.connection.connect; "
            "print(json.dumps(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=120, check=True)
    modules = json.loads(done.stdout)
    assert "imapclient" in modules  # the sync's own modules were really imported
    assert _loaded(modules, NOT_IN_SYNC) == []
