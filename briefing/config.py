"""User configuration: a TOML file in, defaults for the CLI's options out.

Layered: the defaults in code, then this file (only what it sets), then
environment variables and flags. One table per command, keyed by the long
option name, plus ``[email]`` whose ``from`` and ``to`` serve both
``build --format email`` and ``send``::

    [email]
    from = "desk@example.org"
    to = ["ann@example.org", "bob@example.org"]

    [send]
    smtp-host = "smtp.example.org"
    starttls = true
    user = "desk"

    [build]
    out = "~/briefs"
    format = "md"

The SMTP password is never read from here: only ``BRIEFING_SMTP_PASSWORD``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import BriefingError

ENV_VAR = "BRIEFING_CONFIG"
# Where a config is looked for when neither --config nor BRIEFING_CONFIG names one.
DEFAULT_PATH = Path("~/.config/briefing/config.toml")
_SHARED = "email"


def read_config(path: Path) -> dict[str, Any]:
    """Parse the file; BriefingError names it and the problem."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BriefingError(f"{path}: no such config file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefingError(f"{path}: cannot read config ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise BriefingError(f"{path}: malformed config ({exc})") from None


def default_map(
    data: Mapping[str, Any], options: Mapping[str, Mapping[str, str]], name: str
) -> dict[str, dict[str, Any]]:
    """Turn config tables into click's ``default_map``.

    Args:
        data: the parsed TOML.
        options: for each command, its long option names (without dashes,
            with '-' or '_') mapped to the parameter names click uses.
        name: the file name, for error messages.
    """
    out: dict[str, dict[str, Any]] = {cmd: {} for cmd in options}
    for table, values in data.items():
        if not isinstance(values, dict):
            raise BriefingError(f"{name}: '{table}' must be a table ([{table}])")
        if table == _SHARED:
            targets = [c for c in options if "from" in options[c]]
        elif table in options:
            targets = [table]
        else:
            choices = ", ".join(sorted([*options, _SHARED]))
            raise BriefingError(f"{name}: unknown table [{table}] (use {choices})")
        for key, value in values.items():
            if key.replace("_", "-") == "password":
                raise BriefingError(
                    f"{name}: [{table}] password: keep it out of files; "
                    "set BRIEFING_SMTP_PASSWORD instead"
                )
            for cmd in targets:
                param = options[cmd].get(key.replace("_", "-"))
                if param is None:
                    raise BriefingError(f"{name}: [{table}] has no option {key!r} for {cmd}")
                out[cmd][param] = [value] if param == "to" and isinstance(value, str) else value
    return {cmd: values for cmd, values in out.items() if values}
