"""The live preview of a template: filled in with a chosen order and customer."""

from __future__ import annotations

import html
import re

from seller_desk.core.common.settings import Settings
from seller_desk.core.screens import orders as views_orders
from seller_desk.core.shop import orders
from seller_desk.core.templates import canned as templates
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.qt import (
    QComboBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.templates import placeholders

_TOKEN = re.compile(r"\{[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+(?:\|[^{}\n]*)?\}")


class TemplatePreview(Retranslating, QWidget):
    """Subject and message as the customer would read them, unfilled placeholders in red.

    Signals:
        choice_changed(): another order or customer was chosen.
    """

    choice_changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("templatePreview")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 4, 12, 8)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        column.addWidget(self.title)
        form = QFormLayout()
        self.order_choice = QComboBox()
        self.customer_choice = QComboBox()
        # long order and customer names must not widen the whole window: the box shows
        # what fits, its list shows them whole
        for box in (self.order_choice, self.customer_choice):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
        self.order_choice.setObjectName("previewOrder")
        self.customer_choice.setObjectName("previewCustomer")
        for combo in (self.order_choice, self.customer_choice):
            combo.setMaximumWidth(320)
            combo.activated.connect(lambda _i: self.choice_changed.emit())
            # what the narrow box cuts off (the customer after a long order number) is
            # one hover away
            combo.currentTextChanged.connect(combo.setToolTip)
        self.order_label, self.customer_label = QLabel(), QLabel()
        form.addRow(self.order_label, self.order_choice)
        form.addRow(self.customer_label, self.customer_choice)
        column.addLayout(form)
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        self.subject.setObjectName("previewSubject")
        column.addWidget(self.subject)
        self.body = QTextBrowser()
        self.body.setObjectName("previewBody")
        column.addWidget(self.body, 1)
        self.missing = QLabel()
        self.missing.setObjectName("hint")
        self.missing.setWordWrap(True)
        column.addWidget(self.missing)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Preview"))
        self.order_label.setText(self.tr("Order"))
        self.customer_label.setText(self.tr("Customer"))
        self.fill_choices()

    def fill_choices(self) -> None:
        """The newest orders and customers to try the template on."""
        current_order = self.order_choice.currentData()
        current_customer = self.customer_choice.currentData()
        self.order_choice.clear()
        self.order_choice.addItem(self.tr("No order"), None)
        for row in orders.query_orders(limit=100).rows:
            label = f"{row.number} · {row.customer_name}" if row.customer_name else row.number
            self.order_choice.addItem(label, row.id)
        self.customer_choice.clear()
        self.customer_choice.addItem(self.tr("The order's customer"), None)
        for choice in views_orders.search_customers("", limit=100):
            self.customer_choice.addItem(choice.label(), choice.id)
        if current_order is not None:
            self.order_choice.setCurrentIndex(max(0, self.order_choice.findData(current_order)))
        elif self.order_choice.count() > 1:
            self.order_choice.setCurrentIndex(1)  # the newest order: something to fill in
        if current_customer is not None:
            self.customer_choice.setCurrentIndex(
                max(0, self.customer_choice.findData(current_customer)))

    def show_text(self, subject: str, body: str, language: str) -> templates.Rendered:
        """Fill ``subject`` and ``body`` for the chosen order and customer and show them."""
        ctx = templates.build_context(order=self.order_choice.currentData(),
                                      customer=self.customer_choice.currentData(),
                                      language=language, settings=self.settings)
        rendered = templates.render(subject, body, ctx)
        self.subject.setText("<b>" + marked_html(rendered.subject) + "</b>")
        self.body.setHtml("<div style='white-space: pre-wrap'>" + marked_html(rendered.body)
                          + "</div>")
        notes = [placeholders.description(m.name) + ": " + self.tr("not known here")
                 for m in rendered.missing]
        notes += [self.tr("Unknown placeholder {%1}").replace("%1", name)
                  for name in rendered.unknown]
        self.missing.setText("\n".join(notes) if notes else self.tr("Everything is filled in."))
        return rendered


def marked_html(text: str) -> str:
    """``text`` as HTML with placeholders that stayed unfilled shown in red."""
    out, pos = [], 0
    for m in _TOKEN.finditer(text):
        out.append(html.escape(text[pos:m.start()]))
        out.append(f"<span style='color:#b3261e; background:#fdecea'>"
                   f"{html.escape(m.group(0))}</span>")
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)
