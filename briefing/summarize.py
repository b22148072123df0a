"""The public summarizer: text in, the chosen sentences out.

:func:`summarize` is the one entry point that the CLI, the benchmark
(``bench/summarize.py``) and other programs share. It reads the text the way
``briefing`` reads an article file (title line, teaser, dateline, bylines and
headings are recognised and never returned), scores every statement sentence
with a registered scorer and keeps the best ones.
"""

from __future__ import annotations

from .errors import BriefingError
from .read import parse_text
from .scoring import get_scorer
from .selection import select


def summarize(
    text: str,
    *,
    sentences: int | None = None,
    words: int | None = None,
    scorer: str = "default",
    title: str | None = None,
) -> tuple[str, ...]:
    """The most important sentences of ``text``, verbatim and in document order.

    Args:
        text: the article, as plain text (paragraphs separated by blank lines
            or one a line; a title line first is recognised).
        sentences: how many sentences to return.
        words: a word budget instead: whole sentences are taken best first
            while they fit (a sentence that does not fit is skipped in favour
            of shorter ones that do); no sentence is ever cut.
        scorer: the name of a scorer in :data:`briefing.scoring.SCORERS`
            (``"default"``, ``"lead"``, ``"lexrank"``, ``"textrank"``, ...).
        title: the article's title, if known. When the text starts with it,
            that line is left out; it is never returned as a sentence.

    Returns:
        The chosen sentences, each exactly as it appears in ``text``, in the
        order they appear there. Empty for text with no sentences.

    Raises:
        ValueError: unless exactly one of ``sentences`` / ``words`` is given,
            or if it is negative.
        BriefingError: for an unknown scorer name.

    Example:
        >>> from briefing import summarize
        >>> summarize("Rain fell. Roads closed. Schools shut.", sentences=1, scorer="lead")
        ('Rain fell.',)
    """
    if (sentences is None) == (words is None):
        raise ValueError("give exactly one of sentences or words")
    budget = sentences if sentences is not None else words
    assert budget is not None
    if budget < 0:
        raise ValueError("the budget must not be negative")
    rate = get_scorer(scorer)
    if title is not None:
        text = _without_title(text, title)
    if not text.strip() or budget == 0:
        return ()
    try:
        article = parse_text(text, path="<text>")
    except BriefingError:
        # Text with nothing to summarize (only a heading, only boilerplate).
        return ()
    candidates = article.sentences
    if not candidates:
        return ()
    if title is not None:
        wanted = title.strip()
        candidates = tuple(s for s in candidates if s.text.strip() != wanted)
    scores = rate(candidates)
    chosen = select(candidates, scores, count=sentences, words=words)
    return tuple(st.sentence.text for st in chosen)


def _without_title(text: str, title: str) -> str:
    """``text`` without a leading line that is the title."""
    wanted = title.strip()
    if not wanted:
        return text
    body = text.lstrip("\ufeff \t\r\n")
    first, sep, rest = body.partition("\n")
    if first.strip() == wanted:
        return rest if sep else ""
    return text
