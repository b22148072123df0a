"""Sentence splitting without downloaded data.

Input: a string and a span of it (one paragraph). Output: the spans of its
sentences, verbatim, with the surrounding whitespace left out. The rules are a
small punctuation splitter plus an abbreviation list shipped in this module,
so nothing is ever fetched at run time (NLTK's punkt needs a download; its
untrained tokenizer and a regex like this one agree on 99%+ of BBC
reference sentences, see bench/README.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Words that end with a period without ending a sentence. Lower-cased and
# without the final period. Titles and name parts come first because they are
# followed by a capitalised name, which would otherwise look like a new sentence.
_TITLES = frozenset(
    "mr mrs ms dr prof sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt "
    "st fr rev hon pres supt det insp mt ft messrs mme mlle".split()
)
# Abbreviations that stand before a number: "No. 10", "Vol. 2", "Art. 5".
_NUMBERED = frozenset("no nos vol vols fig figs art ch sec para pp op".split())
_OTHER = frozenset(
    "inc corp co ltd plc llc bros dept univ assn est approx vs "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "mon tue tues thu thur thurs fri "
    "ave blvd rd hwy cf al ibid jr sr".split()
)
# Dotted abbreviations such as "U.S." or "a.m." end a sentence only when the
# next word is one that usually starts a sentence.
_STARTERS = frozenset(
    "the a an he she it they we i you this that these those there but and "
    "so yet in on at for if when while after before as his her its their our "
    "my mr mrs ms dr however meanwhile also now then still".split()
)

# Every listed word, for the quick "not an abbreviation" test.
_ABBREVIATIONS = _TITLES | _NUMBERED | _OTHER | {"etc"}

# Marks that may close a sentence after its full stop (shared with ``read``).
CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["

# A candidate end: terminal punctuation, optional closing quotes/brackets
# (a closing quote set off by a space, as in 'year. " And', belongs to the
# end), whitespace, then something that can open a sentence. With no
# whitespace ('challenge."Earlier') only a closing quote or bracket before a
# capital counts.
_AFTER_PUNCT = (
    r"(?P<close>[" + re.escape(CLOSERS) + r"]*(?:\s+[\"”](?=\s))?)"
    r"(?P<space>\s*)"
    r"(?=(?P<next>(?:[-–—•*]\s+)?[" + re.escape(_OPENERS) + r"]*[^\W_]))"
)
_BOUNDARY = re.compile(r"(?P<punct>[.!?…]+)" + _AFTER_PUNCT)
# The same matches in text with no "!", "?" or "…", found faster: with a
# literal first character re skips from period to period at memchr speed
# (it tries a pattern that starts with a character class at every character).
_PERIOD_BOUNDARY = re.compile(r"(?P<punct>\.[.!?…]*)" + _AFTER_PUNCT)
_NEXT_WORD = re.compile(r"(?:[-–—•*]\s+)?[" + re.escape(_OPENERS) + r"]*([^\W_][\w'’-]*)")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


def _is_abbreviation(before: str, following: str) -> bool:
    """Whether the period after ``before`` is part of a word, not an end."""
    token = before.rstrip(".")
    low = token.lower()
    if not token:
        return False
    if low in _TITLES:
        # "Dr." is a title; "MS." or "FT." in capitals is an acronym ending a sentence.
        return not (len(token) > 1 and token.isupper())
    if low in _NUMBERED:
        return following[:1].isdigit()
    if low == "etc":
        return not following[:1].isupper()
    if low in _OTHER:
        return not following[:1].isupper() or following.lower() not in _STARTERS
    if len(token) == 1 and token.isalpha():
        # An initial ("J. K. Rowling") unless it is a lone pronoun "I".
        return token != "I"
    parts = token.split(".")
    if len(parts) > 1 and all(len(part) <= 2 and part.isalpha() for part in parts):
        # U.S., U.N., a.m., e.g.
        return following.lower() not in _STARTERS
    return False


def ends_sentence(text: str, following: str) -> bool:
    """Whether ``text`` (a line, say) ends a sentence when ``following`` comes next.

    It does when it ends with ".", "!", "?" or "…" (closing quotes or
    brackets may follow), unless a final period belongs to an abbreviation
    that the next word does not end: "Lt. Col." before "Jean-Marc", "U.S."
    before "Senate", "5 p.m." before "ET". The splitter's own rules decide.
    """
    bare = text.rstrip().rstrip(CLOSERS)
    if not bare.endswith((".", "!", "?", "…")):
        return False
    if not bare.endswith(".") or bare.endswith(".."):
        return True
    word = bare.rsplit(None, 1)[-1].lstrip(_OPENERS).rstrip(".")
    if len(word) >= 2 and "." not in word and word.lower() not in _ABBREVIATIONS:
        return True
    nxt = _NEXT_WORD.match(following.lstrip())
    return not _is_abbreviation(word, nxt.group(1) if nxt else "")


def _boundaries(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_BOUNDARY.finditer(text, start, end)``, found faster.

    Every match starts with one of ``.!?…``. The regex engine tries the
    pattern at every character, while ``str.find`` skips to the next mark at
    memchr speed, so the pattern is only tried where a mark is. Positions
    are ``end`` when no such mark is left.
    """
    dot = text.find(".", start, end)
    if dot < 0:
        dot = end
    other = _next_rare_mark(text, start, end)
    while (at := dot if dot < other else other) < end:
        match = _BOUNDARY.match(text, at, end)
        if match:
            yield match
            pos = match.end()
        else:
            pos = at + 1
        if dot < pos:
            dot = text.find(".", pos, end)
            if dot < 0:
                dot = end
        if other < pos:
            other = _next_rare_mark(text, pos, end)


def _next_rare_mark(text: str, start: int, end: int) -> int:
    """Where the next "!", "?" or "…" in ``text[start:end]`` is, else ``end``."""
    for mark in "!?…":
        i = text.find(mark, start, end)
        if i >= 0:
            end = i  # look no further than the nearest one so far
    return end


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence spans (absolute offsets).

    Leading and trailing whitespace of each sentence is excluded, so
    ``text[s:e]`` is the sentence verbatim. Newlines inside the span are
    treated as ordinary whitespace; callers split paragraphs first.
    """
    if end is None:
        end = len(text)
    # Spans need no trimming but at the two ends of the paragraph: a boundary
    # match ends its sentence at a mark or a quote and the next one starts
    # where its lookahead saw a letter or a mark.
    cursor = start
    while cursor < end and text[cursor].isspace():
        cursor += 1
    spans: list[tuple[int, int]] = []
    if _next_rare_mark(text, cursor, end) < end:
        matches = _boundaries(text, cursor, end)
    else:
        matches = _PERIOD_BOUNDARY.finditer(text, cursor, end)
    for match in matches:
        punct, close, space, nxt = match.groups()
        nxt_char = nxt[-1]
        if not space:
            # 'challenge."Earlier': glued, only a closing quote or bracket before
            # a capital ends a sentence ("U.S." and "1.2" go on).
            if not (close and close[-1] in '"”)' and nxt_char.isupper()):
                continue
        elif not (nxt_char.isupper() or nxt_char.isdigit()):
            # "why?" and left / 5 p.m. when: a lower-case word goes on.
            continue
        if punct == ".":
            at = match.start()
            # The word before: back to the last space (rfind gives -1 if there
            # is none), unless other whitespace is nearer (a newline, a no-break
            # space: every kind but " " is unprintable, as is a control
            # character); then walk back to it.
            word = text[(text.rfind(" ", cursor, at) + 1) or cursor : at]
            if not word.isprintable():
                word = _word_before(text, cursor, at)
            token = word.lstrip(_OPENERS).rstrip(".")
            # Most words before a period are none of the cases _is_abbreviation
            # looks at (a listed word, an initial, a dotted word): no need to
            # find the next word for them.
            if len(token) < 2 or "." in token or token.lower() in _ABBREVIATIONS:
                following = _NEXT_WORD.match(text, match.end(), end)
                if _is_abbreviation(token, following.group(1) if following else ""):
                    continue
        elif not close and punct.endswith(("…", "...")):
            # An ellipsis before a capital usually marks an elision, not an end.
            continue
        after = match.end()
        spans.append((cursor, after - len(space)))
        cursor = after
    while end > cursor and text[end - 1].isspace():
        end -= 1
    if cursor < end:
        spans.append((cursor, end))
    if _has_wide_stop(text, start, end):
        spans = [piece for span in spans for piece in _wide_stops(text, *span)]
    return spans


# Chinese and Japanese full stops, question and exclamation marks end a
# sentence with no space or capital after them.
_WIDE_STOPS = "。！？"
_WIDE_STOP = re.compile(r"[。！？]+[」』”’）)\]]*\s*")


def _has_wide_stop(text: str, start: int, end: int) -> bool:
    return any(text.find(mark, start, end) >= 0 for mark in _WIDE_STOPS)


def _wide_stops(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span ``text[start:end]`` cut after each wide full stop."""
    out = []
    cursor = start
    for m in _WIDE_STOP.finditer(text, start, end):
        stop = m.end() - (len(m.group()) - len(m.group().rstrip()))
        if stop > cursor:
            out.append((cursor, stop))
        cursor = m.end()
    if cursor < end:
        out.append((cursor, end))
    return out


def _word_before(text: str, floor: int, end: int) -> str:
    """The word ending at ``end``: back to whitespace (or ``floor``)."""
    i = end
    while i > floor and not text[i - 1].isspace():
        i -= 1
    return text[i:end]


def split_sentences(text: str) -> list[str]:
    """Split one paragraph of text into sentences, verbatim."""
    return [text[s:e] for s, e in sentence_spans(text)]


@lru_cache(maxsize=4096)
def words(sentence: str) -> tuple[str, ...]:
    """The words of a sentence (letters and digits, inner apostrophes kept)."""
    return tuple(_WORD.findall(sentence))


def word_count(text: str) -> int:
    """Number of words as a reader would count them (whitespace separated)."""
    return len(text.split())
