"""Helpers of the import tests that go through `tracker import` on article files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tracker.db import make_engine, session_scope
from tracker.services.organization import add_organization


@pytest.fixture
def article_file(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write an article's text to a file of this name; its path."""

    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def planned(cli: Any) -> Callable[[Path], list[dict[str, Any]]]:
    """The items of `tracker import FILE --json`'s plan (nothing applied)."""

    def items(path: Path) -> list[dict[str, Any]]:
        shown = cli("import", str(path), "--json")
        assert shown.exit_code == 0, shown.output
        return json.loads(shown.output.strip().splitlines()[0])["plan"]["items"]  # type: ignore[no-any-return]

    return items


@pytest.fixture
def home(db_url: str) -> str:
    """A home organization recorded in the test database; its name."""
    engine = make_engine(db_url)
    with session_scope(engine, actor="test") as session:
        add_organization(session, "Lakeside Vocational College", is_home=True)
    engine.dispose()
    return "Lakeside Vocational College"


@pytest.fixture
def recorded(db_url: str) -> Callable[[type, Callable[[Any], tuple[Any, ...]], str],
                                      list[tuple[Any, ...]]]:
    """The records of a model in id order, each read by `row`; any at all are cited on
    the source under `table` (an import records where it read them)."""
    from sqlalchemy import select

    from tracker.models import Citation

    def rows(model: type, row: Callable[[Any], tuple[Any, ...]],
             table: str) -> list[tuple[Any, ...]]:
        engine = make_engine(db_url)
        with session_scope(engine) as session:
            found = [row(r) for r in session.scalars(select(model).order_by(model.id))]  # type: ignore[attr-defined]
            cited = set(session.scalars(select(Citation.subject_table)))
        engine.dispose()
        assert not found or table in cited
        return found

    return rows
