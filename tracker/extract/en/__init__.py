"""The English rule set: word tables and rules that read English news articles."""

from __future__ import annotations

from tracker.extract.facts import ArticleFacts


def extract(text: str, *, published_hint: str | None = None,
            title_hint: str | None = None) -> ArticleFacts:
    from tracker.extract.en.pipeline import run

    return run(text, published_hint, title_hint)
