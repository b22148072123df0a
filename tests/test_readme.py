"""The README stays true: its example brief, CLI reference and benchmark
tables are checked against the real output.

Regenerate on purpose: ``pytest tests/test_readme.py --regen-golden``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- begin: (?P<name>[^>]+?) -->\n)(?P<body>.*?)(<!-- end -->)", re.S)


def _help(*command: str) -> str:
    result = CliRunner().invoke(
        main, [*command, "--help"], prog_name="briefing", terminal_width=100
    )
    assert result.exit_code == 0
    return "```text\n" + result.output + "```\n"


def _example_brief() -> str:
    (md,) = sorted((ROOT / "briefs").glob("*.md"))
    return "```markdown\n" + md.read_text(encoding="utf-8") + "```\n"


def _file(relative: str) -> Callable[[], str]:
    def read() -> str:
        text = (ROOT / relative).read_text(encoding="utf-8")
        # The table files start with their own title; the README has its own,
        # and their headings sit three levels down in the README.
        if text.startswith("# "):
            text = text.split("\n", 1)[1].lstrip("\n")
        return re.sub(r"(?m)^(#+) ", r"###\1 ", text)

    return read


SOURCES: dict[str, Callable[[], str]] = {
    "example brief": _example_brief,
    "help": lambda: _help(),
    "help build": lambda: _help("build"),
    "help sections": lambda: _help("sections"),
    "help quotes": lambda: _help("quotes"),
}


def _source(name: str) -> Callable[[], str]:
    if name in SOURCES:
        return SOURCES[name]
    if name.startswith("file "):
        return _file(name.removeprefix("file "))
    if name.startswith("help "):
        return lambda: _help(*name.removeprefix("help ").split())
    raise AssertionError(f"README block {name!r} has no source")


def test_readme_blocks_match_real_output(request: pytest.FixtureRequest) -> None:
    text = README.read_text(encoding="utf-8")
    blocks = list(BLOCK.finditer(text))
    assert {"example brief", "help build"} <= {m.group("name") for m in blocks}
    if request.config.getoption("--regen-golden"):
        text = BLOCK.sub(lambda m: m.group(1) + _source(m.group("name"))() + m.group(4), text)
        README.write_text(text, encoding="utf-8")
        blocks = list(BLOCK.finditer(text))
    for m in blocks:
        assert m.group("body") == _source(m.group("name"))(), (
            f"README block {m.group('name')!r} is stale; rerun with --regen-golden"
        )
