"""Golden briefs: the seed's brief is pinned by the committed example in briefs/.

Regenerate on purpose only: ``pytest tests/test_golden.py --regen-golden``.
The output depends on no clock, locale or machine (the seed's profile gives
the date; the source line names the file, not its folder).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _text import fold

from briefing.output import brief_stem
from briefing.pipeline import build_brief
from briefing.profile import load_profile
from briefing.read import read_article
from briefing.render import render

BRIEFS = Path(__file__).resolve().parents[1] / "briefs"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_seed_brief_matches_golden(seed: Path, fmt: str, request: pytest.FixtureRequest) -> None:
    brief = build_brief(read_article(seed), load_profile(seed.with_suffix(".toml")))
    produced = render(brief, fmt)
    golden = BRIEFS / f"{brief_stem(brief.date, brief.title)}.{fmt}"
    if request.config.getoption("--regen-golden"):
        golden.write_text(produced, encoding="utf-8", newline="")
    assert golden.read_text(encoding="utf-8") == produced, (
        f"the seed's {fmt} brief changed; if on purpose, rerun with --regen-golden"
    )


def test_briefs_folder_holds_only_the_example() -> None:
    names = sorted(p.name for p in BRIEFS.iterdir() if not p.name.startswith("."))
    assert len(names) == 2 and {Path(n).suffix for n in names} == {".md", ".html"}


@pytest.mark.parametrize("width", [38, 44, 60, 72, 79])
def test_hard_wrapped_seed_gives_the_golden_brief(seed: Path, tmp_path: Path, width: int) -> None:
    # The same article wrapped as an e-mail client or `fold -s` would: the
    # same brief, but for the source line naming the other file.
    text = fold(seed.read_text(encoding="utf-8"), width)
    wrapped = tmp_path / seed.name
    wrapped.write_text(text, encoding="utf-8")
    assert max(map(len, text.split("\n"))) <= width
    brief = build_brief(read_article(wrapped), load_profile(seed.with_suffix(".toml")))
    golden = BRIEFS / f"{brief_stem(brief.date, brief.title)}.md"
    assert render(brief, "md") == golden.read_text(encoding="utf-8")
