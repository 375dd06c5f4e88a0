"""Start the window: the Qt application, the style, the database, the main window."""

from __future__ import annotations

import argparse
import logging
import sys

from seller_desk import APP_ID, APP_NAME, __version__
from seller_desk.core import paths, timefmt
from seller_desk.core.errors import UserError
from seller_desk.core.settings import Settings
from seller_desk.ui.qt import QApplication, QMessageBox

logger = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    apply_style(app)
    return app  # type: ignore[return-value]


def apply_style(app: QApplication) -> None:
    path = paths.resource("styles", "app.qss")
    try:
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    except OSError:
        logger.warning("Style sheet %s not found; using the platform style", path)


def open_main_window(args: argparse.Namespace):  # noqa: ANN201 - returns MainWindow
    """Open the database (and the demo shop when asked) and build the main window."""
    from seller_desk.cli.common import open_db
    from seller_desk.ui.main_window import MainWindow

    settings = Settings()
    timefmt.set_timezone(settings.get("seller.timezone"))
    open_db(args)
    window = MainWindow(settings)
    window.demo_requested.connect(lambda: switch_to_demo(window, args))
    window.refresh()
    return window


def switch_to_demo(window, args: argparse.Namespace) -> None:  # noqa: ANN001
    """Reopen on the demo shop, in its own folder so the seller's own data stays apart."""
    from seller_desk.cli.common import open_db
    from seller_desk.core import db

    db.close_database()
    if not getattr(args, "data_dir", None):
        paths.set_data_dir(paths.data_dir() / "demo")
    args.demo = True
    args.database = None
    open_db(args)
    window.setWindowTitle(f"{APP_NAME} — demo shop")
    window.refresh()


def run_gui(args: argparse.Namespace) -> int:
    app = make_application()
    try:
        window = open_main_window(args)
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, exc.text())
        return 2
    window.show()
    return app.exec()
