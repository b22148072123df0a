"""Output files: a rendered brief in, a file on disk out, never half-written.

File names come from the brief's date and a slug of its title. Every write
goes to a temporary file in the target folder and is renamed over the target
only when complete, so a failure never leaves a partial or clobbered brief.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from .errors import BriefingError
from .textutil import drop_trailing_function_words

# Long enough to tell briefs apart, short enough for any file system and a wiki URL.
_SLUG_CHARS = 60


def slugify(text: str) -> str:
    """'Russia and China agreed…' -> 'russia-and-china-agreed'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > _SLUG_CHARS:
        words = slug[: _SLUG_CHARS + 1].split("-")[:-1]  # drop the word cut in half
        # A shortened slug does not end on a word that needs the next one.
        slug = "-".join(drop_trailing_function_words(words))
    return slug or "brief"


def brief_stem(date: str, title: str) -> str:
    """The file name without suffix: '2024-04-09-russia-and-china-agreed-…'."""
    return f"{date}-{slugify(title)}"


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path = Path(path)
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
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise BriefingError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
