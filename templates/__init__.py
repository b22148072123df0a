"""Packaged templates (the top-level templates/ folder, shipped as briefing.templates)."""
