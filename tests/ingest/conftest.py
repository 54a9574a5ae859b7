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
