"""The template picker (Ctrl+T): search by name, shortcut, category or words, Enter inserts.

The preview shows the template filled for the conversation being answered, the way the
customer will read it; blanks not known yet are marked and listed, never shown as if done.
"""

from __future__ import annotations

from typing import Any

from seller_desk.core.screens import conversation as conversation_view
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
    QRect,
    QSize,
    QStyle,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from seller_desk.ui.templates import placeholders as placeholder_names
from seller_desk.ui.templates.preview import marked_html

#: a language's name in itself, as the language setting shows it
LANGUAGE_NAMES = i18n.LANGUAGES


#: (vertical, horizontal) padding of a list row in the style sheet (QListWidget::item)
ITEM_PADDING = (6, 8)


class WrappingList(QListWidget):
    """A list whose rows wrap long names onto more lines instead of scrolling sideways.

    QListView makes a wrapped row as wide as its text on one line (wider than the list,
    the end cut off); here each row gets the list's width and the height its wrapped text
    needs, measured again whenever the width changes (a scroll bar appearing too).
    """

    SPACING = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(self.SPACING)
        self._width = -1

    def fit_rows(self) -> None:
        """Give every row the list's width and the height its wrapped text needs."""
        width = self.viewport().width() - 2 * self.SPACING
        self._width = self.viewport().width()
        # the delegate keeps a margin each side and the style sheet pads items (6 px 8 px,
        # resources/styles/app.qss); measuring a little narrower than it draws can only
        # add room, never cut a line off
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        text_width = max(40, width - margin - 2 * ITEM_PADDING[1] - 6)
        metrics = self.fontMetrics()
        for row in range(self.count()):
            item = self.item(row)
            if item is None:
                continue
            height = metrics.boundingRect(QRect(0, 0, text_width, 10_000),
                                          int(Qt.TextFlag.TextWordWrap), item.text()).height()
            item.setSizeHint(QSize(width, height + 2 * ITEM_PADDING[0] + 6))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.viewport().width() != self._width:
            self.fit_rows()


def template_choices(query: str, language: str) -> list[Any]:
    """Templates in ``language`` answering ``query``, best first (name, shortcut, category,
    words of the text)."""
    return conversation_view.template_choices(query, language)


class TemplatePicker(QDialog):
    """Pick a template; :attr:`chosen` is the Template row, :attr:`language` its language.

    Args:
        conversation_id, account_id: what the preview is filled for (None: nothing yet,
            every blank stays marked).
    """

    def __init__(self, language: str, parent: QWidget | None = None,
                 conversation_id: int | None = None, account_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePicker")
        self.setWindowTitle(self.tr("Insert a template"))
        self.resize(760, 480)
        self.chosen: Any = None
        self.conversation_id = conversation_id
        self.account_id = account_id
        self.rendered: Any = None
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
        # whole names, wrapped onto more lines: never clipped behind a sideways bar
        self.list = WrappingList()
        self.list.setObjectName("templateList")
        self.preview = QTextBrowser()
        self.preview.setObjectName("templatePreview")
        self.preview.setOpenLinks(False)
        column = QVBoxLayout()
        column.addWidget(self.preview, 1)
        self.blanks = QLabel()
        self.blanks.setObjectName("hint")
        self.blanks.setWordWrap(True)
        column.addWidget(self.blanks)
        body.addWidget(self.list, 2)
        body.addLayout(column, 3)
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
            # one paragraph: the delegate draws a line break as "…", wrapping does the rest
            # (a word joiner keeps "/shipped" whole when the line breaks)
            label = t.name + (f"   /\u2060{t.shortcut}" if t.shortcut else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, t)
            item.setToolTip(t.name + (f"  /{t.shortcut}" if t.shortcut else "")
                            + "\n" + placeholder_names.category(t.category))
            self.list.addItem(item)
        self.list.fit_rows()
        if rows:
            self.list.setCurrentRow(0)
            self.empty.setText("")
        else:
            self.preview.clear()
            self.blanks.setText("")
            self.empty.setText(self.tr("No template matches. Templates are written and edited "
                                       "under Templates in the sidebar."))
        self.insert_button.setEnabled(bool(rows))

    def _preview(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        """The chosen template filled for the open conversation; unknown blanks marked."""
        t = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if t is None:
            self.rendered = None
            self.preview.clear()
            self.blanks.setText("")
            return
        self.rendered = rendered = conversation_view.render_template_for(
            self.conversation_id, t.id, t.language, self.account_id)
        self.preview.setHtml(
            f"<p><b>{marked_html(rendered.subject)}</b></p>"
            f"<div style='white-space: pre-wrap'>{marked_html(rendered.body.strip())}</div>")
        notes = []
        for m in rendered.missing:
            note = self.tr("%1: not known yet").replace(
                "%1", placeholder_names.description(m.name))
            if m.hint_msg is not None:
                note += " — " + i18n.message_text(m.hint_msg)
            notes.append(note)
        notes += [self.tr("Unknown placeholder {%1}").replace("%1", name)
                  for name in rendered.unknown]
        if notes:
            self.blanks.setText(self.tr("Still blank (marked in red; you fill them after "
                                        "inserting):") + "\n" + "\n".join(notes))
        else:
            self.blanks.setText(self.tr("Everything is filled in for this conversation."))

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
