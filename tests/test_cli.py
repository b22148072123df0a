"""The CLI's exit-code contract: 0 success, 1 one ``Error:`` line, 2 usage.

Bad input never yields a traceback, a partial file or a clobbered brief; in a
batch, the good articles are still written.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from briefing.cli import main
from briefing.output import SOURCES_FILE

SEED_MD = "2024-04-09-russia-and-china-agreed-to-engage-on-eurasian-security.md"
SEED_HTML = SEED_MD.replace(".md", ".html")


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def briefs_in(folder: Path) -> list[str]:
    """The names in ``folder`` but the record of sources kept beside the briefs."""
    return sorted(p.name for p in folder.iterdir() if p.name != SOURCES_FILE)


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error:")]


def assert_one_error(result: Result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    (line,) = error_lines(result)
    for fragment in fragments:
        assert fragment in line


def test_help_shows_examples() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output
    for command in ("build", "sections", "quotes"):
        sub = run(command, "-h")
        assert sub.exit_code == 0
        assert "Examples:" in sub.output
        assert f"briefing {command}" in sub.output


def test_version() -> None:
    from briefing import __version__

    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"briefing, version {__version__}"


def test_build_defaults_to_seeds_into_briefs(
    seed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "seeds").mkdir()
    shutil.copy(seed, tmp_path / "seeds")
    shutil.copy(seed.with_suffix(".toml"), tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    result = run("build")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "briefs").iterdir())
    assert names == [".briefing-sources.json", SEED_HTML, SEED_MD]
    assert f"-> briefs/{SEED_MD}, briefs/{SEED_HTML}" in result.stderr


def test_build_to_stdout_equals_file(seed: Path, tmp_path: Path) -> None:
    out = run("build", str(seed), "-o", "-", "-f", "md")
    assert out.exit_code == 0
    written = run("build", str(seed), "-o", str(tmp_path), "-f", "md", "-q")
    assert written.exit_code == 0
    assert written.stderr == ""
    assert (tmp_path / SEED_MD).read_text(encoding="utf-8") == out.stdout
    assert out.stdout.startswith("# Russia and China agreed")


def test_build_to_named_file(seed: Path, tmp_path: Path) -> None:
    target = tmp_path / "sub" / "seed.html"
    result = run("build", str(seed), "-o", str(target), "-f", "html")
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_flags_change_the_brief(seed: Path) -> None:
    one = run(
        "build", str(seed), "-o", "-", "-f", "md", "--per-section", "1", "--date", "2020-01-31"
    )
    assert one.exit_code == 0
    assert "· 2020-01-31*" in one.stdout
    assert one.stdout.count("\n- ") == 4  # one statement in each of the four parts


def test_without_profile_uses_article_headings(seed: Path, tmp_path: Path) -> None:
    bare = tmp_path / "story.txt"
    shutil.copy(seed, bare)  # no sidecar profile beside the copy
    result = run("build", str(bare), "-o", "-", "-f", "md")
    assert result.exit_code == 0
    assert "## Resolving Ukraine crisis" in result.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--scorer", "nope"), "Invalid value for '-s' / '--scorer'"),
        (("--date", "9 April"), "is not a date like 2024-04-09"),
        (("--per-section", "0"), "--per-section"),
        (("-o", "-", "-f", "all"), "--out - writes one format"),
        (("--bogus",), "No such option"),
    ],
)
def test_usage_errors_exit_2(seed: Path, args: tuple[str, ...], fragment: str) -> None:
    result = run("build", str(seed), *args)
    assert result.exit_code == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "is empty"),
        (b"   \n\n  ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Prices rose to \u00a310.".encode("cp1252"), "not valid utf-8 text"),
        (b"Just a heading\n", "has no sentences"),
    ],
)
def test_bad_articles_exit_1_without_output(tmp_path: Path, content: bytes, fragment: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    result = run("build", str(bad), "-o", str(out))
    assert_one_error(result, str(bad), fragment)
    assert not out.exists() or not any(out.iterdir())


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    assert_one_error(run("build", str(tmp_path / "none.txt")), "none.txt", "no such file")
    assert_one_error(run("build", str(tmp_path)), str(tmp_path), "no articles")


def test_malformed_profile_and_unknown_scorer_in_profile(seed: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[brief\n")
    assert_one_error(
        run("build", str(seed), "-p", str(bad), "-o", "-", "-f", "md"), "malformed profile"
    )
    bad.write_text('[brief]\nscorer = "nope"\n')
    assert_one_error(
        run("build", str(seed), "-p", str(bad), "-o", "-", "-f", "md"), "unknown scorer 'nope'"
    )


def test_batch_writes_the_good_ones_and_exits_1(seed: Path, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(seed, src / "a.txt")
    (src / "b.txt").write_bytes(b"")
    shutil.copy(seed, src / "c.txt")
    out = tmp_path / "out"
    result = run("build", str(src), "-o", str(out), "-f", "md", "--date", "2024-01-01")
    assert result.exit_code == 1
    assert error_lines(result) == [f"Error: {src / 'b.txt'}: is empty"]
    # Two briefs of the same title on one day get distinct names.
    names = briefs_in(out)
    assert len(names) == 2
    assert names[0].endswith("-security-2.md") or names[1].endswith("-security-2.md")
    assert "[1/3]" in result.stderr and "[3/3]" in result.stderr


def _same_title_elsewhere(seed: Path, folder: Path, body: str) -> Path:
    """An article of another file name with the seed's title and date, but its own text."""
    title = seed.read_text(encoding="utf-8").splitlines()[0]
    other = folder / "other.txt"
    other.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    shutil.copy(seed.with_suffix(".toml"), other.with_suffix(".toml"))
    return other


def test_a_later_run_never_replaces_another_articles_brief(seed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    other = _same_title_elsewhere(
        seed, tmp_path, "Another wire's story ran under the very same headline that day."
    )
    assert run("build", str(seed), "-o", str(out), "-f", "md").exit_code == 0
    first = (out / SEED_MD).read_text(encoding="utf-8")
    result = run("build", str(other), "-o", str(out), "-f", "md")
    assert result.exit_code == 0, result.output
    second = SEED_MD.replace(".md", "-2.md")
    assert briefs_in(out) == sorted([SEED_MD, second])
    assert (out / SEED_MD).read_text(encoding="utf-8") == first  # the seed's brief is kept
    assert "Source: other.txt" in (out / second).read_text(encoding="utf-8")
    assert f"-> {out / second}" in result.stderr
    # Each article's next run replaces its own brief, under its own name.
    assert run("build", str(other), "-o", str(out), "-f", "md").exit_code == 0
    assert run("build", str(seed), "-o", str(out), "-f", "md").exit_code == 0
    assert briefs_in(out) == sorted([SEED_MD, second])
    assert (out / SEED_MD).read_text(encoding="utf-8") == first
    assert json.loads((out / SOURCES_FILE).read_text(encoding="utf-8")) == {
        "briefs": {SEED_MD[:-3]: seed.name, second[:-3]: "other.txt"}
    }


def test_a_brief_of_unknown_origin_is_replaced_as_before(seed: Path, tmp_path: Path) -> None:
    # Briefs written before the record was kept (or by hand) are replaced,
    # as they always were, and so is a record that cannot be read.
    out = tmp_path / "out"
    out.mkdir()
    (out / SEED_MD).write_text("an old brief\n", encoding="utf-8")
    (out / SOURCES_FILE).write_text("{not json", encoding="utf-8")
    result = run("build", str(seed), "-o", str(out), "-f", "md")
    assert result.exit_code == 0, result.output
    assert briefs_in(out) == [SEED_MD]
    assert (out / SEED_MD).read_text(encoding="utf-8").startswith("# Russia and China")


def test_a_deleted_brief_frees_its_name(seed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    other = _same_title_elsewhere(seed, tmp_path, "A second story under the same headline.")
    assert run("build", str(seed), "-o", str(out), "-f", "md").exit_code == 0
    (out / SEED_MD).unlink()
    assert run("build", str(other), "-o", str(out), "-f", "md").exit_code == 0
    assert briefs_in(out) == [SEED_MD]
    assert "Source: other.txt" in (out / SEED_MD).read_text(encoding="utf-8")


def test_a_named_out_file_keeps_no_record(seed: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    assert run("build", str(seed), "-o", str(target), "-f", "md").exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]


def test_failed_render_does_not_clobber_existing_brief(seed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    existing = out / SEED_MD
    existing.write_text("the brief from yesterday\n")
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "brief.md.j2").write_text("{{ brief.missing_field }}")
    result = run("build", str(seed), "-o", str(out), "-f", "md", "--template-dir", str(templates))
    assert_one_error(result, "brief.md.j2")
    assert existing.read_text() == "the brief from yesterday\n"
    assert [p.name for p in out.iterdir()] == [SEED_MD]  # no temporary file left behind


def test_sections_lists_mapping_and_scores(seed: Path) -> None:
    result = run("sections", str(seed))
    assert result.exit_code == 0
    assert "'Dual opposition'  ->  Eurasian security" in result.output
    assert "Attacks on Zaporozhye nuke plant  ->  ZNPP" in result.output
    marks = [line[:3] for line in result.output.splitlines() if line[3:7].strip().isdigit()]
    assert marks.count(" ! ") == 1  # the bottom line


def test_sections_errors(tmp_path: Path) -> None:
    assert_one_error(run("sections", str(tmp_path / "x.txt")), "no such file")


def test_quotes_json_offsets(seed: Path) -> None:
    result = run("quotes", str(seed), "--format", "json")
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    with open(seed, encoding="utf-8", newline="") as fh:
        content = fh.read()
    assert items
    for item in items:
        assert set(item) == {"text", "start", "end", "speaker", "mention", "cue", "role"}
        assert content[item["start"] : item["end"]] == item["text"]


def test_quotes_errors(tmp_path: Path) -> None:
    assert_one_error(run("quotes", str(tmp_path / "x.txt")), "no such file")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bin")
    assert_one_error(run("quotes", str(tmp_path / "b.txt")), "binary")


def test_real_process_exit_codes(tmp_path: Path, seed: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "build", str(empty)], capture_output=True, text=True
    )
    assert proc.returncode == 1
    assert proc.stderr == f"Error: {empty}: is empty\n"
    ok = subprocess.run(
        [sys.executable, "-m", "briefing", "build", str(seed), "-o", "-", "-f", "md"],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0 and ok.stdout.startswith("# ")


def test_out_never_overwrites_the_input_article(seed: Path, tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    shutil.copy(seed, article)
    before = article.read_bytes()
    result = CliRunner().invoke(main, ["build", str(article), "-o", str(article), "-f", "txt"])
    assert result.exit_code == 2 and "input article" in result.output
    assert article.read_bytes() == before


def test_briefs_get_the_umask_mode_not_a_private_one(seed: Path, tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        run("build", str(seed), "-o", str(tmp_path), "-q")
    finally:
        os.umask(old)
    assert {p.stat().st_mode & 0o777 for p in tmp_path.iterdir()} == {0o644}


def test_quotes_checks_its_input_like_build(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n")
    assert_one_error(run("quotes", str(tmp_path / "empty.txt"), "-f", "json"), "is empty")
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes('He said: "We will win."\n'.encode("utf-16"))
    assert_one_error(run("quotes", str(utf16)), "--encoding utf-16")
    ok = run("quotes", str(utf16), "--encoding", "utf-16", "-f", "json")
    assert ok.exit_code == 0 and json.loads(ok.stdout)[0]["text"] == "We will win."


def test_a_template_that_is_not_utf8_is_one_error(seed: Path, tmp_path: Path) -> None:
    (tmp_path / "brief.md.j2").write_bytes(b"\xff\xfe bad")
    result = run("build", str(seed), "--template-dir", str(tmp_path), "-o", "-", "-f", "md")
    assert_one_error(result, "not UTF-8")


def test_stdout_that_cannot_be_written_is_one_error_line(seed: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system to fill stdout")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "briefing", "quotes", str(seed)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert proc.returncode == 1
    assert proc.stderr.startswith("Error: cannot write output") and "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Russia and China agreed to engage", "russia-and-china-agreed-to-engage"),
        ("Café Müller opens in Straße des 17. Juni", "cafe-muller-opens-in-strasse-des-17-juni"),
        ("Æble og Ørsted: Łódź", "aeble-og-orsted-lodz"),
        ("It’s the West’s plan", "its-the-wests-plan"),
        ("Лавров в Пекине: «двойное противодействие»", "лавров-в-пекине-двойное-противодействие"),
        ("中俄外长会谈", "中俄外长会谈"),
        ("!!! ???", "brief"),
    ],
)
def test_slug_keeps_every_title_apart(title: str, slug: str) -> None:
    from briefing.output import slugify

    assert slugify(title) == slug


def test_non_latin_titles_get_briefs_of_their_own(tmp_path: Path) -> None:
    # Two Russian articles of the same day used to share the name "DATE-brief.md".
    for name, title in [("a.txt", "Лавров в Пекине"), ("b.txt", "Ван И в Москве")]:
        (tmp_path / name).write_text(f"{title}\n\nЭто первое предложение. И второе.\n", "utf-8")
    out = tmp_path / "out"
    for name in ("a.txt", "b.txt"):
        args = ["build", str(tmp_path / name), "-o", str(out), "-f", "md", "--date", "2024-04-09"]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    assert briefs_in(out) == [
        "2024-04-09-ван-и-в-москве.md",
        "2024-04-09-лавров-в-пекине.md",
    ]


def test_md_and_html_are_written_together_or_not_at_all(seed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["build", str(seed), "-o", str(out), "-q"])
    assert first.exit_code == 0, first.output
    md, html = (out / name for name in briefs_in(out))
    record = (out / SOURCES_FILE).read_text(encoding="utf-8")
    md.write_text("yesterday's brief", encoding="utf-8")
    html.unlink()
    html.mkdir()  # the .html cannot be written now
    result = CliRunner().invoke(main, ["build", str(seed), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "a folder of that name" in result.output
    assert md.read_text(encoding="utf-8") == "yesterday's brief"  # not replaced alone
    assert briefs_in(out) == [md.name, html.name]  # no temporary left
    assert (out / SOURCES_FILE).read_text(encoding="utf-8") == record
