"""Which files of a folder are news articles: one answer for `extract` and `import`.

An article is plain text or HTML, the two forms the reader understands. Notes,
Markdown drafts, spreadsheets and hidden files (`.git`, `.DS_Store`) beside the
articles are not articles: importing them would store empty or wrong sources.
"""

from __future__ import annotations

from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def is_article_file(path: Path) -> bool:
    """A regular, visible file whose name ends in an article suffix."""
    return path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES


def article_files(folder: Path) -> list[Path]:
    """The article files in `folder` and its sub-folders, sorted by path; hidden ones skipped."""
    return sorted(
        path
        for path in folder.rglob("*")
        if is_article_file(path)
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
