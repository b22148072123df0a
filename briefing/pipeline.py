"""The pipeline: an :class:`Article` and a :class:`Profile` in, a :class:`Brief` out.

``build_brief`` ties the stages together: map article sections to brief parts
(``sections``), score every statement once (``scoring``), pick the best per
part (``selection``), attach attributed quotes (``quotes``), and drop whole
statements until the brief fits its word budget.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from .model import Article, Brief, BriefSection, Quote, Sentence, Statement
from .profile import Profile
from .quotes import extract_quotes
from .scoring import get_scorer
from .sections import Part, assign_parts
from .selection import select
from .sentences import word_count


def build_brief(
    article: Article,
    profile: Profile | None = None,
    *,
    date: str | None = None,
    quotes: Sequence[Quote] | None = None,
) -> Brief:
    """Build the brief of one article.

    Args:
        article: the parsed article.
        profile: sections, budgets and scorer; defaults when None.
        date: ISO date that overrides the profile's and the article's.
        quotes: the article's quotes if already extracted (else extracted here).
    """
    profile = profile or Profile()
    scorer = get_scorer(profile.scorer)
    sentences = article.sentences
    scores = scorer(sentences)
    score_of = {s.index: float(v) for s, v in zip(sentences, scores, strict=True)}

    lede = sentences[0] if sentences else None
    bottom = Statement(lede, score_of[lede.index]) if lede else None
    parts = assign_parts(article, profile)
    if quotes is None:
        quotes = extract_quotes(article.text)
    spans = [(q.start, q.end) for q in quotes]

    seen = {_norm(lede.text)} if lede else set()
    sections: list[BriefSection] = []
    count = profile.per_section if len(parts) > 1 else max(profile.per_section, 4)
    for part in parts:
        candidates = [
            s
            for s in part.sentences
            if s is not lede
            and _norm(s.text) not in seen
            and not _bare_quote(s, spans)
            and not _opens_inside_a_quote(s, spans)
        ]
        # A sentence that repeats another word for word is shown once.
        unique: dict[str, Sentence] = {}
        for s in candidates:
            unique.setdefault(_norm(s.text), s)
        pool = list(unique.values())
        chosen = select(pool, [score_of[s.index] for s in pool], count=count)
        seen.update(_norm(st.sentence.text) for st in chosen)
        sections.append(
            BriefSection(
                label=part.label,
                statements=chosen,
                quotes=(),
                sources=part.sources,
            )
        )
    sections = _attach_quotes(sections, parts, quotes, score_of, article, profile, bottom)
    brief = Brief(
        title=article.title,
        outlet=article.outlet or profile.outlet,
        place=article.dateline,
        date=date or profile.date or article.date or _dt.date.today().isoformat(),
        bottom_line=bottom,
        sections=tuple(s for s in sections if s.statements or s.quotes),
        source=Path(article.path).name,
        scorer=profile.scorer,
    )
    brief = fit_budget(brief, profile.max_words, profile.max_lines)
    return brief


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


# Capitalised words that do not name anyone: pronouns, connectives, titles.
_NOT_NAMES = frozenset(
    "he she they it we i you his her their its but and the a an so then this that these "
    "those as in on at for yet also mr mrs ms dr sir lord lady".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _bare_quote(sentence: Sentence, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``sentence`` is quoted words with no one named as their speaker.

    A key point must say who is speaking: '"It is shameful ...",' or '"...,"
    he said.' means nothing on its own in a brief (the quote block shows such
    words with their resolved speaker instead). A sentence is bare when quotes
    cover it and what is left outside them is at most six words, none of
    them a capitalised name.
    """
    outside: list[str] = []
    pos, quoted = sentence.start, False
    for start, end in spans:
        if end <= sentence.start or start >= sentence.end:
            continue
        quoted = True
        start, end = max(start, sentence.start), min(end, sentence.end)
        outside.append(sentence.text[pos - sentence.start : start - sentence.start])
        pos = max(pos, end)
    if not quoted:
        return False
    outside.append(sentence.text[pos - sentence.start :])
    words = _WORD.findall(" ".join(outside))
    named = any(w[:1].isupper() and w.casefold() not in _NOT_NAMES for w in words)
    return not named and len(words) <= 6


def _opens_inside_a_quote(sentence: Sentence, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``sentence`` begins in the middle of a quotation (its second
    sentence: 'Some people say he is not alive," said X.'). Read alone, its
    first words look like the writer's own; the quote block shows them with
    their speaker instead."""
    return any(start < sentence.start < end for start, end in spans)


def _attach_quotes(
    sections: list[BriefSection],
    parts: Sequence[Part],
    quotes: Sequence[Quote],
    score_of: dict[int, float],
    article: Article,
    profile: Profile,
    bottom: Statement | None,
) -> list[BriefSection]:
    """Give each part its best attributed quotes not already shown in a statement."""
    shown = [st.sentence for sec in sections for st in sec.statements]
    if bottom:
        shown.append(bottom.sentence)
    out = []
    for section, part in zip(sections, parts, strict=True):
        picks: list[tuple[float, Quote]] = []
        for q in quotes:
            if not q.speaker or word_count(q.text) < profile.min_quote_words:
                continue
            if article.teaser and q.start < article.teaser[1]:
                continue
            if any(s.start <= q.start and q.end <= s.end for s in shown):
                continue  # the statement already shows these words
            home = next((s for s in part.sentences if s.start <= q.start < s.end), None)
            if home is None:
                continue
            picks.append((score_of[home.index], q))
        # Whole quoted sentences first: a fragment that starts in lower case
        # ("stretching its hands ...") needs the writer's sentence around it.
        picks.sort(key=lambda p: (not p[1].text[:1].isupper(), -p[0], p[1].start))
        kept = tuple(
            sorted((q for _, q in picks[: profile.quotes_per_section]), key=lambda q: q.start)
        )
        out.append(replace(section, quotes=kept))
    return out


def brief_words(brief: Brief) -> int:
    """Words a reader sees: title, source line, bottom line, labels, statements, quotes."""
    n = word_count(brief.title) + 4
    if brief.bottom_line:
        n += 2 + word_count(brief.bottom_line.sentence.text)
    for sec in brief.sections:
        n += word_count(sec.label)
        n += sum(word_count(st.sentence.text) for st in sec.statements)
        for q in sec.quotes:
            n += word_count(q.text) + word_count(q.speaker or "") + word_count(q.role or "")
    return n


# A page model for the packaged HTML brief printed on A4 or US Letter (9.5pt
# text across the page between 12mm margins). Units are printed lines;
# calibrated with headless Chromium by bench/page_model.py.
WORDS_PER_LINE = 16  # words of body text on one printed line
TITLE_WORDS_PER_LINE = 11  # the title is set larger
FRAME_LINES = 4.0  # source line, footer and the space around them
HEADING_LINES = 1.9  # a part's heading with its rule and margins
ITEM_LINES = 0.2  # the gap after each list item
QUOTE_LINES = 1.5  # a quote's speaker line and its margins


def _text_lines(text: str, per_line: int = WORDS_PER_LINE) -> int:
    return -(-word_count(text) // per_line)


def page_lines(brief: Brief) -> float:
    """How many printed lines the HTML brief takes, by the page model above."""
    lines = FRAME_LINES + _text_lines(brief.title, TITLE_WORDS_PER_LINE)
    if brief.bottom_line:
        lines += _text_lines("Bottom line: " + brief.bottom_line.sentence.text)
    for sec in brief.sections:
        lines += HEADING_LINES
        lines += sum(_text_lines(st.sentence.text) + ITEM_LINES for st in sec.statements)
        lines += sum(_text_lines(q.text) + QUOTE_LINES for q in sec.quotes)
    return lines


def fit_budget(brief: Brief, max_words: int, max_lines: float | None = None) -> Brief:
    """Drop whole items until the brief fits ``max_words``.

    Fewer statements per part first (the lowest-scored statement of the
    fullest part goes), then quotes, then whole parts from the end; a sentence
    is never cut in half.
    """
    sections = [s for s in brief.sections if s.statements or s.quotes]
    while True:
        b = replace(brief, sections=tuple(sections), words=0)
        b = replace(b, words=brief_words(b))
        fits_page = max_lines is None or page_lines(b) <= max_lines
        if (b.words <= max_words and fits_page) or not sections:
            return b
        fullest = max(range(len(sections)), key=lambda i: (len(sections[i].statements), -i))
        sec = sections[fullest]
        if len(sec.statements) > 1:
            weakest = min(sec.statements, key=lambda st: (st.score, -st.sentence.start))
            sections[fullest] = replace(
                sec, statements=tuple(st for st in sec.statements if st is not weakest)
            )
        elif any(s.quotes for s in sections):
            i = max(
                (i for i, s in enumerate(sections) if s.quotes),
                key=lambda i: (len(sections[i].quotes), i),
            )
            sections[i] = replace(sections[i], quotes=sections[i].quotes[:-1])
        else:
            sections.pop()
