"""The e-mail's HTML part in a real browser: light, dark-scheme and recoloured dark mode.

Headless Chromium shows the HTML part three ways: as is; asked for its dark
scheme (``--force-dark-mode``: what Apple Mail and iOS do); and recoloured
by the browser (``forceDarkModeEnabled``: what Gmail's and Outlook's apps do
to pages). Each time the page must keep readable text on its background
(WCAG 4.5:1 between the background and the main text colour), a dark mode
must really be dark, and the text must stay in one column of at most 680px.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from _browser import CHROMIUM, SKIP_REASON, png_pixels, screenshot

from briefing.deliver import build_message
from briefing.pipeline import build_brief
from briefing.profile import load_profile
from briefing.read import read_article

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason=SKIP_REASON)

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_a44bcb0ca409121c.txt"
MODES = {
    "light": (),
    "dark-scheme": ("--force-dark-mode",),
    "recoloured": ("--blink-settings=forceDarkModeEnabled=true",),
}


def _luminance(rgb: tuple[int, ...]) -> float:
    lin = [v / 255 / 12.92 if v <= 10 else ((v / 255 + 0.055) / 1.055) ** 2.4 for v in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture(scope="module")
def html_part() -> str:
    brief = build_brief(read_article(SEED), load_profile(SEED.with_suffix(".toml")))
    msg = build_message(brief, sender="desk@example.org", to=["ann@example.org"])
    part = msg.get_body(("html",))
    assert part is not None
    return str(part.get_content())


@pytest.mark.parametrize("mode", list(MODES))
def test_html_part_reads_in_every_colour_mode(html_part: str, mode: str, tmp_path: Path) -> None:
    shot = tmp_path / f"{mode}.png"
    # Wider than the column (680px + padding): the text must not grow past 680px.
    screenshot(html_part, shot, 820, 560, flags=MODES[mode])
    width, _, rows = png_pixels(shot.read_bytes())
    pixels = [[tuple(row[x : x + 3]) for x in range(0, width * 3, 3)] for row in rows]
    colours = Counter(px for row in pixels for px in row)
    (background, _), (text, _) = colours.most_common(2)
    assert _contrast(background, text) >= 4.5, (mode, background, text)
    if mode == "light":
        assert _luminance(background) > 0.9, background
    else:
        assert _luminance(background) < 0.05, f"{mode}: background {background} is not dark"
    ink = {c for c in colours if _contrast(c, background) > 1.5}
    columns = {x for row in pixels for x, px in enumerate(row) if px in ink}
    assert max(columns) - min(columns) <= 680, f"{mode}: text spans {max(columns) - min(columns)}px"
