"""Sentence scorers: a name -> callable registry.

Input: the statement sentences of one article, in document order.
Output: one float per sentence, higher meaning more important. Scorers only
rate; choosing and ordering is ``selection``'s job.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .errors import BriefingError
from .model import Sentence

Scorer = Callable[[Sequence[Sentence]], tuple[float, ...]]


def lead(sentences: Sequence[Sentence]) -> tuple[float, ...]:
    """Earlier is better: the lead baseline."""
    return tuple(1.0 / (1 + s.index) for s in sentences)


SCORERS: dict[str, Scorer] = {
    "default": lead,
    "lead": lead,
}


def get_scorer(name: str) -> Scorer:
    """The scorer registered under ``name``; BriefingError names the choices otherwise."""
    try:
        return SCORERS[name]
    except KeyError:
        choices = ", ".join(sorted(SCORERS))
        raise BriefingError(f"unknown scorer {name!r} (choose from {choices})") from None
