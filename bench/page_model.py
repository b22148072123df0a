"""Calibrate the page model (briefing.pipeline.page_lines) against Chromium.

Builds briefs of many shapes (few long parts, many short ones, quote-heavy),
prints each packaged HTML brief on A4 and US Letter with headless Chromium,
and reports the largest modelled line count that still printed on one page
and the smallest that did not. ``Profile.max_lines`` must stay below the first.

Run from the repository root (needs Debian's chromium):

    python -m bench.page_model
"""

from __future__ import annotations

import datetime
import os
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from _browser import pdf_pages, print_pdf  # type: ignore[import-not-found]

from briefing.model import Brief, BriefSection, Quote, Sentence, Statement
from briefing.pipeline import brief_words, page_lines
from briefing.profile import DEFAULT_MAX_LINES
from briefing.render import render

RESULTS = Path(__file__).with_name("page_model.md")

WORDS = (
    "council budget transport housing energy spending region plan vote members "
    "minister talks security agreement policy market shares growth report"
).split()


def _sentence(rng: random.Random, lo: int, hi: int, i: int) -> Sentence:
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(lo, hi))).capitalize() + "."
    return Sentence(text, 0, len(text), i)


def make(rng: random.Random) -> Brief:
    parts = rng.randint(1, 14)
    statements = rng.randint(1, 4)
    quotes = rng.randint(0, 2)
    lo, hi = rng.choice([(8, 15), (15, 30), (25, 45)])
    sections = []
    i = 1
    for p in range(parts):
        sts = []
        for _ in range(rng.randint(1, statements)):
            sts.append(Statement(_sentence(rng, lo, hi, i), 1.0))
            i += 1
        qs = []
        for _ in range(rng.randint(0, quotes)):
            s = _sentence(rng, lo, hi, 0)
            qs.append(
                Quote(s.text, 0, len(s.text), "Maria Lopez", "she", "said", "head of planning")
            )
        sections.append(BriefSection(f"Part {p + 1} plans", tuple(sts), tuple(qs)))
    lede = _sentence(rng, 25, 45, 0)
    brief = Brief(
        "Regional council approves a budget",
        "Reuters",
        "LONDON",
        "2024-03-03",
        Statement(lede, 1.0),
        tuple(sections),
        "story.txt",
        "default",
    )
    return replace(brief, words=brief_words(brief))


def main() -> None:
    rng = random.Random(11)
    one, more = [], []
    for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 40):
        brief = make(rng)
        html = render(brief, "html")
        pages = max(len(pdf_pages(print_pdf(html, paper))) for paper in ("A4", "Letter"))
        lines = page_lines(brief)
        (one if pages == 1 else more).append(lines)
        print(f"{lines:6.1f} lines  {brief.words:4d} words  {pages} page(s)", flush=True)
    fit, spill = max(one, default=0.0), min(more, default=0.0)
    print(f"largest modelled count on one page: {fit:.1f}")
    print(f"smallest modelled count on two pages: {spill:.1f}")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    RESULTS.write_text(
        "# Page model calibration\n\n"
        f"{datetime.date.today().isoformat()}, commit {commit}, {os.cpu_count()} cores, "
        f"{len(one) + len(more)} random briefs printed on A4 and US Letter by headless Chromium "
        "(`python -m bench.page_model`).\n\n"
        "| | modelled lines |\n|---|---|\n"
        f"| largest that printed on one page | {fit:.1f} |\n"
        f"| smallest that needed two pages | {spill:.1f} |\n"
        f"| `max_lines` default | {DEFAULT_MAX_LINES} |\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
