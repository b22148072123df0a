"""Shared fixtures: the seed article and a factory for small articles on disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_a44bcb0ca409121c.txt"
SEED_PROFILE = SEED.with_suffix(".toml")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        help="Rewrite the golden files (briefs/, README blocks) from the current code.",
    )


@pytest.fixture
def seed() -> Path:
    return SEED


@pytest.fixture
def seed_text() -> str:
    with open(SEED, encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[..., Path]:
    """Write ``text`` (str or bytes) to a file in a fresh folder and return its path."""

    def _write(text: str | bytes, name: str = "story.txt") -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8", newline="")
        return path

    return _write
