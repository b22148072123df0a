"""Headless Chromium for the tests: HTML in, a PDF's page count or a PNG out.

Uses Debian's ``chromium`` (``.ci/install-chromium.sh`` installs it) through
its command line only: ``--print-to-pdf`` and ``--screenshot``. Every run
gets a fresh profile folder and has its background networking switched off,
so nothing is fetched and runs do not share state.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from collections.abc import Sequence
from pathlib import Path

CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)
SKIP_REASON = (
    "Debian's chromium is not installed (run .ci/install-chromium.sh); "
    "the one-page test prints with the real browser or not at all"
)
# Generous: a cold start in CI takes a few seconds; a hang must not stall the suite.
TIMEOUT = 90

PAPER = {"A4": "A4", "Letter": "letter"}
# PDF points (1/72 in) of each paper, to check the browser used the size we asked for.
PAPER_POINTS = {"A4": (595.3, 841.9), "Letter": (612.0, 792.0)}

_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def _run(args: Sequence[str], workdir: Path) -> None:
    assert CHROMIUM is not None, SKIP_REASON
    profile = workdir / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [CHROMIUM, *_FLAGS, f"--user-data-dir={profile}", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"chromium failed ({proc.returncode}): {proc.stderr[-2000:]}")


def with_paper(html: str, paper: str) -> str:
    """The same page with ``@page { size: ... }`` for ``paper`` added last.

    The brief itself says ``@page { margin: ... }`` and leaves the size to the
    printer; the test picks the paper the way a print dialog would.
    """
    rule = f"<style>@page {{ size: {PAPER[paper]}; }}</style>"
    return html.replace("</head>", rule + "</head>", 1)


def print_pdf(html: str, paper: str) -> bytes:
    """Print ``html`` on ``paper`` ("A4" or "Letter") and return the PDF."""
    with tempfile.TemporaryDirectory(prefix="briefing-print-") as tmp:
        work = Path(tmp)
        page = work / "brief.html"
        page.write_text(with_paper(html, paper), encoding="utf-8")
        pdf = work / "brief.pdf"
        _run(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()], work)
        return pdf.read_bytes()


def pdf_pages(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height in points of every page of a Chromium (Skia) PDF.

    Skia writes page objects uncompressed, so the page dictionaries can be
    read directly; the page tree's /Count must agree with what was found.
    """
    sizes = [
        (float(m.group(3)) - float(m.group(1)), float(m.group(4)) - float(m.group(2)))
        for m in re.finditer(
            rb"/Type\s*/Page\b(?!s).*?/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]",
            pdf,
            re.S,
        )
    ]
    counts = {int(c) for c in re.findall(rb"/Type\s*/Pages\b.*?/Count\s+(\d+)", pdf, re.S)}
    assert counts == {len(sizes)}, f"page tree says {counts}, found {len(sizes)} page objects"
    return sizes


def screenshot(
    html: str, out: Path, width: int = 760, height: int = 1100, flags: Sequence[str] = ()
) -> None:
    """Save a PNG of ``html`` as a browser window of ``width`` x ``height`` shows it.

    ``flags`` go to Chromium as well, e.g. ``--force-dark-mode`` (the page is
    asked for its dark scheme, as Apple Mail does) or
    ``--blink-settings=forceDarkModeEnabled=true`` (the browser recolours the
    page itself, as Gmail's and Outlook's apps do).
    """
    with tempfile.TemporaryDirectory(prefix="briefing-shot-") as tmp:
        work = Path(tmp)
        page = work / "brief.html"
        page.write_text(html, encoding="utf-8")
        shot = work / "shot.png"
        _run(
            [*flags, f"--window-size={width},{height}", f"--screenshot={shot}", page.as_uri()], work
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, out)


def png_pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB rows of an 8-bit, non-interlaced RGB/RGBA PNG
    (what Chromium writes); no imaging library needed."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n"), "not a PNG"
    pos, idat, header = 8, b"", (0, 0, 0, 0, 0, 0, 0)
    while pos < len(png):
        size, kind = struct.unpack(">I4s", png[pos : pos + 8])
        data = png[pos + 8 : pos + 8 + size]
        pos += 12 + size
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", data)
        elif kind == b"IDAT":
            idat += data
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and interlace == 0 and colour in (2, 6), header
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for x in range(stride):  # undo the PNG row filter (RFC 2083, 6.2-6.6)
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], (prev[x - bpp] if x >= bpp else 0)
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[x] = (line[x] + pred) & 255
        prev = line
        rows.append(bytes(v for i, v in enumerate(line) if bpp == 3 or i % 4 != 3))
    return width, height, rows
