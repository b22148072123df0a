"""`briefing build --format email` and `briefing send`, end to end against a real SMTP server.

Each failure is one ``Error:`` line and exit code 1 with nothing delivered;
usage mistakes exit 2; the password is read from BRIEFING_SMTP_PASSWORD only.
"""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from _smtp import PASSWORD, USER, closed_port, smtp_server
from click.testing import CliRunner, Result

from briefing.cli import main

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_a44bcb0ca409121c.txt"
ADDRS = ["--from", "Desk <desk@example.org>", "--to", "ann@example.org", "--to", "bob@example.net"]


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    base = {"BRIEFING_SMTP_PASSWORD": "", "BRIEFING_TO": "", "BRIEFING_FROM": ""}
    return CliRunner().invoke(main, list(args), env={**base, **(env or {})}, catch_exceptions=False)


def _one_error(result: Result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


def test_build_format_email_writes_an_eml(tmp_path: Path) -> None:
    out = tmp_path / "brief.eml"
    result = run("build", str(SEED), "-f", "email", "-o", str(out), *ADDRS)
    assert result.exit_code == 0, result.output
    msg = BytesParser(policy=policy.default).parsebytes(out.read_bytes())
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert msg["To"] == "ann@example.org, bob@example.net"
    assert msg["From"] == "Desk <desk@example.org>"
    assert (
        msg["Subject"].startswith("Brief: Russia and China") and msg["Date"] and msg["Message-ID"]
    )


def test_build_format_email_needs_addresses(tmp_path: Path) -> None:
    result = run("build", str(SEED), "-f", "email", "-o", str(tmp_path))
    assert result.exit_code == 2
    assert "--format email needs --from and at least one --to" in result.stderr


def test_send_an_article(tmp_path: Path) -> None:
    with smtp_server(tmp_path) as server:
        result = run("send", str(SEED), *ADDRS, "--smtp-host", server.host,
                     "--smtp-port", str(server.port))  # fmt: skip
        got = server.handler.received
    assert result.exit_code == 0, result.output
    assert len(got) == 1 and got[0].rcpt_tos == ["ann@example.org", "bob@example.net"]
    assert "Sergey Lavrov" in got[0].message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert result.stderr.startswith("sent Brief: Russia and China")


def test_send_a_built_eml_to_someone_else(tmp_path: Path) -> None:
    eml = tmp_path / "brief.eml"
    assert run("build", str(SEED), "-f", "email", "-o", str(eml), *ADDRS).exit_code == 0
    with smtp_server(tmp_path) as server:
        result = run("send", str(eml), "--to", "carol@example.com", "--smtp-host", server.host,
                     "--smtp-port", str(server.port))  # fmt: skip
        got = server.handler.received
    assert result.exit_code == 0, result.output
    assert [g.rcpt_tos for g in got] == [["carol@example.com"]]
    assert got[0].message["To"] == "carol@example.com"
    assert got[0].mail_from == "desk@example.org"


def test_dry_run_prints_and_sends_nothing(tmp_path: Path) -> None:
    with smtp_server(tmp_path) as server:
        result = run("send", str(SEED), *ADDRS, "--dry-run", "--smtp-host", server.host,
                     "--smtp-port", str(server.port))  # fmt: skip
        assert server.handler.received == []
    assert result.exit_code == 0
    assert "Content-Type: multipart/alternative;" in result.stdout
    assert "To: ann@example.org, bob@example.net" in result.stdout


def test_starttls_and_login_with_the_password_from_the_environment(tmp_path: Path) -> None:
    with smtp_server(tmp_path, starttls=True, auth=True) as server:
        # The CLI trusts the system's CAs; point OpenSSL at the test certificate.
        env = {"BRIEFING_SMTP_PASSWORD": PASSWORD, "SSL_CERT_FILE": str(server.cafile)}
        result = run("send", str(SEED), *ADDRS, "--smtp-host", server.host, "--smtp-port",
                     str(server.port), "--starttls", "--user", USER, env=env)  # fmt: skip
        assert result.exit_code == 0, result.output
        assert len(server.handler.received) == 1


def test_connection_refused_is_one_error_line() -> None:
    port = closed_port()
    result = run("send", str(SEED), *ADDRS, "--smtp-host", "127.0.0.1", "--smtp-port", str(port))
    assert _one_error(result) == (
        f"Error: cannot connect to SMTP server 127.0.0.1:{port}: connection refused"
    )


def test_login_rejected_is_one_error_line_and_sends_nothing(tmp_path: Path) -> None:
    with smtp_server(tmp_path, auth=True) as server:
        result = run("send", str(SEED), *ADDRS, "--smtp-host", server.host, "--smtp-port",
                     str(server.port), "--user", USER,
                     env={"BRIEFING_SMTP_PASSWORD": "wrong"})  # fmt: skip
        assert server.handler.received == []
    assert "rejected the login for desk" in _one_error(result)


def test_tls_not_offered_is_one_error_line_and_sends_nothing(tmp_path: Path) -> None:
    with smtp_server(tmp_path) as server:
        result = run("send", str(SEED), *ADDRS, "--smtp-host", server.host,
                     "--smtp-port", str(server.port), "--starttls")  # fmt: skip
        assert server.handler.received == []
    assert "does not offer STARTTLS; nothing was sent" in _one_error(result)


def test_refused_recipient_is_one_error_line_and_sends_nothing(tmp_path: Path) -> None:
    with smtp_server(tmp_path, refuse=frozenset({"bob@example.net"})) as server:
        result = run("send", str(SEED), *ADDRS, "--smtp-host", server.host,
                     "--smtp-port", str(server.port))  # fmt: skip
        assert server.handler.received == []
        assert server.handler.rcpt_attempts == ["ann@example.org", "bob@example.net"]
    assert "refused the recipient bob@example.net" in _one_error(result)


def test_user_without_the_password_variable_is_one_error_line() -> None:
    result = run("send", str(SEED), *ADDRS, "--smtp-port", str(closed_port()), "--user", USER)
    assert "needs the password in $BRIEFING_SMTP_PASSWORD" in _one_error(result)


@pytest.mark.parametrize(
    "extra",
    [["--starttls", "--ssl"], ["--password", "x"], []],
    ids=["starttls-and-ssl", "no-password-option", "article-without-addresses"],
)
def test_usage_errors_exit_2(extra: list[str]) -> None:
    args = ["send", str(SEED), *extra]
    if extra:
        args += ADDRS
    assert run(*args).exit_code == 2
