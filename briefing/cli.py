"""The command line: a thin leaf over the library (nothing imports it).

Exit codes: 0 success; 1 an ``Error:`` line for bad input or a failed
source (other articles of a batch are still written); 2 usage errors.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__
from .errors import BriefingError
from .profile import RANGES
from .scoring import SCORERS

if TYPE_CHECKING:
    from .model import Brief

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
DEFAULT_INPUT = Path("seeds")
DEFAULT_OUT = Path("briefs")
BUILD_FORMATS = ("md", "html", "txt", "email", "all")


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-04-09") from None


def _fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)


# Options several commands share: one definition each, so they cannot drift.
profile_option = click.option(
    "-p",
    "--profile",
    type=click.Path(path_type=Path),
    help="Brief profile (TOML); default: X.toml beside X.txt, if any.",
)
scorer_option = click.option(
    "-s",
    "--scorer",
    type=click.Choice(sorted(SCORERS)),
    help="Sentence scorer (default: the profile's, else 'default').",
)
per_section_option = click.option(
    "-n",
    "--per-section",
    type=click.IntRange(*RANGES["per_section"]),
    help="Key statements per brief section.",
)
date_option = click.option(
    "-d",
    "--date",
    callback=_check_date,
    help="Date of the brief, YYYY-MM-DD (default: the article's, else today).",
)
template_dir_option = click.option(
    "--template-dir",
    type=click.Path(path_type=Path),
    help="Folder of templates that override the packaged ones.",
)
encoding_option = click.option(
    "--encoding", default="utf-8", show_default=True, help="Text encoding of the input files."
)


class _Main(click.Group):
    """The command group; output that cannot be written (a full disk behind
    stdout, a closed pipe) is one ``Error:`` line, not a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # The reader went away (| head): nothing to say, and nothing left
            # for the interpreter to flush at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except OSError as exc:
            raise click.ClickException(f"cannot write output ({exc.strerror or exc})") from None


@click.group(
    cls=_Main,
    context_settings=CONTEXT,
    epilog="""\b
Examples:
  briefing build                         # every article in seeds/ -> briefs/
  briefing build story.txt -o - -f md    # one brief to stdout
  briefing sections story.txt            # how the article was read and scored
  briefing quotes story.txt -f json      # attributed quotes as JSON
""",
)
@click.version_option(__version__, "-V", "--version", prog_name="briefing")
@click.option(
    "-c",
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="BRIEFING_CONFIG",
    help="TOML file of option defaults (env BRIEFING_CONFIG; "
    "default ~/.config/briefing/config.toml if it exists).",
)
@click.pass_context
def main(ctx: click.Context, config: Path | None) -> None:
    """Turn news articles into one-page briefing notes (Markdown and HTML).

    Every statement and quote in a brief stands verbatim in the article, and
    every quote names its speaker.
    """
    from .config import DEFAULT_PATH, default_map, read_config

    path = config or DEFAULT_PATH.expanduser()
    if config is None and not path.is_file():
        return
    options = {
        name: {
            opt.lstrip("-"): p.name
            for p in cmd.params
            for opt in p.opts
            if opt.startswith("--") and p.name
        }
        for name, cmd in main.commands.items()
    }
    try:
        ctx.default_map = default_map(read_config(path), options, str(path))
    except BriefingError as exc:
        raise click.ClickException(str(exc)) from None


@main.command(
    epilog="""\b
Examples:
  briefing build
  briefing build today/ --format html -o ~/briefs
  briefing build story.md --profile desk.toml --scorer lexrank --per-section 3
  briefing build story.txt --date 2024-04-09 -o - --format md
"""
)
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    type=str,
    default=None,
    help="Folder for the briefs (default: briefs/), a file name for one brief, or - for stdout.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(BUILD_FORMATS),
    default="all",
    show_default=True,
    help="What to write; 'all' writes Markdown and HTML; 'email' an .eml (needs --from, --to).",
)
@profile_option
@scorer_option
@per_section_option
@click.option(
    "--max-words",
    type=click.IntRange(*RANGES["max_words"]),
    help="Word budget of the whole brief (default 450).",
)
@date_option
@template_dir_option
@encoding_option
@click.option(
    "--to",
    "to",
    multiple=True,
    envvar="BRIEFING_TO",
    metavar="ADDR",
    help="With --format email: a recipient (repeat for more; env BRIEFING_TO).",
)
@click.option(
    "--from",
    "sender",
    envvar="BRIEFING_FROM",
    metavar="ADDR",
    help="With --format email: the sender (env BRIEFING_FROM).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress lines on stderr.")
def build(
    articles: tuple[Path, ...],
    out: str | None,
    fmt: str,
    profile: Path | None,
    scorer: str | None,
    per_section: int | None,
    max_words: int | None,
    date: str | None,
    template_dir: Path | None,
    encoding: str,
    to: tuple[str, ...],
    sender: str | None,
    quiet: bool,
) -> None:
    """Write a brief for each article (files or folders; default: seeds/).

    Briefs are named DATE-TITLE-SLUG.md / .html after the article's date (or
    --date, or today) and title (accents dropped, other scripts kept), and
    written whole or not at all (with --format all, both files or neither).
    A brief made again from the same article file replaces the old one; one
    from another article with the same date and title gets a -2 name (the
    folder's .briefing-sources.json records which article each brief is from).
    """
    from .output import (
        SOURCES_FILE,
        brief_stem,
        free_stem,
        read_sources,
        sources_json,
        write_together,
    )
    from .read import find_articles
    from .render import SUFFIX, render

    formats = ("md", "html") if fmt == "all" else (fmt,)
    suffix = {**SUFFIX, "email": ".eml"}
    if fmt == "email" and not (sender and to):
        raise click.UsageError("--format email needs --from and at least one --to")
    inputs = list(articles) or [DEFAULT_INPUT]
    files, errors = find_articles(inputs)
    for err in errors:
        _fail(str(err))

    to_stdout = out == "-"
    out_file: Path | None = None
    out_dir = DEFAULT_OUT
    if out and not to_stdout:
        target = Path(out).expanduser()
        if target.suffix.lower() in {".md", ".html", ".txt", ".eml"} and not target.is_dir():
            if len(files) > 1 or len(formats) > 1:
                raise click.UsageError(
                    "--out names one file: give one article and one --format, or a folder"
                )
            out_file = target
            if any(target.exists() and target.samefile(f) for f in files):
                raise click.UsageError(f"--out {out} is an input article; it is never overwritten")
        else:
            out_dir = target
    if to_stdout and len(formats) > 1:
        raise click.UsageError("--out - writes one format: add --format md, html or txt")

    failed = bool(errors)
    used: set[str] = set()  # brief stems written by this run
    sources: dict[str, str] | None = None  # the out folder's record, read when first needed
    for i, path in enumerate(files, start=1):
        try:
            brief = _brief_for(path, profile, scorer, per_section, max_words, date, encoding)
            rendered = {
                f: _email(brief, sender, to, template_dir)
                if f == "email"
                else render(brief, f, template_dir=template_dir)
                for f in formats
            }
        except BriefingError as exc:
            _fail(str(exc))
            failed = True
            continue
        if to_stdout:
            click.echo(rendered[formats[0]], nl=False)
            continue
        files_out: dict[Path, str | bytes]
        if out_file is not None:
            targets = {formats[0]: out_file}
            files_out = {out_file: rendered[formats[0]]}
        else:
            if sources is None:
                sources = read_sources(out_dir)
            stem = free_stem(
                out_dir,
                brief_stem(brief.date, brief.title),
                path.name,
                sorted(set(suffix.values())),
                sources,
                used,
            )
            targets = {f: out_dir / (stem + suffix[f]) for f in formats}
            record = {**sources, stem: path.name}
            files_out = {target: rendered[f] for f, target in targets.items()}
            files_out[out_dir / SOURCES_FILE] = sources_json(record)
        try:
            write_together(files_out)
            if out_file is None:
                used.add(stem)
                sources = record
        except BriefingError as exc:
            _fail(str(exc))
            failed = True
            continue
        if not quiet:
            where = ", ".join(str(t) for t in targets.values())
            prefix = f"[{i}/{len(files)}] " if len(files) > 1 else ""
            click.echo(f"{prefix}{path} -> {where} ({brief.words} words)", err=True)
    if failed:
        sys.exit(1)


def _email(
    brief: Brief, sender: str | None, to: tuple[str, ...], template_dir: Path | None
) -> bytes:
    """The brief as an .eml file (multipart/alternative: plain text and HTML)."""
    from .deliver import build_message, message_bytes

    return message_bytes(
        build_message(brief, sender=sender or "", to=to, template_dir=template_dir)
    )


def _brief_for(
    path: Path,
    profile_path: Path | None,
    scorer: str | None,
    per_section: int | None,
    max_words: int | None,
    date: str | None,
    encoding: str,
) -> Brief:
    from .pipeline import build_brief
    from .profile import Profile, load_profile, sidecar
    from .read import read_article

    chosen = profile_path or sidecar(path)
    profile = load_profile(chosen) if chosen else Profile()
    profile = profile.with_overrides(scorer=scorer, per_section=per_section, max_words=max_words)
    article = read_article(path, encoding=encoding)
    return build_brief(article, profile, date=date)


@main.command(
    epilog="""\b
Examples:
  briefing sections seeds/000_a44bcb0ca409121c.txt
  briefing sections story.txt --scorer textrank --profile desk.toml
"""
)
@click.argument("article", type=click.Path(path_type=Path))
@profile_option
@scorer_option
@per_section_option
@encoding_option
def sections(
    article: Path, profile: Path | None, scorer: str | None, per_section: int | None, encoding: str
) -> None:
    """Show how an article was read: its sections, the brief part each feeds,
    and every sentence with its score ('*' = in the brief, '!' = bottom line)."""
    from .pipeline import build_brief
    from .profile import Profile, load_profile, sidecar
    from .read import read_article
    from .scoring import get_scorer
    from .sections import assign_parts

    try:
        chosen = profile or sidecar(article)
        prof = load_profile(chosen) if chosen else Profile()
        prof = prof.with_overrides(scorer=scorer, per_section=per_section)
        art = read_article(article, encoding=encoding)
        brief = build_brief(art, prof, date="0001-01-01")
        scores = get_scorer(prof.scorer)(art.sentences)
    except BriefingError as exc:
        raise click.ClickException(str(exc)) from None
    part_of = {s.index: p.label for p in assign_parts(art, prof) for s in p.sentences}
    chosen_idx = {st.sentence.index for sec in brief.sections for st in sec.statements}
    lede = brief.bottom_line.sentence.index if brief.bottom_line else -1
    click.echo(
        f"{article}: {len(art.sentences)} sentences in {len(art.sections)} sections; "
        f"scorer {prof.scorer}; profile {chosen or '(none: article headings)'}"
    )
    click.echo(f"title: {art.title}")
    for sec in art.sections:
        heading = sec.heading if sec.heading is not None else "(opening)"
        targets = sorted({part_of.get(s.index, "-") for s in sec.sentences})
        click.echo(f"\n{heading}  ->  {', '.join(targets) or '-'}")
        for s in sec.sentences:
            mark = "!" if s.index == lede else "*" if s.index in chosen_idx else " "
            text = " ".join(s.text.split())
            text = text if len(text) <= 88 else text[:87] + "…"
            click.echo(f" {mark} {s.index:3d} {scores[s.index]:7.3f}  {text}")


@main.command(
    epilog="""\b
Examples:
  briefing quotes seeds/000_a44bcb0ca409121c.txt
  briefing quotes story.txt --format json > quotes.json
"""
)
@click.argument("article", type=click.Path(path_type=Path))
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@encoding_option
def quotes(article: Path, fmt: str, encoding: str) -> None:
    """List every direct quote with its speaker, cue and role.

    JSON offsets count characters of the file as read with newline='' (CRLF
    and a BOM kept), so content[start:end] == text.
    """
    from .quotes import extract_quotes, format_quotes_text, quotes_to_json
    from .read import read_text

    try:
        content = read_text(article, encoding=encoding)
    except BriefingError as exc:
        raise click.ClickException(str(exc)) from None
    found = extract_quotes(content)
    click.echo(quotes_to_json(found) if fmt == "json" else format_quotes_text(found))


@main.command(
    epilog="""\b
Examples:
  export BRIEFING_SMTP_PASSWORD=...            # the password: never an option
  briefing send story.txt --to ann@example.org --from desk@example.org \\
      --smtp-host smtp.example.org --starttls --user desk
  briefing send briefs/2024-04-09-russia.eml --smtp-host localhost --smtp-port 2525
  briefing send story.txt --to ann@example.org --from desk@example.org --dry-run
"""
)
@click.argument("brief_or_article", type=click.Path(path_type=Path))
@click.option(
    "--to",
    "to",
    multiple=True,
    envvar="BRIEFING_TO",
    metavar="ADDR",
    help="A recipient (repeat for more; env BRIEFING_TO); replaces an .eml's To.",
)
@click.option(
    "--from",
    "sender",
    envvar="BRIEFING_FROM",
    metavar="ADDR",
    help="The sender (env BRIEFING_FROM).",
)
@click.option(
    "--smtp-host",
    default="localhost",
    show_default=True,
    envvar="BRIEFING_SMTP_HOST",
    metavar="HOST",
    help="SMTP server (env BRIEFING_SMTP_HOST).",
)
@click.option(
    "--smtp-port",
    type=click.IntRange(1, 65535),
    envvar="BRIEFING_SMTP_PORT",
    metavar="PORT",
    help="SMTP port (default 587 with --starttls, 465 with --ssl, else 25).",
)
@click.option(
    "--starttls", is_flag=True, help="Upgrade to TLS with STARTTLS (fail if not offered)."
)
@click.option("--ssl", "use_ssl", is_flag=True, help="Connect with TLS from the start (SMTPS).")
@click.option(
    "--user",
    envvar="BRIEFING_SMTP_USER",
    metavar="NAME",
    help="Log in as NAME; password from $BRIEFING_SMTP_PASSWORD.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(1, 600),
    default=30.0,
    show_default=True,
    help="Seconds to wait for the server at each step.",
)
@click.option("--dry-run", is_flag=True, help="Print the message instead of sending it.")
@profile_option
@date_option
@template_dir_option
@encoding_option
def send(
    brief_or_article: Path,
    to: tuple[str, ...],
    sender: str | None,
    smtp_host: str,
    smtp_port: int | None,
    starttls: bool,
    use_ssl: bool,
    user: str | None,
    timeout: float,
    dry_run: bool,
    profile: Path | None,
    date: str | None,
    template_dir: Path | None,
    encoding: str,
) -> None:
    """E-mail a brief: an .eml from 'build --format email', or an article to brief first.

    The message is multipart/alternative (plain text and HTML with inlined
    styles). It goes to every recipient or, if any is refused, to none; it
    is never retried, so nothing arrives twice.
    """
    from .deliver import (
        build_message,
        message_bytes,
        read_message,
        readdress,
        send_message,
        smtp_password,
    )

    if starttls and use_ssl:
        raise click.UsageError("choose one of --starttls and --ssl")
    is_eml = brief_or_article.suffix.lower() == ".eml"
    if not is_eml and not (sender and to):
        raise click.UsageError("an article needs --from and at least one --to")
    try:
        if is_eml:
            msg = readdress(read_message(brief_or_article), sender=sender, to=to)
        else:
            brief = _brief_for(brief_or_article, profile, None, None, None, date, encoding)
            msg = build_message(brief, sender=sender or "", to=to, template_dir=template_dir)
        if dry_run:
            text = message_bytes(msg).decode("utf-8", "replace")
            click.echo(text.replace("\r\n", "\n"), nl=False)
            return
        port = smtp_port or (465 if use_ssl else 587 if starttls else 25)
        accepted = send_message(
            msg,
            smtp_host,
            port,
            starttls=starttls,
            ssl=use_ssl,
            user=user,
            password=smtp_password(),
            timeout=timeout,
        )
    except BriefingError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"sent {msg['Subject']!s} to {', '.join(accepted)} via {smtp_host}:{port}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
