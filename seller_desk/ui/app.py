"""Start the window: the Qt application, the style, the database, the main window.

Besides the window this wires the parts that live as long as it does: mail sync and
push (:class:`seller_desk.ui.sync.SyncController`), the outbox worker, the tray icon and
desktop notifications (:mod:`seller_desk.ui.tray`), and the account wizard.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from seller_desk import APP_ID, APP_NAME, __version__
from seller_desk.core import reactions
from seller_desk.core.common import paths, timefmt
from seller_desk.core.common.errors import UserError
from seller_desk.core.common.settings import Settings
from seller_desk.ui import i18n
from seller_desk.ui.qt import (
    QApplication,
    QColor,
    QDir,
    QEvent,
    QIcon,
    QObject,
    QPalette,
    QTimer,
    QWidget,
)
from seller_desk.ui.tasks import Task

logger = logging.getLogger(__name__)

#: a window that is not shown (a test, a benchmark) never paints: its pending work waits
#: this long instead, as it did before the first paint was watched
UNSHOWN_WAIT_MS = 300
#: a shown window whose first paint never comes (started minimised) waits no longer
FIRST_PAINT_WAIT_MS = 5000


class _FirstPaint(QObject):
    """Runs callbacks once, on the turn of the event loop after ``window``'s first paint.

    Whatever can wait (the other screens, the holiday calendar, mail sync) used to start
    on a 300 ms timer armed before the window was shown; on a busy laptop the window was
    not painted by then, and that work went first, keeping the seller before a blank
    window for seconds (docs/performance.md, "Start").
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._callbacks: list[Any] = []
        self._done = False
        self._shown = window.isVisible()
        window.installEventFilter(self)
        # with the watcher as context: a window gone before then cancels them
        QTimer.singleShot(UNSHOWN_WAIT_MS, self, self._if_unshown)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._run)

    def add(self, callback: Any) -> None:
        if self._done:
            QTimer.singleShot(0, callback)
        else:
            self._callbacks.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # the next turn: after this paint has reached the screen
            QTimer.singleShot(0, self, self._run)
        elif watched is self._window and event.type() == QEvent.Type.Show:
            self._shown = True
        elif watched is self._window and event.type() == QEvent.Type.Close:
            # closed before its first paint: what was waiting for it is not wanted
            self._done, self._callbacks = True, []
            self._window.removeEventFilter(self)
        return False

    def _if_unshown(self) -> None:
        # a window never shown (a test's) still gets its screens; one shown and closed
        # since gets nothing more
        if not self._window.isVisible() and not self._shown:
            self._run()

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._window.removeEventFilter(self)
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()


def after_first_paint(window: QWidget, callback: Any) -> None:
    """Run ``callback`` once the window has first been painted (see :class:`_FirstPaint`)."""
    watcher = getattr(window, "_first_paint", None)
    if watcher is None:
        watcher = _FirstPaint(window)
        window._first_paint = watcher  # type: ignore[attr-defined]
    watcher.add(callback)


def make_application(argv: list[str] | None = None, styled: bool = True) -> QApplication:
    """The Qt application, with the program's name, icon and (``styled``) style sheet.

    Args:
        styled: apply the style sheet now. The program's start leaves it to
            :func:`open_main_window`, which applies it to the finished window (see there).
    """
    # whoever makes the window (the app, a benchmark, a test) gets the layers' reactions
    reactions.install()
    existing = QApplication.instance()
    if existing is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    elif isinstance(existing, QApplication):
        app = existing
    else:  # a programming error: Qt allows one application object, and this one has no widgets
        raise RuntimeError("a QCoreApplication is already running; the window needs a "
                           "QApplication")
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    # matches packaging/linux/app.sellerdesk.SellerDesk.desktop, so Wayland desktops show
    # the right icon and name for the window
    app.setDesktopFileName("app.sellerdesk.SellerDesk")
    icon = paths.resource("icons", "seller-desk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # a window that is hidden to the tray must not end the program
    app.setQuitOnLastWindowClosed(True)
    if styled:
        apply_style(app)
    return app


def apply_style(app: QApplication) -> None:
    path = paths.resource("styles", "app.qss")
    # the style sheet names its images "icons:<file>", wherever the program is installed
    QDir.setSearchPaths("icons", [str(paths.resource("icons"))])
    try:
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    except OSError:
        logger.warning("Style sheet %s not found; using the platform style", path)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Link, QColor("#0f766e"))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#0b524c"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#d7ecea"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#1f2933"))
    app.setPalette(palette)


def install_language(settings: Settings) -> None:
    i18n.install_from_settings(settings)


def open_main_window(args: argparse.Namespace, start_services: bool = False) -> Any:
    """Open the database (and the demo shop when asked) and build the main window.

    Args:
        start_services: also start mail sync, push, the outbox worker and the tray (the
            real program does; tests start what they need themselves).
    """
    from seller_desk.cli.common import open_db
    from seller_desk.ui.main_window import MainWindow

    settings = Settings()
    timefmt.set_timezone(settings.get("seller.timezone"))
    install_language(settings)
    open_db(args, install_templates=False)
    window = MainWindow(settings)
    # the default answers are read and compared after the first paint (the composer and
    # the templates screen, both opened later, are the first to need them)
    after_first_paint(window, _install_templates)
    window.demo_requested.connect(lambda: switch_to_demo(window, args))
    window.own_mailbox_requested.connect(lambda: leave_demo(window, args))
    window.set_demo(bool(getattr(args, "demo", False)))
    window.add_account_requested.connect(lambda: open_account_wizard(window))
    window.refresh()
    app = QApplication.instance()
    if isinstance(app, QApplication) and not app.styleSheet():
        # Styling the finished window once costs 20-30 ms less than restyling each widget
        # as it is made and placed (docs/performance.md, "Start"); it is still before the
        # window is shown, so its first frame is the styled one
        apply_style(app)
        window.restyled()
    # the outbox is counted once the inbox is on screen (the chip is hidden until then)
    after_first_paint(window, window.outbox_chip.start)
    plug_in_screens(window)
    if start_services:
        # sync, push and the tray start their threads once the inbox is on screen
        after_first_paint(window, lambda: start_background_services(window))
    return window


#: sections whose screens live in their own packages: ``seller_desk.ui.<key>``
SCREEN_PACKAGES = ("orders", "shipments", "customers", "reminders", "reports", "templates", "settings")


def _warm_up(settings: Settings) -> None:
    """Load what is slow to load once, off the window's thread: the holiday calendar (the
    clocks and the settings screen), the list of time zones (the settings screen) and the
    phone-number library (the orders screen)."""
    from seller_desk.core.conversations import clocks
    from seller_desk.core.screens import settings as views_settings
    from seller_desk.core.shop import customers  # noqa: F401 - customers: see above

    clocks.ClockPolicy.from_settings(settings).calendar()
    views_settings.timezones()


def _install_templates() -> None:
    """The default answers (English, Malay, Indonesian) are there from the first start."""
    try:
        from seller_desk.core.templates import canned as templates
    except ImportError:  # pragma: no cover - part of the app
        return
    try:
        templates.install_defaults()
    except Exception:  # no templates is no reason to keep the window shut
        logger.exception("Could not install the default templates")


def plug_in_screens(window: Any) -> None:
    """Put the shop's screens into the window, built when first needed.

    Each package ``seller_desk.ui.<section>`` defines ``create_page(window) -> QWidget``.
    Importing and building them all costs most of the start-up time, so each section gets
    a factory instead: the page is made when the seller opens it, when code asks for it,
    or shortly after the window has appeared, whichever comes first. A package that fails
    to load leaves its section's placeholder (and the reason in the log).
    """
    import importlib

    def factory(key: str) -> Any:
        def build() -> Any:
            return importlib.import_module(f"seller_desk.ui.{key}").create_page(window)

        return build

    for key in SCREEN_PACKAGES:
        window.set_section_factory(key, factory(key))

    def build_the_rest() -> None:
        # what is slow to load goes to a worker thread first: by the time the settings
        # screen (the last) is built, the holiday calendar and zone list are there
        Task(_warm_up, window.settings).start()
        window.build_pending_pages()

    # after the first paint, so the inbox is on screen before the other screens are made;
    # the conversation view first, the screen a seller opens most
    after_first_paint(window, lambda: window.conversation_page)
    after_first_paint(window, build_the_rest)


def start_team_services(window: Any) -> None:
    """On a team's database: other windows' changes show here (live updates), and who else
    has a conversation open or is replying (presence). Nothing on a personal shop."""
    from seller_desk.core.team import members, shared_settings
    from seller_desk.core.team.leadership import is_team_database
    from seller_desk.ui.live import LiveUpdates
    from seller_desk.ui.presence import PresenceController

    if is_team_database():
        window.shared_settings = shared_settings.install()  # the shop's, for everyone
        window.apply_settings()
        try:
            members.settle_identity()  # whose window this is: names, "Mine"
        except Exception:  # the window still works; it names its person by the login
            logger.exception("Could not tell which team member this window is")
        window.show_team_views(True)
    window.live = LiveUpdates(window)
    window.live.start()
    window.presence = PresenceController(window)
    window.presence.start()
    window.live.changed.connect(window.presence.on_changes)
    window.presence.others_changed.connect(window.show_others)


def start_background_services(window: Any) -> None:
    """Sync, push, outbox, tray and notifications for the life of the window."""
    from seller_desk.ui.sync import SyncController
    from seller_desk.ui.tray import Notifier, TrayIcon

    window.attach_sync(SyncController(window))
    window.sync.start()
    start_team_services(window)
    window.notifier = Notifier(window.settings, window)
    window.tray = TrayIcon(window, window.notifier)
    window.tray.show_if_available()
    window.sync.new_customer_mail.connect(window.notifier.new_customer_mail)
    window.notifier.start()
    _link_owed_orders(window)


def _link_owed_orders(window: Any) -> None:
    """An import cut off by closing the app before its link step: link its orders now, on
    a worker, and show the links when they are made."""
    from seller_desk.core.screens import imports as import_screen

    def done(made: int) -> None:
        if made:
            window.schedule_refresh()

    Task(import_screen.link_owed).on_success(done).start()


def open_account_wizard(window: Any) -> Any:
    from seller_desk.ui.accounts.wizard import AccountWizard

    wizard = AccountWizard(window)
    sync = getattr(window, "sync", None)
    wizard.account_added.connect(lambda _id: window.refresh())
    # the newest mail shows in the inbox while the first sync is still fetching
    wizard.sync_progress.connect(lambda _done, _total: window.schedule_refresh())
    wizard.first_sync_done.connect(lambda _id: window.refresh())
    if sync is not None:
        wizard.account_added.connect(sync.account_added)
        # the mailbox's chip follows the wizard's first sync from its first message
        wizard.sync_progress.connect(
            lambda done, total: sync.first_sync_progress(wizard.account_id, done, total))
        wizard.first_sync_done.connect(sync.first_sync_finished)
    wizard.open()
    window.account_wizard = wizard
    return wizard


def open_setup_if_new(window: Any, args: argparse.Namespace | None = None) -> Any:
    """Open "Set up your shop" over the window on a first start, before the first reply.

    Nothing opens for the demo shop, once the shop's or the seller's name is known, or once
    the seller has skipped the page (it stays one click away in Settings > Your shop).
    Returns the page, or None.
    """
    from seller_desk.core.screens import setup as views_setup
    from seller_desk.ui.settings.setup import open_setup

    if getattr(args, "demo", False) or not views_setup.needs_setup(window.settings):
        return None
    dialog = open_setup(window.settings, window)

    def saved() -> None:
        window.apply_settings()
        page = window.section_pages.get("settings")
        if hasattr(page, "refresh"):
            page.refresh()

    dialog.saved.connect(saved)
    window.setup_dialog = dialog
    return dialog


def switch_to_demo(window: Any, args: argparse.Namespace) -> None:
    """Reopen on the demo shop, in its own folder so the seller's own data stays apart."""
    from seller_desk.cli.common import open_db
    from seller_desk.core.store import session

    session.close_connection()
    if not getattr(args, "data_dir", None):
        paths.set_data_dir(paths.data_dir() / "demo")
    args.demo = True
    args.database = None
    open_db(args)
    _follow_data_dir(window)
    window.set_demo(True)
    window.refresh()


def leave_demo(window: Any, args: argparse.Namespace) -> None:
    """"Start with my own mailbox": back to the seller's own data, then the account wizard.

    The demo lives in the "demo" folder inside the seller's own (see :func:`switch_to_demo`
    and ``--demo``); with ``--data-dir`` the demo was given a folder of its own, and the
    seller's is the usual one.
    """
    from seller_desk.cli.common import open_db
    from seller_desk.core.store import session

    session.close_connection()
    here = paths.data_dir()
    paths.set_data_dir(here.parent if here.name == "demo" and not args.data_dir else None)
    args.demo = False
    args.data_dir = None
    args.database = None
    open_db(args)
    _follow_data_dir(window)
    window.set_demo(False)
    window.refresh()
    open_account_wizard(window)


def _follow_data_dir(window: Any) -> None:
    """The window's settings are the ones of the data folder now open."""
    window.settings.path = paths.settings_path()
    window.apply_settings()


def run_gui(args: argparse.Namespace) -> int:
    # the style sheet is applied by open_main_window, to the window once built
    app = make_application(styled=False)
    try:
        window = open_main_window(args, start_services=True)
    except UserError as exc:
        from seller_desk.ui.qt import QMessageBox  # made only for this (a Qt type costs ~1 ms)

        apply_style(app)  # the window never got that far
        QMessageBox.critical(None, APP_NAME, i18n.error_text(exc))
        return 2
    window.show()
    # "Set up your shop" loads the settings screens (and the holiday calendars): over a
    # painted window, not before it
    after_first_paint(window, lambda: open_setup_if_new(window, args))
    code = app.exec()
    window.shutdown()
    return code
