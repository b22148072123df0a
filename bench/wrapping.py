"""Hard-wrapped articles: does wrapping change what briefing reads?

Every CNN and BBC article (and the seed) is wrapped at several widths, the way
e-mail clients wrap (break at the last space that fits, the space dropped) and
the way ``fold -s`` does (the space kept at the end of the line). An article
counts as read the same when its wrapped text gives the same title, the same
section headings and the same sentences (whitespace aside) as the text as
published. Prints a table; ``--write`` also rewrites bench/wrapping.md.

    python -m bench.wrapping
    python -m bench.wrapping --write
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.summarize import git_commit, load_bbc, load_cnn  # noqa: E402
from briefing.errors import BriefingError  # noqa: E402
from briefing.read import parse_text  # noqa: E402

WIDTHS = (34, 38, 40, 44, 50, 60, 72, 80)
SEED = ROOT / "seeds" / "000_a44bcb0ca409121c.txt"
OUT = Path(__file__).resolve().parent / "wrapping.md"

Shape = tuple[str, tuple[str | None, ...], tuple[str, ...]]


def email_wrap(text: str, width: int) -> str:
    """Each line broken at its last space that fits; the space becomes the break."""
    out: list[str] = []
    for line in text.split("\n"):
        pieces = textwrap.wrap(
            line, width, break_long_words=False, break_on_hyphens=False, replace_whitespace=False
        )
        out.extend(pieces or [line])
    return "\n".join(out)


def fold_wrap(text: str, width: int) -> str:
    """As ``fold -s -w WIDTH``: the space stays at the end of the broken line."""
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut < 0:
                break
            out.append(line[: cut + 1])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def shape(text: str) -> Shape | None:
    """What a brief is made from: title, headings, sentences (whitespace aside)."""
    try:
        article = parse_text(text, path="<text>")
    except BriefingError:
        return None
    return (
        _flat(article.title or ""),
        tuple(_flat(s.heading) if s.heading else None for s in article.sections),
        tuple(_flat(s.text) for s in article.sentences),
    )


def count_changed(
    texts: Sequence[str], wrap: Callable[[str, int], str], width: int, base: Sequence[Shape | None]
) -> int:
    return sum(1 for t, b in zip(texts, base, strict=True) if shape(wrap(t, width)) != b)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--write", action="store_true", help="rewrite bench/wrapping.md")
    args = ap.parse_args(argv)
    texts = [SEED.read_text(encoding="utf-8")]
    texts += [it.text for it in load_cnn()] + [it.text for it in load_bbc()]
    base = [shape(t) for t in texts]
    rows = []
    for name, wrap in (("e-mail (space dropped)", email_wrap), ("fold -s (space kept)", fold_wrap)):
        changed = [count_changed(texts, wrap, w, base) for w in WIDTHS]
        rows.append((name, changed))
        print(name, " ".join(f"{w}:{c}" for w, c in zip(WIDTHS, changed, strict=True)), flush=True)
    seed_ok = [
        w
        for w in range(30, 101)
        if all(shape(f(texts[0], w)) == base[0] for f in (email_wrap, fold_wrap))
    ]
    narrowest = min(w for w in seed_ok if all(v in seed_ok for v in range(w, 101)))
    lines = [
        "# Hard-wrapped articles",
        "",
        "Rewritten by `python -m bench.wrapping --write`; do not edit by hand.",
        "",
        f"- commit: {git_commit()}",
        f"- articles: {len(texts)} (the seed, CNN dev 250, BBC News Summary)",
        "- counted: articles whose wrapped text reads differently from the text as"
        " published (title, section headings or sentences, whitespace aside)",
        "",
        "| wrapping | " + " | ".join(f"{w} cols" for w in WIDTHS) + " |",
        "|---|" + "---|" * len(WIDTHS),
    ]
    for name, changed in rows:
        cells = " | ".join(f"{c} ({100 * c / len(texts):.1f}%)" for c in changed)
        lines.append(f"| {name} | {cells} |")
    lines += ["", f"The seed reads the same at every width from {narrowest} to 100 columns."]
    table = "\n".join(lines) + "\n"
    print(table)
    if args.write:
        OUT.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
