"""Selection: ranked scores in, chosen sentences out, in document order.

Ranks by score (ties broken by document order, so the same input always gives
the same choice), cuts to a sentence count or a word budget, and restores
document order.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Sentence, Statement
from .sentences import word_count


def _order(sentences: Sequence[Sentence], scores: Sequence[float]) -> list[int]:
    """Sentence indexes best first; equal scores keep document order."""
    if len(sentences) != len(scores):
        raise ValueError("one score per sentence is needed")
    return sorted(range(len(sentences)), key=lambda i: (-scores[i], sentences[i].start))


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
    order = _order(sentences, scores)
    if count is not None:
        chosen = order[: max(count, 0)]
    else:
        assert words is not None
        chosen, used = [], 0
        for i in order:
            n = word_count(sentences[i].text)
            if used + n <= words:
                chosen.append(i)
                used += n
    chosen.sort(key=lambda i: sentences[i].start)
    return tuple(Statement(sentences[i], float(scores[i])) for i in chosen)
