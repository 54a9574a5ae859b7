"""The article's byline becomes its source's author (sentences written for these tests)."""

from __future__ import annotations

import doctest
from typing import Any

import pytest
from sqlalchemy import select

import tracker.ingest.byline
from tracker.db import session_scope
from tracker.extract.facts import ArticleFacts, Source
from tracker.ingest.apply import apply_plan
from tracker.ingest.build import build_plan
from tracker.ingest.byline import author_of
from tracker.models import Source as SourceRow


def test_doctests() -> None:
    assert doctest.testmod(tracker.ingest.byline).failed == 0


@pytest.mark.parametrize(("text", "author"), [
    ("The fair closed.\nAuthor: Priya Nair\n", "Priya Nair"),
    ("The fair closed.\n\nWritten by Jonas Meyer, Communications Office\n",
     "Jonas Meyer, Communications Office"),
    ("The fair closed with a concert. (Lena Sorensen, International Office)\n\nCampus map",
     "Lena Sorensen, International Office"),
    ("Text: Kofi Mensah\nThe delegation left on Friday.", "Kofi Mensah"),
    ("交流会圆满结束。（撰稿：陈晓东）", "陈晓东"),
    ("本网讯（记者 林海燕 通讯员 高志远）3月2日，学院举办交流会。", "林海燕"),
    ("发布时间：2024-03-02 作者:  编辑:张三 点击:", None),
    ("By November 2023, the network had 40 members.", None),
    ("By the end of the year the alliance had grown.", None),
    ("The network (Andes Technical Network, Quito) met.", None),
    ("Two colleges signed (Harbor Valley Polytechnic, Northern College).", None),
])
def test_bylines(text: str, author: str | None) -> None:
    assert author_of(text) == author


def test_the_author_is_stored_with_the_source(engine: Any) -> None:
    text = "The fair closed.\n\nBy Priya Nair\n"
    with session_scope(engine, actor="test") as session:
        plan = build_plan(session, ArticleFacts(source=Source(title="Fair")), text, "test")
        assert plan.items[0].fields.author == "Priya Nair"
        apply_plan(session, plan)
    with session_scope(engine) as session:
        assert session.scalars(select(SourceRow.author)).one() == "Priya Nair"
