"""Sections: an :class:`Article` and a :class:`Profile` in, the brief's parts out.

Each part is a label plus the article sentences that feed it. With a profile,
article headings go to the part that lists them, or else to the part whose
keywords they share most; opening sentences (before any heading) go one by
one to the part whose keywords they match, or stay out. Without a profile the
article's own headings become the parts, with short labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Article, Sentence, SourceSection
from .profile import Profile, SectionRule
from .sentences import words
from .textutil import drop_trailing_function_words

# Longer article headings are cut to this many words: a label is a signpost, and
# five words hold a news heading such as "Attacks on Zaporozhye nuke plant".
_LABEL_WORDS = 5


@dataclass(frozen=True, slots=True)
class Part:
    """A brief part before selection.

    Attributes:
        label: the part's heading in the brief.
        sentences: candidate sentences, in document order.
        sources: the article headings that feed the part.
    """

    label: str
    sentences: tuple[Sentence, ...]
    sources: tuple[str, ...]


def normalise_heading(text: str) -> str:
    """Headings compare without case, quotes or punctuation."""
    return " ".join(w.casefold() for w in words(text))


def short_label(heading: str) -> str:
    """A short label from an article heading ("'Dual opposition'" -> "Dual opposition")."""
    ws = heading.strip().strip("\"'“”‘’").split()
    if len(ws) > _LABEL_WORDS:
        ws = drop_trailing_function_words(ws[:_LABEL_WORDS])
    return " ".join(ws).rstrip(":;,.-–—")


def _keyword_hits(text: str, rule: SectionRule) -> int:
    lowered = " " + " ".join(w.casefold() for w in words(text)) + " "
    hits = 0
    for kw in rule.keywords:
        k = " ".join(w.casefold() for w in words(kw))
        if k:
            hits += len(re.findall(r"(?<= )" + re.escape(k) + r"\w*(?= )", lowered))
    return hits


def _best_rule(text: str, rules: tuple[SectionRule, ...]) -> int | None:
    hits = [_keyword_hits(text, r) for r in rules]
    best = max(hits, default=0)
    return hits.index(best) if best > 0 else None


def assign_parts(article: Article, profile: Profile) -> list[Part]:
    """The brief's parts in order, each with its candidate sentences."""
    if profile.sections:
        return _profile_parts(article, profile.sections)
    return _own_parts(article.sections)


def _own_parts(sections: tuple[SourceSection, ...]) -> list[Part]:
    headed = [s for s in sections if s.heading is not None and s.sentences]
    opening = [s for s in sections if s.heading is None and s.sentences]
    if not headed:
        every = tuple(x for s in sections for x in s.sentences)
        return [Part("Key points", every, ())]
    parts = []
    if opening and len(opening[0].sentences) > 1:
        parts.append(Part("Overview", opening[0].sentences, ()))
    for s in headed:
        assert s.heading is not None
        parts.append(Part(short_label(s.heading), s.sentences, (s.heading,)))
    return parts


def _profile_parts(article: Article, rules: tuple[SectionRule, ...]) -> list[Part]:
    sentences: list[list[Sentence]] = [[] for _ in rules]
    sources: list[list[str]] = [[] for _ in rules]
    named = {normalise_heading(h): i for i, rule in enumerate(rules) for h in rule.headings}
    for section in article.sections:
        if section.heading is None:
            for s in section.sentences:
                i = _best_rule(s.text, rules)
                if i is not None:
                    sentences[i].append(s)
            continue
        i = named.get(normalise_heading(section.heading))
        if i is None:
            text = section.heading + " " + " ".join(s.text for s in section.sentences)
            i = _best_rule(text, rules)
        if i is None:
            continue
        sentences[i].extend(section.sentences)
        sources[i].append(section.heading)
    return [
        Part(rule.label, tuple(sorted(ss, key=lambda s: s.start)), tuple(src))
        for rule, ss, src in zip(rules, sentences, sources, strict=True)
    ]
