"""The templates editor: the list, each answer per language, placeholders, live preview."""

from __future__ import annotations

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.templates import canned as templates
from seller_desk.ui import forms, i18n
from seller_desk.ui.forms import mark_invalid
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.qt import (
    QButtonGroup,
    QComboBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTimer,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.templates import placeholders
from seller_desk.ui.templates.preview import TemplatePreview
from seller_desk.ui.wiring import PageKeys

LANGUAGE_CODES = templates.LANGUAGES  # en, ms, id


class TemplatesPage(Retranslating, QWidget):
    """Ready answers: pick one, write it in each language, see it filled in as you type.

    Signals:
        templates_changed(): a template was saved, deleted or restored.
    """

    templates_changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.key: str | None = None
        self.language = _first_language()
        self.row: templates.Template | None = None
        self._dirty = False
        self._marked: QWidget | None = None  # the field a refused save points at
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.setContentsMargins(16, 12, 16, 6)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.setMaximumWidth(280)
        self.new_button = QPushButton()
        self.new_button.setObjectName("primaryButton")
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.search)
        header.addWidget(self.new_button)
        layout.addLayout(header)

        splitter = QSplitter()
        layout.addWidget(splitter, 1)
        self.list = QTreeWidget()
        self.list.setObjectName("templateList")
        self.list.setHeaderHidden(True)
        self.list.setColumnCount(2)
        self.list.setRootIsDecorated(False)
        self.list.setMinimumWidth(220)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.list)

        editor = QWidget()
        editor.setObjectName("templateEditor")
        column = QVBoxLayout(editor)
        column.setContentsMargins(12, 4, 12, 8)
        languages = QHBoxLayout()
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in LANGUAGE_CODES:
            button = QPushButton(i18n.LANGUAGES.get(code, code))
            button.setCheckable(True)
            button.setObjectName("viewButton")
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            languages.addWidget(button)
            button.clicked.connect(lambda _c=False, c=code: self.set_language(c))
        languages.addStretch(1)
        column.addLayout(languages)
        self.missing_language = QLabel()
        self.missing_language.setObjectName("hint")
        self.missing_language.setWordWrap(True)
        self.copy_button = QPushButton()
        missing_row = QHBoxLayout()
        missing_row.addWidget(self.missing_language, 1)
        missing_row.addWidget(self.copy_button)
        column.addLayout(missing_row)
        form = QFormLayout()
        self.name = QLineEdit()
        self.category = QComboBox()
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(12)
        self.shortcut = QLineEdit()
        self.shortcut.setMaximumWidth(160)
        self.subject = QLineEdit()
        self.labels = {key: QLabel() for key in ("name", "category", "shortcut", "subject")}
        for key, widget in (("name", self.name), ("category", self.category),
                            ("shortcut", self.shortcut), ("subject", self.subject)):
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        column.addLayout(form)
        tools = QHBoxLayout()
        self.body_label = QLabel()
        self.insert_button = QToolButton()
        self.insert_button.setProperty("class", "actionButton")  # framed, its arrow apart
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_menu = QMenu(self)
        self.insert_button.setMenu(self.insert_menu)
        tools.addWidget(self.body_label)
        tools.addStretch(1)
        tools.addWidget(self.insert_button)
        column.addLayout(tools)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        column.addWidget(self.body, 1)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton()
        self.delete_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("hint")
        buttons.addWidget(self.saved_note)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        splitter.addWidget(editor)

        self.preview_panel = TemplatePreview(settings)
        splitter.addWidget(self.preview_panel)
        # the preview's parts, as the page's tests and callers know them
        self.order_choice = self.preview_panel.order_choice
        self.customer_choice = self.preview_panel.customer_choice
        self.preview_subject = self.preview_panel.subject
        self.preview = self.preview_panel.body
        self.preview_missing = self.preview_panel.missing
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([300, 500, 420])

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(200)
        self._preview_timer.timeout.connect(self.update_preview)
        for edit in (self.name, self.shortcut, self.subject):
            edit.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.category.activated.connect(lambda _i: self._edited())
        self.preview_panel.choice_changed.connect(self.update_preview)
        self.list.currentItemChanged.connect(self._chosen)
        self.search.textEdited.connect(lambda _t: self.reload())
        self.new_button.clicked.connect(self.new_template)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.restore_button.clicked.connect(self.restore)
        self.copy_button.clicked.connect(self.copy_from_other_language)
        self.insert_menu.aboutToShow.connect(self._fill_insert_menu)
        self._last_text_field: QWidget = self.body
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.keys = PageKeys(self, {"Ctrl+S": self.save, "Ctrl+Return": self.save,
                                    "Ctrl+Enter": self.save, "Ctrl+N": self.new_template,
                                    "Esc": self.escape})
        self.language_buttons[self.language].setChecked(True)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Templates"))
        self.search.setPlaceholderText(self.tr("Find a template"))
        self.new_button.setText(self.tr("New template"))
        for key, text in (("name", self.tr("Name")), ("category", self.tr("Group")),
                          ("shortcut", self.tr("Shortcut")), ("subject", self.tr("Subject"))):
            self.labels[key].setText(text)
        self.shortcut.setPlaceholderText(self.tr("e.g. paid, typed as /paid"))
        self.body_label.setText(self.tr("Message"))
        self.insert_button.setText(self.tr("Insert placeholder"))
        self.copy_button.setText(self.tr("Start from another language"))
        self.restore_button.setText(self.tr("Restore the original"))
        self.delete_button.setText(self.tr("Delete this language"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip("Ctrl+S")
        current = self.category.currentData()
        self.category.clear()
        for key in (*templates.CATEGORIES, ""):
            self.category.addItem(placeholders.category(key), key)
        self.category.setCurrentIndex(max(0, self.category.findData(current or "")))
        self.reload()

    # --- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the templates again, keeping the one being edited selected."""
        rows = templates.list_templates(query=self.search.text().strip())
        by_key: dict[str, dict[str, templates.Template]] = {}
        for row in rows:
            by_key.setdefault(row.key, {})[row.language] = row
        self.list.blockSignals(True)
        self.list.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        ui = i18n.current_language()
        current = None
        for key, versions in sorted(by_key.items(), key=lambda kv: (
                _category_order(_pick(kv[1], ui).category), _pick(kv[1], ui).name.casefold())):
            shown = _pick(versions, ui)
            group = groups.get(shown.category)
            if group is None:
                group = QTreeWidgetItem(self.list, [placeholders.category(shown.category)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setExpanded(True)
                groups[shown.category] = group
            item = QTreeWidgetItem(group, [shown.name, " ".join(
                code.upper() for code in LANGUAGE_CODES if code in versions)])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setToolTip(0, f"/{shown.shortcut}" if shown.shortcut else "")
            if key == self.key:
                current = item
        self.list.blockSignals(False)
        if current is not None:
            self.list.setCurrentItem(current)
        elif self.key is None:
            first = next((g.child(0) for g in groups.values() if g.childCount()), None)
            if first is not None:
                self.list.setCurrentItem(first)

    def _chosen(self, item: QTreeWidgetItem | None, previous: object) -> None:
        if item is None or item.parent() is None:
            return
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if key == self.key:
            return
        if not self.may_leave_edit():
            # keep editing: the selection goes back to the template being written, so the
            # list and the editor agree and nothing typed is lost
            if isinstance(previous, QTreeWidgetItem):
                self.list.blockSignals(True)
                self.list.setCurrentItem(previous)
                self.list.blockSignals(False)
            return
        self.open_template(key)
        self._select_key(key)  # a save re-read the list: point at the one chosen again

    def _select_key(self, key: str) -> None:
        for g in range(self.list.topLevelItemCount()):
            group = self.list.topLevelItem(g)
            for i in range(group.childCount() if group is not None else 0):
                item = group.child(i) if group is not None else None
                if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == key:
                    self.list.blockSignals(True)
                    self.list.setCurrentItem(item)
                    self.list.blockSignals(False)
                    return

    def open_template(self, key: str | None, language: str | None = None) -> None:
        """Show template ``key`` in ``language`` (default: the one being shown)."""
        self.key = key
        if language is not None:
            self.language = language
            self.language_buttons[language].setChecked(True)
        self._load()

    def set_language(self, code: str) -> None:
        if code != self.language and not self.may_leave_edit():
            self.language_buttons[self.language].setChecked(True)
            return
        self.language = code
        self.language_buttons[code].setChecked(True)
        self._load()

    def _versions(self) -> dict[str, templates.Template]:
        if self.key is None:
            return {}
        return templates.versions_of(self.key)

    def _load(self) -> None:
        versions = self._versions()
        self.row = versions.get(self.language)
        source = self.row or next(iter(versions.values()), None)
        for code, button in self.language_buttons.items():
            name = i18n.LANGUAGES.get(code, code)
            button.setText(name if code in versions or not versions else f"{name} +")
        blocked = [self.name, self.subject, self.shortcut, self.body, self.category]
        for widget in blocked:
            widget.blockSignals(True)
        if self.row is not None:
            self.name.setText(self.row.name)
            self.subject.setText(self.row.subject)
            self.body.setPlainText(self.row.body)
        else:
            self.name.setText(source.name if source else "")
            self.subject.clear()
            self.body.clear()
        self.shortcut.setText(source.shortcut if source else "")
        self.category.setCurrentIndex(max(0, self.category.findData(
            source.category if source else "")))
        for widget in blocked:
            widget.blockSignals(False)
        missing = self.key is not None and self.row is None
        self.missing_language.setVisible(missing)
        self.copy_button.setVisible(missing and bool(versions))
        if missing:
            self.missing_language.setText(self.tr(
                "Not written in %1 yet. Write it here, or start from another language and "
                "translate.").replace("%1", i18n.LANGUAGES.get(self.language, self.language)))
        self.restore_button.setVisible(self.key in templates.library_keys())
        self.delete_button.setEnabled(self.row is not None)
        self._dirty = False
        self.saved_note.clear()
        self._clear_error()
        self.update_preview()

    # --- editing -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget) and \
                watched in (self.subject, self.body):
            self._last_text_field = watched
        return False

    def _edited(self, *_args: object) -> None:
        self._dirty = True
        self.saved_note.clear()
        self._preview_timer.start()

    def _fill_insert_menu(self) -> None:
        self.insert_menu.clear()
        current_group = None
        for name in templates.placeholder_names():
            prefix = name.split(".")[0]
            if prefix != current_group:
                if current_group is not None:
                    self.insert_menu.addSeparator()
                section = self.insert_menu.addAction(placeholders.group(prefix))
                section.setEnabled(False)
                current_group = prefix
            action = self.insert_menu.addAction(
                f"{placeholders.description(name)}    {{{name}}}")
            action.setData(name)
            action.triggered.connect(lambda _c=False, n=name: self.insert_placeholder(n))

    def insert_placeholder(self, name: str) -> None:
        """Put ``{name}`` at the cursor of the subject or the message, whichever was last."""
        token = "{" + name + "}"
        if self._last_text_field is self.subject:
            self.subject.insert(token)
            self.subject.setFocus()
            self._edited()
        else:
            self.body.insertPlainText(token)
            self.body.setFocus()

    def may_leave_edit(self) -> bool:
        """True when the text in the editor may go: unchanged, saved now, or the seller
        chose Discard (which puts back the saved text)."""
        if not self._dirty:
            return True
        answer = forms.ask_discard(self)
        if answer == forms.SAVE:
            return self.save() is not None
        if answer == forms.DISCARD:
            self._load()
            return True
        return False

    def escape(self) -> None:
        """Esc in the editor: changes are saved or discarded only when the seller says so."""
        self.may_leave_edit()

    def new_template(self) -> None:
        if not self.may_leave_edit():
            return
        self.key = None
        self.row = None
        self.list.clearSelection()
        for widget in (self.name, self.subject, self.shortcut):
            widget.clear()
        self.body.clear()
        self.category.setCurrentIndex(0)
        self.missing_language.hide()
        self.copy_button.hide()
        self.restore_button.hide()
        self.delete_button.setEnabled(False)
        self.name.setFocus()

    def copy_from_other_language(self) -> None:
        versions = self._versions()
        for code in ("en", *LANGUAGE_CODES):
            if code in versions and code != self.language:
                source = versions[code]
                self.subject.setText(source.subject)
                self.body.setPlainText(source.body)
                self.body.setFocus()
                self._edited()
                return

    def save(self) -> templates.Template | None:
        """Save what is in the editor; mark the refused field and return None on a refusal."""
        self._clear_error()
        try:
            row = templates.save_template(
                name=self.name.text(), body=self.body.toPlainText(), language=self.language,
                subject=self.subject.text(), category=self.category.currentData() or "",
                shortcut=self.shortcut.text(), key=self.key,
                template_id=self.row.id if self.row is not None else None)
        except ValidationError as exc:
            widget = {"name": self.name, "body": self.body, "shortcut": self.shortcut,
                      "language": self.name}.get(exc.field, self.body)
            self.error.setText(i18n.error_text(exc))
            self.error.show()
            mark_invalid(widget, True)
            self._marked = widget
            widget.setFocus()
            return None
        self.key, self.row = row.key, row
        self._dirty = False
        self.reload()
        self._load()
        self.saved_note.setText(self.tr("Saved."))
        self.templates_changed.emit()
        return row

    def delete(self) -> None:
        if self.row is None or not self.confirm(self.tr(
                "Delete the %1 version of “%2”?").replace(
                "%1", i18n.LANGUAGES.get(self.language, self.language)).replace(
                "%2", self.row.name)):
            return
        templates.delete_template(self.row)
        if not self._versions():
            self.key = None
        self.reload()
        self._load()
        self.templates_changed.emit()

    def restore(self) -> None:
        if self.key is None or not self.confirm(self.tr(
                "Put back the original text of this template in %1? Your changes to it "
                "are lost.").replace("%1", i18n.LANGUAGES.get(self.language, self.language))):
            return
        templates.restore_default(self.key, self.language)
        self.reload()
        self._load()
        self.templates_changed.emit()

    def confirm(self, text: str) -> bool:
        """Ask before something that cannot be undone (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Templates"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _clear_error(self) -> None:
        self.error.hide()
        marked = self._marked
        if marked is not None:
            mark_invalid(marked, False)
            self._marked = None

    # --- preview -------------------------------------------------------------------------

    def update_preview(self) -> None:
        """Fill the editor's text with the chosen order and customer, as the customer reads it."""
        self.rendered = self.preview_panel.show_text(self.subject.text(),
                                                     self.body.toPlainText(), self.language)


def _pick(versions: dict[str, templates.Template], language: str) -> templates.Template:
    for code in (language, "en", *LANGUAGE_CODES):
        if code in versions:
            return versions[code]
    return next(iter(versions.values()))


def _category_order(category: str) -> int:
    keys = list(templates.CATEGORIES)
    return keys.index(category) if category in keys else len(keys)


def _first_language() -> str:
    language = i18n.current_language()
    return language if language in LANGUAGE_CODES else "en"
