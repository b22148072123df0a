"""Rendering: Markdown that shows article text literally, autoescaped HTML,
user templates first and packaged ones second."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.errors import BriefingError
from briefing.model import Brief, BriefSection, Quote, Sentence, Statement
from briefing.render import escape_markdown, render


def _brief(
    text: str = "A plain statement.", quote: str = "We will act now", title: str = "Title"
) -> Brief:
    sentence = Sentence(text, 0, len(text), 1)
    q = Quote(quote, 0, len(quote), "Jane Roe", "she", "said", "Minister of Things")
    return Brief(
        title=title,
        outlet="Wire",
        place="PARIS",
        date="2024-01-02",
        bottom_line=Statement(Sentence("The lede.", 0, 9, 0), 1.0),
        sections=(BriefSection("Part one", (Statement(sentence, 0.5),), (q,)),),
        source="story.txt",
        scorer="default",
        words=20,
    )


def test_markdown_layout() -> None:
    md = render(_brief(), "md")
    assert md.startswith("# Title\n\n*Wire · PARIS · 2024-01-02*\n\n**Bottom line:** The lede.\n")
    assert "## Part one\n\n- A plain statement.\n" in md
    assert "\n\n> “We will act now”\n> — Jane Roe, Minister of Things\n" in md
    assert "\t" not in md and " \n" not in md


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("Use *stars* and _under_", r"Use \*stars\* and \_under\_"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("[Ukrainian leader] <…> x", r"\[Ukrainian leader\] &lt;…&gt; x"),
        ("# not a heading", r"\# not a heading"),
        ("- not a list", r"\- not a list"),
        ("+ not a list", r"\+ not a list"),
        ("= not an underline", "&#61; not an underline"),
        ("1999. A year", r"1999\. A year"),
        ("> not a quote", "&gt; not a quote"),
        ("a `code` ~ tilde & amp #1", r"a \`code\` &#126; tilde &amp; amp \#1"),
        ("back\\slash", r"back\\slash"),
        ("two\nlines", "two lines"),
    ],
)
def test_escape_markdown(raw: str, escaped: str) -> None:
    assert escape_markdown(raw) == escaped


def test_markdown_escapes_article_text_shows_literally() -> None:
    import markdown

    text = "Tags like <b>bold</b> and *stars* stay [literal]."
    html = markdown.markdown(render(_brief(text=text), "md"))
    assert "&lt;b&gt;bold&lt;/b&gt; and *stars* stay [literal]." in html


def test_footer_names_the_source_file_without_line_start_escapes() -> None:
    import dataclasses

    import markdown

    brief = dataclasses.replace(_brief(), source="480.txt")
    md = render(brief, "md")
    assert "\nSource: 480.txt · scorer default · 20 words\n" in md
    html = markdown.markdown(md)
    assert "<p>Source: 480.txt · scorer default · 20 words</p>" in html
    # Markup characters in the name are still escaped.
    md = render(dataclasses.replace(_brief(), source="a_*b*_.txt"), "md")
    assert "Source: a\\_\\*b\\*\\_.txt ·" in md


def test_html_is_autoescaped() -> None:
    html = render(_brief(text="<script>x</script> & co"), "html")
    assert "<script>x" not in html
    assert "&lt;script&gt;x&lt;/script&gt; &amp; co" in html


def test_user_template_overrides_one_format(tmp_path: Path) -> None:
    (tmp_path / "brief.md.j2").write_text("Custom {{ brief.title }}\n")
    assert render(_brief(), "md", template_dir=tmp_path) == "Custom Title\n"
    # Formats the user folder lacks still come from the package.
    assert render(_brief(), "html", template_dir=tmp_path).startswith("<!DOCTYPE html>")


def test_template_errors_are_clear(tmp_path: Path) -> None:
    (tmp_path / "brief.md.j2").write_text("{{ brief.nothing }}\n")
    with pytest.raises(BriefingError, match="does not have"):
        render(_brief(), "md", template_dir=tmp_path)
    (tmp_path / "brief.md.j2").write_text("{% for %}\n")
    with pytest.raises(BriefingError, match="template error"):
        render(_brief(), "md", template_dir=tmp_path)
    with pytest.raises(BriefingError, match="template folder not found"):
        render(_brief(), "md", template_dir=tmp_path / "missing")


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1), st.text(min_size=1), st.text(min_size=1))
def test_rendering_never_raises_on_arbitrary_unicode(text: str, quote: str, title: str) -> None:
    brief = _brief(text=text, quote=quote, title=title)
    for fmt in ("md", "html"):
        assert render(brief, fmt)
