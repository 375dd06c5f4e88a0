"""Render the shop's screens on the demo shop, in English, Malay and Indonesian.

    python docs/screens/render_screens.py            # every language
    python docs/screens/render_screens.py ms         # one

Each language runs in its own process with its own data folder (the demo shop is built
there), offscreen, at 1440 x 900. The pictures land next to this file as
``<screen>-<language>.png`` and are shown in the README.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "ms", "id")
SIZE = (1440, 900)


def render(language: str) -> list[Path]:
    """Render every screen in ``language`` (runs in this process)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from seller_desk.core.common.settings import Settings
    from seller_desk.ui.app import make_application, open_main_window
    from seller_desk.ui.qt import QThreadPool
    from seller_desk.ui.tasks import Task

    settings = Settings()
    settings.set("ui.language", language)
    settings.set("seller.country", "ID" if language == "id" else "MY")
    settings.set("seller.currency", "IDR" if language == "id" else "MYR")
    settings.set("seller.timezone", "Asia/Jakarta" if language == "id" else "Asia/Kuala_Lumpur")
    settings.set("seller.shop_name", "Nora Batik & Craft")
    settings.set("seller.name", "Nora")
    app = make_application()
    window = open_main_window(argparse.Namespace(demo=True, database=None, data_dir=None))
    window.resize(*SIZE)
    window.show()

    def settle(rounds: int = 30) -> None:
        for _ in range(rounds):
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(40)
            if Task.pending() == 0 and rounds > 5:
                app.processEvents()
        app.processEvents()

    written: list[Path] = []

    def shot(widget: object, name: str) -> None:
        settle()
        path = HERE / f"{name}-{language}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        written.append(path)

    def shot_composite(window_: object, popup: object, name: str) -> None:
        """The window with its popup drawn where it stands (a popup is its own window)."""
        from seller_desk.ui.qt import QPainter, QPoint

        settle()
        picture = window_.grab()  # type: ignore[attr-defined]
        painter = QPainter(picture)
        where = window_.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0)))  # type: ignore[attr-defined]
        painter.drawPixmap(where, popup.grab())  # type: ignore[attr-defined]
        painter.end()
        path = HERE / f"{name}-{language}.png"
        picture.save(str(path))
        written.append(path)

    settle(40)
    for key in ("orders", "shipments", "reminders", "reports", "templates", "settings"):
        window.show_section(key)
        settle(40)
        shot(window, key)
    reports = window.section_page("reports")
    window.show_section("reports")
    from seller_desk.ui.qt import QScrollArea

    charts = reports.findChild(QScrollArea).widget()  # the page keeps no name for it
    charts.resize(SIZE[0] - 240, 1500)
    shot(charts, "reports-charts")
    settings_page = window.section_page("settings")
    window.show_section("settings")
    for section in ("language", "hours", "rules", "couriers", "data"):
        settings_page.show_section(section)
        shot(window, f"settings-{section}")

    window.show_section("orders")
    orders_page = window.section_page("orders")
    dialog = orders_page.new_order()
    dialog.resize(900, 720)
    dialog.customer.setText("Nur Aisyah binti Ahmad" if language != "id" else "Rina Wijaya")
    dialog._customer_typed(dialog.customer.text())
    dialog.email.setText("aisyah@example.com" if language != "id" else "rina@example.co.id")
    first = dialog.items.rows[0]
    first.title.setText("Batik silk scarf, Terengganu" if language != "id" else "Kain batik tulis")
    first.quantity.setValue(2)
    first.price.setText("89.00" if language != "id" else "150.000")
    dialog.items._edited(first)
    dialog.shipping_fee.setText("8.00" if language != "id" else "15.000")
    dialog._update_totals()
    dialog.number.clear()
    assert dialog.save() is None  # shows how a refused field looks
    shot(dialog, "order-form")
    dialog.reject()

    # the product completer: a few letters typed in an item line of a new order
    dialog = orders_page.new_order()
    dialog.resize(900, 720)
    first = dialog.items.rows[0]
    first.title.setFocus()
    typed = "batik"
    first.title.setText(typed)
    first.completer.refresh(typed)
    first.completer.complete()
    settle()
    popup = first.completer.popup()
    shot_composite(dialog, popup, "order-completer")
    popup.hide()
    dialog.reject()

    catalogue = orders_page.show_products()
    catalogue.resize(1100, 640)
    settle(40)
    shot(catalogue, "products")
    catalogue.close()

    shipments_page = window.section_page("shipments")
    window.show_section("shipments")
    parcel = shipments_page.add_shipment()
    parcel.tracking.setText("EN123456789MY" if language != "id" else "JP1234567890")
    shot(parcel, "parcel")
    parcel.reject()

    # last, so the screens above show the demo shop as it is
    replies_on_their_way()
    window.show_section("waiting")
    window.refresh()
    settle(40)
    shot(window, "waiting")  # a reply that failed: back in the list, saying so
    window.show_section("onway")
    settle(40)
    shot(window, "onway")
    window.close()
    return written


def replies_on_their_way() -> None:
    """Answer the four customers who have waited longest, each reply at a different stage
    of the outbox: failed, queued, queued again after a refused connection, being sent."""
    from seller_desk.core.answering import compose
    from seller_desk.core.conversations import inbox
    from seller_desk.core.store.models import Message, OutboxMessage

    stages = [
        {"state": "failed", "attempts": 1,
         "last_error": "The mail server refused the user name or password."},
        {"state": "queued"},
        {"state": "queued", "attempts": 2,
         "last_error": "The mail server refused the connection."},
        {"state": "sending", "attempts": 1},
    ]
    for conv_id, stage in zip(inbox.page_ids("waiting", limit=len(stages)), stages,
                              strict=False):
        question = (Message.select().where(Message.conversation == conv_id,
                                           Message.direction == "in")
                    .order_by(Message.date.desc()).first())
        out = compose.reply(question)
        out.text = "Terima kasih!"
        row = compose.send(out)
        OutboxMessage.update(**stage).where(OutboxMessage.id == row.id).execute()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.in_process:
        for path in render(args.languages[0]):
            print(path.relative_to(HERE.parents[1]))
        return 0
    status = 0
    for language in args.languages:
        with tempfile.TemporaryDirectory(prefix="seller-desk-screens-") as home:
            env = {**os.environ, "SELLER_DESK_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
            status |= subprocess.run([sys.executable, __file__, "--in-process", language],
                                     env=env, check=False).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
