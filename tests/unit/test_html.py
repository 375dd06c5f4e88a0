"""HTML from mail is made safe to show, remote content is blocked, and text is extracted."""

from __future__ import annotations

import html as html_lib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# (hostile HTML, an address that must not survive it)
LOCAL_ADDRESSES = [
    ('<img src="/dev/zero">', "/dev/zero"),
    ('<img src="file:///etc/passwd">', "passwd"),
    ('<img src="FILE:///etc/passwd">', "passwd"),
    ('<img src="\\\\host\\share\\x.png">', "host"),
    ('<img src="//host/x.png">', "host"),
    ('<img src="x.png">', "x.png"),
    ('<img src="../x.png">', "x.png"),
    ('<img src=" /dev/zero">', "/dev/zero"),
    ('<img src="&#x2f;dev&#x2f;zero">', "zero"),
    ('<img src="http:/dev/zero">', "zero"),
    ('<img src="http:\\\\host\\x.png">', "host"),
    ('<img src="java&#x09;script:alert(1)">', "script"),
    ('<img src="c:/x.png">', "x.png"),
    ('<img src="smb://host/share/x.png">', "host"),
    ('<img src="qrc:/x.png">', "x.png"),
    ('<base href="file:///etc/"><img src="passwd">', "passwd"),
    ('<img srcset="/x.png 1x, https://web.test/y.png 2x">', "png"),
    ('<p style="color:red;background-image:url(/x.png)">a</p>', "x.png"),
    ('<p style="color:red;width:u\\72l(/x.png)">a</p>', "x.png"),
    ('<p style="color:red;width:url(file:///x.png)">a</p>', "x.png"),
    ('<p style="color:red;width:url(https://web.test/x.png)">a</p>', "x.png"),
    ('<style>@import url(/x.css);</style><p>a</p>', "x.css"),
    ('<link rel="stylesheet" href="/x.css">', "x.css"),
    ('<object data="/x.swf"></object><embed src="/x.swf">', "x.swf"),
    ('<iframe src="/x.html"></iframe>', "x.html"),
    ('<svg><image href="/x.png"/></svg>', "x.png"),
    ('<meta http-equiv="refresh" content="0;url=file:///x">', "file"),
    ('<table background="/x.png"><tr><td>a</td></tr></table>', "x.png"),
    ('<table><tr><td background="file:///x.png">a</td></tr></table>', "x.png"),
    ('<body background="/x.png">a</body>', "x.png"),
    ('<blockquote cite="file:///x.html">q</blockquote>', "x.html"),
    ('<a href="file:///etc/passwd">a</a>', "passwd"),
    ('<a href="/etc/passwd">a</a>', "passwd"),
    ('<a href="javascript:alert(1)">a</a>', "alert"),
    ('<a href="smb://host/share">a</a>', "host"),
    ('<a href="data:text/html,hi">a</a>', "data"),
]


@pytest.mark.parametrize(("hostile", "address"), LOCAL_ADDRESSES)
def test_only_web_cid_and_data_addresses_survive_sanitizing(hostile, address):
    safe, _remote = html.sanitize(hostile)
    assert address not in safe, safe


def test_web_cid_data_and_mail_addresses_survive_sanitizing():
    safe, remote = html.sanitize(
        '<img src="cid:logo@x"><img src="data:image/png;base64,iVBORw0KGgo=">'
        '<img src="HTTPS://web.test/a.png"><table><tr><td background="https://web.test/b.png">'
        'a</td></tr></table><a href="mailto:ali@example.com">mail</a> '
        '<a href="tel:+60123456789">call</a> <a href="https://shop.test/t?a=1&amp;b=2">t</a>')
    assert remote
    for kept in ('src="cid:logo@x"', 'src="data:image/png;base64,iVBORw0KGgo="',
                 'src="HTTPS://web.test/a.png"', 'background="https://web.test/b.png"',
                 'href="mailto:ali@example.com"', 'href="tel:+60123456789"',
                 'href="https://shop.test/t?a=1&amp;b=2"'):
        assert kept in safe
    assert html.remote_addresses(safe) == {"HTTPS://web.test/a.png", "https://web.test/b.png"}
    assert html.remote_addresses(html.with_remote_content_blocked(safe)) == set()


def test_data_addresses_are_decoded():
    assert html.data_address_bytes("data:image/png;base64,iVBORw0K%0AGgo=") == (
        "image/png", b"\x89PNG\r\n\x1a\n")
    assert html.data_address_bytes("data:,a%20b") == ("text/plain", b"a b")
    assert html.data_address_bytes("data:image/png;base64,***") is None
    assert html.data_address_bytes("https://web.test/x.png") is None


def test_html_to_text_keeps_line_structure_and_drops_styles():
    text = html.html_to_text(
        "<html><head><title>T</title><style>p{}</style></head><body><h1>Order 123</h1>"
        "<p>Dear&nbsp;Ali,</p><p>Thanks &amp; regards<br>Shop</p>"
        "<table><tr><td>Item</td><td>RM 5</td></tr></table></body></html>")
    assert text.splitlines()[0] == "Order 123"
    assert "Dear Ali," in text and "Thanks & regards\nShop" in text
    assert "Item RM 5" in text and "p{}" not in text and "T\n" not in text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("url(image-set@import\\expression :;)/xU7")),
               max_size=40))
def test_a_style_is_checked_in_full_whenever_it_could_load(value):
    """The quick test for "(", "\\" and "@" keeps exactly the styles the full check keeps."""
    if html._STYLE_LOADS.search(value):
        kept = [d for d in value.split(";") if d.strip() and not html._STYLE_LOADS.search(d)]
        assert html._safe_style(value) == (";".join(kept) or None)
    else:
        assert html._safe_style(value) == value


def test_html_to_text_collapses_spaces_within_lines_only():
    text = html.html_to_text("<p>a \t\u00a0 b</p><p>  c  </p>\n\n<div> d\te </div>")
    assert text == "a b\n\nc\n\nd e"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(['<img src="', '<td background="', " src=", " SRC=", "https:",
                                 "HTTP:", "//", "/", '"', "=", " ", "\t", "x", ">", "\u017frc=\"",
                                 "poster=", "srcset="]), max_size=20).map("".join))
def test_remote_content_is_found_where_blocking_finds_it(text):
    """has_remote_content agrees with the pattern that blocks remote content when shown."""
    assert html.has_remote_content(text) == (html._REMOTE_ATTR.search(text) is not None)


_OLD_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_OLD_BLOCK_BREAK = re.compile(
    r"<(?:br|/?p|/?div|/?tr|/?li|/?h[1-6]|/?table|/?blockquote|/?pre|hr|/?dt|/?dd)\b[^>]*>", re.I)


def html_to_text_by_substitution(source: str) -> str:
    """html_to_text as it was, marking block breaks with re.sub and a function and running
    blanks together with a pattern, line by line."""
    marked = html._CELL_BREAK.sub(" \t</td>",
                                  _OLD_BLOCK_BREAK.sub(lambda m: "\n" + m.group(0), source))
    text = html_lib.unescape(html._text_cleaner(marked))
    lines = [_OLD_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return html._BLANK_LINES.sub("\n\n", "\n".join(lines).strip())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["<br>", "<BR/>", "<p>", "</p>", "<div class=x>", "<hr",
                                 "<br <p>", "</td>", "<td>", "<tr>", "<h1>", "<pre>", "a b",
                                 " ", "\n", "\t", "&amp;", "\u00a0", "<b>", "x", "  ",
                                 "\r", "\f", "\v", "&nbsp;", "&#9;", "&#13;", "\u2003",
                                 "\x85", "\u3000", "&#12;"]),
                max_size=25).map("".join))
def test_html_to_text_reads_as_before(source):
    assert html.html_to_text(source) == html_to_text_by_substitution(source)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "\t", "\r", "\f", "\v", "\u00a0", "\n", "\u2003",
                                 "\x85", "x", "yz"]), max_size=40).map("".join))
def test_blanks_run_together_as_the_pattern_ran_them(text):
    assert html._collapse_blanks(text) == _OLD_SPACES.sub(" ", text)
