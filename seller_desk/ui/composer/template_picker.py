"""The template picker (Ctrl+T): search by name, shortcut or words, Enter inserts."""

from __future__ import annotations

from typing import Any

from seller_desk.core.templates import canned as templates
from seller_desk.ui import i18n
from seller_desk.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    Qt,
    QVBoxLayout,
    QWidget,
)

#: a language's name in itself, as the language setting shows it
LANGUAGE_NAMES = i18n.LANGUAGES


def template_choices(query: str, language: str) -> list[Any]:
    """Templates in ``language`` matching ``query`` by name, shortcut or body."""
    rows = templates.list_templates(language=language, query=query.strip().lstrip("/"))
    if not rows and language != templates.DEFAULT_LANGUAGE:
        rows = templates.list_templates(language=templates.DEFAULT_LANGUAGE,
                                        query=query.strip().lstrip("/"))
    q = query.strip().lstrip("/").lower()
    # an exact shortcut first, then names that start with the words typed
    rows.sort(key=lambda t: (t.shortcut != q, not t.name.lower().startswith(q), t.category,
                             t.name))
    return rows


class TemplatePicker(QDialog):
    """Pick a template; :attr:`chosen` is the Template row, :attr:`language` its language."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePicker")
        self.setWindowTitle(self.tr("Insert a template"))
        self.resize(640, 460)
        self.chosen: Any = None
        self.language = language if language in templates.LANGUAGES else \
            templates.DEFAULT_LANGUAGE
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("templateSearch")
        self.search.setPlaceholderText(self.tr("Search by name, shortcut or words"))
        self.language_box = QComboBox()
        for code in templates.LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language_box.setCurrentIndex(templates.LANGUAGES.index(self.language))
        top.addWidget(self.search, 1)
        top.addWidget(self.language_box)
        layout.addLayout(top)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setObjectName("templatePreview")
        body.addWidget(self.list, 2)
        body.addWidget(self.preview, 3)
        layout.addLayout(body, 1)
        self.empty = QLabel()
        self.empty.setObjectName("mutedLabel")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.insert_button = self.buttons.addButton(self.tr("Insert"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.language_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list.currentItemChanged.connect(self._preview)
        self.list.itemActivated.connect(lambda _i: self._accept())
        self.search.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        self.language = self.language_box.currentData()
        rows = template_choices(self.search.text(), self.language)
        self.list.clear()
        for t in rows:
            label = t.name + (f"   /{t.shortcut}" if t.shortcut else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, t)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
            self.empty.setText("")
        else:
            self.preview.clear()
            self.empty.setText(self.tr("No template matches. Templates are written and edited "
                                       "under Templates in the sidebar."))
        self.insert_button.setEnabled(bool(rows))

    def _preview(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        t = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.preview.setPlainText(f"{t.subject}\n\n{t.body.strip()}" if t is not None else "")

    def eventFilter(self, obj: Any, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.search and isinstance(event, QKeyEvent) and \
                event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = self.list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
