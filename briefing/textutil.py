"""Small text helpers shared by the stages (pure functions, no state)."""

from __future__ import annotations

# Words that leave a shortened title, label or file name hanging ("... with").
FUNCTION_WORDS = frozenset("a an the of on in to for and or with at by from as its".split())


_EDGE = ",;:-–—"


def is_function_word(word: str) -> bool:
    """Whether ``word`` (punctuation at its ends aside) needs a next word ("with")."""
    return word.casefold().strip(_EDGE) in FUNCTION_WORDS


def drop_trailing_function_words(words: list[str]) -> list[str]:
    """``['talks', 'with', 'the']`` -> ``['talks']``; a single word is kept."""
    out = list(words)
    while len(out) > 1 and (is_function_word(out[-1]) or not out[-1].strip(_EDGE)):
        out.pop()
    return out
