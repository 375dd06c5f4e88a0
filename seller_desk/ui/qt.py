"""The one place the Qt binding is imported; the rest of the UI imports from here.

QtCharts lives in :mod:`seller_desk.ui.qtcharts`: only the reports screen needs it, and
loading it here would slow every start.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (  # noqa: F401 - re-exported
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QDir,
    QEvent,
    QIODevice,
    QItemSelectionModel,
    QLocale,
    QMargins,
    QMarginsF,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QRegularExpression,
    QRunnable,
    QSettings,
    QSignalBlocker,
    QSize,
    QSizeF,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QThread,
    QThreadPool,
    QTime,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (  # noqa: F401 - re-exported
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QDoubleValidator,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QImage,
    QImageReader,
    QIntValidator,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPyTextObject,
    QRegularExpressionValidator,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
    QSyntaxHighlighter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QValidator,
)
from PySide6.QtSvg import (  # noqa: F401 - re-exported
    QSvgRenderer,
)
from PySide6.QtWidgets import (  # noqa: F401 - re-exported
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGraphicsOpacityEffect,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QSystemTrayIcon,
    QTabBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QTimeEdit,
    QToolBar,
    QToolButton,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

if TYPE_CHECKING:
    # PySide6's stubs declare the translation markers as object -> object; at run time
    # they hand back the message unchanged, and the texts they mark are always str
    def QT_TR_NOOP(message: str, /) -> str: ...  # noqa: N802 - Qt's name

    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...  # noqa: N802 - Qt's name
else:
    from PySide6.QtCore import QT_TR_NOOP, QT_TRANSLATE_NOOP  # noqa: F401 - re-exported


# PySide6 converts QDate and QDateTime to Python's types, but its stubs declare the
# result as object: these two say what it is, so callers keep their types
def to_date(day: QDate) -> date:
    """The Python date of ``day``."""
    return cast(date, day.toPython())


def to_datetime(moment: QDateTime) -> datetime:
    """The (naive) Python datetime of ``moment``."""
    return cast(datetime, moment.toPython())
