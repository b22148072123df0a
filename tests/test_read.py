"""Reading: titles, teasers, datelines, headings, boilerplate and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from _text import fold

from briefing.errors import BriefingError
from briefing.model import Article
from briefing.read import _LINE, _lines, find_articles, parse_text, read_article, unwrap


def test_seed_structure(seed: Path) -> None:
    article = read_article(seed)
    assert article.dateline == "BEIJING"
    assert article.outlet == "TASS"
    assert [s.heading for s in article.sections] == [
        None,
        "Russia-China relations",
        "Eurasian security",
        "'Dual opposition'",
        "Resolving Ukraine crisis",
        "Attacks on Zaporozhye nuke plant",
    ]
    # The truncated teaser yields the title but never a statement.
    assert article.teaser is not None
    assert all(s.start >= article.teaser[1] for s in article.sentences)
    assert article.title in article.text
    assert article.sentences[0].text.startswith("Russia and China agreed to engage")


def test_seed_drops_meta_and_boilerplate(seed: Path) -> None:
    texts = [s.text for s in read_article(seed).sentences]
    assert not any("TASS has summarized" in t for t in texts)
    assert not any("News Feed" in t or "COMMENTS" in t for t in texts)


def test_every_sentence_is_its_span(seed: Path) -> None:
    article = read_article(seed)
    for i, s in enumerate(article.sentences):
        assert article.text[s.start : s.end] == s.text
        assert s.index == i


def test_seed_keeps_typography_untouched(seed: Path) -> None:
    texts = " ".join(s.text for s in read_article(seed).sentences)
    for kept in ("<…>", "[Ukrainian leader Vladimir]", "West’s", "'dual opposition'"):
        assert kept in texts


def test_title_line_and_blank_line_paragraphs() -> None:
    text = (
        "Markets rally on rate hopes\n\n"
        "Shares rose on Monday. Investors cheered the news.\n\n"
        "Analysts were\ncautious about the outlook.\n"
    )
    article = parse_text(text)
    assert article.title == "Markets rally on rate hopes"
    assert [s.text for s in article.sentences] == [
        "Shares rose on Monday.",
        "Investors cheered the news.",
        "Analysts were\ncautious about the outlook.",
    ]


def test_markdown_headings_and_front_matter() -> None:
    text = (
        "---\ndate: 2024-05-01\n---\n# Big story\n\nIntro sentence here. Another one.\n\n"
        "## Money\n\nIt cost a lot.\n\n- A listed point about money.\n"
    )
    article = parse_text(text, markdown=True)
    assert article.title == "Big story"
    assert article.date == "2024-05-01"
    assert [s.heading for s in article.sections] == [None, "Money"]
    assert [s.text for s in article.sections[1].sentences] == [
        "It cost a lot.",
        "A listed point about money.",
    ]


def test_markdown_plain_first_line_is_the_title() -> None:
    article = parse_text("Budget day\n\nThe chancellor spoke. Taxes rose.\n", markdown=True)
    assert article.title == "Budget day"
    assert [s.text for s in article.sentences] == ["The chancellor spoke.", "Taxes rose."]


def test_dateline_with_outlet() -> None:
    article = parse_text("WASHINGTON (Reuters) - The Senate voted on Tuesday. It passed.\n")
    assert article.dateline == "WASHINGTON"
    assert article.outlet == "Reuters"
    assert article.sentences[0].text == "The Senate voted on Tuesday."


@pytest.mark.parametrize(
    ("lede", "place", "outlet", "date"),
    [
        ("LONDON, April 9 (Reuters) - ", "LONDON", "Reuters", None),
        ("WASHINGTON, Jan. 5, 2024 — ", "WASHINGTON", None, "2024-01-05"),
        ("PARIS, 9 April 2024 (AFP) - ", "PARIS", "AFP", "2024-04-09"),
        ("LONDON, England (CNN) -- ", "LONDON, England", "CNN", None),
    ],
)
def test_dateline_with_a_date(lede: str, place: str, outlet: str | None, date: str | None) -> None:
    article = parse_text(f"Oil slips\n\n{lede}Oil prices fell on Tuesday. Traders sold.\n")
    assert (article.dateline, article.outlet, article.date) == (place, outlet, date)
    assert article.sentences[0].text == "Oil prices fell on Tuesday."


def test_outlet_credit_without_place() -> None:
    article = parse_text("(CNN)A judge ruled on Monday. The case is closed.\n")
    assert (article.outlet, article.dateline) == ("CNN", None)
    assert article.sentences[0].text == "A judge ruled on Monday."
    article = parse_text("Kano, Nigeria (CNN)An attack took place. Many fled.\n")
    assert (article.outlet, article.dateline) == ("CNN", "Kano, Nigeria")
    assert article.sentences[0].text == "An attack took place."
    article = parse_text("West of Baghdad, Iraq (CNN)The call came at dawn. Many fled.\n")
    assert (article.outlet, article.dateline) == ("CNN", "West of Baghdad, Iraq")
    assert article.sentences[0].text == "The call came at dawn."
    article = parse_text("Microsoft (MSFT) said profits rose. Shares fell.\n")
    assert (article.outlet, article.dateline) == (None, None)
    assert article.sentences[0].text == "Microsoft (MSFT) said profits rose."


def test_dates_found_in_text() -> None:
    assert (
        parse_text("Published March 3, 2023\n\nA thing happened. Then more.").date == "2023-03-03"
    )
    dated = parse_text("Title\n\nBy Jane Roe\n\nUpdated 4 July 2021\n\nA thing happened.")
    assert dated.date == "2021-07-04"
    # Byline and date line are neither headings nor statements.
    assert [(s.heading, [x.text for x in s.sentences]) for s in dated.sections] == [
        (None, ["A thing happened."])
    ]
    # A date inside a sentence is an event, not the article's date.
    assert parse_text("A thing happened on 4 July 2021. Then more.").date is None
    assert parse_text("A thing happened. Then more.").date is None


def test_crlf_and_bom_offsets_stay_exact() -> None:
    text = "\ufeffTitle of it\r\n\r\nFirst sentence here. Second one.\r\nThird line.\r\n"
    article = parse_text(text)
    assert article.title == "Title of it"
    for s in article.sentences:
        assert text[s.start : s.end] == s.text
    assert [s.text for s in article.sentences][-1] == "Third line."


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\x00\x01\x02binary", "binary"),
        ("caf\u00e9 price \u00a3".encode("cp1252"), "not valid utf-8"),
        (b"Heading only\n", "no sentences"),
    ],
)
def test_bad_input_names_file_and_problem(write_article, content: bytes, problem: str) -> None:
    path = write_article(content)
    with pytest.raises(BriefingError) as err:
        read_article(path)
    assert str(path) in str(err.value)
    assert problem in str(err.value).lower()


def test_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(BriefingError, match="is a directory"):
        read_article(tmp_path)


def test_huge_file_refused(write_article) -> None:
    path = write_article("A sentence that is long enough. " * 200_000)  # 6.4 MB
    with pytest.raises(BriefingError, match="too large"):
        read_article(path)
    with pytest.raises(BriefingError, match=r"limit is 10\)$"):
        read_article(write_article("Short. Text.", "small.txt"), max_bytes=100 - 90)


def test_other_encoding_on_request(write_article) -> None:
    path = write_article("Prices rose to \u00a310. Buyers balked.".encode("cp1252"))
    article = read_article(path, encoding="cp1252")
    assert article.sentences[0].text == "Prices rose to \u00a310."


def test_find_articles_expands_folders(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.md").write_text("x")
    (tmp_path / "notes.toml").write_text("x")
    empty = tmp_path / "empty"
    empty.mkdir()
    files, errors = find_articles([tmp_path, empty, tmp_path / "missing.txt"])
    assert [f.name for f in files] == ["a.md", "b.txt"]
    assert [str(e) for e in errors] == [
        f"{empty}: no articles (.txt or .md files) in this folder",
        f"{tmp_path / 'missing.txt'}: no such file or folder",
    ]


def test_broken_link_in_a_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    files, errors = find_articles([tmp_path])
    assert [f.name for f in files] == ["a.txt"]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'gone.txt'}: broken link (it points to a missing file)"
    ]


@pytest.mark.parametrize(
    "text",
    ["", "\n", "a", "a\n", "a\n\n", "\n\nb", "\ufeffT\n\nx y.\n", "a \n \t\nb\u2028c\x85d\n"],
)
def test_lines_without_cr_match_the_general_pattern(text: str) -> None:
    # _lines splits on "\n" when there is no "\r"; the pattern must agree.
    expected = []
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        start, raw = m.start(), m.group(0).rstrip("\n")
        if start == 0 and raw.startswith("\ufeff"):
            start, raw = 1, raw[1:]
        expected.append((start, start + len(raw), raw, not raw.strip()))
    assert [tuple(line) for line in _lines(text)] == expected


# --------------------------------------------------------------------------
# Paragraph layouts: hard-wrapped text, one paragraph a line, list items
# --------------------------------------------------------------------------


def _shape(article: Article) -> tuple[object, ...]:
    def flat(s: str) -> str:
        return " ".join(s.split())

    return (
        flat(article.title),
        article.dateline,
        article.outlet,
        [(s.heading, [flat(x.text) for x in s.sentences]) for s in article.sections],
    )


@pytest.mark.parametrize("width", [38, 40, 44, 50, 60, 72, 79, 99])
@pytest.mark.parametrize("keep_space", [True, False])
def test_hard_wrapped_seed_reads_like_the_seed(
    seed_text: str, width: int, keep_space: bool
) -> None:
    wrapped = fold(seed_text, width, keep_space=keep_space)
    assert max(map(len, wrapped.splitlines())) <= width
    article = parse_text(wrapped)
    assert _shape(article) == _shape(parse_text(seed_text))
    for s in article.sentences:
        assert wrapped[s.start : s.end] == s.text


def test_hard_wrapped_blank_line_paragraphs(seed_text: str) -> None:
    spaced = seed_text.replace("\n", "\n\n")
    assert _shape(parse_text(fold(spaced, 72, keep_space=True))) == _shape(parse_text(seed_text))


def test_wrapped_line_ending_a_sentence_inside_a_quote_goes_on() -> None:
    text = (
        "Talks end without a deal\n"
        'The minister said: "We have done all that we\n'
        "could, and we did it well for everyone here.\n"  # a sentence ends in the quote
        'The rest is now up to them," he told us all.\n'  # ... and here a paragraph
        "Talks resume next week in Geneva, where both\n"
        "sides will meet again in a bigger room then.\n"
    )
    article = parse_text(text)
    assert article.title == "Talks end without a deal"
    assert [(s.text.split()[0], s.paragraph) for s in article.sentences] == [
        ("The", 0),
        ("The", 0),
        ("Talks", 1),
    ]


def test_wrapped_line_ending_on_an_abbreviation_goes_on() -> None:
    # E-mail wraps at any space, also right after "Lt. Col.", "J." or "U.S.":
    # the splitter's abbreviation rules decide, so no sentence breaks there.
    text = (
        "Crash site search goes on\n"
        "Rescuers worked through the night, said Lt. Col.\n"
        "Jean-Marc Menichini, a spokesman for the police in the Alps.\n"
        "The man found dead was the grandson of oil tycoon J.\n"
        "Paul Getty, named by the coroner in a report to the U.S.\n"
        "Senate report that was published on Tuesday this week.\n"
        "Talks resume next week in Geneva at the U.N.\n"
        "The venue has not changed since the talks began in May.\n"
    )
    sentences = [s.text.split("\n")[0].split()[0] for s in parse_text(text).sentences]
    assert sentences == ["Rescuers", "The", "Talks", "The"]


def test_a_wrapped_line_opening_with_a_dash_or_number_is_no_list_item() -> None:
    text = (
        "Bank holds rates\n"
        "One member of the Monetary Policy Committee (MPC) - Paul Tucker\n"
        "- voted to raise rates to 5%, the minutes published today show.\n"
        "The bank's governor, who has led the committee since he was aged\n"
        "57. He steps down next year after ten years at the bank as boss.\n"
        "Analysts had expected most members to back a rise this month too.\n"
    )
    article = parse_text(text)
    assert [s.text.split()[0] for s in article.sentences] == ["One", "The", "He", "Analysts"]
    assert article.sentences[0].paragraph == 0 and article.sentences[2].paragraph == 1
    # In a list that is wrapped, the markers still open items.
    listed = (
        "Budget at a glance\n"
        "- Raised the income-tax threshold to 100,000 rupees from 50,000,\n"
        "  the first rise in a decade and far more than expected\n"
        "- Expanded the service tax net to cover forty-two new services,\n"
        "  among them banking, insurance and stock broking firms too\n"
        "1. Reduced corporate tax rates to 30% from 35% for all companies\n"
    )
    assert [s.text.split()[0] for s in parse_text(listed).sentences] == [
        "Raised",
        "Expanded",
        "Reduced",
    ]


def test_narrow_wrapping_keeps_a_heading_whose_next_word_would_fit() -> None:
    # Wrapped at 40 columns: "Attacks on Zaporozhye nuke plant" + " The" fits
    # in 40, so the heading was never a wrapped line (though it comes within
    # the slack allowed for fmt-style wrapping).
    text = (
        "Russia and China agree on security\n"
        "Moscow and Beijing agreed to engage on\n"
        "Eurasian security with their allies,\n"
        "Russian Foreign Minister Sergey Lavrov\n"
        "said after the talks in Beijing today.\n"
        "Attacks on Zaporozhye nuke plant\n"
        "The Kiev regime will not escape blame\n"
        "for the recent attacks on the plant,\n"
        "Lavrov concluded after the long talks.\n"
        "The men's race was won by\n"  # hangs on "by": no heading
        "Kenenisa Bekele in the end by a metre.\n"
    )
    article = parse_text(text)
    assert [s.heading for s in article.sections] == [None, "Attacks on Zaporozhye nuke plant"]
    assert article.sentences[-1].text.split() == (
        "The men's race was won by Kenenisa Bekele in the end by a metre.".split()
    )


def test_blank_line_blocks_of_whole_sentences_are_one_paragraph_a_line() -> None:
    text = "Storm hits coast\n\nWinds reached 100mph.\nPower is out in 4,000 homes.\n"
    article = parse_text(text)
    assert [(s.text, s.paragraph) for s in article.sentences] == [
        ("Winds reached 100mph.", 0),
        ("Power is out in 4,000 homes.", 1),
    ]


def test_list_items_are_paragraphs_without_their_markers() -> None:
    text = (
        "Budget at a glance\n\n"
        "The plan includes:\n"
        " - Raised the income-tax threshold to 100,000 rupees \n"
        " - Expanded service tax net \n"
        "1. Reduced corporate tax rates to 30%\n"
    )
    article = parse_text(text)
    assert [s.heading for s in article.sections] == [None]
    assert [s.text for s in article.sentences] == [
        "The plan includes:",
        "Raised the income-tax threshold to 100,000 rupees",
        "Expanded service tax net",
        "Reduced corporate tax rates to 30%",
    ]


def test_unwrap_keeps_length_and_joins_only_soft_breaks(seed_text: str) -> None:
    wrapped = fold(seed_text, 72, keep_space=True).replace("\n", "\r\n")
    flat = unwrap(wrapped)
    assert len(flat) == len(wrapped)
    # Every line of the seed comes back whole: one flattened line, or several
    # when the wrap fell right after a sentence that ends outside a quote.
    lines = iter(" ".join(ln.split()) for ln in flat.split("\r\n"))
    for paragraph in seed_text.split("\n"):
        got = next(lines)
        while got != " ".join(paragraph.split()):
            assert got.rstrip("\"'”’)").endswith((".", "!", "?")), got
            got += " " + next(lines)
    assert next(lines, None) is None
    assert unwrap(seed_text) is seed_text  # one paragraph a line: nothing to join
