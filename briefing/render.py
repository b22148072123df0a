"""Rendering: a :class:`Brief` in, Markdown / HTML / plain text out.

Templates are data: each gets one ``brief`` object and uses only loops and
the filters registered here. A user folder (``--template-dir``) is searched
first, the packaged templates (``briefing.templates``, the top-level
``templates/`` folder in a checkout) second, so one file can be overridden
without copying the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BriefingError
from .model import Brief, Quote

if TYPE_CHECKING:
    import jinja2

FORMATS = ("md", "html", "txt")
SUFFIX = {"md": ".md", "html": ".html", "txt": ".txt"}

# Characters CommonMark, GFM and python-markdown may read as markup anywhere in
# a line. Backslash escapes work in all three for these ...
_MD_BACKSLASH = re.compile(r"([\\`*_\[\]#])")
# ... but python-markdown shows "\<" or "\&" literally, so these become
# entities, which every Markdown parser (and a wiki's HTML) shows as the character.
_MD_ENTITY = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "~": "&#126;"}
_MD_ENTITY_RX = re.compile("[&<>~]")
# Markup that only counts at the start of a line (list items, headings, quotes).
_MD_LINE_START = re.compile(r"^([-+=]|\d+(?=[.)]))")


def escape_markdown_inline(text: str) -> str:
    """Escape ``text`` so Markdown shows it literally, on one line, where it
    does not start the line ("Source: 480.txt" needs no "480\\.")."""
    flat = " ".join(text.split())
    flat = _MD_BACKSLASH.sub(r"\\\1", flat)
    # After the backslashes: the entities' own "&" and "#" must stay as they are.
    return _MD_ENTITY_RX.sub(lambda m: _MD_ENTITY[m.group(0)], flat)


def escape_markdown(text: str) -> str:
    """Escape ``text`` so Markdown shows it literally, on one line (at its start too)."""
    flat = escape_markdown_inline(text)
    m = _MD_LINE_START.match(flat)
    if m and m.group(1).isdigit():
        # "1999. The year" would start an ordered list: escape the dot.
        flat = flat[: m.end()] + "\\" + flat[m.end() :]
    elif m and m.group(1) == "=":
        # python-markdown does not unescape "\\=", an entity reads as "=" everywhere.
        flat = "&#61;" + flat[1:]
    elif m:
        flat = "\\" + flat
    return flat


def one_line(text: str) -> str:
    """Collapse inner newlines and runs of spaces (whitespace is not content)."""
    return " ".join(text.split())


def quote_words(quote: Quote) -> str:
    """The quoted words for display: verbatim, minus a trailing comma or colon
    that belonged to the writer's sentence ("...countries," Wang said)."""
    return one_line(quote.text).rstrip(",;: ")


def attribution(quote: Quote) -> str:
    """'Sergey Lavrov, Russian Foreign Minister' (name, then role as the article gives it)."""
    name = quote.speaker or "Unattributed"
    if quote.role and quote.role.casefold() not in name.casefold():
        return f"{name}, {quote.role}"
    return name


def source_line(brief: Brief) -> str:
    """'TASS · BEIJING · 2024-04-09': what is known, in that order."""
    return " · ".join(x for x in (brief.outlet, brief.place, brief.date) if x)


def environment(template_dir: str | Path | None = None) -> jinja2.Environment:
    """A Jinja2 environment: the user's folder first, the packaged templates second."""
    if template_dir is not None and not Path(template_dir).is_dir():
        raise BriefingError(f"{template_dir}: template folder not found")
    return _environment(None if template_dir is None else str(Path(template_dir).resolve()))


# One environment per template folder for the whole process: compiling the
# templates costs ~9 ms a brief, rendering with compiled ones ~0.25 ms. Jinja2
# still reloads a template whose file changed on disk (auto_reload).
@lru_cache(maxsize=8)
def _environment(folder: str | None) -> jinja2.Environment:
    import jinja2  # imported here: keeps `briefing --help` fast

    loaders: list[jinja2.BaseLoader] = []
    if folder is not None:
        loaders.append(jinja2.FileSystemLoader(folder))
    loaders.append(jinja2.FileSystemLoader(str(packaged_templates())))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "html.j2"), default_for_string=False
        ),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        md=escape_markdown,
        md_inline=escape_markdown_inline,
        one_line=one_line,
        quote_words=quote_words,
        attribution=attribution,
        source_line=source_line,
    )
    return env


def packaged_templates() -> Path:
    """The folder of the templates shipped in the package."""
    return Path(str(resources.files("briefing.templates")))


def render(brief: Brief, fmt: str, *, template_dir: str | Path | None = None) -> str:
    """Render ``brief`` as ``fmt`` ("md", "html" or "txt")."""
    import jinja2

    if fmt not in FORMATS:
        raise BriefingError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    env = environment(template_dir)
    name = f"brief.{fmt}.j2"
    try:
        template = env.get_template(name)
        return template.render(brief=brief)
    except jinja2.TemplateNotFound as exc:
        raise BriefingError(
            f"no template {exc.name or name} (looked in --template-dir and the package)"
        ) from None
    except UnicodeDecodeError:
        raise BriefingError(f"{name}: a template is not UTF-8 text") from None
    except jinja2.TemplateSyntaxError as exc:
        raise BriefingError(
            f"{exc.filename or name}:{exc.lineno}: template error: {exc.message}"
        ) from None
    except jinja2.UndefinedError as exc:
        raise BriefingError(
            f"{name}: template uses something a brief does not have ({exc.message})"
        ) from None
