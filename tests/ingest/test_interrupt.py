"""An import cut off in the middle leaves no part of its article in the database.

The cut comes in the middle of applying a plan: after the source, the
organizations and the membership are written, while the figures are. An
exception, a KeyboardInterrupt (Ctrl-C) and a killed process are tried.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tracker.db import make_engine
from tracker.ingest.kinds import BY_NAME
from tracker.ingest.run import import_all

ARTICLE = """Lotus Bay College Joins the Pearl River Skills Alliance
Date: 2024-03-06

On March 5, 2024, Lotus Bay College officially joined the Pearl River Skills Alliance as a
council member. The alliance now has 48 member institutions from 9 countries.
"""


def _cut(error: BaseException) -> Any:
    def handler(*_args: Any) -> Any:
        raise error

    return handler


@pytest.mark.parametrize("error", [RuntimeError("injected"), KeyboardInterrupt()],
                         ids=["exception", "ctrl-c"])
def test_an_interrupted_article_leaves_nothing(
    error: BaseException, db_url: str, dump: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setitem(BY_NAME, "figure", replace(BY_NAME["figure"], apply=_cut(error)))
    before = dump()
    engine = make_engine(db_url)
    try:
        with pytest.raises(type(error)):
            list(import_all(engine, [str(article)], lambda _plan: True, "test", "pytest"))
    finally:
        engine.dispose()
    assert dump() == before


def test_a_killed_import_leaves_nothing(db_url: str, dump: Any, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    before = dump()
    # the child writes part of the article, then kills itself with SIGKILL: no clean-up runs
    script = textwrap.dedent(f"""
        import os, signal
        from tracker.db import make_engine
        from dataclasses import replace
        from tracker.ingest.kinds import BY_NAME
        from tracker.ingest.run import import_all

        def die(session, *args):
            session.flush()  # the rows so far reach the database, uncommitted
            os.kill(os.getpid(), signal.SIGKILL)

        BY_NAME["figure"] = replace(BY_NAME["figure"], apply=die)
        engine = make_engine({db_url!r})
        list(import_all(engine, [{str(article)!r}], lambda plan: True, "test", "killed"))
        print("not killed")
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120, env={**os.environ})
    assert run.returncode == -9, run.stderr
    assert "not killed" not in run.stdout
    assert dump() == before
