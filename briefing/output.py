"""Output files: a rendered brief in, a file on disk out, never half-written.

File names come from the brief's date and a slug of its title. Every write
goes to a temporary file in the target folder and is renamed over the target
only when complete, so a failure never leaves a partial or clobbered brief.

A folder of briefs keeps a small record, ``.briefing-sources.json``, of which
article file each brief was made from, so that a later run replaces a brief
made from the same article but never one made from another article that
happens to share its date and title (that one gets a ``-2`` name instead).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from .errors import BriefingError
from .textutil import drop_trailing_function_words

# Long enough to tell briefs apart, short enough for any file system and a wiki URL.
_SLUG_CHARS = 60


# Latin letters that Unicode does not decompose into an ASCII letter and a
# mark, and apostrophes.
_LATIN = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "ł": "l",
        "Ł": "l",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        "ħ": "h",
        "Ħ": "h",
        # An apostrophe joins its word: "West's" -> "wests", not "west-s".
        "'": "",
        "’": "",
        "ʼ": "",
    }
)


def slugify(text: str) -> str:
    """'Russia and China agreed…' -> 'russia-and-china-agreed'.

    Latin letters lose their accents ('Café Müller' -> 'cafe-muller',
    'Straße' -> 'strasse'); letters of other scripts are kept as they are
    ('Лавров в Пекине' -> 'лавров-в-пекине'), so no title is left without a
    name of its own. 'brief' when nothing is left.
    """
    chars = []
    for ch in unicodedata.normalize("NFC", text.translate(_LATIN)):
        if not ch.isascii():
            # 'é' -> 'e', 'ﬁ' -> 'fi'; 'й' or '中' have no ASCII form and stay.
            ascii_form = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            ch = ascii_form or ch
        chars.append(ch)
    slug = re.sub(r"[\W_]+", "-", "".join(chars).lower()).strip("-")
    if len(slug) > _SLUG_CHARS:
        words = slug[: _SLUG_CHARS + 1].split("-")[:-1]  # drop the word cut in half
        # A shortened slug does not end on a word that needs the next one.
        slug = "-".join(drop_trailing_function_words(words))
    return slug or "brief"


def brief_stem(date: str, title: str) -> str:
    """The file name without suffix: '2024-04-09-russia-and-china-agreed-…'."""
    return f"{date}-{slugify(title)}"


# The record of which article each brief in a folder was made from.
SOURCES_FILE = ".briefing-sources.json"


def read_sources(folder: Path) -> dict[str, str]:
    """Brief stem -> the file name of the article it was made from.

    A missing, unreadable or malformed record is an empty one: it only ever
    makes a name free for replacement, as it was before records were kept.
    """
    try:
        data = json.loads((Path(folder) / SOURCES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    briefs = data.get("briefs") if isinstance(data, dict) else None
    if not isinstance(briefs, dict):
        return {}
    return {k: v for k, v in briefs.items() if isinstance(k, str) and isinstance(v, str)}


def sources_json(sources: Mapping[str, str]) -> str:
    """The record's text: stable order, so rewriting it changes only what changed."""
    return (
        json.dumps({"briefs": dict(sorted(sources.items()))}, indent=2, ensure_ascii=False) + "\n"
    )


def free_stem(
    folder: Path,
    stem: str,
    source: str,
    suffixes: Sequence[str],
    sources: Mapping[str, str],
    taken: Collection[str] = (),
) -> str:
    """``stem``, or ``stem-2``, ``stem-3``, ...: the first name this brief may use.

    A name is free unless this run has written it already (``taken``), or a
    brief under it exists in ``folder`` that the record says was made from
    another article (``source`` is the article's file name). A brief the
    record does not know (written by hand, or before records were kept) is
    replaced, as a brief made from the same article is.
    """
    name, n = stem, 2
    while name in taken or (
        sources.get(name, source) != source
        and any((Path(folder) / (name + suffix)).exists() for suffix in suffixes)
    ):
        name = f"{stem}-{n}"
        n += 1
    return name


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    write_together({Path(path): data})


def write_together(files: Mapping[Path, str | bytes]) -> None:
    """Write several files, all or none: every one goes to a temporary file
    beside its target first, and only when all are written are they renamed
    over their targets (a full disk leaves no .md without its .html)."""
    for path in files:
        if Path(path).is_dir():
            raise BriefingError(f"{path}: cannot write (a folder of that name is in the way)")
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            staged.append((_stage(Path(path), data), Path(path)))
        for tmp, path in staged:
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise BriefingError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)


def _stage(path: Path, data: str | bytes) -> str:
    """A temporary file beside ``path`` holding ``data``; its name."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise BriefingError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        # mkstemp makes the file private (0600); a brief gets the mode of the
        # file it replaces, else what the umask gives any new file (0644).
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise BriefingError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
