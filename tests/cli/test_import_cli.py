"""`tracker import`: files, folders, stdin and URLs; --dry-run, --yes, --json, --review."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tracker.cli import import_ as import_cli

ARTICLE = """Lotus Bay College Joins the Pearl River Skills Alliance
Date: 2024-03-06

On March 5, 2024, Lotus Bay College officially joined the Pearl River Skills Alliance as a
council member. The alliance now has 48 member institutions from 9 countries.
"""

SECOND = """Harbour Technical Institute Hosts a Seminar on Green Skills
Date: 2023-10-12

On October 10, 2023, Harbour Technical Institute hosted a seminar on green skills in Ningbo.
More than 120 teachers from 15 countries took part.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "lotus.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_dry_run_shows_the_plan_and_writes_nothing(cli: Any, dump: Any, article: Path) -> None:
    before = dump()
    result = cli("import", str(article), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Plan for" in result.output and "create" in result.output
    assert dump() == before


def test_yes_imports_and_a_second_import_changes_nothing(
    cli: Any, dump: Any, article: Path
) -> None:
    first = cli("import", str(article), "--yes")
    assert first.exit_code == 0, first.output
    assert "imported" in first.output and "as source" in first.output
    after_first = dump()
    assert len(after_first["tables"]["source"]) == 1
    second = cli("import", str(article), "--yes")
    assert second.exit_code == 0
    assert "unchanged" in second.output and "nothing changed" in second.output
    assert dump() == after_first


def test_json_prints_the_plan_and_applies_only_with_yes(
    cli: Any, dump: Any, article: Path
) -> None:
    before = dump()
    shown = cli("import", str(article), "--json")
    assert shown.exit_code == 0, shown.output
    line = json.loads(shown.output.strip().splitlines()[0])
    assert line["applied"] is None
    assert line["plan"]["items"][0]["kind"] == "source"
    assert dump() == before
    applied = cli("import", str(article), "--json", "--yes")
    record = json.loads(applied.output.strip().splitlines()[0])
    assert record["applied"]["created"] > 0


def test_without_a_terminal_it_asks_for_yes(cli: Any, dump: Any, article: Path) -> None:
    before = dump()
    result = cli("import", str(article))
    assert result.exit_code == 2
    assert "re-run with --yes" in result.output
    assert dump() == before


def test_a_folder_goes_on_past_a_failing_article(
    cli: Any, dump: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (folder / "c.txt").write_text(SECOND, encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not an article
    result = cli("import", str(folder), "--yes")
    assert result.exit_code == 1
    assert "failed" in result.output and "b.txt" in result.output
    assert "3 article(s): 2 imported, 0 unchanged, 0 not applied, 1 failed" in result.output
    assert len(dump()["tables"]["source"]) == 2
    again = cli("import", str(folder / "a.txt"), str(folder / "c.txt"), "--yes")
    assert "2 article(s): 0 imported, 2 unchanged" in again.output


def test_reads_standard_input(cli: Any, dump: Any) -> None:
    result = cli("import", "-", "--yes", input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert len(dump()["tables"]["source"]) == 1


def test_a_single_unreadable_article_is_one_error_line(cli: Any, tmp_path: Path) -> None:
    result = cli("import", str(tmp_path / "missing.txt"), "--yes")
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error:")


def test_review_skips_what_the_reviewer_skips(
    cli: Any, dump: Any, article: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(import_cli, "has_terminal", lambda: True)
    planned = json.loads(cli("import", str(article), "--json").output.splitlines()[0])
    reviewable = [i for i in planned["plan"]["items"]
                  if i["kind"] != "source" and i["action"] != "skip"]
    # skip the first item, accept the rest, then confirm
    answers = ["s"] + ["a"] * (len(reviewable) - 1) + ["y"]
    result = cli("import", str(article), "--review", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    first = reviewable[0]  # alliances come first in a plan
    assert first["kind"] == "alliance" and first["action"] == "create"
    names = [row["name"] for row in dump()["tables"]["alliance"]]
    assert first["fields"]["name"] not in names
    assert len(dump()["tables"]["source"]) == 1


def _review_answers(planned: dict[str, Any], edits: dict[str, list[str]]) -> str:
    """Accept every reviewable item, first typing `edits[ref]` at that item's prompt."""
    answers: list[str] = []
    for item in planned["plan"]["items"]:
        if item["kind"] != "source" and item["action"] != "skip":
            answers += [*edits.get(item["ref"], []), "a"]
    return "\n".join([*answers, "y"]) + "\n"


def test_review_points_a_figure_at_another_subject_or_none(
    cli: Any, article: Path, monkeypatch: Any, as_json: Any
) -> None:
    monkeypatch.setattr(import_cli, "has_terminal", lambda: True)
    planned = json.loads(cli("import", str(article), "--json").output.splitlines()[0])
    figures = {i["fields"]["metric"]: i["ref"] for i in planned["plan"]["items"]
               if i["kind"] == "figure"}
    answers = _review_answers(planned, {
        figures["members"]: ["e", "subject", "lotus bay college"],
        figures["countries"]: ["e", "subject", "Atlantis", "-"],
    })
    result = cli("import", str(article), "--review", input=answers)
    assert result.exit_code == 0, result.output
    assert "this article has no organization or alliance named 'Atlantis'" in result.output
    stated = {row["metric"]: row["about"] for row in as_json("figure", "list")}
    assert stated == {"members": "Lotus Bay College", "countries": None}


def test_review_offers_no_edit_for_a_record_that_exists(
    cli: Any, article: Path, monkeypatch: Any
) -> None:
    assert cli("org", "add", "Lotus Bay College").exit_code == 0
    monkeypatch.setattr(import_cli, "has_terminal", lambda: True)
    planned = json.loads(cli("import", str(article), "--json").output.splitlines()[0])
    matched = next(i for i in planned["plan"]["items"] if i["kind"] == "organization")
    assert matched["action"] == "match"
    result = cli("import", str(article), "--review", input=_review_answers(planned, {}))
    assert result.exit_code == 0, result.output
    prompts = [line for line in result.output.splitlines() if "[a]ccept" in line]
    assert any("[e]dit" in line for line in prompts)  # the new alliance can be edited
    after_match = result.output[result.output.index("organization · match"):]
    prompt = next(line for line in after_match.splitlines() if "[a]ccept" in line)
    assert "[s]kip" in prompt and "[e]dit" not in prompt


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        body = f"<html><body><h1>Pearl River news</h1><p>{ARTICLE}</p></body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_imports_a_url_and_records_it(cli: Any, dump: Any, server: str) -> None:
    result = cli("import", f"{server}/news/1.html", "--yes", "--allow-private-urls")
    assert result.exit_code == 0, result.output
    sources = dump()["tables"]["source"]
    assert [s["url"] for s in sources] == [f"{server}/news/1.html"]


def test_refuses_a_url_of_another_scheme(cli: Any) -> None:
    result = cli("import", "ftp://127.0.0.1/article.txt", "--yes")
    assert result.exit_code == 2
    assert "not an http or https URL" in result.output


UNREADABLE = """Университет вступил в альянс
Дата: 2024-03-06

Университет официально вступил в альянс профессионального образования.
"""


@pytest.mark.parametrize(("text", "reason"), [
    pytest.param(UNREADABLE, "no rule set reads this article's language, so nothing was read "
                 "from it", id="unknown-language"),
    pytest.param("Campus news\n\nThe garden behind the library was replanted this week.\n",
                 "the English rules read nothing from this article", id="nothing-read"),
])
def test_an_article_nothing_was_read_from_is_not_stored_silently(
    cli: Any, dump: Any, tmp_path: Path, text: str, reason: str
) -> None:
    path = tmp_path / "unread.txt"
    path.write_text(text, encoding="utf-8")
    before = dump()
    for options in (["--yes"], ["--dry-run"]):
        result = cli("import", str(path), *options)
        assert result.exit_code == 0, result.output
        lines = [line for line in result.output.splitlines() if line.startswith("not applied")]
        assert lines == [f"not applied: {path}: {reason}; --allow-empty stores it as a source "
                         "anyway"]
        assert dump() == before
    shown = json.loads(cli("import", str(path), "--json", "--yes").output.splitlines()[0])
    assert shown["plan"]["unread"].startswith(reason) and shown["applied"] is None
    stored = cli("import", str(path), "--yes", "--allow-empty")
    assert stored.exit_code == 0 and "imported" in stored.output
    assert len(dump()["tables"]["source"]) == 1


def _stated_roles(monkeypatch: Any, *roles: tuple[str, str | None]) -> None:
    """Make the extractor read these roles of Lotus Bay College in the alliance."""
    from tracker.extract.facts import Alliance, ArticleFacts, Evidence, Membership, Organization
    from tracker.ingest import run

    said = "Lotus Bay College is in the Pearl River Skills Alliance."
    facts = ArticleFacts(
        organizations=[Organization("Lotus Bay College", "college")],
        alliances=[Alliance("Pearl River Skills Alliance")],
        memberships=[Membership("Lotus Bay College", "Pearl River Skills Alliance", role, since,
                                Evidence(0, len(said), said)) for role, since in roles])
    monkeypatch.setattr(run, "extract_document", lambda _document: facts)


def test_review_and_plan_show_what_is_not_applied_and_why(
    cli: Any, dump: Any, article: Path, monkeypatch: Any
) -> None:
    _stated_roles(monkeypatch, ("vice_chair", "2023"), ("member", None))
    monkeypatch.setattr(import_cli, "has_terminal", lambda: True)
    planned = json.loads(cli("import", str(article), "--json").output.splitlines()[0])
    result = cli("import", str(article), "--review", input=_review_answers(planned, {}))
    assert result.exit_code == 0, result.output
    assert ("role_term · skip Lotus Bay College in Pearl River Skills Alliance: member: "
            "not applied: undated, and implied by vice_chair from 2023") in result.output
    assert "0 conflicts kept, 1 skipped" in result.output


def test_a_lower_role_than_the_recorded_one_is_a_kept_conflict(
    cli: Any, article: Path, monkeypatch: Any, as_json: Any
) -> None:
    for args in (("org", "add", "Lotus Bay College"),
                 ("alliance", "add", "Pearl River Skills Alliance"),
                 ("member", "add", "Lotus Bay College", "Pearl River Skills Alliance",
                  "--role", "vice_chair", "--since", "2020")):
        assert cli(*args).exit_code == 0
    _stated_roles(monkeypatch, ("member", "2024-03"))
    result = cli("import", str(article), "--yes")
    assert result.exit_code == 0, result.output
    assert "1 conflicts kept" in result.output
    roles = [(row["role"], row["end"]) for row in as_json("member", "list")]
    assert roles == [("vice_chair", None)]


def test_a_url_on_this_machine_is_refused_without_the_flag(cli: Any, dump: Any,
                                                           server: str) -> None:
    before = dump()
    result = cli("import", f"{server}/news/1.html", "--yes")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("unless --allow-private-urls is given")
    assert len(result.stderr.strip().splitlines()) == 1
    assert dump() == before
