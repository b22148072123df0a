"""Reading: a file or a string in, an :class:`~briefing.model.Article` out.

Checks the input (exists, not empty, not binary, UTF-8, not huge), finds the
title, teaser, dateline, headings and boilerplate, and splits the body into
sentences that keep their spans in the decoded text. Offsets point into the
content exactly as ``open(path, encoding="utf-8", newline="").read()`` gives
it, so CRLF line endings and a BOM are kept and counted.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from .errors import BriefingError
from .model import Article, Sentence, SourceSection
from .sentences import ends_sentence, sentence_spans
from .textutil import drop_trailing_function_words, is_function_word

# A brief is one page; an "article" of more than this is almost surely the
# wrong file (a log, a dump), and reading it would only waste minutes.
MAX_BYTES = 5_000_000

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")

_TERMINAL = tuple(".!?:;,…")
_SENTENCE_END = tuple(".!?")
_HEADING_MAX_WORDS = 12
_HEADING_MAX_CHARS = 90

# DATELINE: "BEIJING: ", "WASHINGTON (Reuters) - ", "LONDON, England (CNN) -- "
# "LONDON, April 9 (Reuters) - ", "WASHINGTON, Jan. 5, 2024 — ", "PARIS, 9 April 2024 -"
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’ -]{1,38}[A-Z.](?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:,\s+(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<outlet>[A-Za-z][A-Za-z .&]{0,30})\))?\s*(?::|--|—|–|-)\s+"
)
# "(CNN)A judge ...", "Kano, Nigeria (CNN)An ...", "West of Baghdad, Iraq (CNN)The
# ...", "(Reuters) - Shares ...": an
# outlet credit, maybe after a place in title case. The credit must be glued to
# the next sentence or followed by a dash, so "Microsoft (MSFT) said" is news.
_NAME = r"[A-Z][A-Za-z.'’-]+(?:\s(?:of\s|de\s|la\s|el\s)?[A-Z][A-Za-z.'’-]+){0,3}"
_OUTLET_LEAD = re.compile(
    rf"(?:(?P<place>{_NAME}(?:,\s+{_NAME})?)\s*)?"
    r"\((?P<outlet>[A-Z][A-Za-z .&]{0,30})\)(?:\s*(?:--|—|–|-)\s+|(?=[A-Z0-9\"“‘']))"
)
# Lines that talk about the article rather than report news; the first kind
# names the outlet ("TASS has summarized ...").
_OUTLET_META = (
    r"(?P<outlet>[A-Z][A-Za-z]{1,20})\s+has\s+(?:summarized|summarised|compiled|gathered)\b"
)
_META = re.compile(
    rf"""^(?:
        {_OUTLET_META}
      | (?:read|see)\s+(?:more|also)\b
      | follow\s+(?:us|@)
      | (?:click|tap)\s+here\b
      | (?:sign\s+up|subscribe)\b
      | copyright\b | ©
      | all\s+rights\s+reserved
      | advertisement$
      | related\s*:
      | share\s+(?:this|on)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Only the first kind sets "outlet", and it is tried first: matching it alone
# finds the same outlet without trying the other kinds on every line.
_OUTLET_META_LINE = re.compile(_OUTLET_META, re.IGNORECASE)
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_BYLINE = re.compile(r"(?:by|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$", re.I)
# "Published: Tuesday 9 April 2024 14:05 GMT" and shorter date lines.
_DATE_LINE_WORDS = 8
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MDY = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s+(\d{4})\b")
_DMY = re.compile(r"\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?\s+(\d{4})\b")
_DIGIT = re.compile(r"\d")  # each date pattern needs one


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# A list item's marker: "- ", "* ", "• ", "1. ", "2) ".
_BULLET = re.compile(r"\s*(?:[-*•–]|\d{1,3}[.)])\s+(?=\S)")
# Hard-wrapped text: at least this many lines, the widest between these widths
# (e-mail wraps at 72 to 80); fmt-style wrapping aims up to this far short of
# the width (a sixth of it for narrow text, where headings come close to it).
_WRAP_MIN_LINES = 4
_WRAP_NARROWEST = 30
_WRAP_WIDEST = 100
_WRAP_SLACK = 12
# A double quotation mark; group 1 is set when it opens a quote (“, or a
# straight mark after a space or at the start with a word right after it).
_DOUBLE_MARK = re.compile(r'(“|(?:(?<=^)|(?<=[\s(\[]))"(?=\S))|[”"]')


class _Line(NamedTuple):
    start: int
    end: int
    text: str
    blank: bool


def read_article(
    path: str | Path, *, encoding: str = "utf-8", max_bytes: int = MAX_BYTES
) -> Article:
    """Read and parse one article file; BriefingError explains any bad input."""
    p = Path(path)
    text = read_text(p, encoding=encoding, max_bytes=max_bytes)
    return parse_text(text, path=str(p), markdown=_is_markdown(p))


def read_text(path: str | Path, *, encoding: str = "utf-8", max_bytes: int = MAX_BYTES) -> str:
    """An article file's text, checked (exists, a file, not huge, text, not
    empty); offsets stay exact: CRLF and a BOM are kept."""
    p = Path(path)
    if not p.exists():
        raise BriefingError(f"{p}: no such file")
    if p.is_dir():
        raise BriefingError(f"{p}: is a directory, not an article")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise BriefingError(
                f"{p}: too large for a brief ({size:,} bytes; the limit is {max_bytes:,})"
            )
        data = p.read_bytes()
    except OSError as exc:
        raise BriefingError(f"{p}: cannot read ({exc.strerror or exc})") from None
    text = decode(data, str(p), encoding=encoding)
    if not text or text.isspace():
        raise BriefingError(f"{p}: is empty")
    return text


def _is_markdown(p: Path) -> bool:
    return p.suffix.lower() in (".md", ".markdown")


def decode(data: bytes, name: str, *, encoding: str = "utf-8") -> str:
    """Decode file bytes the way the quotes JSON counts offsets (BOM kept)."""
    utf8 = encoding.lower().replace("-", "").replace("_", "") in {"utf8", "utf8sig"}
    if utf8 and b"\x00" in data[:8192]:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff") and _utf16(data):
            raise BriefingError(f"{name}: looks like UTF-16 text; pass --encoding utf-16")
        raise BriefingError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BriefingError(
            f"{name}: not valid {encoding} text (byte 0x{data[exc.start]:02X} at offset "
            f"{exc.start}); convert it to UTF-8 or pass --encoding"
        ) from None
    except LookupError:
        raise BriefingError(f"unknown encoding {encoding!r}") from None
    if "\x00" in text[:8192]:
        raise BriefingError(f"{name}: looks like a binary file, not text")
    return text


def _utf16(data: bytes) -> bool:
    """Whether ``data`` (with a UTF-16 byte order mark) is UTF-16 text: it
    decodes, and has the zero bytes of mostly Latin-script text."""
    head = data[:8192]
    if 3 * head.count(0) < len(head):
        return False
    try:
        return "\x00" not in data.decode("utf-16")[:8192]
    except UnicodeDecodeError:
        return False


def parse_text(text: str, *, path: str = "<text>", markdown: bool = False) -> Article:
    """Parse article text into an Article. BriefingError if it has no sentences."""
    if not text or text.isspace():  # not text.strip(), which copies the text
        raise BriefingError(f"{path}: is empty")
    lines = _lines(text)
    front_date = None
    if markdown:
        lines, front_date = _skip_front_matter(lines)
    paragraphs = _paragraphs(lines, markdown=markdown)
    if not paragraphs:
        raise BriefingError(f"{path}: is empty")

    title, teaser, paragraphs = _title(text, paragraphs, markdown=markdown)
    paragraphs = _drop_boilerplate(text, paragraphs)

    dateline = outlet = dateline_date = None
    first_body = next((i for i, p in enumerate(paragraphs) if not p.heading), None)
    if first_body is not None:
        para = paragraphs[first_body]
        m = _DATELINE.match(text, para.start, para.end)
        if m and m.end() < para.end:
            dateline = m.group("place").strip()
            dateline_date = _find_date(m.group("when") or "")
            outlet = (m.group("outlet") or "").strip() or None
            paragraphs[first_body] = _Para(m.end(), para.end, False)
        elif (lead := _OUTLET_LEAD.match(text, para.start, para.end)) and lead.end() < para.end:
            outlet = lead.group("outlet").strip()
            dateline = lead.group("place")
            paragraphs[first_body] = _Para(lead.end(), para.end, False)
    outlet = outlet or meta_outlet(text)

    sections = _sections(text, paragraphs)
    if not any(s.sentences for s in sections):
        raise BriefingError(f"{path}: has no sentences to brief")
    if title is None:
        first = next(s for sec in sections for s in sec.sentences)
        title = _title_from_sentence(first.text)
    date = front_date or _date_line(lines) or dateline_date
    return Article(
        path=path,
        text=text,
        title=title,
        dateline=dateline,
        date=date,
        outlet=outlet,
        sections=tuple(sections),
        teaser=teaser,
    )


def _lines(text: str) -> list[_Line]:
    """The lines of ``text`` without their line ends; a BOM is skipped."""
    lines: list[_Line] = []
    if "\r" in text:
        for m in _LINE.finditer(text):
            if m.start() == m.end():
                break
            raw = m.group(0).rstrip("\r\n")
            lines.append(_Line(m.start(), m.start() + len(raw), raw, not raw or raw.isspace()))
    else:
        # Only "\n" line ends: str.split is many times faster than the pattern.
        start = 0
        for raw in text.split("\n"):
            end = start + len(raw)
            lines.append(_Line(start, end, raw, not raw or raw.isspace()))
            start = end + 1
        if not lines[-1].text:
            lines.pop()  # the empty rest after a final line end is no line
    if lines and lines[0].text.startswith("\ufeff"):
        raw = lines[0].text[1:]
        lines[0] = _Line(1, lines[0].end, raw, not raw or raw.isspace())
    return lines


def _skip_front_matter(lines: list[_Line]) -> tuple[list[_Line], str | None]:
    if not lines or lines[0].text.strip() != "---":
        return lines, None
    for i in range(1, min(len(lines), 60)):
        if lines[i].text.strip() in ("---", "..."):
            date = None
            for line in lines[1:i]:
                key, _, value = line.text.partition(":")
                if key.strip().lower() == "date":
                    date = _find_date(value)
            return lines[i + 1 :], date
    return lines, None


@dataclass(slots=True)
class _Para:
    start: int
    end: int
    heading: bool


def _looks_like_heading(s: str) -> bool:
    s = s.strip()
    if not s or len(s) > _HEADING_MAX_CHARS or len(s.split()) > _HEADING_MAX_WORDS:
        return False
    if s.endswith(_TERMINAL) or s.rstrip("\"'”’)").endswith(_SENTENCE_END):
        return False
    first = s.lstrip("\"'“‘(-–— ")[:1]
    if not (first and (first.isupper() or first.isdigit())):
        return False
    # "78,000" on a line of its own is a figure, not a heading: two letters.
    letters = filter(str.isalpha, s)
    return next(letters, None) is not None and next(letters, None) is not None


def _heading_line(text: str) -> bool:
    """Whether a line reads as a heading: heading-like and not left hanging on
    a word that needs the next one ("The men's race was won by")."""
    return _looks_like_heading(text) and not is_function_word(text.split()[-1])


def _paragraphs(lines: list[_Line], *, markdown: bool) -> list[_Para]:
    """Group lines into paragraphs and mark headings.

    A paragraph is a run of lines joined by soft line breaks (see
    :func:`_soft_breaks`): one line a paragraph (as in the seed), blank-line
    separated blocks, or hard-wrapped text all come out the same. A
    one-line paragraph may be a heading.
    """
    soft = _soft_breaks(lines)
    paras: list[_Para] = []
    block: list[_Line] = []

    def flush() -> None:
        if not block:
            return
        if len(block) == 1:
            paras.append(_one(block[0], markdown))
        else:
            first = block[0]
            bullet = _BULLET.match(first.text)
            start = first.start + (bullet.end() if bullet else 0)
            paras.append(_Para(start, block[-1].end, False))
        block.clear()

    for line, goes_on in zip(lines, soft, strict=True):
        if line.blank:
            flush()
            continue
        if markdown and line.text.lstrip().startswith("#"):
            flush()
            paras.append(_one(line, markdown))
            continue
        block.append(line)
        if not goes_on:
            flush()
    flush()
    paras = [p for p in paras if p.end > p.start]
    for p, nxt in itertools.pairwise(paras):
        if p.heading and not nxt.heading and lines and _starts_lower(lines, nxt.start):
            # A line broken off mid-sentence ("... in Sheffield as" / "dominated
            # the race"): the next paragraph goes on in lower case.
            p.heading = False
    return paras


def _soft_breaks(lines: list[_Line]) -> list[bool]:
    """For each line, whether the paragraph goes on in the next line.

    A blank line always ends a paragraph, and a list item ("- ...", "1. ...")
    always starts one. Otherwise the text's layout decides:

    - hard-wrapped text (e-mail, ``fold``, ``fmt``: every line at most about
      100 characters and most of them near the widest): a line goes on when
      the next line's first word would not have fitted on it and it does
      not end a sentence (or a quotation is still open); a final "U.S." or
      "Lt. Col." ends no sentence before a name, as in the splitter, and a
      dash or number opening a line is a list item only in a list;
    - blank-line separated blocks: a line goes on unless it ends a sentence
      (so "Title / blank / one paragraph a line" keeps its paragraphs);
    - otherwise every line is a paragraph.

    A line goes on whenever the next one starts in lower case.
    """
    n = len(lines)
    soft = [False] * n
    if not any(not (a.blank or b.blank) for a, b in itertools.pairwise(lines)):
        return soft  # no two lines in a row (blank-line separated one-liners, as on BBC)
    has_blank = n > 2 and any(ln.blank for ln in lines[1:-1])
    width = _wrap_width(lines)
    if width is None and not has_blank:
        # One paragraph a line: only a lower-case continuation joins.
        for i in range(n - 1):
            if lines[i + 1].text.lstrip()[:1].islower() and not lines[i].blank:
                soft[i] = True
        return soft
    # A wrapped line ends where the next line's first word would pass this column.
    reach = width - min(_WRAP_SLACK, width // 6) if width is not None else 0
    quoting = False  # whether the paragraph's last quotation mark so far opens a quote
    listing = False  # whether the paragraph opened with a list item mark
    for i in range(n - 1):
        line, nxt = lines[i], lines[i + 1]
        if i == 0 or not soft[i - 1]:
            listing = _BULLET.match(line.text) is not None
        if line.blank or nxt.blank:
            quoting = False
            continue
        if _BULLET.match(nxt.text) and (listing or width is None or nxt.text[:1].isspace()):
            # A list item. In hard-wrapped prose that is no list, a line that
            # opens with a dash or a number ("economy" / "- trample all over",
            # "aged" / "19. She") is a wrapped line like any other.
            quoting = False
            continue
        end = line.text.rstrip()
        for mark in _DOUBLE_MARK.finditer(end):
            quoting = mark.group(1) is not None
        head = nxt.text.lstrip()
        if head[:1].islower():
            soft[i] = True
        elif width is not None:
            room = len(end) + 1 + len(head.split(None, 1)[0])
            if room < width and (i == 0 or not soft[i - 1]) and _heading_line(end):
                # A heading line of its own after a paragraph's end, whose next
                # word would have fitted: no wrapped line (in narrow text the
                # slack below would take it for one).
                soft[i] = False
            else:
                wrapped = room > reach
                soft[i] = wrapped and (quoting or not ends_sentence(end, head))
        else:
            soft[i] = not ends_sentence(end, head)
        if not soft[i]:
            quoting = False
    return soft


def unwrap(text: str) -> str:
    """``text`` with every line break inside a paragraph turned into spaces.

    The result has the same length, so offsets into it are offsets into
    ``text``: a stage that reads one line as one paragraph (quote finding)
    sees the paragraphs that :func:`parse_text` sees.
    """
    lines = _lines(text)
    soft = _soft_breaks(lines)
    if not any(soft):
        return text
    parts: list[str] = []
    pos = 0
    for i, goes_on in enumerate(soft):
        if goes_on:
            nxt = lines[i + 1].start
            parts.append(text[pos : lines[i].end])
            parts.append(" " * (nxt - lines[i].end))
            pos = nxt
    parts.append(text[pos:])
    return "".join(parts)


def _wrap_width(lines: list[_Line]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None if it was not."""
    lengths = [len(ln.text.rstrip()) for ln in lines if not ln.blank]
    if len(lengths) < _WRAP_MIN_LINES:
        return None
    width = max(lengths)
    if not _WRAP_NARROWEST <= width <= _WRAP_WIDEST:
        return None
    near = sum(1 for k in lengths if k >= width - 2 * _WRAP_SLACK)
    return width if 2 * near >= len(lengths) else None


def _starts_lower(lines: list[_Line], offset: int) -> bool:
    for line in lines:
        if line.start <= offset < max(line.end, line.start + 1):
            ch = line.text[offset - line.start :].lstrip()[:1]
            return ch.islower()
    return False


def _one(line: _Line, markdown: bool) -> _Para:
    text = line.text
    lead = len(text) - len(text.lstrip())
    start, end = line.start + lead, line.start + len(text.rstrip())
    if markdown:
        m = re.match(r"\s*(#{1,6})\s+(.*?)\s*#*\s*$", text)
        if m:
            return _Para(line.start + m.start(2), line.start + m.end(2), True)
        m = re.match(r"\s*(?:[-*+]|\d+[.)]|>)\s+", text)
        if m:
            start = line.start + m.end()
    bullet = _BULLET.match(text)
    if bullet:
        # A list item: its text, never a heading.
        return _Para(line.start + bullet.end(), end, False)
    return _Para(start, end, (not markdown) and _looks_like_heading(text))


def _title(
    text: str, paras: list[_Para], *, markdown: bool
) -> tuple[str | None, tuple[int, int] | None, list[_Para]]:
    """Find the title and a teaser; return the paragraphs left for the body."""
    first = paras[0]
    first_text = text[first.start : first.end]
    if first_text.endswith(("...", "…")) and len(paras) > 1:
        # Compared word by word: wrapped text breaks the two at other places.
        stem = " ".join(first_text.rstrip(".…").split())
        nxt = " ".join(text[paras[1].start : paras[1].end].split())
        if stem and nxt.startswith(stem):
            # A truncated teaser repeating the lede: it yields the title, never a statement.
            return _title_from_teaser(stem, nxt), (first.start, first.end), paras[1:]
    # In Markdown a title may also be a plain first line ("Budget day"), as in text.
    if (first.heading or (markdown and _looks_like_heading(first_text))) and len(paras) > 1:
        title = first_text.strip()
        return title, None, paras[1:]
    return None, None, paras


def _strip_dateline(s: str) -> str:
    m = _DATELINE.match(s)
    return s[m.end() :] if m else s


def _title_from_teaser(stem: str, lede: str) -> str:
    body = _strip_dateline(stem)
    if len(lede) > len(stem) and lede[len(stem)].isalnum():
        body = body[: len(body) - len(body.split()[-1])] if body.split() else body
    return _trim_tail(body)


def _trim_tail(s: str) -> str:
    return " ".join(drop_trailing_function_words(s.split())).rstrip(",;: ")


def _title_from_sentence(sentence: str) -> str:
    s = sentence.strip()
    words = s.split()
    if len(words) <= 14:
        return s.rstrip(".")
    return _trim_tail(" ".join(words[:12])) + "…"


def _drop_boilerplate(text: str, paras: list[_Para]) -> list[_Para]:
    # Headings with nothing after them (a trailing "-News Feed", "COMMENTS").
    while paras and paras[-1].heading:
        paras.pop()
    # A byline or a date line at the top is about the article, not news in it.
    while paras and _is_byline_or_date(text[paras[0].start : paras[0].end]):
        paras.pop(0)
    return paras


def _is_byline_or_date(line: str) -> bool:
    if not _at_most_words(line, _DATE_LINE_WORDS):
        return False
    return bool(_BYLINE.match(line)) or _find_date(line) is not None


def _sections(text: str, paras: list[_Para]) -> list[SourceSection]:
    sections: list[SourceSection] = []
    heading: str | None = None
    sec_start = paras[0].start if paras else 0
    current: list[Sentence] = []
    index = 0
    last_end = sec_start

    def close(end: int) -> None:
        if heading is not None or current:
            sections.append(SourceSection(heading, sec_start, end, tuple(current)))

    for p_index, para in enumerate(paras):
        if para.heading:
            close(last_end)
            heading = text[para.start : para.end].strip()
            sec_start = para.start
            current = []
            last_end = para.end
            continue
        section = len(sections)
        for s, e in sentence_spans(text, para.start, para.end):
            chunk = text[s:e]
            if _META.match(chunk):
                continue
            current.append(Sentence(chunk, s, e, index, section, p_index))
            index += 1
        last_end = para.end
    close(last_end)
    return sections


def meta_outlet(text: str) -> str | None:
    """The outlet named by a meta line ("TASS has summarized ..."), if any."""
    for line in text.splitlines():
        if not line:
            continue  # a blank line between paragraphs is never a meta line
        m = _OUTLET_META_LINE.match(line.strip())
        if m:
            return m.group("outlet")
    return None


def _date_line(lines: list[_Line]) -> str | None:
    """The date of a short line near the top ("Published: 9 April 2024").

    Dates inside sentences are events, not the article's date, so only a
    line of a few words among the first five is read.
    """
    for line in [ln for ln in lines if not ln.blank][:5]:
        if _at_most_words(line.text, _DATE_LINE_WORDS):
            found = _find_date(line.text)
            if found:
                return found
    return None


def _at_most_words(text: str, n: int) -> bool:
    """``len(text.split()) <= n`` without splitting all of a long paragraph."""
    return len(text.split(maxsplit=n)) <= n


def _find_date(text: str) -> str | None:
    head = text[:2000]
    if not _DIGIT.search(head):
        return None
    m = _ISO_DATE.search(head)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return m.group(0)
    for rx, order in ((_MDY, "mdy"), (_DMY, "dmy")):
        for m in rx.finditer(head):
            if order == "mdy":
                month, day, year = m.group(1), m.group(2), m.group(3)
            else:
                day, month, year = m.group(1), m.group(2), m.group(3)
            mon = _MONTHS.get(month.lower())
            if mon and 1 <= int(day) <= 31:
                return f"{int(year):04d}-{mon:02d}-{int(day):02d}"
    return None


def find_articles(paths: list[Path]) -> tuple[list[Path], list[BriefingError]]:
    """Expand folders to the article files in them (sorted; .txt and .md).

    Returns the files to read and an error for each path that yields none, so
    one bad path does not stop the others.
    """
    files: list[Path] = []
    errors: list[BriefingError] = []
    for p in paths:
        if p.is_dir():
            named = sorted(f for f in p.iterdir() if f.suffix.lower() in ARTICLE_SUFFIXES)
            found = [f for f in named if f.is_file()]
            # A link to a file that is gone is named, not skipped in silence.
            errors.extend(
                BriefingError(f"{f}: broken link (it points to a missing file)")
                for f in named
                if f.is_symlink() and not f.exists()
            )
            if not named:
                errors.append(BriefingError(f"{p}: no articles (.txt or .md files) in this folder"))
            files.extend(found)
        elif not p.exists():
            errors.append(BriefingError(f"{p}: no such file or folder"))
        else:
            files.append(p)
    return files, errors
