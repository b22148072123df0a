"""Score ``briefing/quotes.py`` as it was at a commit on one gold set.

This is how the first-score table in README.md is checked: each set's first
score is the extractor at the commit it was first scored with.

    .venv/bin/python bench/quotes/first_score.py 968dd5d blind4
    .venv/bin/python bench/quotes/first_score.py 968dd5d blind4 --errors

Run from the repository root; the commit's module is loaded from ``git show``
with its relative imports pointed at today's package (quotes.py imports only
``briefing.model.Quote``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import run  # noqa: E402


def load_at(commit: str) -> ModuleType:
    src = subprocess.run(
        ["git", "show", f"{commit}:briefing/quotes.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    src = re.sub(r"from \.(\w+) import", r"from briefing.\1 import", src)
    path = Path(tempfile.mkdtemp()) / f"quotes_{commit}.py"
    path.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("commit")
    ap.add_argument("set", help="gold file stem: gold, heldout, blind, blind2 ... blind5")
    ap.add_argument("--errors", action="store_true", help="list documents with misses")
    args = ap.parse_args()
    module = load_at(args.commit)
    docs = json.loads((HERE / f"{args.set}.json").read_text(encoding="utf-8"))["documents"]

    def system(text: str) -> list[run.Pred]:
        return [(q.start, q.end, q.speaker) for q in module.extract_quotes(text)]

    res = run.evaluate(system, docs, args.errors)
    n = sum(len(d["quotes"]) for d in docs)
    a, b = res[0.3], res[0.8]
    print(
        f"{args.set} at {args.commit} ({len(docs)} docs, {n} quotes): P@0.3 {a['P']:.3f} "
        f"R@0.3 {a['R']:.3f} F1@0.3 {a['F1']:.3f} F1@0.8 {b['F1']:.3f} "
        f"speaker acc {a['speaker']:.3f}"
    )


if __name__ == "__main__":
    main()
