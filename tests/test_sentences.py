"""The sentence splitter: verbatim spans, abbreviations, numbers, quotes, no downloads."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.sentences import sentence_spans, split_sentences, word_count, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rain fell. Roads closed.", ["Rain fell.", "Roads closed."]),
        ("Dr. Smith came at 5 p.m. Then he left.", ["Dr. Smith came at 5 p.m.", "Then he left."]),
        ("U.S. troops left. I saw J. K. Rowling.", ["U.S. troops left.", "I saw J. K. Rowling."]),
        # A percentage with a decimal point is a number, not a dotted abbreviation.
        ("Sales rose 1.2%. Shares fell.", ["Sales rose 1.2%.", "Shares fell."]),
        # A possessive before the period is a word, not the initial "s".
        (
            "He works at Standard & Poor's. But he left.",
            ["He works at Standard & Poor's.", "But he left."],
        ),
        # A title in capitals is an acronym that can end a sentence.
        (
            "It helps patients with MS. Approval is due.",
            ["It helps patients with MS.", "Approval is due."],
        ),
        ("Mr. Lee of the FT. But why?", ["Mr. Lee of the FT.", "But why?"]),
        ("It is No. 10 now. No. Not at all.", ["It is No. 10 now.", "No.", "Not at all."]),
        ("Hank Williams Jr. He wrote songs.", ["Hank Williams Jr.", "He wrote songs."]),
        ("Shoes, hats etc. Much more.", ["Shoes, hats etc.", "Much more."]),
        # A lower-case word after ? or ! goes on; a capital starts a sentence.
        ('"Why?" he asked. Nobody knew!', ['"Why?" he asked.', "Nobody knew!"]),
        # An elision inside a quotation is not an end.
        (
            '"It would make... Turkcell smaller," he said.',
            ['"It would make... Turkcell smaller," he said.'],
        ),
        # Quotes: glued, detached, and a bullet after the period.
        ('I am up for it."Earlier he said no.', ['I am up for it."', "Earlier he said no."]),
        ('It is a good year. " And then we left.', ['It is a good year. "', "And then we left."]),
        ("Take an X-ray. - People must pay.", ["Take an X-ray.", "- People must pay."]),
    ],
)
def test_splits(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_are_absolute_and_verbatim() -> None:
    text = "Title\n\nFirst one. Second one.\n\nThird."
    start = text.index("First")
    end = text.index("\n\nThird")
    spans = sentence_spans(text, start, end)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]


def test_words_and_counts() -> None:
    assert words("The U.S. isn't ready, 2-1.") == ("The", "U.S", "isn't", "ready", "2-1")
    assert word_count("  one two\nthree ") == 3


_TEXT = st.text(alphabet=st.sampled_from(list("ab XY.?!\"'”“()-…%1\n")), min_size=0, max_size=120)


@given(_TEXT)
def test_spans_cover_every_character_in_order(text: str) -> None:
    spans = sentence_spans(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        assert not text[last:s].strip(), "nothing but whitespace between sentences"
        last = e
    assert not text[last:].strip()
