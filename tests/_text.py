"""Text layouts for the tests: an article hard-wrapped as e-mail or ``fold`` wraps it."""

from __future__ import annotations


def fold(text: str, width: int, *, keep_space: bool = True) -> str:
    """Each line broken after its last space that fits in ``width`` columns.

    With ``keep_space`` the space stays at the end of the line, as ``fold -s``
    leaves it; without, the space becomes the line break, as e-mail clients
    wrap. A word longer than the width stays whole.
    """
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut < 0:
                break
            out.append(line[: cut + 1] if keep_space else line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)
