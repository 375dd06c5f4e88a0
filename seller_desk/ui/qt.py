"""The one place the Qt binding is imported; the rest of the UI imports from here.

Each name is taken from PySide6 when first imported from here, not when this module is:
making a Qt class's Python type costs about 1 ms, and the window's first paint needs 57 of
the 138 names (0.14 s of a start went on the others). ``qt.pyi`` gives
the names their types; a test keeps the two lists the same. QtCharts lives in
:mod:`seller_desk.ui.qtcharts`: only the reports screen needs it.
"""

from __future__ import annotations

import importlib
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from PySide6.QtCore import QDate, QDateTime

#: module -> the names taken from it
NAMES: dict[str, tuple[str, ...]] = {
    "PySide6.QtCore": (
        "QAbstractTableModel", "QBuffer", "QByteArray", "QCoreApplication", "QDate",
        "QDateTime", "QDir", "QEvent", "QIODevice", "QItemSelectionModel", "QLocale",
        "QMargins", "QMarginsF", "QModelIndex", "QObject", "QPersistentModelIndex",
        "QPoint", "QPointF", "QRect", "QRectF", "QRegularExpression", "QRunnable",
        "QSettings", "QSignalBlocker", "QSize", "QSizeF", "QSortFilterProxyModel",
        "QStringListModel", "Qt", "QThread", "QThreadPool", "QTime", "QTimer",
        "QTranslator", "QUrl", "Signal", "Slot",
    ),
    "PySide6.QtGui": (
        "QAction", "QBrush", "QCloseEvent", "QColor", "QDesktopServices",
        "QDoubleValidator", "QFont", "QFontDatabase", "QFontMetrics", "QGuiApplication",
        "QIcon", "QImage", "QImageReader", "QIntValidator", "QKeyEvent", "QKeySequence",
        "QPainter", "QPalette", "QPen", "QPixmap", "QPyTextObject",
        "QRegularExpressionValidator", "QShortcut", "QShowEvent", "QStandardItem",
        "QStandardItemModel", "QSyntaxHighlighter", "QTextBlockFormat",
        "QTextCharFormat", "QTextCursor", "QTextDocument", "QTextFormat", "QTextOption",
        "QValidator",
    ),
    "PySide6.QtSvg": (
        "QSvgRenderer",
    ),
    "PySide6.QtWidgets": (
        "QAbstractButton", "QAbstractItemView", "QAbstractSpinBox", "QApplication",
        "QButtonGroup", "QCalendarWidget", "QCheckBox", "QComboBox", "QCompleter",
        "QDateEdit", "QDateTimeEdit", "QDialog", "QDialogButtonBox", "QDoubleSpinBox",
        "QFileDialog", "QFormLayout", "QFrame", "QGraphicsOpacityEffect", "QGridLayout",
        "QGroupBox", "QHBoxLayout", "QHeaderView", "QInputDialog", "QLabel", "QLayout",
        "QLayoutItem", "QLineEdit", "QListView", "QListWidget", "QListWidgetItem",
        "QMainWindow", "QMenu", "QMessageBox", "QPlainTextEdit", "QProgressBar",
        "QProgressDialog", "QPushButton", "QRadioButton", "QScrollArea", "QSizePolicy",
        "QSpacerItem", "QSpinBox", "QSplitter", "QStackedWidget", "QStatusBar",
        "QStyle", "QStyledItemDelegate", "QStyleOptionViewItem", "QSystemTrayIcon",
        "QTabBar", "QTableView", "QTableWidget", "QTableWidgetItem", "QTabWidget",
        "QTextBrowser", "QTextEdit", "QTimeEdit", "QToolBar", "QToolButton",
        "QTreeView", "QTreeWidget", "QTreeWidgetItem", "QVBoxLayout", "QWidget",
        "QWizard", "QWizardPage",
    ),
}
_WHERE = {name: module for module, names in NAMES.items() for name in names}


def __getattr__(name: str) -> Any:
    """A Qt name, imported the first time a module asks for it."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next import finds it at once
    return value


from PySide6.QtCore import QT_TR_NOOP, QT_TRANSLATE_NOOP  # noqa: E402, F401 - re-exported


def _names_pyside6(path: str) -> bool | None:
    """Whether the source file at ``path`` holds the word "PySide6" (None: unreadable)."""
    try:
        return b"PySide6" in Path(path).read_bytes()
    except OSError:
        return None


def _quicker_feature_check() -> None:
    """Answer PySide6's question about each newly imported module from its file's bytes.

    For its ``__feature__`` switches PySide6 asks, of every module imported after it,
    whether its source names "PySide6", and finds out with ``inspect.getsource`` (the
    line cache, the encoding's detection, the lines split): about 0.5 ms a module, 80-100
    ms for the 160 modules the window imports before its first paint. Reading the file's
    bytes answers the same for a ``.py`` file; anything else (no file, a compiled
    extension, a bundle's archive) still goes to PySide6's own check. A PySide6 that no
    longer asks is left alone.
    """
    feature = sys.modules.get("shibokensupport.feature")
    asks = getattr(feature, "_mod_uses_pyside", None)
    if asks is None or getattr(asks, "by_bytes", False):
        return

    def uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        found = _names_pyside6(path) if isinstance(path, str) and path.endswith(".py") \
            else None
        return bool(asks(module)) if found is None else found

    uses_pyside.by_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_quicker_feature_check()


# PySide6 converts QDate and QDateTime to Python's types, but its stubs declare the
# result as object: these two say what it is, so callers keep their types
def to_date(day: QDate) -> date:
    """The Python date of ``day``."""
    return cast(date, day.toPython())


def to_datetime(moment: QDateTime) -> datetime:
    """The (naive) Python datetime of ``moment``."""
    return cast(datetime, moment.toPython())
