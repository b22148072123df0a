"""Plain data passed between the pipeline stages.

Every stage is a function from one of these frozen values to the next:
``read`` gives an :class:`Article`, ``sections`` gives its
:class:`SourceSection` values full of :class:`Sentence` values, ``quotes``
gives :class:`Quote` values, and ``pipeline.build_brief`` assembles a
:class:`Brief`. Every sentence and quote keeps its character span in
``Article.text`` so that anything in a brief can be traced to the source.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article, verbatim.

    Attributes:
        text: exactly ``article.text[start:end]``.
        start: offset of the first character in ``Article.text``.
        end: offset one past the last character in ``Article.text``.
        index: 0-based position among all statement sentences of the article.
        section: index of the :class:`SourceSection` holding the sentence.
        paragraph: 0-based index of the paragraph holding the sentence.
    """

    text: str
    start: int
    end: int
    index: int
    section: int = 0
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote and who said it.

    Attributes:
        text: the words inside the quotation marks, exactly ``text[start:end]``
            of the content the quote was found in.
        start: offset of the first quoted character.
        end: offset one past the last quoted character.
        speaker: canonical full name ("Sergey Lavrov"), "A and B" for joint
            speakers, or None when the article does not say.
        mention: the words the article uses for the speaker at this quote
            ("He", "the Chinese foreign minister"), or None.
        cue: the reporting verb or phrase ("said", "according to"), or None.
        role: the speaker's title as the article gives it, or None.
    """

    text: str
    start: int
    end: int
    speaker: str | None = None
    mention: str | None = None
    cue: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class SourceSection:
    """A run of the article under one heading (or before the first one).

    Attributes:
        heading: the heading line verbatim, or None for the opening part.
        start: offset where the section's text begins (the heading line, if any).
        end: offset one past the section's last character.
        sentences: the statement sentences of the section, in document order.
    """

    heading: str | None
    start: int
    end: int
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read from disk, before any scoring.

    Attributes:
        path: where it was read from ("<text>" for text passed in directly).
        text: the whole decoded content; every offset in the pipeline points here.
        title: the title line, or a title derived verbatim from the opening.
        dateline: the dateline place ("BEIJING"), or None.
        date: ISO date found in the article, or None.
        outlet: the publishing outlet if the article says so, or None.
        sections: the article body, heading by heading, in document order.
        teaser: span of a truncated teaser line that repeats the lede, if any.
    """

    path: str
    text: str
    title: str
    dateline: str | None
    date: str | None
    outlet: str | None
    sections: tuple[SourceSection, ...]
    teaser: tuple[int, int] | None = None

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """All statement sentences in document order."""
        return tuple(s for section in self.sections for s in section.sentences)


@dataclass(frozen=True, slots=True)
class Statement:
    """A sentence chosen for the brief, with the score that chose it.

    Attributes:
        sentence: the source sentence (verbatim, with its span).
        score: the scorer's value for it; higher is more important.
    """

    sentence: Sentence
    score: float


@dataclass(frozen=True, slots=True)
class BriefSection:
    """One part of the brief.

    Attributes:
        label: the heading shown in the brief ("Ukraine").
        statements: key statements, in document order.
        quotes: attributed quotes shown in this part, in document order.
        sources: headings of the article sections that feed this part.
    """

    label: str
    statements: tuple[Statement, ...]
    quotes: tuple[Quote, ...]
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Brief:
    """A finished brief, ready for a template.

    Attributes:
        title: the brief's title (verbatim from the article).
        outlet: the outlet, or None if unknown.
        place: the dateline place, or None.
        date: ISO date (from the article, the profile or the caller).
        bottom_line: the lede statement, or None for an article without one.
        sections: the parts of the brief, in profile order.
        source: the path of the article.
        scorer: the name of the scorer that chose the statements.
        words: the number of words in the brief's visible text.
    """

    title: str
    outlet: str | None
    place: str | None
    date: str
    bottom_line: Statement | None
    sections: tuple[BriefSection, ...]
    source: str
    scorer: str
    words: int = 0
