"""The e-mail a brief becomes: structure, headers, and an HTML part that any client shows.

E-mail safe means: every style inlined (only @media/@page blocks, which
cannot be inlined, stay in <style>), one column of at most 680px, no
scripts, no external stylesheets, fonts or images, system fonts only,
readable with all CSS stripped, and a dark scheme with enough contrast.
"""

from __future__ import annotations

import datetime as dt
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefing.deliver import build_message, message_bytes, read_message, subject_line
from briefing.errors import BriefingError
from briefing.model import Brief, BriefSection, Quote, Sentence, Statement
from briefing.pipeline import build_brief
from briefing.profile import load_profile
from briefing.read import read_article
from briefing.render import attribution, quote_words, render

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_a44bcb0ca409121c.txt"
WHEN = dt.datetime(2024, 4, 9, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
SYSTEM_FONTS = {
    "-apple-system",
    "BlinkMacSystemFont",
    "Segoe UI",
    "Roboto",
    "Helvetica",
    "Arial",
    "sans-serif",
}


@pytest.fixture(scope="module")
def brief() -> Brief:
    return build_brief(read_article(SEED), load_profile(SEED.with_suffix(".toml")))


@pytest.fixture(scope="module")
def message(brief: Brief) -> EmailMessage:
    return build_message(brief, sender="desk@example.org", to=["ann@example.org"], date=WHEN)


def _parts(msg: EmailMessage) -> tuple[str, str]:
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert isinstance(plain, EmailMessage) and isinstance(html, EmailMessage)
    # On the wire (and so after parsing) lines end in CRLF; compare text, not line ends.
    return tuple(p.get_content().replace("\r\n", "\n") for p in (plain, html))


def _flat(text: str) -> str:
    return " ".join(text.split())


class _Tree(HTMLParser):
    """Tags with their attributes, and the visible text, of an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.blocks: list[tuple[str, str]] = []  # (tag, text) of h1/h2/li/blockquote
        self._open: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag in {"style", "title", "script"}:
            self._skip += 1
        if tag in {"h1", "h2", "li", "blockquote"}:
            self._open.append(tag)
            self.blocks.append((tag, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in {"style", "title", "script"}:
            self._skip -= 1
        if self._open and tag == self._open[-1]:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.text.append(data)
        if self._open:
            tag, text = self.blocks[-1]
            self.blocks[-1] = (tag, text + data)


def _tree(html: str) -> _Tree:
    t = _Tree()
    t.feed(html)
    t.close()
    return t


def _style_blocks(html: str) -> str:
    return "\n".join(re.findall(r"<style[^>]*>(.*?)</style>", html, re.S | re.I))


def _strip_at_rules(css: str) -> str:
    """The CSS left after removing @media {...} and @page {...} blocks (nested braces)."""
    out, i = [], 0
    while i < len(css):
        if css.startswith("@", i):
            depth, j = 0, css.index("{", i)
            while True:
                depth += {"{": 1, "}": -1}.get(css[j], 0)
                j += 1
                if depth == 0:
                    break
            i = j
        else:
            out.append(css[i])
            i += 1
    return "".join(out)


def test_structure_and_headers(message: EmailMessage, brief: Brief) -> None:
    raw = message_bytes(message)
    assert raw.isascii(), "7-bit clean: no relay needs 8BITMIME or SMTPUTF8"
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78, "RFC 5322 line length"
    parsed = BytesParser(policy=policy.default).parsebytes(raw)
    assert parsed.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in parsed.iter_parts()] == ["text/plain", "text/html"]
    assert [p["Content-Transfer-Encoding"] for p in parsed.iter_parts()] == ["quoted-printable"] * 2
    assert parsed["Subject"] == subject_line(brief) == f"Brief: {_flat(brief.title)} (2024-04-09)"
    assert parsed["Date"] == "Tue, 09 Apr 2024 09:00:00 +0200"
    assert parsed["From"] == "desk@example.org" and parsed["To"] == "ann@example.org"
    assert parsed["MIME-Version"] == "1.0"
    assert re.fullmatch(r"<\S+@example\.org>", parsed["Message-ID"])


def test_eml_round_trip(message: EmailMessage, tmp_path: Path) -> None:
    path = tmp_path / "brief.eml"
    path.write_bytes(message_bytes(message))
    again = read_message(path)
    assert _parts(again) == _parts(message)
    assert again["Message-ID"] == message["Message-ID"]


def test_message_ids_are_unique(brief: Brief) -> None:
    ids = {
        build_message(brief, sender="a@example.org", to=["b@example.org"])["Message-ID"]
        for _ in range(20)
    }
    assert len(ids) == 20


def test_text_part_keeps_statements_quotes_and_speakers(
    message: EmailMessage, brief: Brief
) -> None:
    text, _ = _parts(message)
    assert text == render(brief, "txt")
    lines = text.splitlines()
    assert all(len(line) <= 72 for line in lines)
    assert not any(line != line.rstrip() or "\t" in line for line in lines)
    unwrapped = _flat(re.sub(r"\n\s*(> )?", " ", text))
    assert brief.bottom_line and _flat(brief.bottom_line.sentence.text) in unwrapped
    for sec in brief.sections:
        assert sec.label in lines
        for st in sec.statements:
            assert "* " + _flat(st.sentence.text) in unwrapped
        for q in sec.quotes:
            assert f"“{quote_words(q)}”" in unwrapped
            assert f"  >   — {attribution(q)}" in lines


def test_html_part_is_email_safe(message: EmailMessage) -> None:
    _, html = _parts(message)
    low = html.lower()
    for banned in ("<script", "<link", "<img", "<iframe", "<object", "<embed", "<form", "<svg"):
        assert banned not in low, banned
    for banned in ("@import", "@font-face", "url(", "javascript:", "http://", "https://"):
        assert banned not in low, banned
    assert " on" not in re.sub(r"\s+", " ", "".join(re.findall(r"<[^>]+>", low))).replace(
        " one", ""
    ), "no event handler attributes"
    # Every rule was inlined: what stays in <style> is only @media and @page.
    assert _strip_at_rules(_style_blocks(html)).strip() == ""
    tree = _tree(html)
    styled = {tag for tag, attrs in tree.tags if "style" in attrs}
    assert {"body", "div", "h1", "h2", "ul", "li", "blockquote", "p"} <= styled
    # One column, never wider than 680px.
    page = [a for t, a in tree.tags if t == "div" and a.get("class") == "page"]
    assert len(page) == 1 and "max-width: 680px" in page[0]["style"]
    widths = [int(w) for w in re.findall(r"(?<![-\w])width:\s*(\d+)px", html)]
    assert all(w <= 680 for w in widths), widths
    assert not any(t in {"table", "td"} for t, _ in tree.tags), "no layout tables (bar Outlook's)"
    # System fonts only.
    families = set(re.findall(r"font-family:\s*([^;\"]+)", html))
    assert families
    for family in families:
        names = {f.strip().strip("'\"") for f in family.split(",")}
        assert names <= SYSTEM_FONTS, names - SYSTEM_FONTS


def test_html_part_reads_without_css(message: EmailMessage, brief: Brief) -> None:
    _, html = _parts(message)
    bare = re.sub(r"<style[^>]*>.*?</style>", "", html, flags=re.S)
    bare = re.sub(r'\s(style|class)="[^"]*"', "", bare)
    tree = _tree(bare)
    blocks = [(tag, _flat(text)) for tag, text in tree.blocks]
    expected: list[tuple[str, str]] = [("h1", _flat(brief.title))]
    for sec in brief.sections:
        expected.append(("h2", sec.label))
        expected += [("li", _flat(st.sentence.text)) for st in sec.statements]
        expected += [("blockquote", f"“{quote_words(q)}” — {attribution(q)}") for q in sec.quotes]
    assert blocks == expected
    assert brief.bottom_line
    assert f"Bottom line: {_flat(brief.bottom_line.sentence.text)}" in _flat(" ".join(tree.text))


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_html_part_survives_dark_mode(message: EmailMessage) -> None:
    _, html = _parts(message)
    tree = _tree(html)
    metas = {a.get("name"): a.get("content") for t, a in tree.tags if t == "meta"}
    assert metas.get("color-scheme") == "light dark"
    assert metas.get("supported-color-schemes") == "light dark"
    css = _style_blocks(html)
    m = re.search(r"@media \(prefers-color-scheme: dark\)\s*\{(.*?)\}\s*\}", css, re.S)
    assert m, "a dark scheme for clients that ask for one"
    dark = {
        sel.strip(): body
        for sels, body in re.findall(r"([^{}]+)\{([^{}]*)\}", m.group(1) + "}")
        for sel in sels.split(",")
    }
    # Light scheme: every text colour on the page background, WCAG AA (4.5:1).
    light_bg = re.search(r'class="page" style="[^"]*background-color: (#[0-9a-f]{6})', html)
    assert light_bg
    colours = set(re.findall(r"(?<![-\w])color: (#[0-9a-f]{6})", html.split("</style>", 1)[1]))
    assert colours and all(_contrast(c, light_bg.group(1)) >= 4.5 for c in colours)
    # Dark scheme: everything that sets a colour inline is overridden, on a dark ground.
    dark_bg = re.search(r"background-color: (#[0-9a-f]{6})", dark[".page"])
    assert dark_bg and _luminance(dark_bg.group(1)) < 0.05
    for tag, attrs in tree.tags:
        if re.search(r"(?<![-\w])color:", attrs.get("style", "")):
            selectors = {tag} | {"." + c for c in attrs.get("class", "").split()}
            rule = next((dark[s] for s in selectors if s in dark and "color:" in dark[s]), None)
            assert rule, f"<{tag} {attrs.get('class', '')}> keeps its light colour in dark mode"
            fg = re.search(r"(?<![-\w])color: (#[0-9a-f]{6})", rule)
            assert fg and _contrast(fg.group(1), dark_bg.group(1)) >= 4.5


def _tiny(title: str, text: str = "A statement.") -> Brief:
    s = Sentence(text, 0, len(text), 0)
    q = Quote("Words & <more>", 0, 5, speaker="Zoë Ünal", role="mayor")
    section = BriefSection("Part", (Statement(s, 1.0),), (q,))
    return Brief(title, None, None, "2024-01-02", None, (section,), "x.txt", "default", 9)


def test_non_ascii_and_markup_survive_both_parts() -> None:
    b = _tiny("Zürich: “fare” rise <b>bold</b>\nsecond line")
    msg = build_message(b, sender="Dësk <desk@example.org>", to=["ann@example.org"], date=WHEN)
    parsed = BytesParser(policy=policy.default).parsebytes(message_bytes(msg))
    assert parsed["Subject"] == "Brief: Zürich: “fare” rise <b>bold</b> second line (2024-01-02)"
    assert parsed["From"] == "Dësk <desk@example.org>"
    text, html = _parts(parsed)
    assert "“Words & <more>”" in text and "— Zoë Ünal, mayor" in text
    assert "Words &amp; &lt;more&gt;" in html and "<b>bold" not in html


@pytest.mark.parametrize(
    ("sender", "to", "problem"),
    [
        ("not-an-address", ["ann@example.org"], "--from: 'not-an-address' is not an e-mail"),
        ("desk@example.org", [], "--to: no e-mail address given"),
        ("desk@example.org", ["ann@"], "--to: 'ann@' is not an e-mail address"),
        ("desk@example.org", ["jörg@example.org"], "has a non-ASCII name before the @"),
        ("desk@example.org", ["a@b.c\r\nBcc: x@y.z"], "holds a line break"),
    ],
)
def test_bad_addresses_are_one_clear_sentence(sender: str, to: list[str], problem: str) -> None:
    with pytest.raises(BriefingError, match=re.escape(problem)):
        build_message(_tiny("T"), sender=sender, to=to)


def test_a_unicode_domain_goes_out_as_idna() -> None:
    msg = build_message(_tiny("T"), sender="desk@example.org", to=["Jörg <ann@bücher.de>"])
    parsed = BytesParser(policy=policy.default).parsebytes(message_bytes(msg))
    assert parsed["To"] == "Jörg <ann@xn--bcher-kva.de>"
