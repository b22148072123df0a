"""The user config file: option defaults per command, overridden by flags."""

from __future__ import annotations

from email import message_from_bytes
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from briefing.cli import main


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False, env={"BRIEFING_TO": None})


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_config_sets_defaults_and_flags_win(seed: Path, tmp_path: Path) -> None:
    cfg = write(tmp_path, '[build]\nformat = "md"\nout = "-"\nper-section = 1\n')
    result = run("-c", str(cfg), "build", str(seed))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ") and result.stdout.count("\n- ") == 4
    flagged = run("-c", str(cfg), "build", str(seed), "--per-section", "2")
    assert flagged.stdout.count("\n- ") > 4


def test_email_table_serves_build_and_send(seed: Path, tmp_path: Path) -> None:
    cfg = write(
        tmp_path,
        '[email]\nfrom = "desk@example.org"\nto = ["ann@example.org", "bob@example.org"]\n',
    )
    out = tmp_path / "brief.eml"
    result = run("-c", str(cfg), "build", str(seed), "-f", "email", "-o", str(out))
    assert result.exit_code == 0, result.output
    msg = message_from_bytes(out.read_bytes())
    assert msg["From"] == "desk@example.org"
    assert msg["To"] == "ann@example.org, bob@example.org"
    dry = run("-c", str(cfg), "send", str(seed), "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "To: ann@example.org, bob@example.org" in dry.stdout


def test_config_from_environment(seed: Path, tmp_path: Path) -> None:
    cfg = write(tmp_path, '[build]\nformat = "md"\nout = "-"\n')
    result = CliRunner().invoke(main, ["build", str(seed)], env={"BRIEFING_CONFIG": str(cfg)})
    assert result.exit_code == 0 and result.stdout.startswith("# ")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[build\n", "malformed config"),
        ("[nope]\na = 1\n", "unknown table [nope]"),
        ("[build]\nwords = 3\n", "has no option 'words' for build"),
        ("[send]\npassword = 'x'\n", "set BRIEFING_SMTP_PASSWORD instead"),
        ("build = 3\n", "must be a table"),
    ],
)
def test_bad_config_is_one_error_line(seed: Path, tmp_path: Path, text: str, fragment: str) -> None:
    cfg = write(tmp_path, text)
    result = run("-c", str(cfg), "build", str(seed), "-o", "-", "-f", "md")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {cfg}: ")
    assert fragment in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_missing_named_config(tmp_path: Path) -> None:
    result = run("-c", str(tmp_path / "none.toml"), "build")
    assert result.exit_code == 1
    assert "no such config file" in result.stderr
