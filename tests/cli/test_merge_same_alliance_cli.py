"""Merging a partner recorded under its English name into the same partner recorded under
its Chinese name, both members of one alliance: no citation, role term or participation lost."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from tracker.db import make_engine, session_scope
from tracker.models import Citation, MembershipTerm, Source


def _ok(cli: Any, *args: str) -> Any:
    result = cli(*args)
    assert result.exit_code == 0, (args, result.output)
    return result


def _cite_everything(db_url: str) -> None:
    """Two articles (one per language) cite each organization, membership and term, as an
    import of each would."""
    engine = make_engine(db_url)
    with session_scope(engine, actor="test", command="test citations") as session:
        english, chinese = (session.get(Source, 1), session.get(Source, 2))
        for term in session.scalars(select(MembershipTerm)):
            source = english if term.membership.organization_id == 1 else chinese
            for table, row in (("organization", term.membership.organization_id),
                               ("membership", term.membership_id),
                               ("membership_term", term.id)):
                if session.scalars(select(Citation).where(
                        Citation.source_id == source.id, Citation.subject_table == table,
                        Citation.subject_id == row)).first() is None:
                    session.add(Citation(source=source, subject_table=table, subject_id=row,
                                         evidence=f"{table} {row}"))
    engine.dispose()


def test_english_and_chinese_names_of_one_partner_merge_without_loss(cli, db_url, dump):
    for args in (
        ("org", "add", "Lakeside Polytechnic Institute", "--country", "KE"),
        ("org", "add", "湖畔理工学院", "--country", "KE"),
        ("alliance", "add", "Harbour Skills Network"),
        ("source", "add", "--title", "English news", "--url", "https://news.example/en"),
        ("source", "add", "--title", "中文新闻", "--url", "https://news.example/zh"),
        # the English article: member since 2019, vice chair from 2022-05
        ("member", "add", "Lakeside Polytechnic Institute", "Harbour Skills Network",
         "--since", "2019"),
        ("member", "role", "Lakeside Polytechnic Institute", "Harbour Skills Network",
         "vice_chair", "--since", "2022-05"),
        # the Chinese article: the vice chair seat, dated to the day; a council seat before
        ("member", "add", "湖畔理工学院", "Harbour Skills Network", "--role", "council_member",
         "--since", "2020"),
        ("member", "role", "湖畔理工学院", "Harbour Skills Network", "vice_chair",
         "--since", "2022-05-12"),
        ("event", "add", "Skills forum", "--date", "2023-04"),
        ("event", "participant", "add", "1", "Lakeside Polytechnic Institute", "--role", "host"),
        ("event", "participant", "add", "1", "湖畔理工学院", "--role", "speaker"),
    ):
        _ok(cli, *args)
    _cite_everything(db_url)
    before = dump()["tables"]

    shown = cli("org", "merge", "Lakeside Polytechnic Institute", "湖畔理工学院")
    assert shown.exit_code == 2 and "Re-run with --yes" in shown.stderr
    assert shown.stdout.startswith("The merge would move 1 aliases, 3 citations, ")
    assert "Role history after the merge: Harbour Skills Network: " in shown.stdout
    assert dump()["tables"] == before  # asked, not applied: the preview changed nothing
    result = _ok(cli, "org", "merge", "Lakeside Polytechnic Institute", "湖畔理工学院", "--yes")
    assert "Role history after the merge: Harbour Skills Network: member 2019–2022-05; " \
        "council_member 2020–2022-05-12; vice_chair 2022-05-12–" in result.output, result.output
    after = dump()["tables"]

    terms = json.loads(_ok(cli, "member", "list", "--json").output)
    assert [(t["organization"], t["role"], t["start"], t["end"]) for t in terms] == [
        ("湖畔理工学院", "member", "2019", "2022-05"),
        ("湖畔理工学院", "council_member", "2020", "2022-05-12"),
        ("湖畔理工学院", "vice_chair", "2022-05-12", None),  # the more precise start
    ]
    assert len(after["membership"]) == 1 and after["membership"][0]["joined_precision"] == "year"
    # every citation survives; the two vice chair terms became one, cited by both articles
    assert len(after["citation"]) == len(before["citation"])
    assert {(c["source_id"], c["evidence"]) for c in after["citation"]} == {
        (c["source_id"], c["evidence"]) for c in before["citation"]}
    term_ids = {t["id"] for t in after["membership_term"]}
    assert {c["subject_id"] for c in after["citation"]
            if c["subject_table"] == "membership_term"} <= term_ids
    assert {(p["organization_id"], p["role"]) for p in after["event_participant"]} == {
        (2, "host"), (2, "speaker")}
    shown_org = json.loads(_ok(cli, "org", "show", "Lakeside Polytechnic Institute",
                               "--json").output)
    assert shown_org["name"] == "湖畔理工学院"

    assert _ok(cli, "undo").output.startswith("Reverted command")
    assert {k: [{c: v for c, v in r.items() if c not in ("created_at", "updated_at")}
                for r in rows] for k, rows in dump()["tables"].items() if k != "change"} == {
        k: [{c: v for c, v in r.items() if c not in ("created_at", "updated_at")}
            for r in rows] for k, rows in before.items() if k != "change"}
