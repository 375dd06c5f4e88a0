"""Mail parsed in the helper process comes out exactly as parsed in place; a helper that
dies costs nothing but the helper."""

from __future__ import annotations

import os
import signal

import pytest

from seller_desk.core.mail.parse import helper as parsing


def message(i: int) -> bytes:
    html = (f"<p onclick='x()'>Pesanan <b>#{1000 + i}</b> sudah dipos</p>"
            "<img src='https://tracker.example/p.gif'>")
    return ("From: =?UTF-8?B?U2l0aSBOdXJoYWxpemE=?= <siti@example.test>\r\n"
            f"Subject: =?UTF-8?Q?Pesanan_=E2=84=96_{i}?=\r\n"
            f"Message-ID: <p{i}@example.test>\r\n"
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
            "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Salam, pesanan {i} sudah sampai? 陈\r\n"
            "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            f"{html}\r\n--b--\r\n").encode()


@pytest.fixture
def helper():
    parsing.stop_helper()
    parsing.use_helper(True)
    yield
    parsing.use_helper(True)
    parsing.stop_helper()


def test_a_big_batch_is_parsed_in_the_helper_exactly_as_in_place(helper):
    raws = [message(i) for i in range(parsing.PROCESS_MIN_BATCH)] + [b"not mail at all"]
    in_place = parsing.prepare_all(raws)
    assert not parsing.helper_running()
    assert parsing.prepare_batch(raws) == in_place
    assert parsing.helper_running()
    parsed, derived = in_place[3]
    assert parsed.subject == "Pesanan № 3" and "陈" in parsed.text
    # the HTML comes back as received: it is cleaned when the message is first shown
    assert "onclick" in parsed.html
    # the values the store derives from the message alone come ready with it
    assert derived.subject_key == "pesanan № 3" and "陈" in derived.snippet
    assert in_place[-1][0].parse_error


def test_a_small_batch_never_starts_the_helper(helper):
    raws = [message(i) for i in range(parsing.PROCESS_MIN_BATCH - 1)]
    assert parsing.prepare_batch(raws) == parsing.prepare_all(raws)
    assert not parsing.helper_running()


def test_the_helper_starts_ahead_of_a_big_fetch_only(helper):
    parsing.warm_helper(parsing.PROCESS_MIN_BATCH - 1)
    assert not parsing.helper_running()
    parsing.warm_helper(parsing.PROCESS_MIN_BATCH)
    assert parsing.helper_running()
    # the started helper takes the first batch; a second warm-up starts nothing more
    started = parsing._helper._executor
    parsing.warm_helper(parsing.PROCESS_MIN_BATCH)
    assert parsing._helper._executor is started
    raws = [message(i) for i in range(parsing.PROCESS_MIN_BATCH)]
    assert parsing.prepare_batch(raws) == parsing.prepare_all(raws)
    parsing.use_helper(False)
    parsing.warm_helper(parsing.PROCESS_MIN_BATCH)
    assert not parsing.helper_running()


def test_a_helper_that_dies_is_replaced_by_parsing_in_place(helper, caplog):
    raws = [message(i) for i in range(parsing.PROCESS_MIN_BATCH)]
    expected = parsing.prepare_all(raws)
    assert parsing.prepare_batch(raws) == expected
    [pid] = list(parsing._helper._executor._processes)  # type: ignore[union-attr]
    os.kill(pid, signal.SIGKILL)
    assert parsing.prepare_batch(raws) == expected
    assert not parsing.helper_running()
    assert "helper process failed" in caplog.text
    # and it is not tried again this session
    assert parsing.prepare_batch(raws) == expected
    assert not parsing.helper_running()


def test_batches_waiting_when_the_helper_stops_are_parsed_in_place(helper):
    raws = [message(i) for i in range(parsing.PROCESS_MIN_BATCH)]
    expected = parsing.prepare_all(raws)
    waiting = [parsing.start_batch(raws) for _ in range(4)]
    parsing.stop_helper()
    assert all(collect() == expected for collect in waiting)
    # stopping is not a failure: the next big batch starts a new helper
    assert parsing.prepare_batch(raws) == expected
    assert parsing.helper_running()


def test_the_helper_stays_silent_and_the_app_logs_unreadable_mail(helper, caplog, capfd):
    raws = [message(i) for i in range(parsing.PROCESS_MIN_BATCH - 2)] + [b"\xff\xfe", b""]
    with caplog.at_level("INFO", logger="seller_desk.core.mail.parse.helper"):
        prepared = parsing.prepare_batch(raws)
    assert parsing.helper_running()
    assert [p.parse_error is not None for p, *_rest in prepared][-2:] == [True, True]
    assert "2 of 32 messages could not be read in full" in caplog.text
    parsing.stop_helper(wait=True)
    assert capfd.readouterr().err == ""


def test_big_messages_in_pieces_go_to_a_running_helper_and_come_back_as_in_place(helper):
    raws = [message(i) for i in range(parsing.PROCESS_MIN_BATCH)]
    header, _sep, _body = raws[5].partition(b"\r\n\r\n")
    text = "Salam, pesanan 5 sudah sampai? 陈".encode()
    html = b"<p onclick='x()'>Pesanan <b>#1005</b></p><img src='https://t.example/p.gif'>"
    pieces = [(header, [("1", "text/plain", "8bit", "utf-8", text),
                        ("2", "text/html", "8bit", "utf-8", html)], [])] * 3
    in_place = parsing.prepare_pieces(pieces)
    assert not parsing.helper_running()
    parsing.prepare_batch(raws)  # a first sync's batch starts the helper
    waiting = parsing.start_pieces(pieces)  # three messages: sent along, it runs already
    assert waiting() == in_place
    parsed, derived = in_place[0]
    assert "陈" in parsed.text and derived.snippet.startswith("Salam, pesanan 5")
    # the HTML travels as received (cleaned when first shown); the header fields stay behind
    assert parsed.html == html.decode() and parsed.fields == {}
