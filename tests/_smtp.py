"""A real SMTP server on loopback for the delivery tests (aiosmtpd).

``smtp_server(...)`` starts aiosmtpd on 127.0.0.1 with a port the kernel
picks, records every accepted message (envelope and raw bytes), and can
refuse named recipients, require a login, offer STARTTLS or speak implicit
TLS with a throwaway self-signed certificate made by the ``openssl`` CLI.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

USER, PASSWORD = "desk", "s3cret pass"


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        msg = BytesParser(policy=policy.default).parsebytes(self.raw)
        assert isinstance(msg, EmailMessage)
        return msg


@dataclass
class Recorder:
    """aiosmtpd handler: keep what arrives; refuse the addresses in ``refuse``."""

    refuse: frozenset[str] = frozenset()
    stall_data: float = 0.0  # seconds to wait before answering the message text
    received: list[Received] = field(default_factory=list)
    rcpt_attempts: list[str] = field(default_factory=list)

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        self.rcpt_attempts.append(address)
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.stall_data:
            await asyncio.sleep(self.stall_data)
        raw = envelope.original_content or b""
        self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos), raw))
        return "250 Message accepted for delivery"


def _check_login(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USER.encode()
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=ok, handled=False)


class _LoopbackController(Controller):
    """aiosmtpd's Controller on an ephemeral port (it wants a fixed one)."""

    def _trigger_server(self) -> None:
        sockets = getattr(self.server, "sockets", None)
        assert sockets, "the SMTP server is not listening"
        self.port = sockets[0].getsockname()[1]
        super()._trigger_server()  # type: ignore[no-untyped-call]


@dataclass
class Server:
    host: str
    port: int
    handler: Recorder
    cafile: Path | None

    def client_context(self) -> ssl.SSLContext:
        """A client TLS context that trusts only this server's certificate."""
        assert self.cafile is not None
        return ssl.create_default_context(cafile=str(self.cafile))


def make_cert(folder: Path) -> tuple[Path, Path]:
    """A self-signed EC certificate for 127.0.0.1, valid one day (openssl CLI)."""
    openssl = shutil.which("openssl")
    assert openssl, "openssl is needed for the TLS tests"
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    return cert, key


@contextmanager
def smtp_server(
    tmp: Path,
    *,
    refuse: frozenset[str] = frozenset(),
    auth: bool = False,
    starttls: bool = False,
    implicit_tls: bool = False,
    stall_data: float = 0.0,
) -> Iterator[Server]:
    """Run an SMTP server for the duration of the ``with`` block."""
    handler = Recorder(refuse=refuse, stall_data=stall_data)
    kwargs: dict[str, Any] = {"ready_timeout": 10.0}
    cafile = None
    if starttls or implicit_tls:
        cafile, key = make_cert(tmp)
        server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        server_ctx.load_cert_chain(cafile, key)
        kwargs["tls_context" if starttls else "ssl_context"] = server_ctx
    if auth:
        kwargs["authenticator"] = _check_login
        # Only STARTTLS servers insist on TLS before AUTH (as real ones do).
        kwargs["auth_require_tls"] = starttls
    controller = _LoopbackController(handler, hostname="127.0.0.1", port=0, **kwargs)
    controller.start()
    try:
        yield Server("127.0.0.1", controller.port, handler, cafile)
    finally:
        controller.stop()


def closed_port() -> int:
    """A loopback port with nothing listening (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port
