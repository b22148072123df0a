"""briefing.summarize: verbatim sentences in document order, one budget, the title never."""

# ruff: noqa: E501  (article text reads best unwrapped)

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.errors import BriefingError
from briefing.scoring import SCORERS
from briefing.sentences import word_count
from briefing.summarize import summarize

TITLE = "Flood defences fail in river town"
BODY = """\
Floods forced hundreds of families from their homes in the river town of Ashby on Monday, after flood defences failed.

The river burst its banks after three days of rain, and the flood defences built in 2009 gave way near the bridge. Council leader Ann Cole said the defences had been inspected last year.

Families were taken to the town hall, where volunteers served soup. The Environment Agency said more rain was expected and the river would stay high until Thursday.
"""
ARTICLE = f"{TITLE}\n\n{BODY}"


def _in_order(text: str, chosen: tuple[str, ...]) -> bool:
    positions = [text.index(s) for s in chosen]
    return positions == sorted(positions)


@pytest.mark.parametrize("scorer", sorted(SCORERS))
def test_every_scorer_returns_verbatim_sentences_in_document_order(scorer: str) -> None:
    chosen = summarize(ARTICLE, sentences=3, scorer=scorer)
    assert len(chosen) == 3
    assert all(s in ARTICLE for s in chosen)
    assert _in_order(ARTICLE, chosen)
    assert TITLE not in chosen
    assert summarize(ARTICLE, sentences=3, scorer=scorer) == chosen


def test_default_keeps_the_lede() -> None:
    chosen = summarize(ARTICLE, sentences=2)
    assert chosen[0].startswith("Floods forced hundreds")


def test_word_budget_takes_whole_sentences_while_they_fit() -> None:
    for budget in (0, 10, 25, 40, 80, 1000):
        chosen = summarize(ARTICLE, words=budget)
        assert sum(word_count(s) for s in chosen) <= budget
        assert _in_order(ARTICLE, chosen)
    assert len(summarize(ARTICLE, words=1000)) == 5


def test_title_passed_separately_is_left_out() -> None:
    # A title line ending with a period would read as a sentence without the hint.
    text = "Floods hit Ashby.\n" + BODY
    assert "Floods hit Ashby." in summarize(text, sentences=10, scorer="lead")
    chosen = summarize(text, sentences=10, scorer="lead", title="Floods hit Ashby.")
    assert "Floods hit Ashby." not in chosen
    assert len(chosen) == 5


def test_title_line_is_recognised() -> None:
    assert TITLE not in summarize(ARTICLE, sentences=10)


@pytest.mark.parametrize("kwargs", [{}, {"sentences": 2, "words": 40}, {"sentences": -1}])
def test_exactly_one_budget(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        summarize(ARTICLE, **kwargs)


def test_unknown_scorer() -> None:
    with pytest.raises(BriefingError, match="unknown scorer"):
        summarize(ARTICLE, sentences=1, scorer="magic")


@pytest.mark.parametrize("text", ["", "   \n\n ", "Only a heading"])
def test_nothing_to_summarize(text: str) -> None:
    assert summarize(text, sentences=3) == ()


def test_one_paragraph_news_text_with_an_outlet_credit() -> None:
    text = (
        "(CNN)A judge ruled on Monday that the city must pay for repairs. "
        "The city said it would appeal. Residents welcomed the ruling."
    )
    chosen = summarize(text, sentences=1)
    assert chosen == ("A judge ruled on Monday that the city must pay for repairs.",)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The council met on Monday.",
                "Floods hit the town.",
                "Why now?",
                "Rain fell for three days and the river rose.",
                '"We are ready," she said.',
                "Shares rose 1.2%.",
                "Dr. Lee spoke.",
            ]
        ),
        min_size=1,
        max_size=15,
    ),
    st.integers(min_value=0, max_value=6),
)
def test_summaries_are_subsets_in_order(parts: list[str], k: int) -> None:
    text = " ".join(parts)
    chosen = summarize(text, sentences=k)
    assert len(chosen) <= k
    pos = 0
    for s in chosen:
        found = text.find(s, pos)
        assert found >= 0
        pos = found + len(s)
