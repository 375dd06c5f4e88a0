"""The frame every settings section shares: a title, a short explanation, a form."""

from __future__ import annotations

from seller_desk.core.common.settings import Settings
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.qt import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QSignalBlocker,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class Section(Retranslating, QScrollArea):
    """One page of the settings screen.

    Subclasses build their widgets in ``build()``, set their texts in ``retranslate()``
    and show the stored values in ``load()``. A change is saved at once through
    :meth:`store`, which also announces it.

    Signals:
        changed(str): the setting with this key was saved.
    """

    changed = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("settingsBody")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(24, 16, 24, 24)
        self.column.setSpacing(10)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.column.addWidget(self.title)
        self.column.addWidget(self.intro)
        self.setWidget(body)
        self.build()
        self.column.addStretch(1)
        self.retranslate()
        self.load()

    def build(self) -> None:  # pragma: no cover - every section overrides it
        raise NotImplementedError

    def load(self) -> None:
        """Show the stored values (widgets' signals are blocked meanwhile)."""

    def heading(self) -> str:  # pragma: no cover - every section overrides it
        raise NotImplementedError

    def form(self) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        self.column.addLayout(form)
        return form

    def hint(self) -> QLabel:
        label = QLabel()
        label.setObjectName("hint")
        label.setWordWrap(True)
        return label

    def subheading(self) -> QLabel:
        label = QLabel()
        label.setObjectName("sectionTitle")
        self.column.addSpacing(8)
        self.column.addWidget(label)
        return label

    def store(self, key: str, value: object) -> None:
        if self.settings.get(key) == value:
            return
        self.settings.set(key, value)
        self.changed.emit(key)


def blocked(*widgets: QWidget) -> list[QSignalBlocker]:
    """Keep the returned blockers alive while setting values that must not be saved."""
    return [QSignalBlocker(w) for w in widgets]
