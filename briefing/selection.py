"""Selection: ranked scores in, chosen sentences out, in document order.

Ranks by score (ties broken by document order, so the same input always gives
the same choice), cuts to a sentence count or a word budget, and restores
document order.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Sentence, Statement
from .sentences import word_count


def rank(sentences: Sequence[Sentence], scores: Sequence[float]) -> list[Statement]:
    """Statements best first; equal scores keep document order."""
    if len(sentences) != len(scores):
        raise ValueError("one score per sentence is needed")
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], sentences[i].start))
    return [Statement(sentences[i], float(scores[i])) for i in order]


def in_document_order(statements: Sequence[Statement]) -> tuple[Statement, ...]:
    return tuple(sorted(statements, key=lambda st: st.sentence.start))


def select(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    *,
    count: int | None = None,
    words: int | None = None,
) -> tuple[Statement, ...]:
    """The best sentences, in document order.

    Exactly one of ``count`` (how many sentences) or ``words`` (a budget of
    words: whole sentences are taken best first while they fit; a sentence
    that does not fit is skipped in favour of shorter ones that do) is given.
    """
    if (count is None) == (words is None):
        raise ValueError("give exactly one of count or words")
    ranked = rank(sentences, scores)
    if count is not None:
        return in_document_order(ranked[: max(count, 0)])
    assert words is not None
    chosen: list[Statement] = []
    used = 0
    for statement in ranked:
        n = word_count(statement.sentence.text)
        if used + n <= words:
            chosen.append(statement)
            used += n
    return in_document_order(chosen)
