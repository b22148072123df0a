"""Summarization benchmark: briefing's scorers against Lead-N, random and sumy.

Run from the repository root (needs the ``bench`` extra: rouge-score)::

    python -m bench.summarize            # full run, prints the table, rewrites bench/RESULTS.md
    python -m bench.summarize --quick    # CNN only, no BBC, no RESULTS.md (a minute)

Data is read from ``../shared/data`` (never copied into the repository):

* ``cnn-dailymail-dev250``: 250 CNN articles with their editors' highlights.
  Budgets: 3 sentences, and 75 words. Rows are split into a fixed tuning half
  (even rows of ids.txt), a held-out half (odd rows) and all 250.
* ``bbc-news-summary``: 2,225 BBC articles with extractive references.
  Budgets: the reference's sentence count, and its word count.

Every system sees the same input a user's program would: the article text is
handed to :func:`briefing.summarize` (CNN: the one-line body; BBC: the whole
file, title line first). Lead-N is the ``lead`` scorer, random is seeded, and
each sumy algorithm runs through sumy's own summarizer class, fed our
sentences and tokenizer (``briefing.sumy_adapter``); sumy systems are scored
once per article and then cut to both budgets.

ROUGE is rouge-score's F1 with its Porter stemming (R-1, R-2, R-L and R-Lsum
with one sentence a line). Stemmed tokens are cached between calls, which
changes no figure, only the time.

Throughput is articles per second on one core for split + score + select (the
whole :func:`briefing.summarize` call, parsing included; file reading
excluded: texts are in memory first), best of several passes. Peak memory is
the bench process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gc
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing import sumy_adapter  # noqa: E402
from briefing.read import parse_text  # noqa: E402
from briefing.scoring import SCORERS  # noqa: E402
from briefing.selection import select  # noqa: E402
from briefing.sentences import sentence_spans, word_count  # noqa: E402
from briefing.summarize import summarize  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
CNN = DATA / "cnn-dailymail-dev250"
BBC = DATA / "bbc-news-summary"
RESULTS = ROOT / "bench" / "RESULTS.md"
FLOOR = ROOT / "bench" / "quality_floor.json"

CNN_SENTENCES = 3
CNN_WORDS = 75
ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")

# Systems in table order: (label, scorer name, how it runs).
BRIEFING_SCORERS = ("default",)
SUMY = tuple(sumy_adapter.ALGORITHMS)


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Item:
    """One benchmark article: the text a user would pass and the reference."""

    key: str
    text: str
    reference: tuple[str, ...]  # reference sentences (highlights), one a line for R-Lsum
    n_sentences: int
    n_words: int
    half: str = ""  # "tune" / "held" for CNN rows


def load_cnn(limit: int | None = None) -> list[Item]:
    ids = (CNN / "ids.txt").read_text(encoding="utf-8").split()
    items = []
    for row, key in enumerate(ids[:limit]):
        text = (CNN / "articles" / f"{key}.txt").read_text(encoding="utf-8").strip()
        ref = tuple(
            line.strip()
            for line in (CNN / "summaries" / f"{key}.txt").read_text(encoding="utf-8").splitlines()
            if line.strip()
        )
        half = "tune" if row % 2 == 0 else "held"
        items.append(Item(key, text, ref, CNN_SENTENCES, CNN_WORDS, half))
    return items


def split_by_article(summary: str, article: str) -> list[str]:
    """Split a glued BBC summary into its sentences using the article.

    The longest prefix of the rest of the summary that occurs verbatim in the
    article ends at a sentence boundary (the article always has whitespace
    between sentences); occurrence is monotone in the prefix length, so a
    binary search finds it.
    """
    out: list[str] = []
    pos, n = 0, len(summary)
    while pos < n:
        while pos < n and summary[pos].isspace():
            pos += 1
        if pos >= n:
            break
        lo, hi = 0, n - pos  # lo: known to occur
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if summary[pos : pos + mid] in article:
                lo = mid
            else:
                hi = mid - 1
        if lo == 0:
            pos += 1  # a stray character (a doubled quote at a glue point)
            continue
        piece = summary[pos : pos + lo].strip()
        if piece:
            out.append(piece)
        pos += lo
    return out


def load_bbc(every: int = 1) -> list[Item]:
    items = []
    for i, path in enumerate(sorted((BBC / "articles").glob("*/*.txt"))):
        if i % every:
            continue
        text = path.read_text(encoding="utf-8")
        summary = (BBC / "summaries" / path.parent.name / path.name).read_text(encoding="utf-8")
        ref = tuple(split_by_article(summary, text))
        n_words = sum(word_count(s) for s in ref)
        items.append(Item(f"{path.parent.name}/{path.stem}", text, ref, len(ref), n_words))
    return items


# --------------------------------------------------------------------------- ROUGE


class _CachedPorter:
    """rouge-score's own Porter stemmer, memoised (same output, less time)."""

    def __init__(self) -> None:
        from nltk.stem import porter

        self.stem = lru_cache(maxsize=200_000)(porter.PorterStemmer().stem)


@lru_cache(maxsize=1)
def _rouge() -> object:
    from rouge_score import rouge_scorer, tokenizers

    tokenizer = tokenizers.DefaultTokenizer(use_stemmer=True)
    tokenizer._stemmer = _CachedPorter()
    return rouge_scorer.RougeScorer(list(ROUGE_TYPES), tokenizer=tokenizer)


def rouge(reference: Sequence[str], chosen: Sequence[str]) -> tuple[float, ...]:
    """F1 x 100 of R-1, R-2, R-L and R-Lsum (one sentence a line)."""
    scorer = _rouge()
    scores = scorer.score("\n".join(reference), "\n".join(chosen))  # type: ignore[attr-defined]
    return tuple(100.0 * scores[t].fmeasure for t in ROUGE_TYPES)


# --------------------------------------------------------------------------- systems


@dataclass(slots=True)
class Tally:
    rows: list[tuple[float, ...]] = field(default_factory=list)
    words: list[int] = field(default_factory=list)

    def add(self, scores: tuple[float, ...], n_words: int) -> None:
        self.rows.append(scores)
        self.words.append(n_words)

    def mean(self) -> tuple[float, ...]:
        if not self.rows:
            return tuple(float("nan") for _ in range(len(ROUGE_TYPES) + 1))
        cols = list(zip(*self.rows, strict=True))
        return (*(statistics.fmean(c) for c in cols), statistics.fmean(self.words))


def system_names(scorers: Iterable[str] = BRIEFING_SCORERS) -> list[str]:
    return ["lead", "random", *SUMY, *scorers]


def _choices_direct(
    item: Item, rate: Callable[..., tuple[float, ...]]
) -> tuple[list[str], list[str]]:
    """Parse once, rate once, cut to both budgets (for the slow sumy systems)."""
    article = parse_text(item.text, path="<text>")
    sentences = article.sentences
    scores = rate(sentences)
    by_count = select(sentences, scores, count=item.n_sentences)
    by_words = select(sentences, scores, words=item.n_words)
    return [st.sentence.text for st in by_count], [st.sentence.text for st in by_words]


def choose(system: str, item: Item) -> tuple[list[str], list[str]]:
    """The sentences ``system`` picks for ``item`` at the sentence and word budgets."""
    if system in SUMY:
        return _choices_direct(item, sumy_adapter.scorer(system))
    if system == "random":
        return _choices_direct(item, sumy_adapter.rate_random)
    # briefing's own scorers (lead included): the public API, as a user calls it.
    return (
        list(summarize(item.text, sentences=item.n_sentences, scorer=system)),
        list(summarize(item.text, words=item.n_words, scorer=system)),
    )


def evaluate(
    items: Sequence[Item], systems: Sequence[str], *, progress: bool = False
) -> dict[str, dict[str, dict[str, Tally]]]:
    """system -> budget ("sentences"/"words") -> half ("all"/"tune"/"held") -> Tally."""
    out: dict[str, dict[str, dict[str, Tally]]] = {}
    for system in systems:
        t0 = time.perf_counter()
        per = {b: {h: Tally() for h in ("all", "tune", "held")} for b in ("sentences", "words")}
        for item in items:
            by_count, by_words = choose(system, item)
            for budget, chosen in (("sentences", by_count), ("words", by_words)):
                r = rouge(item.reference, chosen)
                n = sum(word_count(s) for s in chosen)
                per[budget]["all"].add(r, n)
                if item.half:
                    per[budget][item.half].add(r, n)
        out[system] = per
        if progress:
            print(f"  {system}: {time.perf_counter() - t0:.1f}s", file=sys.stderr, flush=True)
    return out


# --------------------------------------------------------------------------- speed


def throughput(texts: Sequence[str], run: Callable[[str], object], passes: int = 3) -> float:
    """Articles per second, best of ``passes`` (one core, texts already in memory)."""
    return throughputs({"": (texts, run)}, passes)[""]


def throughputs(
    systems: dict[str, tuple[Sequence[str], Callable[[str], object]]], passes: int = 3
) -> dict[str, float]:
    """Articles per second of each system, best of ``passes``, passes interleaved.

    Each round times every system once, so a spell of load from elsewhere on
    the machine falls on all of them alike instead of on whichever ran then:
    the ratios between systems are steadier than the rates themselves.
    """
    best = dict.fromkeys(systems, float("inf"))
    for _ in range(passes):
        for name, (texts, run) in systems.items():
            gc.collect()
            t0 = time.perf_counter()
            for text in texts:
                run(text)
            best[name] = min(best[name], time.perf_counter() - t0)
    return {
        name: len(systems[name][0]) / seconds if seconds > 0 else float("inf")
        for name, seconds in best.items()
    }


def _summarize_with(scorer: str) -> Callable[[str], object]:
    def run(text: str) -> object:
        return summarize(text, sentences=3, scorer=scorer)

    return run


def _sumy_run(name: str) -> Callable[[str], object]:
    rate = sumy_adapter.scorer(name)

    def run(text: str) -> object:
        sentences = parse_text(text, path="<text>").sentences
        return select(sentences, rate(sentences), count=3)

    return run


def synthetic_article(n_words: int, seed: int = 7) -> str:
    """A deterministic article of about ``n_words`` words (paragraphs of sentences)."""
    rng = random.Random(seed)
    vocab = [
        f"{a}{b}"
        for a in ("mar", "tel", "son", "ver", "pol", "cas", "din", "lor", "fen", "rup")
        for b in ("ket", "ion", "age", "ber", "ity", "ous", "ent", "ial", "ure", "ism")
    ]
    common = "the a of to in and for on said that with was by at from has".split()
    paragraphs, words = [], 0
    while words < n_words:
        sentences = []
        for _ in range(rng.randint(1, 4)):
            k = rng.randint(8, 30)
            ws = [
                rng.choice(vocab) if rng.random() < 0.55 else rng.choice(common) for _ in range(k)
            ]
            sentences.append(ws[0].capitalize() + " " + " ".join(ws[1:]) + ".")
            words += k
        paragraphs.append(" ".join(sentences))
    return "Synthetic report\n\n" + "\n\n".join(paragraphs) + "\n"


def speed_table(
    cnn: Sequence[Item], bbc: Sequence[Item], scorers: Sequence[str]
) -> dict[str, object]:
    texts = [it.text for it in cnn] + [it.text for it in bbc]
    res: dict[str, object] = {}
    # sumy on an evenly spaced slice of the same texts (it is 100x slower),
    # best of as many passes as ours, so neither side gets the luckier timing.
    sumy_texts = texts[:: max(1, len(texts) // 300)]
    systems: dict[str, tuple[Sequence[str], Callable[[str], object]]] = {
        name: (texts, _summarize_with(name)) for name in (*scorers, "lead")
    }
    for name in ("textrank", "lexrank"):
        systems[f"sumy {name}"] = (sumy_texts, _sumy_run(name))
    res["rates"] = throughputs(systems, passes=5)
    # By length bucket, default scorer.
    buckets: dict[str, list[str]] = {"<300 words": [], "300-1,000": [], ">1,000": []}
    for text in texts:
        n = word_count(text)
        key = "<300 words" if n < 300 else ("300-1,000" if n <= 1000 else ">1,000")
        buckets[key].append(text)
    by_bucket = {}
    for key, group in buckets.items():
        if group:
            words_total = sum(word_count(t) for t in group)
            rate = throughput(group, _summarize_with("default"))
            by_bucket[key] = (len(group), words_total / len(group), rate)
    res["buckets"] = by_bucket
    big = synthetic_article(20_000)
    t0 = time.perf_counter()
    summarize(big, sentences=3)
    res["synthetic"] = (word_count(big), time.perf_counter() - t0)
    return res


def determinism(items: Sequence[Item], systems: Sequence[str]) -> bool:
    """Whether two runs of every system give identical selections (both budgets)."""
    return all(choose(system, it) == choose(system, it) for system in systems for it in items)


# --------------------------------------------------------------------------- splitter


def splitter_check(items: Sequence[Item]) -> dict[str, float]:
    """Share of BBC reference sentences our splitter reproduces exactly, and speed.

    Our splitter runs paragraph by paragraph over the article body (as
    ``read`` does); NLTK's untrained PunktSentenceTokenizer and a plain
    punctuation regex run over the same paragraphs for comparison.
    """
    import re

    from nltk.tokenize.punkt import PunktSentenceTokenizer

    punkt = PunktSentenceTokenizer()
    plain = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])")

    def paragraphs(text: str) -> list[str]:
        body = text.split("\n", 1)[1] if "\n" in text else text
        return [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]

    def ours(p: str) -> list[str]:
        return [p[s:e] for s, e in sentence_spans(p)]

    def regex(p: str) -> list[str]:
        out, last = [], 0
        for m in plain.finditer(p):
            out.append(p[last : m.start()].strip())
            last = m.end()
        out.append(p[last:].strip())
        return [s for s in out if s]

    splitters = {"briefing": ours, "nltk punkt (untrained)": punkt.tokenize, "regex": regex}
    paras = [paragraphs(it.text) for it in items]
    res: dict[str, float] = {}
    for name, split in splitters.items():
        hit = total = n_sent = 0
        t0 = time.perf_counter()
        produced = [[s for p in ps for s in split(p)] for ps in paras]
        elapsed = time.perf_counter() - t0
        for it, sents in zip(items, produced, strict=True):
            have = {" ".join(s.split()) for s in sents}
            n_sent += len(sents)
            for ref in it.reference:
                total += 1
                hit += " ".join(ref.split()) in have
        res[f"{name} exact %"] = 100.0 * hit / max(total, 1)
        res[f"{name} sentences/s"] = n_sent / elapsed if elapsed else float("inf")
    return res


# --------------------------------------------------------------------------- report


def _fmt_row(label: str, values: Sequence[float]) -> str:
    cells = " | ".join(f"{v:.1f}" for v in values)
    return f"| {label} | {cells} |"


LABELS = {
    "lead": "Lead-N",
    "random": "random (seeded)",
    "lexrank": "sumy LexRank",
    "textrank": "sumy TextRank",
    "lsa": "sumy LSA",
    "luhn": "sumy Luhn",
    "kl": "sumy KL",
    "sumbasic": "sumy SumBasic",
}


def label(system: str) -> str:
    return LABELS.get(system, f"briefing `{system}`")


def quality_table(
    title: str, results: dict[str, dict[str, dict[str, Tally]]], budget: str, half: str
) -> list[str]:
    lines = [
        f"**{title}**",
        "",
        "| system | R-1 | R-2 | R-L | R-Lsum | words |",
        "|---|---|---|---|---|---|",
    ]
    for system, per in results.items():
        lines.append(_fmt_row(label(system), per[budget][half].mean()))
    return lines


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "briefing", "bench/summarize.py"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        return out.stdout.strip() + (" (+ uncommitted changes)" if dirty.stdout.strip() else "")
    except OSError:
        return "unknown"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def report(
    cnn_res: dict[str, dict[str, dict[str, Tally]]],
    bbc_res: dict[str, dict[str, dict[str, Tally]]] | None,
    speed: dict[str, object] | None,
    split: dict[str, float] | None,
    *,
    deterministic: bool | None = None,
    n_cnn: int,
    n_bbc: int,
    elapsed: float,
    commit: str,
) -> str:
    out = [
        "# Summarization benchmark results",
        "",
        "Rewritten by `python -m bench.summarize` (see bench/README.md); do not edit by hand.",
        "",
        f"- date: {_dt.datetime.now(_dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- commit: {commit}",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores "
        f"(the bench uses one), Python {platform.python_version()}",
        f"- data: CNN/DailyMail dev {n_cnn} articles (tune = even rows, held-out = odd rows); "
        f"BBC News Summary {n_bbc} articles",
        "- ROUGE: rouge-score F1 x 100, Porter stemming; R-Lsum with one sentence a line; "
        "words = mean words selected",
        "",
        f"## CNN, {CNN_SENTENCES} sentences",
        "",
    ]
    for half, name in (("all", f"all {n_cnn}"), ("tune", "tuning half"), ("held", "held-out half")):
        out += quality_table(f"CNN {name}, {CNN_SENTENCES} sentences", cnn_res, "sentences", half)
        out.append("")
    out += [f"## CNN, {CNN_WORDS}-word budget", ""]
    for half, name in (("all", f"all {n_cnn}"), ("tune", "tuning half"), ("held", "held-out half")):
        out += quality_table(f"CNN {name}, {CNN_WORDS} words", cnn_res, "words", half)
        out.append("")
    if bbc_res is not None:
        out += ["## BBC News Summary (secondary: machine-made references; not tuned to)", ""]
        out += quality_table("BBC, the reference's sentence count", bbc_res, "sentences", "all")
        out.append("")
        out += quality_table("BBC, the reference's word count", bbc_res, "words", "all")
        out.append("")
    if speed is not None:
        rates = speed["rates"]
        assert isinstance(rates, dict)
        out += [
            "## Speed (one core; split + score + select, i.e. the whole `summarize` call "
            "with parsing; file reading excluded)",
            "",
            "| system | articles/s | x sumy TextRank |",
            "|---|---|---|",
        ]
        base = rates.get("sumy textrank", float("nan"))
        for name, rate in rates.items():
            out.append(
                f"| {label(name) if name in SCORERS else name} | {rate:,.0f} | {rate / base:.1f} |"
            )
        out += ["", "By article length (default scorer):", ""]
        out += [
            "| length | articles | mean words | articles/s | words/s |",
            "|---|---|---|---|---|",
        ]
        buckets = speed["buckets"]
        assert isinstance(buckets, dict)
        for key, (n, mean_words, rate) in buckets.items():
            out.append(
                f"| {key} | {n} | {mean_words:,.0f} | {rate:,.0f} | {rate * mean_words:,.0f} |"
            )
        synthetic = speed["synthetic"]
        assert isinstance(synthetic, tuple)
        n_words, seconds = synthetic
        out += [
            f"| synthetic | 1 | {n_words:,} | {1 / seconds:,.1f} | {n_words / seconds:,.0f} |",
            "",
        ]
    if deterministic is not None:
        out += [
            "Determinism: two runs of every system on the first 50 CNN articles gave "
            + ("identical selections." if deterministic else "DIFFERENT selections."),
            "",
        ]
    if split is not None:
        out += [
            "## Sentence splitting (BBC reference sentences reproduced exactly)",
            "",
            "| splitter | exact % | sentences/s |",
            "|---|---|---|",
        ]
        for name in ("briefing", "nltk punkt (untrained)", "regex"):
            out.append(
                f"| {name} | {split[f'{name} exact %']:.2f} | {split[f'{name} sentences/s']:,.0f} |"
            )
        out.append("")
    peak = peak_mb()
    out += [
        f"Peak memory (max RSS of the bench process): {peak:.0f} MB. Wall time: {elapsed:.0f} s.",
        "",
    ]
    out += targets_table(cnn_res, bbc_res, speed, peak=peak, deterministic=deterministic)
    return "\n".join(out)


def _mark(ok: bool) -> str:
    return "yes" if ok else "**no**"


def paired_interval(ours: Tally, rival: Tally, column: int = 0) -> tuple[float, float]:
    """A 95% interval for the mean per-article gain of ``ours`` over ``rival``.

    Both tallies hold the same articles in the same order, so the gain is
    measured article by article (a paired normal interval: mean +- 1.96
    standard errors). It says how far a half's figure can sit from the gain
    on articles not seen.
    """
    gains = [a[column] - b[column] for a, b in zip(ours.rows, rival.rows, strict=True)]
    if len(gains) < 2:
        return float("nan"), float("nan")
    mean = statistics.fmean(gains)
    half_width = 1.96 * statistics.stdev(gains) / len(gains) ** 0.5
    return mean - half_width, mean + half_width


def targets_table(
    cnn_res: dict[str, dict[str, dict[str, Tally]]],
    bbc_res: dict[str, dict[str, dict[str, Tally]]] | None,
    speed: dict[str, object] | None,
    *,
    peak: float,
    deterministic: bool | None,
) -> list[str]:
    """The issue's targets, each checked against this run's own figures."""
    out = [
        "## Against the targets (computed from the tables above)",
        "",
        "| target | measured | met |",
        "|---|---|---|",
    ]
    budgets = (("sentences", f"{CNN_SENTENCES} sentences"), ("words", f"{CNN_WORDS} words"))
    for half, name in (("all", "all"), ("tune", "tuning half"), ("held", "held-out half")):
        for budget, budget_name in budgets:
            ours, rival = cnn_res["default"][budget][half], cnn_res["lead"][budget][half]
            d, lead = ours.mean(), rival.mean()
            gain = d[0] - lead[0]
            low, high = paired_interval(ours, rival)
            not_below = d[1] >= lead[1] and d[2] >= lead[2]
            out.append(
                f"| CNN {name}, {budget_name}: R-1 at least Lead + 1.0, R-2 and R-L not below "
                f"| R-1 {gain:+.2f} (95% CI {low:+.2f} to {high:+.2f}), "
                f"R-2 {d[1] - lead[1]:+.2f}, R-L {d[2] - lead[2]:+.2f} "
                f"| {_mark(gain >= 1.0 and not_below)} |"
            )
    if bbc_res is not None:
        for budget, budget_name in (("sentences", "sentence count"), ("words", "word count")):
            d = bbc_res["default"][budget]["all"].mean()
            for rival in ("lead", "lexrank"):
                r = bbc_res[rival][budget]["all"].mean()
                out.append(
                    f"| BBC, the reference's {budget_name}: R-1 above {label(rival)} "
                    f"| {d[0]:.2f} vs {r[0]:.2f} | {_mark(d[0] > r[0])} |"
                )
    if speed is not None:
        rates = speed["rates"]
        assert isinstance(rates, dict)
        ours, textrank = rates["default"], rates["sumy textrank"]
        out.append(
            f"| speed: at least 20x sumy TextRank | {ours / textrank:.1f}x "
            f"| {_mark(ours >= 20 * textrank)} |"
        )
        out.append(
            f"| speed: at least 1,000 articles/s with splitting | {ours:,.0f} "
            f"| {_mark(ours >= 1000)} |"
        )
    out.append(f"| peak memory under 300 MB | {peak:.0f} MB | {_mark(peak < 300)} |")
    if deterministic is not None:
        out.append(
            f"| deterministic | {'identical' if deterministic else 'different'} selections "
            f"| {_mark(deterministic)} |"
        )
    out.append("")
    return out


# --------------------------------------------------------------------------- floor


def read_floor() -> dict[str, float]:
    data: dict[str, float] = json.loads(FLOOR.read_text(encoding="utf-8"))
    return data


def record_floor(r1: float, *, allow_lower: bool) -> None:
    old = read_floor().get("rouge1") if FLOOR.exists() else None
    if old is not None and r1 < old and not allow_lower:
        raise SystemExit(
            f"refusing to lower the recorded ROUGE-1 floor from {old:.2f} to {r1:.2f}; "
            "pass --allow-lower to do it on purpose"
        )
    FLOOR.write_text(
        json.dumps(
            {
                "rouge1": round(r1, 2),
                "tolerance": 0.3,
                "what": "mean ROUGE-1 F1 x 100 of the default scorer, CNN dev 250, 3 sentences",
                "recorded": _dt.date.today().isoformat(),
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"recorded ROUGE-1 floor {r1:.2f} in {FLOOR.relative_to(ROOT)}")


def cnn_default_r1(items: Sequence[Item] | None = None) -> float:
    """Mean ROUGE-1 of the default scorer on CNN at 3 sentences (the gate's figure)."""
    items = items if items is not None else load_cnn()
    return statistics.fmean(
        rouge(it.reference, summarize(it.text, sentences=CNN_SENTENCES))[0] for it in items
    )


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.summarize", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--quick", action="store_true", help="CNN quality only; RESULTS.md untouched")
    ap.add_argument(
        "--bbc-every", type=int, default=1, help="use every k-th BBC article (default: all)"
    )
    ap.add_argument("--no-write", action="store_true", help="do not rewrite bench/RESULTS.md")
    ap.add_argument(
        "--record-floor", action="store_true", help="record the gate's ROUGE-1 figure and exit"
    )
    ap.add_argument("--allow-lower", action="store_true", help="let --record-floor lower it")
    args = ap.parse_args(argv)

    if not CNN.is_dir():
        print(f"no data at {CNN}", file=sys.stderr)
        return 2
    t_start = time.perf_counter()
    commit = git_commit()  # the code being measured: read now, not when the run ends
    cnn = load_cnn()
    if args.record_floor:
        record_floor(cnn_default_r1(cnn), allow_lower=args.allow_lower)
        return 0
    scorers = [s for s in SCORERS if s not in ("lead", "random", *SUMY)]
    systems = system_names(scorers)
    print(f"CNN: {len(cnn)} articles", file=sys.stderr)
    cnn_res = evaluate(cnn, systems, progress=True)
    bbc_res = speed = split = deterministic = None
    bbc: list[Item] = []
    if not args.quick and BBC.is_dir():
        bbc = load_bbc(args.bbc_every)
        print(f"BBC: {len(bbc)} articles", file=sys.stderr)
        split = splitter_check(bbc)
        bbc_res = evaluate(bbc, systems, progress=True)
        speed = speed_table(cnn, bbc, scorers)
        deterministic = determinism(cnn[:50], systems)
    text = report(
        cnn_res,
        bbc_res,
        speed,
        split,
        n_cnn=len(cnn),
        n_bbc=len(bbc),
        deterministic=deterministic,
        elapsed=time.perf_counter() - t_start,
        commit=commit,
    )
    print(text)
    if not args.quick and not args.no_write:
        RESULTS.write_text(text, encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
