"""Errors a user can cause and fix; the CLI prints them as one ``Error:`` line."""

from __future__ import annotations


class BriefingError(Exception):
    """A bad input or a failed source: the message names the file and the problem."""
