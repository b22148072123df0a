"""Sentence scorers: a name -> callable registry.

Input: the statement sentences of one article, in document order.
Output: one float per sentence, higher meaning more important. Scorers only
rate; choosing and ordering is ``selection``'s job.

The ``default`` scorer ("lead-weighted forward centrality") rates a sentence
by where it stands and by how much of what the rest of the article goes on
to say it already says:

1. Content words are the sentence's words less the English stop words that
   ship with sumy, lower-cased, with a light suffix strip ("attacks" and
   "attacked" meet as "attack"; possessives are left whole).
2. Forward centrality: for each content word of sentence *i*, count the later
   sentences that use it; count the earlier ones too. Central is
   ``(later - 0.5 * earlier) / (n - 1)``: a sentence that introduces what the
   article goes on to discuss scores high; one that only repeats what came
   before scores low (the direction-aware idea of Zheng and Lapata's PACSUM,
   2019, with word overlap instead of a neural similarity). Running counts
   make this one pass over the words: linear in the article's length, no
   sentence graph.
3. Position prior: the value is multiplied by ``1 / (1 + i)``; news puts the
   most important facts first.
4. Questions (x0.5) and fragments under five words (x0.1) are unlikely key
   statements.
5. Redundancy: among the best ``_MMR_POOL`` sentences, the final order is
   chosen greedily, each pick's value discounted by the share of its content
   words already covered by earlier picks (maximal marginal relevance). The
   result is still one global ranking, so the top *k* of it is a good set for
   every *k*.

The constants were chosen on the even rows of the CNN/DailyMail dev set only
(bench/README.md); the odd rows are reported as held out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from heapq import heapify, heappop, heappush
from itertools import chain

from .errors import BriefingError
from .model import Sentence

Scorer = Callable[[Sequence[Sentence]], tuple[float, ...]]

_BACKWARD = 0.5  # weight of earlier sentences sharing a word (subtracted)
_FLOOR = 0.05  # centrality floor, so position still orders unconnected sentences
_QUESTION = 0.5
_FRAGMENT = 0.1
_FRAGMENT_WORDS = 5
_REDUNDANCY = 0.7  # MMR: how much already covered content counts against a pick
_MMR_POOL = 12  # MMR runs over this many best sentences (caps the quadratic step)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The English stop words sumy ships (read as data; sumy's code is not imported)."""
    from importlib.resources import files

    data = files("sumy").joinpath("data", "stopwords", "english.txt").read_text("utf-8")
    return frozenset(w.strip() for w in data.splitlines() if w.strip())


def _term(word: str) -> str:
    """A lower-cased word with a light English suffix strip."""
    w = word.lower()
    if "'" in w or "’" in w:
        # "ICC's" stays a term of its own: merging possessives with the bare
        # name scored lower on the tuning half.
        return w
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


# Characters stripped from the ends of a whitespace-separated token.
_EDGE = "!\"#$%&()*+,./:;<=>?@[\\]^_`{|}~“”‘’«»–—…•·'-"
# lower-cased token as written ("court,") -> its term ("court"), or "" for a
# stop word or a one-letter token. Shared across articles; cleared when large.
_TERMS: dict[str, str] = {}
_TERMS_MAX = 200_000


def _content(sentences: Sequence[Sentence]) -> tuple[list[set[str]], list[int]]:
    """Each sentence's set of content terms, and its count of tokens.

    Tokens are the lower-cased whitespace-separated words, punctuation still
    attached; the shared ``_TERMS`` table turns each into its term (or "" for
    a stop word), so a known token costs one dictionary lookup.
    """
    terms = _TERMS
    stop: frozenset[str] | None = None
    bags: list[set[str]] = []
    sizes: list[int] = []
    for s in sentences:
        tokens = s.text.lower().split()
        sizes.append(len(tokens))
        bag = set(map(terms.get, tokens))
        if None in bag:
            if stop is None:
                stop = stop_words()
                if len(terms) > _TERMS_MAX:
                    terms.clear()
            for w in tokens:
                if w not in terms:
                    bare = w.strip(_EDGE)
                    terms[w] = "" if len(bare) < 2 or bare in stop else _term(bare)
            bag = set(map(terms.get, tokens))
        bag.discard("")
        bags.append(bag)  # type: ignore[arg-type]
    return bags, sizes


def _is_question(text: str) -> bool:
    return "?" in text and text.rstrip().rstrip("\"'”’)").endswith("?")


def centrality(sentences: Sequence[Sentence]) -> tuple[float, ...]:
    """Position-weighted forward centrality, before the redundancy step."""
    return tuple(_centrality(sentences, *_content(sentences)))


def _centrality(
    sentences: Sequence[Sentence], bags: Sequence[set[str]], sizes: Sequence[int]
) -> list[float]:
    n = len(sentences)
    total = Counter(chain.from_iterable(bags))  # in how many sentences each term is
    seen = dict.fromkeys(total, 0)  # ... among the sentences before this one
    df = total.__getitem__
    before = seen.__getitem__
    norm = max(1, n - 1)
    values: list[float] = []
    for i, bag in enumerate(bags):
        # C-level sums of dict lookups: earlier = sum of seen, later = sum of the rest.
        earlier = sum(map(before, bag))
        later = sum(map(df, bag)) - len(bag) - earlier
        for w in bag:
            seen[w] += 1
        central = (later - _BACKWARD * earlier) / norm
        value = (_FLOOR + (central if central > 0.0 else 0.0)) / (1 + i)
        if _is_question(sentences[i].text):
            value *= _QUESTION
        if sizes[i] < _FRAGMENT_WORDS:
            value *= _FRAGMENT
        values.append(value)
    return values


def default(sentences: Sequence[Sentence]) -> tuple[float, ...]:
    """Lead-weighted forward centrality with a redundancy-aware final order.

    Sentences in the MMR pool get values above 1 (best first); the rest keep
    their centrality value scaled below 1, so the order is one total ranking.
    """
    n = len(sentences)
    if n == 0:
        return ()
    bags, sizes = _content(sentences)
    base = _centrality(sentences, bags, sizes)
    top = max(base) or 1.0
    values = [0.999 * v / top for v in base]
    pool = sorted(range(n), key=lambda i: (-base[i], i))[:_MMR_POOL]
    size = len(pool)
    # Greedy MMR, evaluated lazily: a candidate's value only falls as coverage
    # grows, so the value last computed for it is an upper bound. The heap's
    # best entry is recomputed until it is current; ties go to the earlier
    # sentence, as in the plain greedy loop.
    heap = [(-base[i], i, 0) for i in pool]  # (-bound, sentence, rank computed at)
    heapify(heap)
    covered: set[str] = set()
    for rank in range(size):
        while True:
            _, best, at = heappop(heap)
            if at == rank:
                break
            bag = bags[best]
            overlap = len(covered.intersection(bag)) / len(bag) if bag else 0.0
            heappush(heap, (-base[best] * (1.0 - _REDUNDANCY * overlap), best, rank))
        covered |= bags[best]
        values[best] = 1.0 + (size - rank) / size
    return tuple(values)


def lead(sentences: Sequence[Sentence]) -> tuple[float, ...]:
    """Earlier is better: the lead baseline."""
    return tuple(1.0 / (1 + s.index) for s in sentences)


def _sumy(name: str) -> Scorer:
    """sumy's algorithm ``name``, imported only when first used."""

    def score(sentences: Sequence[Sentence]) -> tuple[float, ...]:
        from . import sumy_adapter

        return sumy_adapter.rate(name, sentences)

    score.__name__ = name
    score.__doc__ = f"sumy's {name} summarizer, fed by briefing's sentences and tokenizer."
    return score


def random(sentences: Sequence[Sentence]) -> tuple[float, ...]:
    """Seeded random order: a baseline that is the same on every run."""
    from .sumy_adapter import rate_random

    return rate_random(sentences)


SCORERS: dict[str, Scorer] = {
    "default": default,
    "lead": lead,
    "random": random,
    **{name: _sumy(name) for name in ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic")},
}


def get_scorer(name: str) -> Scorer:
    """The scorer registered under ``name``; BriefingError names the choices otherwise."""
    try:
        return SCORERS[name]
    except KeyError:
        choices = ", ".join(sorted(SCORERS))
        raise BriefingError(f"unknown scorer {name!r} (choose from {choices})") from None
