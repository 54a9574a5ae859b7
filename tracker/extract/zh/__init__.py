"""The Chinese rule set (being written): until it reads anything, it returns no facts."""

from __future__ import annotations

from tracker.extract.facts import ArticleFacts


def extract(text: str, *, published_hint: str | None = None,
            title_hint: str | None = None) -> ArticleFacts:
    return ArticleFacts()
