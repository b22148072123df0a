"""The built wheel carries the templates and the package data."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_templates(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for folder in ("briefing", "templates"):
        shutil.copytree(ROOT / folder, src / folder, ignore=shutil.ignore_patterns("__pycache__"))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(src),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    (wheel,) = (tmp_path / "dist").glob("briefing-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = sorted(
        p.name for p in (ROOT / "templates").iterdir() if p.suffix in (".j2", ".css")
    )
    assert {"brief.md.j2", "brief.html.j2"} <= set(templates)
    for name in templates:
        assert f"briefing/templates/{name}" in names
    assert "briefing/py.typed" in names
    assert "briefing/cli.py" in names
    assert not any(n.startswith(("tests/", "seeds/", "bench/")) for n in names)
