"""The Markdown brief pastes cleanly into any wiki.

The brief is parsed by two real parsers, markdown-it-py (CommonMark, plus
GFM's tables and strikethrough) and python-markdown, and both must see the
same structure (headings, list items, blockquotes, paragraphs) with the same
visible text as the brief itself. The source must be clean: no raw HTML, no
trailing-space line breaks, no tabs, headings in order, one list style.
Hypothesis then feeds article text full of Markdown's special characters.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.model import Brief, BriefSection, Quote, Sentence, Statement
from briefing.pipeline import build_brief
from briefing.profile import load_profile
from briefing.read import read_article
from briefing.render import attribution, quote_words, render, source_line

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_a44bcb0ca409121c.txt"

Block = tuple[str, str]  # ("h1" | "h2" | "li" | "blockquote" | "p" | "hr", visible text)


def _flat(text: str) -> str:
    return " ".join(text.split())


def expected_blocks(brief: Brief) -> list[Block]:
    """What a reader must see, block by block, straight from the Brief."""
    out: list[Block] = [("h1", brief.title), ("p", source_line(brief))]
    if brief.bottom_line:
        out.append(("p", "Bottom line: " + brief.bottom_line.sentence.text))
    for sec in brief.sections:
        out.append(("h2", sec.label))
        out += [("li", s.sentence.text) for s in sec.statements]
        out += [("blockquote", f"“{quote_words(q)}” — {attribution(q)}") for q in sec.quotes]
    out += [
        ("hr", ""),
        ("p", f"Source: {brief.source} · scorer {brief.scorer} · {brief.words} words"),
    ]
    return [(kind, _flat(text)) for kind, text in out]


MD_IT = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def markdown_it_blocks(md: str) -> tuple[list[Block], list[str], int]:
    """Blocks as markdown-it-py reads them, markup the brief must not contain, blockquotes."""
    blocks: list[Block] = []
    problems: list[str] = []
    stack: list[str] = []
    tokens = MD_IT.parse(md)
    for tok in tokens:
        if tok.type in {"html_block", "html_inline"}:
            problems.append(f"raw HTML: {tok.content!r}")
        elif tok.type in {"ordered_list_open", "code_block", "fence", "table_open"}:
            problems.append(f"unexpected {tok.type}")
        elif tok.type == "bullet_list_open" and tok.markup != "-":
            problems.append(f"list marker {tok.markup!r}")
        elif tok.type == "hr":
            blocks.append(("hr", ""))
        if tok.nesting == 1:
            stack.append(tok.tag)
        elif tok.nesting == -1:
            stack.pop()
        elif tok.type == "inline":
            kind: str | None = next(
                (t for t in ("h1", "h2", "blockquote", "li", "p") if t in stack), None
            )
            if kind is None or any(t in stack for t in ("h3", "h4", "h5", "h6")):
                problems.append(f"text outside the brief's blocks: {stack}")
                continue
            blocks.append((kind, _flat(_inline_text(tok.children or [], problems))))
    return blocks, problems, sum(t.type == "blockquote_open" for t in tokens)


def _inline_text(children: list[Token], problems: list[str]) -> str:
    parts = []
    for child in children:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            problems.append("hard line break")
        elif child.type in {"html_inline", "image"}:
            problems.append(f"inline {child.type}: {child.content!r}")
        elif child.type == "link_open":
            problems.append("a link the article did not have")
    return "".join(parts)


class _HtmlBlocks(HTMLParser):
    """Blocks of python-markdown's HTML: headings, list items, paragraphs (those
    inside a blockquote count as blockquote text, as markdown-it-py's do)."""

    KINDS = ("h1", "h2", "li", "blockquote", "p")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = []
        self.tags: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "hr":
            self.blocks.append(["hr", ""])
        elif tag in self.KINDS:
            if tag in {"h1", "h2", "li"} and not self.open:
                self.blocks.append([tag, ""])
            elif tag == "p" and self.open in ([], ["blockquote"]):
                self.blocks.append([self.open[0] if self.open else "p", ""])
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.KINDS and self.open and self.open[-1] == tag:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.open and self.blocks:
            self.blocks[-1][1] += data


def python_markdown_blocks(md: str) -> tuple[list[Block], list[str], int]:
    parser = _HtmlBlocks()
    parser.feed(markdown.markdown(md))
    parser.close()
    allowed = {"h1", "h2", "p", "ul", "li", "blockquote", "hr", "em", "strong"}
    problems = [f"tag <{t}>" for t in parser.tags if t not in allowed]
    blocks = [(kind, _flat(text)) for kind, text in parser.blocks]
    return blocks, problems, parser.tags.count("blockquote")


def check(brief: Brief) -> None:
    md = render(brief, "md")
    lines = md.split("\n")
    assert "\t" not in md, "tabs"
    assert not [ln for ln in lines if ln != ln.rstrip()], "trailing spaces (hard breaks)"
    assert not [ln for ln in lines if ln.endswith("\\") and not ln.endswith("\\\\")], "\\ breaks"
    assert "\r" not in md
    want = expected_blocks(brief)
    got_it, problems_it, quotes_it = markdown_it_blocks(md)
    got_py, problems_py, quotes_py = python_markdown_blocks(md)
    assert problems_it == [] and problems_py == []
    assert got_it == want, "markdown-it-py reads another brief"
    assert got_py == want, "python-markdown reads another brief"
    assert quotes_it == quotes_py, "the parsers group the quotes into different blockquotes"
    levels = [kind for kind, _ in got_it if kind in {"h1", "h2"}]
    assert levels[:1] == ["h1"] and set(levels[1:]) <= {"h2"}, "headings in order"


def test_seed_markdown_is_clean_and_reads_the_same_everywhere() -> None:
    check(build_brief(read_article(SEED), load_profile(SEED.with_suffix(".toml"))))


# Article text at its worst for Markdown: every character that can mean markup,
# at the start, middle and end of lines, next to letters, digits and spaces.
_SPECIAL = "\\`*_{}[]()#+-.!<>&~|:;'\"“”‘’…—–^$%@/?="
_text = st.text(
    alphabet=st.sampled_from(list(_SPECIAL) + list("abcXYZ019 ") + ["é", "ß", "中"]),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")


def _sentence(text: str, index: int) -> Statement:
    return Statement(Sentence(text, 0, len(text), index), 1.0)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=_text,
    label=_text,
    statements=st.lists(_text, min_size=1, max_size=3),
    quote=_text,
    speaker=_text,
    role=st.none() | _text,
    place=st.none() | _text,
)
def test_any_article_text_reads_back_verbatim(
    title: str,
    label: str,
    statements: list[str],
    quote: str,
    speaker: str,
    role: str | None,
    place: str | None,
) -> None:
    q = Quote(quote, 0, len(quote), speaker=speaker, role=role)
    if not quote_words(q):
        return  # nothing left to show once the writer's trailing comma goes
    section = BriefSection(label, tuple(_sentence(t, i) for i, t in enumerate(statements)), (q,))
    brief = Brief(
        title=title,
        outlet="Outlet_*name*",
        place=place,
        date="2024-04-09",
        bottom_line=_sentence(title, 99),
        sections=(section,),
        source="000_a44b*c.txt",
        scorer="default",
        words=42,
    )
    check(brief)


@pytest.mark.parametrize("where", ["title", "label", "statement", "speaker"])
def test_a_leading_equals_sign_reads_back(where: str) -> None:
    text = {w: ("= sign first" if w == where else "Plain words") for w in
            ("title", "label", "statement", "speaker")}  # fmt: skip
    q = Quote("Quoted words", 0, 12, speaker=text["speaker"])
    section = BriefSection(text["label"], (_sentence(text["statement"], 0),), (q,))
    check(Brief(text["title"], None, None, "2024-04-09", None, (section,), "a.txt", "default", 9))
