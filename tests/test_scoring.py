"""Scorers: the registry, one finite float per sentence, determinism, sumy by name."""

# ruff: noqa: E501  (article text reads best unwrapped)

from __future__ import annotations

import math
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import scoring
from briefing.errors import BriefingError
from briefing.model import Sentence
from briefing.read import parse_text
from briefing.scoring import SCORERS, get_scorer

ARTICLE = """\
Flood defences fail in river town

Floods forced hundreds of families from their homes in the river town of Ashby on Monday, after flood defences failed.
The river burst its banks after three days of rain, and the flood defences built in 2009 gave way near the bridge.
Is anyone to blame?
It was cold.
Council leader Ann Cole said the flood defences had been inspected last year and the council would review them.
Families were taken to the town hall, where volunteers served soup.
The Environment Agency said more rain was expected and the river would stay high until Thursday.
A football match on Saturday was called off.
"""


def _sentences(text: str = ARTICLE) -> tuple[Sentence, ...]:
    return parse_text(text).sentences


def test_registry_names_are_lowercase_words() -> None:
    for name in (
        "default",
        "lead",
        "random",
        "lexrank",
        "textrank",
        "lsa",
        "luhn",
        "kl",
        "sumbasic",
    ):
        assert name in SCORERS
    assert all(re.fullmatch(r"[a-z]+", name) for name in SCORERS)


def test_unknown_scorer_names_the_choices() -> None:
    with pytest.raises(BriefingError, match=r"unknown scorer 'best'.*default.*textrank"):
        get_scorer("best")


@pytest.mark.parametrize("name", sorted(SCORERS))
def test_every_scorer_rates_every_sentence_the_same_way_twice(name: str) -> None:
    sentences = _sentences()
    scores = get_scorer(name)(sentences)
    assert len(scores) == len(sentences)
    assert all(isinstance(v, float) and math.isfinite(v) for v in scores)
    assert get_scorer(name)(sentences) == scores
    assert get_scorer(name)(()) == ()
    assert len(get_scorer(name)(sentences[:1])) == 1


def test_default_puts_the_lede_first_and_filler_last() -> None:
    sentences = _sentences()
    scores = scoring.default(sentences)
    best = max(range(len(scores)), key=lambda i: scores[i])
    assert best == 0
    texts = [s.text for s in sentences]
    # A question and a fragment are not key statements.
    for weak in ("Is anyone to blame?", "It was cold."):
        assert scores[texts.index(weak)] < scores[1]


def test_default_prefers_a_sentence_the_article_goes_on_to_discuss() -> None:
    text = (
        "The minister spoke on Monday. "
        "A new tax on sugar drinks will start in April, the minister said. "
        "The weather was fine. "
        "Sugar drinks makers said the tax was unfair. "
        "The tax on sugar drinks will raise 500m a year. "
        "Shops expect sugar drinks prices to rise."
    )
    sentences = _sentences(text)
    scores = scoring.default(sentences)
    texts = [s.text for s in sentences]
    assert scores[texts.index("The weather was fine.")] < scores[1]


def test_default_discounts_a_repeat_of_a_better_sentence() -> None:
    text = (
        "Floods forced families from their homes in Ashby after defences failed. "
        "Floods forced families from their homes in Ashby after the defences failed. "
        "The council will review the defences and pay for repairs, its leader said. "
        "Volunteers served soup."
    )
    sentences = _sentences(text)
    scores = scoring.default(sentences)
    assert scores[2] > scores[1]


def test_default_is_linear_enough_for_a_long_article() -> None:
    para = " ".join(
        f"Sentence {i} reports that the council spent {i} pounds on the river works near the bridge."
        for i in range(10)
    )
    text = "\n\n".join(para for _ in range(150))  # 1,500 sentences, about 24,000 words
    sentences = _sentences(text)
    t0 = time.perf_counter()
    scores = scoring.default(sentences)
    assert len(scores) == len(sentences)
    assert time.perf_counter() - t0 < 2.0


@pytest.mark.parametrize("name", ["textrank", "lexrank", "luhn"])
def test_sumy_ratings_pick_what_sumys_own_summarizer_picks(name: str) -> None:
    from briefing import sumy_adapter

    sentences = _sentences()
    scores = get_scorer(name)(sentences)
    document = sumy_adapter._document(sentences)
    for k in (1, 3):
        theirs = [str(s) for s in sumy_adapter._summarizer(name)(document, k)]
        order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:k]
        ours = [sentences[i].text for i in sorted(order)]
        assert ours == theirs


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list("abc xyz?.'\"")), min_size=1, max_size=40),
        min_size=1,
        max_size=12,
    )
)
def test_default_on_arbitrary_sentences(texts: list[str]) -> None:
    sentences, pos = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(t, pos, pos + len(t), i))
        pos += len(t) + 1
    scores = scoring.default(sentences)
    assert len(scores) == len(sentences)
    assert all(math.isfinite(v) and v >= 0 for v in scores)
    assert scoring.default(sentences) == scores
