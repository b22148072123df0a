"""One printed page: the HTML brief printed to PDF by real headless Chromium.

The seed's brief and long articles' briefs must each print on exactly one A4
page and one US Letter page (pages counted in the PDF Chromium writes). The
seed test also saves ``docs/onepage.png``, the page as printed on A4, which
the README shows. Skips, saying why, only when Debian's chromium is absent.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from _browser import CHROMIUM, PAPER_POINTS, SKIP_REASON, pdf_pages, print_pdf, screenshot

from briefing.model import Brief
from briefing.pipeline import build_brief
from briefing.profile import Profile, load_profile
from briefing.read import read_article
from briefing.render import render

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason=SKIP_REASON)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_a44bcb0ca409121c.txt"
SCREENSHOT = ROOT / "docs" / "onepage.png"
# Read-only evaluation data outside the repository: used when present, never copied.
BBC_TECH = Path("/work/shared/data/bbc-news-summary/articles/tech")
# A4 at 96 px per inch, the size the screenshot shows the printed page at.
A4_PX = (794, 1123)
# Filler vocabulary of the synthetic articles.
FILLER = (
    "council budget transport housing energy water school hospital contract tender minister "
    "committee report figures increase decrease scheme review plan regional national "
    "investment delay project funding cost residents officials"
)


def _pages(html: str, paper: str) -> int:
    sizes = pdf_pages(print_pdf(html, paper))
    want = PAPER_POINTS[paper]
    assert all(abs(w - want[0]) < 1 and abs(h - want[1]) < 1 for w, h in sizes), sizes
    return len(sizes)


def _assert_one_page(brief: Brief) -> None:
    html = render(brief, "html")
    counts = {paper: _pages(html, paper) for paper in ("A4", "Letter")}
    assert counts == {"A4": 1, "Letter": 1}, (
        f"{brief.source}: {brief.words} words in {len(brief.sections)} sections print on {counts}"
    )


def _as_printed(html: str) -> str:
    """The page as print shows it, for a screenshot: print rules on, A4 margins drawn."""
    html = html.replace("@media print", "@media all")
    page = "<style>body { padding: 12mm !important; }</style>"
    return html.replace("</head>", page + "</head>", 1)


def test_seed_prints_on_one_a4_and_one_letter_page_and_is_photographed(tmp_path: Path) -> None:
    brief = build_brief(read_article(SEED), load_profile(SEED.with_suffix(".toml")))
    _assert_one_page(brief)

    shot = tmp_path / "onepage.png"
    screenshot(_as_printed(render(brief, "html")), shot, *A4_PX)
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    # Rewritten only when it changed: the same browser and fonts give the same bytes.
    if not SCREENSHOT.exists() or SCREENSHOT.read_bytes() != png:
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(png)


def long_article(sections: int, paragraphs: int, seed: int) -> str:
    """A long, headed article: wordy sentences and a named speaker's quote per paragraph."""
    rng = random.Random(seed)
    words = FILLER.split()
    names = ["Maria Lopez", "John Carter", "Aisha Khan", "Peter Novak", "Li Wei", "Sarah Byrne"]

    def sentence(lo: int, hi: int) -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(lo, hi))).capitalize()

    lines = [
        "Regional council approves a detailed budget for the next five years",
        "",
        "LONDON, March 3 (Reuters) - The regional council approved its budget on Tuesday "
        "after a long debate about transport, housing and energy spending across the region.",
        "",
    ]
    for s in range(sections):
        lines += [f"{rng.choice(words).capitalize()} {rng.choice(words)} plans part {s + 1}", ""]
        for p in range(paragraphs):
            said = names[(s + p) % len(names)]
            body = " ".join(sentence(22, 34) + "." for _ in range(3))
            lines += [f'{body} "{sentence(14, 22)}," said {said}, the head of planning.', ""]
    return "\n".join(lines)


def test_a_long_articles_brief_is_cut_to_one_page(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(long_article(sections=11, paragraphs=6, seed=7), encoding="utf-8")
    brief = build_brief(read_article(path), Profile())
    assert sum(len(s.statements) for s in brief.sections) >= len(brief.sections) >= 8
    _assert_one_page(brief)


@pytest.mark.skipif(not BBC_TECH.is_dir(), reason="the BBC evaluation articles are not here")
def test_the_longest_bbc_tech_articles_print_on_one_page() -> None:
    longest = sorted(BBC_TECH.glob("*.txt"), key=lambda p: p.stat().st_size)[-2:]
    for path in longest:
        _assert_one_page(build_brief(read_article(path), Profile()))


def test_many_short_sections_still_print_on_one_page(tmp_path: Path) -> None:
    rng = random.Random(3)
    words = [*FILLER.split()[:8], "report"]
    lines = ["Many short sections in one long report about the regional council", ""]
    for s in range(25):
        lines += [f"Part {s + 1} {rng.choice(words)}", ""]
        for _ in range(3):
            lines += [" ".join(rng.choice(words) for _ in range(12)).capitalize() + " today.", ""]
    path = tmp_path / "many.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    _assert_one_page(build_brief(read_article(path), Profile()))
