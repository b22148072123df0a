"""Delivery: a :class:`Brief` in, an RFC 5322 e-mail out (as bytes or sent over SMTP).

``build_message`` renders the brief twice (``brief.txt.j2`` and
``brief.html.j2``) and wraps both in one ``multipart/alternative`` message::

    multipart/alternative
    ├── text/plain; charset=utf-8   (quoted-printable; the plain-text brief)
    └── text/html; charset=utf-8    (quoted-printable; every style inlined)

with Subject (title and date), Date, Message-ID, From and To headers.
``message_bytes`` gives the ``.eml`` file; ``send_message`` hands the message
to an SMTP server with the standard library's ``smtplib`` and turns every
failure into one :class:`BriefingError` sentence.

Sending is all or nothing and never repeated: every recipient is checked
(RCPT) before the message text is transferred (DATA), one refused address
aborts the transaction with nothing delivered, and nothing is retried, so a
second attempt after a fix cannot duplicate a delivered copy.
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl as _ssl
from collections.abc import Sequence
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BriefingError
from .render import render

if TYPE_CHECKING:
    import datetime as _dt

    from .model import Brief

PASSWORD_ENV = "BRIEFING_SMTP_PASSWORD"
# A stalled server must not hang a send; 30 s is far above any healthy SMTP reply.
DEFAULT_TIMEOUT = 30.0


def subject_line(brief: Brief) -> str:
    """'Brief: <title> (2024-04-09)': what it is, what about, which day."""
    title = " ".join(brief.title.split())
    return f"Brief: {title} ({brief.date})" if brief.date else f"Brief: {title}"


def inline_styles(html: str) -> str:
    """Move the stylesheet of ``html`` into style="" attributes.

    Many mail clients (Gmail's apps, Outlook) drop or ignore <style> blocks,
    so every rule is inlined. css-inline is used because it is maintained
    (regular releases, Rust core); premailer, the usual choice, has had no
    release since 2021. At-rules (@media dark/print, @page) cannot be
    inlined and are kept in <style>; remote stylesheets are never loaded.
    """
    try:
        import css_inline
    except ImportError:  # pragma: no cover - a dependency of the package
        raise BriefingError(
            "e-mail needs the css-inline package (pip install css-inline)"
        ) from None
    inliner = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)
    try:
        return str(inliner.inline(html))
    except css_inline.InlineError as exc:  # pragma: no cover - our own template's CSS
        raise BriefingError(f"cannot inline the HTML brief's styles ({exc})") from None


def _addresses(values: Sequence[str], what: str) -> list[Address]:
    """Parse 'Name <a@b>' / 'a@b' values (one or comma-separated) into addresses.

    A domain in Unicode becomes its ASCII (IDNA) form, which every server
    accepts; a Unicode local part would need SMTPUTF8, so it is refused here
    rather than by a server halfway through a send.
    """
    out: list[Address] = []
    for value in values:
        shown = " ".join(value.split())
        if "\r" in value or "\n" in value:
            raise BriefingError(f"{what}: {shown!r} holds a line break")
        for name, addr in getaddresses([value]):
            local, at, domain = addr.rpartition("@")
            if not (local and at and domain):
                raise BriefingError(f"{what}: {shown!r} is not an e-mail address")
            if not local.isascii():
                raise BriefingError(f"{what}: {shown!r} has a non-ASCII name before the @")
            try:
                ascii_domain = domain if domain.isascii() else domain.encode("idna").decode()
                out.append(Address(display_name=name, addr_spec=f"{local}@{ascii_domain}"))
            except (ValueError, IndexError, UnicodeError):
                raise BriefingError(f"{what}: {shown!r} is not an e-mail address") from None
    if not out:
        raise BriefingError(f"{what}: no e-mail address given")
    return out


def build_message(
    brief: Brief,
    *,
    sender: str,
    to: Sequence[str],
    date: _dt.datetime | None = None,
    message_id: str | None = None,
    template_dir: str | Path | None = None,
) -> EmailMessage:
    """The brief as an e-mail: plain text and HTML alternatives of the same brief.

    Args:
        brief: the brief to send.
        sender: the From address ('Desk <desk@example.org>' or 'desk@example.org').
        to: recipient addresses (each may hold several, comma-separated).
        date: the Date header (default: now, in local time with its offset).
        message_id: the Message-ID (default: a new unique one on the sender's domain).
        template_dir: a folder of templates that override the packaged ones.
    """
    from_addr = _addresses([sender], "--from")
    if len(from_addr) != 1:
        raise BriefingError("--from: give exactly one sender address")
    to_addrs = _addresses(to, "--to")
    text = render(brief, "txt", template_dir=template_dir)
    html = inline_styles(render(brief, "html", template_dir=template_dir))

    msg = EmailMessage(policy=policy.SMTP)
    msg["Subject"] = subject_line(brief)
    msg["From"] = from_addr[0]
    msg["To"] = to_addrs
    if date is None:
        import datetime as dt

        date = dt.datetime.now().astimezone()
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id or make_msgid(
        "brief", domain=from_addr[0].domain or socket.getfqdn()
    )
    msg["MIME-Version"] = "1.0"
    # Quoted-printable keeps both parts 7-bit clean for any relay (no 8BITMIME
    # or SMTPUTF8 needed) while the ASCII of the text part stays readable raw.
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg


def message_bytes(msg: EmailMessage) -> bytes:
    """The ``.eml`` file: the message exactly as it goes on the wire (CRLF lines)."""
    return msg.as_bytes(policy=policy.SMTP)


def read_message(path: Path) -> EmailMessage:
    """Read an ``.eml`` file written by ``briefing build --format email``."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BriefingError(f"{path}: cannot read ({exc.strerror or exc})") from None
    msg = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(msg, EmailMessage) or not msg["From"] or not msg["To"]:
        raise BriefingError(f"{path}: not an e-mail message with From and To headers")
    return msg


def readdress(
    msg: EmailMessage, *, sender: str | None = None, to: Sequence[str] = ()
) -> EmailMessage:
    """Replace the From and/or To of ``msg`` (an .eml being sent to other people)."""
    if sender:
        addrs = _addresses([sender], "--from")
        if len(addrs) != 1:
            raise BriefingError("--from: give exactly one sender address")
        del msg["From"]
        msg["From"] = addrs[0]
    if to:
        addrs = _addresses(to, "--to")
        del msg["To"]
        msg["To"] = addrs
    return msg


def smtp_password(env: dict[str, str] | None = None) -> str | None:
    """The SMTP password, from ``$BRIEFING_SMTP_PASSWORD`` only (never argv,
    where other users could read it in the process list)."""
    value = (os.environ if env is None else env).get(PASSWORD_ENV)
    return value or None


def envelope(msg: EmailMessage) -> tuple[str, list[str]]:
    """The SMTP envelope: the From address and every To/Cc/Bcc address."""
    senders = getaddresses([str(v) for v in msg.get_all("From", [])])
    if len(senders) != 1 or not senders[0][1]:
        raise BriefingError("the message needs exactly one From address")
    rcpts = [
        a
        for _, a in getaddresses([str(v) for h in ("To", "Cc", "Bcc") for v in msg.get_all(h, [])])
        if a
    ]
    if not rcpts:
        raise BriefingError("the message has no recipients (To)")
    return senders[0][1], list(dict.fromkeys(rcpts))


def send_message(
    msg: EmailMessage,
    host: str,
    port: int,
    *,
    starttls: bool = False,
    ssl: bool = False,
    user: str | None = None,
    password: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    context: _ssl.SSLContext | None = None,
) -> list[str]:
    """Send ``msg`` once through ``host:port`` and return the accepted recipients.

    Args:
        msg: the message; its From and To/Cc/Bcc give the envelope.
        host, port: the SMTP server.
        starttls: upgrade the connection with STARTTLS (fails if not offered).
        ssl: connect with implicit TLS (SMTPS, usually port 465).
        user: log in as this user (needs ``password``).
        password: the password for ``user`` (see :func:`smtp_password`).
        timeout: seconds to wait for the server at each step.
        context: TLS settings (default: the system's trusted CAs, verified).

    Raises:
        BriefingError: one sentence naming what failed; nothing was delivered.
    """
    if starttls and ssl:
        raise BriefingError("choose one of --starttls and --ssl")
    if user and not password:
        raise BriefingError(f"--user {user} needs the password in ${PASSWORD_ENV}")
    sender, rcpts = envelope(msg)
    where = f"{host}:{port}"
    tls = context or _ssl.create_default_context()
    bcc_free = _without_bcc(msg)
    try:
        smtp: smtplib.SMTP = (
            smtplib.SMTP_SSL(host, port, timeout=timeout, context=tls)
            if ssl
            else smtplib.SMTP(host, port, timeout=timeout)
        )
    except ConnectionRefusedError:
        raise BriefingError(f"cannot connect to SMTP server {where}: connection refused") from None
    except _ssl.SSLError as exc:
        raise BriefingError(f"TLS with SMTP server {where} failed ({exc.reason or exc})") from None
    except TimeoutError:
        raise BriefingError(f"SMTP server {where} did not answer within {timeout:g} s") from None
    except (OSError, smtplib.SMTPException) as exc:
        if _timed_out(exc):
            raise BriefingError(
                f"SMTP server {where} did not answer within {timeout:g} s"
            ) from None
        raise BriefingError(f"cannot connect to SMTP server {where} ({_reason(exc)})") from None
    in_data: list[bool] = []  # set once the message text starts to go out
    try:
        _transact(smtp, where, bcc_free, sender, rcpts, starttls, user, password, tls, in_data)
    except BriefingError:
        _close(smtp)
        raise
    except _ssl.SSLError as exc:
        _close(smtp)
        raise BriefingError(f"TLS with SMTP server {where} failed ({exc.reason or exc})") from None
    except TimeoutError:
        _close(smtp)
        raise BriefingError(
            f"SMTP server {where} stopped answering (timeout {timeout:g} s); {_outcome(in_data)}"
        ) from None
    except smtplib.SMTPServerDisconnected as exc:
        _close(smtp)
        if _timed_out(exc):
            raise BriefingError(
                f"SMTP server {where} stopped answering (timeout {timeout:g} s); "
                f"{_outcome(in_data)}"
            ) from None
        raise BriefingError(
            f"SMTP server {where} closed the connection; {_outcome(in_data)}"
        ) from None
    except (OSError, smtplib.SMTPException) as exc:
        _close(smtp)
        raise BriefingError(
            f"sending through SMTP server {where} failed ({_reason(exc)}); {_outcome(in_data)}"
        ) from None
    # Delivered: a failing QUIT now must not look like a failed send (and
    # invite a second, duplicate one).
    _close(smtp, quit=True)
    return rcpts


def _transact(
    smtp: smtplib.SMTP,
    where: str,
    msg: EmailMessage,
    sender: str,
    rcpts: list[str],
    starttls: bool,
    user: str | None,
    password: str | None,
    tls: _ssl.SSLContext,
    in_data: list[bool],
) -> None:
    """One SMTP transaction: EHLO, [STARTTLS], [AUTH], MAIL, every RCPT, DATA."""
    smtp.ehlo_or_helo_if_needed()
    if starttls:
        if not smtp.has_extn("starttls"):
            raise BriefingError(
                f"SMTP server {where} does not offer STARTTLS; nothing was sent "
                "(drop --starttls only if the network is trusted)"
            )
        smtp.starttls(context=tls)
        smtp.ehlo()
    if user:
        if not smtp.has_extn("auth"):
            raise BriefingError(
                f"SMTP server {where} does not offer login (AUTH)"
                + ("" if starttls else "; it may need --starttls or --ssl")
            )
        try:
            smtp.login(user, password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise BriefingError(
                f"SMTP server {where} rejected the login for {user} ({_reason(exc)})"
            ) from None
    code, resp = smtp.mail(sender)
    if code != 250:
        smtp.rset()
        raise BriefingError(
            f"SMTP server {where} refused the sender {sender} ({code} {_text(resp)})"
        )
    # Every recipient is asked before any text is sent: one refusal cancels the
    # whole message (RSET), so fixing the address and sending again delivers
    # each copy once.
    for rcpt in rcpts:
        code, resp = smtp.rcpt(rcpt)
        if code not in (250, 251):
            smtp.rset()
            raise BriefingError(
                f"SMTP server {where} refused the recipient {rcpt} ({code} {_text(resp)}); "
                "nothing was sent"
            )
    in_data.append(True)
    code, resp = smtp.data(message_bytes(msg))
    if code != 250:
        raise BriefingError(
            f"SMTP server {where} did not accept the message ({code} {_text(resp)})"
        )


def _without_bcc(msg: EmailMessage) -> EmailMessage:
    """A copy without Bcc headers: blind copies go in the envelope only."""
    if "Bcc" not in msg:
        return msg
    import copy

    out = copy.deepcopy(msg)
    del out["Bcc"]
    return out


def _outcome(in_data: list[bool]) -> str:
    """What the sender can know: before DATA nothing went out; during it, maybe."""
    if in_data:
        return "the message may have been delivered: check before sending it again"
    return "nothing was sent"


def _close(smtp: smtplib.SMTP, *, quit: bool = False) -> None:
    """End the session without raising: say QUIT politely if asked, then close."""
    try:
        if quit:
            smtp.quit()
    except (OSError, smtplib.SMTPException):
        pass
    finally:
        smtp.close()


def _timed_out(exc: BaseException) -> bool:
    """smtplib reports a read timeout as 'Connection unexpectedly closed'."""
    return isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError)


def _text(resp: bytes | str) -> str:
    return (resp.decode("utf-8", "replace") if isinstance(resp, bytes) else resp).strip()


def _reason(exc: BaseException) -> str:
    """The server's words for an smtplib error, else the OS's."""
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{exc.smtp_code} {_text(exc.smtp_error)}"
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
