"""Brief profiles: a TOML file in, a :class:`Profile` out.

Layered configuration: the defaults are the field defaults below; a profile
file overrides only what it sets; CLI flags override both (the CLI passes them
to :func:`Profile.with_overrides`). A profile names the brief's sections, in
order, and the article headings and keywords that feed each of them.

Example (``seeds/000_a44bcb0ca409121c.toml``)::

    [brief]
    per_section = 2

    [[section]]
    label = "Relations"
    headings = ["Russia-China relations"]
    keywords = ["relations", "Putin", "Xi"]
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import BriefingError

# Two statements a part keep four parts plus quotes within one page (~450 words).
DEFAULT_PER_SECTION = 2
# About one printed page of brief text, and short enough to read in two minutes.
DEFAULT_MAX_WORDS = 450
# One printed page of the packaged HTML brief, in the page model's lines
# (briefing.pipeline.page_lines). bench/page_model.py measured with Chromium:
# every brief of up to 60.2 modelled lines printed on one A4 and one Letter
# page, none of 62.7 or more did; 56 leaves a margin for fonts that run wider.
DEFAULT_MAX_LINES = 56
# Two quotes a part: the voices on each side of a talk, not a transcript.
DEFAULT_QUOTES_PER_SECTION = 2
# Shorter quoted runs are terms ("dual opposition"), not statements anyone made.
DEFAULT_MIN_QUOTE_WORDS = 5


@dataclass(frozen=True, slots=True)
class SectionRule:
    """One part of the brief and what feeds it.

    Attributes:
        label: the heading shown in the brief.
        headings: article headings that belong here (compared case-insensitively,
            quotes and punctuation ignored).
        keywords: words that pull unmatched headings and opening sentences here.
    """

    label: str
    headings: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Profile:
    """How to build a brief.

    Attributes:
        sections: the brief's parts in order; empty means "use the article's
            own headings".
        per_section: key statements per part.
        max_words: word budget for the whole brief (statements are dropped,
            never cut, to meet it).
        max_lines: printed lines of the HTML brief by the page model (one page).
        quotes_per_section: attributed quotes per part at most.
        min_quote_words: quotes shorter than this are not shown on their own.
        scorer: name of the sentence scorer.
        outlet: the outlet to show when the article does not name one.
        date: ISO date to use when the article has none.
        path: the file the profile came from, if any.
    """

    sections: tuple[SectionRule, ...] = ()
    per_section: int = DEFAULT_PER_SECTION
    max_words: int = DEFAULT_MAX_WORDS
    max_lines: int = DEFAULT_MAX_LINES
    quotes_per_section: int = DEFAULT_QUOTES_PER_SECTION
    min_quote_words: int = DEFAULT_MIN_QUOTE_WORDS
    scorer: str = "default"
    outlet: str | None = None
    date: str | None = None
    path: str | None = field(default=None, compare=False)

    def with_overrides(self, **values: Any) -> Profile:
        """A copy with every non-None value replaced (CLI flags win)."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BRIEF_KEYS: dict[str, type] = {
    "per_section": int,
    "max_words": int,
    "max_lines": int,
    "quotes_per_section": int,
    "min_quote_words": int,
    "scorer": str,
}
# The values a profile (and the matching CLI flag) accepts.
RANGES: dict[str, tuple[int, int]] = {
    "per_section": (1, 20),
    "max_words": (50, 5000),
    "max_lines": (10, 1000),
    "quotes_per_section": (0, 20),
    "min_quote_words": (1, 100),
}


def load_profile(path: str | Path) -> Profile:
    """Read a profile; BriefingError names the file and the problem."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BriefingError(f"{p}: no such profile") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefingError(f"{p}: cannot read profile ({exc})") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise BriefingError(f"{p}: malformed profile ({exc})") from None
    return profile_from_dict(data, str(p))


def profile_from_dict(data: dict[str, Any], name: str = "<profile>") -> Profile:
    """Validate parsed TOML into a Profile."""
    unknown = set(data) - {"brief", "source", "section"}
    if unknown:
        raise BriefingError(f"{name}: unknown table(s) {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    brief = _table(data.get("brief", {}), f"{name}: [brief]")
    for key, value in brief.items():
        kind = _BRIEF_KEYS.get(key)
        if kind is None:
            raise BriefingError(f"{name}: [brief] has unknown key {key!r}")
        if not isinstance(value, kind) or isinstance(value, bool):
            raise BriefingError(f"{name}: [brief] {key} must be {kind.__name__}")
        low, high = RANGES.get(key, (0, 0))
        if isinstance(value, int) and not low <= value <= high:
            raise BriefingError(f"{name}: [brief] {key} must be {low} to {high}, not {value}")
        values[key] = value
    source = _table(data.get("source", {}), f"{name}: [source]")
    for key, value in source.items():
        if key not in ("outlet", "date") or not isinstance(value, str):
            raise BriefingError(f"{name}: [source] {key} must be outlet or date, as text")
        if key == "date" and not _DATE.fullmatch(value):
            raise BriefingError(f"{name}: [source] date must be YYYY-MM-DD, not {value!r}")
        values[key] = value
    sections = data.get("section", [])
    if not isinstance(sections, list):
        raise BriefingError(f"{name}: 'section' must be an array of tables ([[section]])")
    rules = []
    for i, sec in enumerate(sections, start=1):
        sec = _table(sec, f"{name}: section {i}")
        label = sec.get("label")
        if not isinstance(label, str) or not label.strip():
            raise BriefingError(f"{name}: section {i} needs a label")
        extra = set(sec) - {"label", "headings", "keywords"}
        if extra:
            raise BriefingError(f"{name}: section {label!r} has unknown key(s) {sorted(extra)}")
        rules.append(
            SectionRule(
                label.strip(),
                _strings(sec.get("headings", []), f"{name}: section {label!r} headings"),
                _strings(sec.get("keywords", []), f"{name}: section {label!r} keywords"),
            )
        )
    return Profile(sections=tuple(rules), path=name, **values)


def _table(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BriefingError(f"{where} must be a table")
    return value


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BriefingError(f"{where} must be a list of strings")
    return tuple(value)


def sidecar(article_path: str | Path) -> Path | None:
    """The profile kept beside an article (``X.toml`` for ``X.txt``), if any."""
    candidate = Path(article_path).with_suffix(".toml")
    return candidate if candidate.is_file() else None
