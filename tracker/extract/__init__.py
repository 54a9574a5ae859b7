"""The article extractor: text or HTML -> ArticleFacts (SCHEMA.md). Pure: no database.

    >>> facts = extract_text("Date: 2023-11-17\\nOn November 17, the forum met in Nairobi.")
    >>> facts.source.published, [(e.date, e.city) for e in facts.events]
    ('2023-11-17', [('2023-11-17', 'Nairobi')])

The core here is language-independent: reading files (`reader`), text and
sentences (`text`), the facts and their evidence (`facts`), the register of
named entities (`register`). `pipeline` picks the rule set of the article's
language (`languages`); each rule set (`en/`, `zh/`) holds its word tables and
rules, one module per kind of fact.
"""

from __future__ import annotations

from pathlib import Path

from tracker.extract.facts import ArticleFacts
from tracker.extract.reader import MAX_BYTES, Document, UnreadableInput, read_path

__all__ = ["ArticleFacts", "UnreadableInput", "extract_file", "extract_text", "extract_document"]

# Very long texts are cut: the facts of a news article are in its first pages.
MAX_TEXT_CHARS = 200_000


def extract_file(path: str | Path, max_bytes: int = MAX_BYTES) -> ArticleFacts:
    """Read one file ("-" for standard input) and extract its facts.

    Raises UnreadableInput (a user-facing error) when the file is binary,
    too large, unreadable or in an unknown encoding.
    """
    return extract_document(read_path(path, max_bytes))


def extract_document(document: Document) -> ArticleFacts:
    return extract_text(document.text, published_hint=document.date, title_hint=document.title)


def extract_text(text: str, published_hint: str | None = None,
                 title_hint: str | None = None) -> ArticleFacts:
    """Every fact SCHEMA.md lists, read from one article's plain text."""
    from tracker.extract import pipeline

    return pipeline.run(text[:MAX_TEXT_CHARS], published_hint, title_hint)
