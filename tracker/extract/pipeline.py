"""One article through the rule set of its language (see `languages.py`)."""

from __future__ import annotations

from tracker.extract.facts import ArticleFacts
from tracker.extract.languages import detect_language, rule_set
from tracker.extract.text import normalize_text


def run(text: str, published_hint: str | None = None,
        title_hint: str | None = None) -> ArticleFacts:
    """The facts of one article; empty when no rule set reads its language."""
    text = normalize_text(text)
    code = detect_language(text)
    if code is None:
        return ArticleFacts()
    return rule_set(code).extract(text, published_hint=published_hint, title_hint=title_hint)
