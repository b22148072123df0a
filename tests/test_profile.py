"""Profiles: layered configuration and clear errors for malformed files."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.profile import Profile, load_profile, sidecar


def test_seed_profile_has_the_design_card_sections(seed: Path) -> None:
    profile = load_profile(seed.with_suffix(".toml"))
    assert [s.label for s in profile.sections] == [
        "Relations",
        "Eurasian security",
        "Ukraine",
        "ZNPP",
    ]
    assert profile.outlet == "TASS"
    assert sidecar(seed) == seed.with_suffix(".toml")


def test_file_overrides_only_what_it_sets(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text("[brief]\nper_section = 3\n")
    profile = load_profile(path)
    assert profile.per_section == 3
    assert profile.max_words == Profile().max_words
    assert profile.scorer == "default"


def test_flags_override_file(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('[brief]\nper_section = 3\nscorer = "lead"\n')
    profile = load_profile(path).with_overrides(per_section=1, scorer=None)
    assert (profile.per_section, profile.scorer) == (1, "lead")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[brief\nper_section = 2", "malformed profile"),
        ("[brief]\nper_section = 'two'", "per_section must be int"),
        ("[brief]\nper_section = 0", "per_section must be 1 to 20, not 0"),
        ("[brief]\nmax_words = 1", "max_words must be 50 to 5000, not 1"),
        ("[brief]\nwords = 3", "unknown key 'words'"),
        ("[source]\ndate = '9 April'", "date must be YYYY-MM-DD"),
        ("[[section]]\nheadings = ['x']", "needs a label"),
        ("[[section]]\nlabel = 'A'\nkeywords = 'x'", "must be a list of strings"),
        ("[extra]\na = 1", "unknown table(s) extra"),
        ("section = 3", "array of tables"),
    ],
)
def test_malformed_profiles(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(BriefingError) as err:
        load_profile(path)
    assert str(path) in str(err.value)
    assert problem in str(err.value)


def test_missing_profile(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="no such profile"):
        load_profile(tmp_path / "none.toml")
