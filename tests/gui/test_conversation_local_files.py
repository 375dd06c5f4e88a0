"""Hostile mail HTML in the real conversation view: it never reads a local file and never
reaches the network before the seller clicks "Show images"; afterwards only web images load.

Local reads are caught with named pipes (FIFOs): a watcher process, outside this one, notices
when anything opens a pipe for reading (a writer can then open it without blocking), records
it and feeds the reader a few bytes so nothing hangs. Web requests are counted by a loopback
server. ``/dev/zero`` (reading it ran the app out of memory) is tried in a child process with
a memory cap, so a regression fails the test instead of the machine.
"""

from __future__ import annotations

import base64
import http.server
import os
import resource
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from gui import desk_support
from gui.test_desk_conversation import PNG

from seller_desk.core.conversations.state import refresh
from seller_desk.core.mail.parse import html as mail_html
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import DIRECTION_IN, Conversation, Message
from seller_desk.ui.conversation.browser import MessageBrowser
from seller_desk.ui.qt import QTextDocument, QUrl
from seller_desk.ui.tasks import network_pool

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")

# what the watcher runs: poll every pipe; an open for reading lets a non-blocking writer in
_WATCHER = textwrap.dedent("""
    import os, sys, time
    log, pipes = sys.argv[1], sys.argv[2:]
    while True:
        for pipe in pipes:
            try:
                fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                continue
            with open(log, "a") as f:
                f.write(os.path.basename(pipe) + "\\n")
            try:
                os.write(fd, b"GIF89a")
            except OSError:
                pass
            os.close(fd)
        time.sleep(0.005)
""")

PIPES = ("img", "img-file", "img-relative", "img-base", "img-srcset", "style-url", "import-url",
         "link-css", "object", "embed", "svg-image", "table-bg", "td-bg", "body-bg", "unc",
         "subject")


class PipeWatch:
    """Named pipes in a temporary folder and a watcher process reporting which were opened."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.log = folder / "opened.txt"
        self.log.write_text("")
        for name in (*PIPES, "sentinel"):
            os.mkfifo(folder / name)
        self.process = subprocess.Popen(
            [sys.executable, "-c", _WATCHER, str(self.log),
             *(str(folder / n) for n in (*PIPES, "sentinel"))])

    def path(self, name: str) -> str:
        return str(self.folder / name)

    def opened(self) -> list[str]:
        """Pipes opened so far (after making sure the watcher has looked at every pipe)."""
        # each read of the sentinel waits for the watcher; after two, it has gone round all
        # the pipes at least once since this call began
        for _ in range(2):
            with open(self.folder / "sentinel", "rb") as f:
                f.read()
        names = self.log.read_text().split()
        assert "sentinel" in names, "the watcher does not see reads: this test proves nothing"
        return [n for n in names if n != "sentinel"]

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(10)


@pytest.fixture
def pipes(tmp_path: Path) -> Iterator[PipeWatch]:
    folder = tmp_path / "local"
    folder.mkdir()
    watch = PipeWatch(folder)
    yield watch
    watch.stop()


@pytest.fixture
def web() -> Iterator[tuple[str, list[str]]]:
    """A loopback web server answering every path with a small PNG and counting requests."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # http.server API
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(PNG)))
            self.end_headers()
            self.wfile.write(PNG)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_port}", hits
    server.shutdown()
    server.server_close()


def hostile_html(pipes: PipeWatch, host: str) -> str:
    """Every way we know for mail HTML to name a local file, a file share or a web address."""
    p = pipes.path
    relative = os.path.relpath(p("img-relative"))
    return (
        '<html><head><base href="file:///">'
        f'<link rel="stylesheet" href="{p("link-css")}">'
        f'<link rel="stylesheet" href="http://{host}/link.css">'
        f'<meta http-equiv="refresh" content="0;url=http://{host}/refresh">'
        f'<style>@import url("{p("import-url")}"); @import url(http://{host}/import.css);'
        f' p {{ background-image: url(http://{host}/style-sheet-bg.png) }}</style>'
        f'</head><body background="{p("body-bg")}">'
        "<p>Hi, here is a photo of the damaged box:</p>"
        f'<img src="{p("img")}"><img src="file://{p("img-file")}">'
        f'<img src="{relative}"><img src="img-base">'
        f'<img src="/dev/null"><img src="file:///etc/passwd">'
        f'<img src="\\\\127.0.0.1\\share\\x.png"><img src="\\\\?\\{p("unc")}">'
        f'<img src="//{host}/scheme-relative.png"><img src="//127.0.0.1/share/x.png">'
        f'<img srcset="{p("img-srcset")} 1x, http://{host}/srcset.png 2x">'
        f'<p style="background-image:url({p("style-url")})">styled</p>'
        f'<p style="background-image:url(http://{host}/style-bg.png)">styled</p>'
        f'<object data="{p("object")}"></object><embed src="{p("embed")}">'
        f'<iframe src="http://{host}/frame.html"></iframe>'
        f'<svg><image href="{p("svg-image")}" width="10" height="10"/></svg>'
        f'<table background="{p("table-bg")}"><tr><td background="{p("td-bg")}">a</td>'
        f'<td background="http://{host}/td-bg.png">b</td></tr></table>'
        f'<a href="file://{p("img")}">a link</a> <a href="javascript:alert(1)">another</a>'
        f'<img src="http://{host}/remote.png" alt="photo">'
        "</body></html>"
    )


def add_message(conv: Conversation, html_body: str, remote: bool) -> Message:
    msg = Message.create(
        conversation=conv, account=conv.account_id, direction=DIRECTION_IN,
        sender_name="Sarah Collins", sender_email="sarah.collins@gmail.com",
        to_addrs="hello@norabatik.my", subject="Re: " + conv.subject,
        date=utcnow() - timedelta(minutes=5), received_at=utcnow(),
        text_body="Hi, here is a photo of the damaged box:", html_body=html_body,
        has_remote_content=remote, snippet="Hi, here is a photo", body_fetched=True)
    refresh(conv)
    return msg


def settle(page: Any) -> None:
    """Lay out and paint the whole document now, and let any started download finish."""
    browser = page.browser
    browser.document().adjustSize()
    browser.viewport().grab()
    browser.scroll_to_end()
    browser.viewport().grab()
    network_pool().waitForDone(10_000)


def show_images(qtbot: Any, page: Any, message_id: int, hits: list[str]) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page._action("images-once", message_id)
    qtbot.waitUntil(lambda: {"/remote.png", "/td-bg.png"} <= set(hits), timeout=10_000)
    settle(page)


@pytest.mark.parametrize("stored", ["sanitized", "as an older version stored it"])
def test_hostile_html_reads_no_local_file_and_loads_only_web_images_when_asked(
        demo_window: Any, qtbot: Any, pipes: PipeWatch, web: tuple[str, list[str]],
        stored: str) -> None:
    host, hits = web
    raw = hostile_html(pipes, host)
    if stored == "sanitized":
        html_body, remote = mail_html.sanitize(raw)
        assert remote
    else:
        html_body, remote = raw, True  # unsanitized: the viewer alone must hold
    conv = Conversation.select().where(Conversation.counterpart_email
                                       == "sarah.collins@gmail.com").first()
    # the subject is the sender's too, and a label would take it for HTML
    conv.subject = f'Broken <img src="{pipes.path("subject")}"> box'
    conv.save()
    msg = add_message(conv, html_body, remote)

    with qtbot.waitSignal(demo_window.conversation_page.loaded, timeout=5000):
        demo_window.open_conversation(conv.id)
    page = demo_window.conversation_page
    assert msg.id in page.expanded
    assert "damaged box" in page.browser.toPlainText()
    assert page.subject.text() == conv.subject
    page.subject.grab()
    settle(page)
    assert hits == []
    assert pipes.opened() == []

    show_images(qtbot, page, msg.id, hits)
    assert sorted(set(hits)) == ["/remote.png", "/td-bg.png"]
    assert pipes.opened() == []


def test_the_browser_refuses_every_address_but_data_and_allowed_web_images(
        qtbot: Any) -> None:
    browser = MessageBrowser()
    qtbot.addWidget(browser)
    image = QTextDocument.ResourceType.ImageResource.value
    style = QTextDocument.ResourceType.StyleSheetResource.value
    png = "data:image/png;base64," + base64.b64encode(PNG).decode()
    shown = browser.resource_for(image, QUrl(png))
    assert shown is not None and shown.width() == 4
    svg = ("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='9' "
           "height='9'><image href='file:///etc/passwd' width='9' height='9'/></svg>")
    for address in (svg, "/etc/passwd", "file:///etc/passwd", "etc/passwd", "//host/x.png",
                    "\\\\host\\share\\x.png", "qrc:/x.png", "cid:logo@x", "ftp://host/x.png",
                    "http://127.0.0.1:9/not-allowed.png"):
        assert browser.resource_for(image, QUrl(address)) is None, address
    assert browser.resource_for(style, QUrl("http://127.0.0.1:9/x.css")) is None
    # the document loads through the same rules: a data image is laid out at its size
    browser.set_document_html(f'<p>x</p><img src="{png}" width="40">')
    browser.viewport().grab()
    assert browser.document().size().height() >= 40


_DEV_ZERO = textwrap.dedent("""
    import sys
    from seller_desk.ui.qt import QApplication
    app = QApplication([sys.argv[0]])
    from seller_desk.ui.conversation.browser import MessageBrowser
    browser = MessageBrowser()
    browser.resize(600, 400)
    browser.show()
    browser.set_document_html(
        '<p style="background-image:url(/dev/zero)">x</p><img src="/dev/zero">'
        '<img src="file:///dev/zero"><table background="/dev/zero"><tr>'
        '<td background="file:///dev/zero">y</td></tr></table>')
    browser.viewport().grab()
    app.processEvents()
    print("shown")
""")


def test_dev_zero_in_a_message_does_not_crash_the_viewer() -> None:
    """Before, Qt read /dev/zero until memory ran out (std::bad_alloc, the app aborted)."""
    cap = 3 * 1024 ** 3

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _DEV_ZERO], env=env, capture_output=True,
                          text=True, timeout=120, preexec_fn=limit_memory)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "shown"
