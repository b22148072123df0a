"""Sections: article headings and opening sentences mapped to brief parts."""

from __future__ import annotations

from pathlib import Path

from briefing.profile import Profile, SectionRule, load_profile
from briefing.read import parse_text, read_article
from briefing.sections import assign_parts, short_label


def test_seed_parts_follow_the_profile(seed: Path) -> None:
    article = read_article(seed)
    parts = assign_parts(article, load_profile(seed.with_suffix(".toml")))
    assert [p.label for p in parts] == ["Relations", "Eurasian security", "Ukraine", "ZNPP"]
    assert parts[1].sources == ("Eurasian security", "'Dual opposition'")
    by_label = {p.label: " ".join(s.text for s in p.sentences) for p in parts}
    # An opening sentence about the leaders' meetings goes to Relations by keywords.
    assert "plan to hold at least two bilateral meetings" in by_label["Relations"]
    assert "Zaporozhye Nuclear Power Plant" in by_label["ZNPP"]
    assert "hegemony" in by_label["Eurasian security"]
    # Every part's sentences are in document order and none is in two parts.
    seen: set[int] = set()
    for p in parts:
        idx = [s.index for s in p.sentences]
        assert idx == sorted(idx)
        assert not seen & set(idx)
        seen |= set(idx)


def test_without_profile_the_article_headings_are_used(seed: Path) -> None:
    parts = assign_parts(read_article(seed), Profile())
    assert [p.label for p in parts] == [
        "Overview",
        "Russia-China relations",
        "Eurasian security",
        "Dual opposition",
        "Resolving Ukraine crisis",
        "Attacks on Zaporozhye nuke plant",
    ]


def test_unlisted_heading_goes_by_keywords() -> None:
    text = (
        "Lede sentence about nothing.\n"
        "Weather outlook\n"
        "Rain will fall on Monday. Storms follow the rain.\n"
        "Sports results\n"
        "The team won the cup final.\n"
    )
    profile = Profile(
        sections=(
            SectionRule("Sport", keywords=("team", "cup")),
            SectionRule("Weather", keywords=("rain", "storm")),
        )
    )
    parts = assign_parts(parse_text(text), profile)
    assert [[s.text for s in p.sentences] for p in parts] == [
        ["The team won the cup final."],
        ["Rain will fall on Monday.", "Storms follow the rain."],
    ]


def test_article_without_headings_is_one_part() -> None:
    parts = assign_parts(parse_text("One thing. Two things. Three things."), Profile())
    assert [p.label for p in parts] == ["Key points"]
    assert len(parts[0].sentences) == 3


def test_short_label() -> None:
    assert short_label("'Dual opposition'") == "Dual opposition"
    assert short_label("Attacks on Zaporozhye nuke plant") == "Attacks on Zaporozhye nuke plant"
    assert (
        short_label("Talks between the two sides went on all night")
        == "Talks between the two sides"
    )
