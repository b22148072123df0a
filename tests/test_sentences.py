"""The sentence splitter: verbatim spans, abbreviations, numbers, quotes, no downloads."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing import sentences as S
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


_TEXT = st.text(
    alphabet=st.sampled_from(list("ab XY.?!\"'”“()-…%1\n。！」")), min_size=0, max_size=120
)


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


def _reference_spans(text: str) -> list[tuple[int, int]]:
    """The splitter written plainly (one finditer, a loop per word): the oracle."""
    spans: list[tuple[int, int]] = []

    def append(start: int, end: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))

    cursor = 0
    for match in S._BOUNDARY.finditer(text):
        punct, close, space, nxt = match.groups()
        if not (nxt[-1].isupper() or nxt[-1].isdigit()):
            continue
        if not space and not (close[-1:] in '"”)' and close and nxt[-1].isupper()):
            continue
        if punct == ".":
            i = match.start()
            while i > cursor and not text[i - 1].isspace():
                i -= 1
            before = text[i : match.start()].lstrip(S._OPENERS)
            following = S._NEXT_WORD.match(text, match.end())
            if S._is_abbreviation(before, following.group(1) if following else ""):
                continue
        elif punct.endswith(("…", "...")) and not close:
            continue
        append(cursor, match.end("close"))
        cursor = match.end()
    append(cursor, len(text))
    return spans


_WIDE_TEXT = st.lists(
    st.sampled_from(
        [*"ab XY.?!\"'”“()-…%1\n\t\xa0\u2009\u200bé»[*•—", "Mr", "U.S.", "etc", "No", "J", "The"]
    ),
    max_size=80,
).map("".join)


@given(_WIDE_TEXT)
@example("He met\nJ. Smith at 5\xa0p.m. Then left! Why? So… It rose 1.2%. Done.")
@example('Mr. Ng said "No." He (the U.S. envoy) left... Then?" Ok."Yes.')
@settings(max_examples=300)
def test_fast_paths_agree_with_the_plain_splitter(text: str) -> None:
    # The str.find scan and the common-word shortcut must not change a span.
    assert sentence_spans(text) == _reference_spans(text)


def test_chinese_and_japanese_stops_end_sentences() -> None:
    text = "中国和俄罗斯同意加强合作。两国外长在北京会谈！他们说：「我们会继续。」然后离开了。"
    assert split_sentences(text) == [
        "中国和俄罗斯同意加强合作。",
        "两国外长在北京会谈！",
        "他们说：「我们会继续。」",
        "然后离开了。",
    ]
    assert split_sentences("東京は晴れ。 大阪は雨？") == ["東京は晴れ。", "大阪は雨？"]
