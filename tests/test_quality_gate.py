"""Quality gate: the default scorer on the CNN dev set must not slip below the recorded figure.

Runs when ``../shared/data/cnn-dailymail-dev250`` sits next to the repository
(skips, saying so, when not). The figure lives in ``bench/quality_floor.json``;
``python -m bench.summarize --record-floor`` raises it, and lowering it needs
``--allow-lower`` on top: a deliberate act, visible in review.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CNN = Path(__file__).parents[1].parent / "shared" / "data" / "cnn-dailymail-dev250"
FLOOR = ROOT / "bench" / "quality_floor.json"


def test_default_scorer_holds_its_rouge1_on_cnn() -> None:
    if not CNN.is_dir():
        pytest.skip(f"CNN dev data not found at {CNN} (it is never copied into the repository)")
    pytest.importorskip("rouge_score", reason="rouge-score (the test/bench extra) is not installed")
    sys.path.insert(0, str(ROOT))
    from bench.summarize import cnn_default_r1, load_cnn

    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    items = load_cnn()
    assert len(items) == 250
    r1 = cnn_default_r1(items)
    assert r1 >= floor["rouge1"] - floor["tolerance"], (
        f"default scorer ROUGE-1 {r1:.2f} fell more than {floor['tolerance']} below the "
        f"recorded {floor['rouge1']:.2f} (bench/quality_floor.json)"
    )


def test_floor_cannot_be_lowered_by_accident(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sys.path.insert(0, str(ROOT))
    import bench.summarize as bench

    path = tmp_path / "floor.json"
    path.write_text(json.dumps({"rouge1": 31.0, "tolerance": 0.3}), encoding="utf-8")
    monkeypatch.setattr(bench, "FLOOR", path)
    monkeypatch.setattr(bench, "ROOT", tmp_path)
    with pytest.raises(SystemExit, match="--allow-lower"):
        bench.record_floor(30.0, allow_lower=False)
    assert json.loads(path.read_text(encoding="utf-8"))["rouge1"] == 31.0
    bench.record_floor(30.0, allow_lower=True)
    assert json.loads(path.read_text(encoding="utf-8"))["rouge1"] == 30.0
    bench.record_floor(32.0, allow_lower=False)
    assert json.loads(path.read_text(encoding="utf-8"))["rouge1"] == 32.0


def test_paired_interval_is_taken_article_by_article() -> None:
    sys.path.insert(0, str(ROOT))
    import bench.summarize as bench

    ours, rival = bench.Tally(), bench.Tally()
    # Gains of 1, 2 and 3 points: mean 2, sample sd 1, so 2 +- 1.96 / sqrt(3).
    for mine, theirs in ((31.0, 30.0), (12.0, 10.0), (43.0, 40.0)):
        ours.add((mine, 0.0, 0.0, 0.0), 50)
        rival.add((theirs, 0.0, 0.0, 0.0), 50)
    low, high = bench.paired_interval(ours, rival)
    half = 1.96 / 3**0.5
    assert low == pytest.approx(2.0 - half)
    assert high == pytest.approx(2.0 + half)
    # Unpaired, the same figures would overlap widely; paired, a constant gain is exact.
    same = bench.Tally()
    for theirs in (30.0, 10.0, 40.0):
        same.add((theirs + 1.0, 0.0, 0.0, 0.0), 50)
    assert bench.paired_interval(same, rival) == pytest.approx((1.0, 1.0))
