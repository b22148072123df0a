"""Selection: rank, break ties by document order, cut, restore document order."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.model import Sentence
from briefing.selection import select


def _sentences(lengths: list[int]) -> list[Sentence]:
    out, pos = [], 0
    for i, n in enumerate(lengths):
        text = " ".join(["w"] * n)
        out.append(Sentence(text, pos, pos + len(text), i))
        pos += len(text) + 1
    return out


def test_top_scores_in_document_order() -> None:
    sents = _sentences([3, 3, 3, 3])
    chosen = select(sents, [0.1, 0.9, 0.2, 0.8], count=2)
    assert [st.sentence.index for st in chosen] == [1, 3]


def test_ties_go_to_the_earlier_sentence() -> None:
    sents = _sentences([3, 3, 3])
    chosen = select(sents, [0.5, 0.5, 0.5], count=2)
    assert [st.sentence.index for st in chosen] == [0, 1]


def test_word_budget_takes_whole_sentences() -> None:
    sents = _sentences([10, 50, 5])
    chosen = select(sents, [0.9, 0.8, 0.1], words=20)
    # The 50-word sentence does not fit; the shorter one after it does.
    assert [st.sentence.index for st in chosen] == [0, 2]


def test_exactly_one_budget() -> None:
    sents = _sentences([3])
    with pytest.raises(ValueError):
        select(sents, [1.0])
    with pytest.raises(ValueError):
        select(sents, [1.0], count=1, words=3)


@given(
    st.lists(st.tuples(st.integers(1, 30), st.floats(-1e6, 1e6)), max_size=40),
    st.integers(0, 45),
)
def test_selection_is_a_subset_in_document_order(items: list[tuple[int, float]], k: int) -> None:
    sents = _sentences([n for n, _ in items])
    scores = [s for _, s in items]
    chosen = select(sents, scores, count=k)
    idx = [c.sentence.index for c in chosen]
    assert idx == sorted(set(idx))
    assert len(idx) == min(k, len(sents))
    if chosen:
        worst_kept = min(c.score for c in chosen)
        dropped = [scores[i] for i in range(len(sents)) if i not in idx]
        assert all(d <= worst_kept for d in dropped)
    # Deterministic: the same input gives the same choice.
    assert select(sents, scores, count=k) == chosen
