"""Small text helpers shared by the stages (pure functions, no state)."""

from __future__ import annotations

# Words that leave a shortened title, label or file name hanging ("... with").
FUNCTION_WORDS = frozenset("a an the of on in to for and or with at by from as its".split())


def drop_trailing_function_words(words: list[str]) -> list[str]:
    """``['talks', 'with', 'the']`` -> ``['talks']``; a single word is kept."""
    out = list(words)
    while len(out) > 1 and out[-1].casefold().strip(",;:-–—") in FUNCTION_WORDS | {""}:
        out.pop()
    return out
