"""HTML from mail is made safe to show, remote content is blocked, and text is extracted."""

from __future__ import annotations

from seller_desk.core.mail.parse import html


def test_sanitize_removes_scripts_handlers_and_dangerous_urls():
    safe, remote = html.sanitize(
        '<p onclick="steal()" style="color:red;position:fixed">Hi</p><script>alert(1)</script>'
        '<a href="javascript:alert(1)">x</a><iframe src="https://evil.test"></iframe>'
        '<form action="https://evil.test"><input name="card"></form>'
        '<a href="https://shop.test/track">track</a>')
    assert "script" not in safe and "onclick" not in safe and "javascript" not in safe
    assert "iframe" not in safe and "<form" not in safe and "<input" not in safe
    assert "position" not in safe and "color:red" in safe
    assert 'href="https://shop.test/track"' in safe and "noopener" in safe
    assert not remote


def test_remote_images_are_detected_and_blocked_but_inline_ones_stay():
    safe, remote = html.sanitize('<img src="https://pixel.test/open.gif" alt="logo">'
                                 '<img src="cid:part1@x"><td background="http://bg.test/x.png">')
    assert remote
    blocked = html.with_remote_content_blocked(safe)
    assert "pixel.test" not in blocked and "bg.test" not in blocked
    assert 'src="cid:part1@x"' in blocked and 'alt="logo"' in blocked
    assert html.for_display(safe, allow_remote=True) == safe
    assert not html.has_remote_content(blocked)


def test_inline_images_point_at_local_files():
    safe, _ = html.sanitize('<img src="cid:logo@x">')
    shown = html.with_inline_images(safe, {"logo@x": "file:///cache/logo.png"})
    assert 'src="file:///cache/logo.png"' in shown


def test_html_to_text_keeps_line_structure_and_drops_styles():
    text = html.html_to_text(
        "<html><head><title>T</title><style>p{}</style></head><body><h1>Order 123</h1>"
        "<p>Dear&nbsp;Ali,</p><p>Thanks &amp; regards<br>Shop</p>"
        "<table><tr><td>Item</td><td>RM 5</td></tr></table></body></html>")
    assert text.splitlines()[0] == "Order 123"
    assert "Dear Ali," in text and "Thanks & regards\nShop" in text
    assert "Item RM 5" in text and "p{}" not in text and "T\n" not in text
