"""briefing: extractive briefing notes from news articles.

The package reads as its pipeline: ``read`` -> ``sections`` -> ``scoring`` ->
``selection`` -> ``quotes`` -> ``render`` -> ``deliver``, tied together by
:func:`briefing.pipeline.build_brief`. :func:`summarize` is the small public
entry point shared by the CLI, the benchmark and other programs.
"""

from __future__ import annotations

from .summarize import summarize

__version__ = "0.1.0"

__all__ = ["__version__", "summarize"]
