"""The Chinese rule set: word tables and rules that read Chinese news articles.

Its modules: `words` (the vocabularies), `numerals`, `dates`, `places` (countries and
cities), `names` (names by their endings), `organizations`, `alliances`, `memberships`,
`events`, `figures`, `people`, and `pipeline`, which runs them in order.
"""

from __future__ import annotations

from tracker.extract.facts import ArticleFacts


def extract(text: str, *, published_hint: str | None = None,
            title_hint: str | None = None) -> ArticleFacts:
    from tracker.extract.zh.pipeline import run

    return run(text, published_hint, title_hint)
