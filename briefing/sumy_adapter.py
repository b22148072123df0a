"""sumy's summarizers behind one small adapter.

Input: the statement sentences of one article (our :class:`Sentence` values).
Output: one float per sentence, higher meaning more important, as sumy's own
summarizer rated it. Nothing of sumy leaks out of this module: callers see
plain tuples of floats.

How sumy is fed:

* the document is sumy's ``ObjectDocumentModel`` built from our sentences
  (one sumy ``Paragraph`` per paragraph of ours), so sumy never splits text
  itself and never needs NLTK's punkt data;
* the tokenizer is :class:`WordTokenizer`, which answers sumy's
  ``to_sentences`` / ``to_words`` with our splitter and word pattern;
* the stemmer is NLTK's Snowball English stemmer (pure code, no data);
* the stop words are the English list that ships inside sumy.

sumy is imported lazily, on the first rating, so the CLI starts fast.

The ratings are read through sumy's public ``__call__``: every summarizer
ends in ``_get_best_sentences(sentences, count, rating)``, which accepts a
callable ``count`` and hands it the sentences sorted best first. We pass one
that records that order and keeps everything, so each algorithm runs exactly
as sumy ships it.
"""

from __future__ import annotations

import random as _random
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any

from .model import Sentence
from .sentences import split_sentences, words

#: Algorithm name -> (sumy module, class name).
ALGORITHMS: dict[str, tuple[str, str]] = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
}

#: Seed of the ``random`` baseline: the same article always gets the same ratings.
RANDOM_SEED = 20150401


class WordTokenizer:
    """Our splitter and word pattern, in the shape sumy's tokenizers have."""

    language = "english"

    @staticmethod
    def to_sentences(paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    @staticmethod
    def to_words(sentence: str) -> tuple[str, ...]:
        return words(sentence)


@lru_cache(maxsize=1)
def _stemmer() -> Callable[[str], str]:
    from nltk.stem.snowball import SnowballStemmer

    stem: Callable[[str], str] = SnowballStemmer("english").stem
    return lru_cache(maxsize=65536)(stem)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The English stop words sumy ships (sumy/data/stopwords/english.txt)."""
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


@cache
def _summarizer(name: str) -> Any:
    import importlib

    module_name, class_name = ALGORITHMS[name]
    cls = getattr(importlib.import_module(module_name), class_name)
    summarizer = cls(_stemmer())
    if hasattr(summarizer, "stop_words"):
        summarizer.stop_words = stop_words()
    return summarizer


def _document(sentences: Sequence[Sentence]) -> Any:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = WordTokenizer()
    paragraphs: list[Any] = []
    current: list[Any] = []
    last = None
    for s in sentences:
        key = (s.section, s.paragraph)
        if current and key != last:
            paragraphs.append(Paragraph(current))
            current = []
        current.append(SumySentence(s.text, tokenizer))
        last = key
    if current:
        paragraphs.append(Paragraph(current))
    return ObjectDocumentModel(paragraphs)


class _RecordOrder:
    """A sumy ``count`` that notes the best-first order and keeps every sentence."""

    def __init__(self) -> None:
        self.order: list[int] = []

    def __call__(self, infos: Sequence[Any]) -> Sequence[Any]:
        self.order = [info.order for info in infos]
        return infos


def rate(name: str, sentences: Sequence[Sentence]) -> tuple[float, ...]:
    """Rate ``sentences`` with sumy's algorithm ``name`` (a key of ALGORITHMS).

    The value is the rank sumy gives (n for its best sentence down to 1), so
    choosing the top k by our value picks exactly the sentences sumy's own
    summarizer picks for k, ties included.
    """
    n = len(sentences)
    if n == 0:
        return ()
    document = _document(sentences)
    if len(document.sentences) != n:  # pragma: no cover - our sentences are never headings
        raise AssertionError("sumy dropped sentences")
    recorder = _RecordOrder()
    _summarizer(name)(document, recorder)
    values = [0.0] * n
    for rank, order in enumerate(recorder.order):
        values[order] = float(n - rank)
    return tuple(values)


def rate_random(sentences: Sequence[Sentence]) -> tuple[float, ...]:
    """Seeded random ratings: a baseline that is the same on every run."""
    rng = _random.Random(RANDOM_SEED + len(sentences))
    if sentences:
        rng.seed(f"{RANDOM_SEED}:{len(sentences)}:{sentences[0].text}")
    values = [float(i) for i in range(len(sentences))]
    rng.shuffle(values)
    return tuple(values)


def scorer(name: str) -> Callable[[Sequence[Sentence]], tuple[float, ...]]:
    """A scorer (sentences -> floats) for sumy algorithm ``name``."""
    if name not in ALGORITHMS:
        raise KeyError(name)

    def score(sentences: Sequence[Sentence]) -> tuple[float, ...]:
        return rate(name, sentences)

    score.__name__ = f"sumy_{name}"
    score.__doc__ = f"sumy's {ALGORITHMS[name][1]}, fed by our tokenizer and sentences."
    return score
