"""Sending a brief to a real SMTP server (aiosmtpd on 127.0.0.1) and checking what arrives.

Every failure the issue names gives one sentence and delivers nothing:
connection refused, login rejected, STARTTLS requested but not offered, a
recipient refused (and a second attempt after the fix delivers exactly once).
"""

from __future__ import annotations

import datetime as dt
import re
import socket
from pathlib import Path

import pytest
from _smtp import PASSWORD, USER, closed_port, smtp_server

from briefing.deliver import build_message, send_message, smtp_password
from briefing.errors import BriefingError
from briefing.model import Brief
from briefing.pipeline import build_brief
from briefing.profile import load_profile
from briefing.read import read_article
from briefing.render import attribution, quote_words

SENDER = "Briefing Desk <desk@example.org>"
TO = ["Ann Editor <ann@example.org>", "bob@example.net"]
WHEN = dt.datetime(2024, 4, 9, 7, 30, tzinfo=dt.UTC)
# Generous for loopback, bounded so a broken server cannot hang the suite.
TIMEOUT = 10.0


@pytest.fixture(scope="module")
def brief() -> Brief:
    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_a44bcb0ca409121c.txt"
    return build_brief(read_article(seed), load_profile(seed.with_suffix(".toml")))


def _one_sentence(message: str) -> None:
    assert "\n" not in message and message.strip() == message and message


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_what_arrives_has_both_parts_headers_recipients_styles_and_quotes(
    brief: Brief, tmp_path: Path
) -> None:
    msg = build_message(brief, sender=SENDER, to=TO, date=WHEN)
    with smtp_server(tmp_path) as server:
        accepted = send_message(msg, server.host, server.port, timeout=TIMEOUT)
        got = server.handler.received
    assert accepted == ["ann@example.org", "bob@example.net"]
    assert len(got) == 1, "one message, once"
    assert got[0].mail_from == "desk@example.org"
    assert got[0].rcpt_tos == ["ann@example.org", "bob@example.net"]

    m = got[0].message
    assert m["Subject"] == f"Brief: {_flat(brief.title)} (2024-04-09)"
    assert m["From"] == SENDER
    assert m["To"] == "Ann Editor <ann@example.org>, bob@example.net"
    assert m["Date"] == "Tue, 09 Apr 2024 07:30:00 +0000"
    assert re.fullmatch(r"<[^<>@\s]+@example\.org>", m["Message-ID"])
    assert m.get_content_type() == "multipart/alternative"
    parts = list(m.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in parts)
    text, html = (p.get_content() for p in parts)

    # The text part: every quote with its speaker, every statement verbatim.
    assert _flat(brief.title) in _flat(text)
    for sec in brief.sections:
        for st in sec.statements:
            assert _flat(st.sentence.text) in _flat(text.replace("\n  ", " "))
        for q in sec.quotes:
            assert _flat(quote_words(q)) in _flat(text.replace("\n  > ", " "))
            assert f"— {attribution(q)}" in text
    assert max(len(line) for line in text.splitlines()) <= 72

    # The HTML part: styles inlined on the elements, quotes and speakers kept.
    assert re.search(r'<h1 style="[^"]*font-size', html)
    assert re.search(r'<div class="page" style="[^"]*max-width: ?680px', html)
    assert re.search(r'<blockquote style="[^"]*border-left', html)
    for sec in brief.sections:
        for q in sec.quotes:
            assert f"— {attribution(q)}" in html
    assert "Sergey Lavrov" in html and "Wang Yi" in html


def test_starttls_and_login(brief: Brief, tmp_path: Path) -> None:
    msg = build_message(brief, sender=SENDER, to=TO[:1], date=WHEN)
    with smtp_server(tmp_path, starttls=True, auth=True) as server:
        send_message(
            msg,
            server.host,
            server.port,
            starttls=True,
            user=USER,
            password=PASSWORD,
            context=server.client_context(),
            timeout=TIMEOUT,
        )
        assert len(server.handler.received) == 1


def test_implicit_tls(brief: Brief, tmp_path: Path) -> None:
    msg = build_message(brief, sender=SENDER, to=TO[:1], date=WHEN)
    with smtp_server(tmp_path, implicit_tls=True) as server:
        send_message(
            msg,
            server.host,
            server.port,
            ssl=True,
            context=server.client_context(),
            timeout=TIMEOUT,
        )
        assert len(server.handler.received) == 1


def test_connection_refused(brief: Brief) -> None:
    msg = build_message(brief, sender=SENDER, to=TO, date=WHEN)
    port = closed_port()
    with pytest.raises(BriefingError) as err:
        send_message(msg, "127.0.0.1", port, timeout=TIMEOUT)
    assert str(err.value) == f"cannot connect to SMTP server 127.0.0.1:{port}: connection refused"


def test_login_rejected_sends_nothing(brief: Brief, tmp_path: Path) -> None:
    msg = build_message(brief, sender=SENDER, to=TO, date=WHEN)
    with smtp_server(tmp_path, auth=True) as server:
        with pytest.raises(BriefingError) as err:
            send_message(
                msg, server.host, server.port, user=USER, password="wrong", timeout=TIMEOUT
            )
        assert server.handler.received == [] and server.handler.rcpt_attempts == []
    _one_sentence(str(err.value))
    assert "rejected the login for desk (535" in str(err.value)


def test_starttls_requested_but_not_offered_sends_nothing(brief: Brief, tmp_path: Path) -> None:
    msg = build_message(brief, sender=SENDER, to=TO, date=WHEN)
    with smtp_server(tmp_path) as server:
        with pytest.raises(BriefingError) as err:
            send_message(msg, server.host, server.port, starttls=True, timeout=TIMEOUT)
        assert server.handler.received == [] and server.handler.rcpt_attempts == []
    _one_sentence(str(err.value))
    assert "does not offer STARTTLS; nothing was sent" in str(err.value)


def test_tls_against_a_plain_server_fails_cleanly(brief: Brief, tmp_path: Path) -> None:
    msg = build_message(brief, sender=SENDER, to=TO, date=WHEN)
    with smtp_server(tmp_path) as server:
        with pytest.raises(BriefingError) as err:
            send_message(msg, server.host, server.port, ssl=True, timeout=TIMEOUT)
        assert server.handler.received == []
    _one_sentence(str(err.value))
    assert str(err.value).startswith(f"TLS with SMTP server 127.0.0.1:{server.port} failed")


def test_a_refused_recipient_sends_nothing_and_the_fixed_retry_sends_once(
    brief: Brief, tmp_path: Path
) -> None:
    bad = "nobody@example.net"
    with smtp_server(tmp_path, refuse=frozenset({bad})) as server:
        msg = build_message(brief, sender=SENDER, to=[TO[0], bad], date=WHEN)
        with pytest.raises(BriefingError) as err:
            send_message(msg, server.host, server.port, timeout=TIMEOUT)
        assert server.handler.received == [], "no copy goes to the good address either"
        fixed = build_message(brief, sender=SENDER, to=[TO[0]], date=WHEN)
        send_message(fixed, server.host, server.port, timeout=TIMEOUT)
        assert [r.rcpt_tos for r in server.handler.received] == [["ann@example.org"]]
    _one_sentence(str(err.value))
    assert f"refused the recipient {bad} (550 5.1.1 No such user here); nothing was sent" in str(
        err.value
    )


def test_login_without_password_is_refused_before_connecting(brief: Brief) -> None:
    msg = build_message(brief, sender=SENDER, to=TO, date=WHEN)
    with pytest.raises(BriefingError, match=r"needs the password in \$BRIEFING_SMTP_PASSWORD"):
        send_message(msg, "127.0.0.1", closed_port(), user=USER, password=None)


def test_password_comes_only_from_the_environment() -> None:
    assert smtp_password({"BRIEFING_SMTP_PASSWORD": "pw"}) == "pw"
    assert smtp_password({}) is None
    assert smtp_password({"BRIEFING_SMTP_PASSWORD": ""}) is None


def test_a_silent_server_times_out_with_one_sentence(brief: Brief) -> None:
    msg = build_message(brief, sender=SENDER, to=TO, date=WHEN)
    with socket.socket() as listener:  # accepts connections (backlog) but never greets
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        with pytest.raises(BriefingError) as err:
            send_message(msg, "127.0.0.1", port, timeout=0.5)
    assert str(err.value) == f"SMTP server 127.0.0.1:{port} did not answer within 0.5 s"


def test_a_timeout_after_the_text_went_out_says_it_may_have_arrived(
    brief: Brief, tmp_path: Path
) -> None:
    msg = build_message(brief, sender=SENDER, to=TO, date=WHEN)
    with smtp_server(tmp_path, stall_data=2.0) as server, pytest.raises(BriefingError) as err:
        send_message(msg, server.host, server.port, timeout=0.5)
    _one_sentence(str(err.value))
    assert str(err.value).endswith(
        "stopped answering (timeout 0.5 s); "
        "the message may have been delivered: check before sending it again"
    )
