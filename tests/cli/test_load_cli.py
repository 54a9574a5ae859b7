"""`tracker load`: a workbook written here, with Chinese headers, mixed dates, aliases, a
known organization under another name and two bad rows, loads with exactly the plan expected;
the bad rows go to the errors file; loading again changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from tracker.cli import import_ as import_cli


def write_book(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


OFFICE_BOOK = {
    "单位": [
        ["单位名称", "简称", "类型", "国家"],
        ["Maple Grove Polytechnic", "MGP；枫林理工", "职业院校", "加拿大"],
        ["RVT", None, "大学", "Germany"],  # a known organization under its alias
        ["Oakridge College", None, "college", "Atlantis"],  # no such country
    ],
    "联盟": [
        ["联盟名称", "简称", "成立时间"],
        ["Northern Vocational Alliance", "NVA", "2019年5月"],
        ["Harbour Skills Network", None, "sometime soon"],  # no date
    ],
    "成员": [
        ["单位名称", "联盟名称", "角色", "开始日期"],
        ["MGP", "NVA", "常务理事单位", dt.datetime(2022, 11, 17)],
        ["Riverside Valley Tech", "Northern Vocational Alliance", "member", "March 2021"],
    ],
}


@pytest.fixture
def known(cli: Any) -> None:
    result = cli("org", "add", "Riverside Valley Tech", "--alias", "RVT", "--country", "DE")
    assert result.exit_code == 0, result.output


def plan_of(cli: Any, path: Path, *args: str) -> dict[str, Any]:
    result = cli("load", str(path), "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output.strip().splitlines()[-1])


def test_the_office_workbook_loads_with_exactly_the_expected_plan(
    cli: Any, dump: Any, known: None, tmp_path: Path
) -> None:
    book = write_book(tmp_path / "partners.xlsx", OFFICE_BOOK)
    before = dump()
    shown = plan_of(cli, book)
    assert dump() == before  # --json without --yes only shows
    items = [(i["kind"], i["action"], i["label"], i["evidence"]) for i in shown["plan"]["items"]]
    at = "partners.xlsx, sheet {}, row {}".format
    assert items == [
        ("source", "create", "partners.xlsx", None),
        ("alliance", "create", "Northern Vocational Alliance", at("联盟", 2)),
        ("alias", "create", "NVA → Northern Vocational Alliance", at("联盟", 2)),
        ("organization", "create", "Maple Grove Polytechnic", at("单位", 2)),
        ("alias", "create", "MGP → Maple Grove Polytechnic", at("单位", 2)),
        ("alias", "create", "枫林理工 → Maple Grove Polytechnic", at("单位", 2)),
        ("organization", "match", "RVT", at("单位", 3)),
        ("membership", "create",
         "Maple Grove Polytechnic in Northern Vocational Alliance as executive_council_member",
         at("成员", 2)),
        ("membership", "create",
         "RVT in Northern Vocational Alliance as member", at("成员", 3)),
        ("organization", "skip", "Oakridge College", at("单位", 4)),
        ("alliance", "skip", "Harbour Skills Network", at("联盟", 3)),
    ]
    by_label = {i["label"]: i for i in shown["plan"]["items"]}
    assert by_label["RVT"]["matched"]["name"] == "Riverside Valley Tech"
    assert by_label["RVT"]["matched"]["score"] == 100
    assert by_label["Maple Grove Polytechnic"]["fields"] == {
        "name": "Maple Grove Polytechnic", "kind": "college", "country": "CA"}
    assert by_label["Northern Vocational Alliance"]["fields"]["founded"] == "2019-05"
    assert by_label["Maple Grove Polytechnic in Northern Vocational Alliance as executive_council_member"]["fields"]["since"] == "2022-11-17"
    assert by_label["Oakridge College"]["note"].startswith("refused: no country 'Atlantis'")
    assert by_label["Harbour Skills Network"]["note"].startswith(
        "refused: 'sometime soon' is not a date")
    assert shown["refused"] == 2 and shown["errors_file"] is None


def test_applying_writes_the_good_rows_cites_them_and_writes_the_bad_ones_aside(
    cli: Any, dump: Any, known: None, tmp_path: Path
) -> None:
    book = write_book(tmp_path / "partners.xlsx", OFFICE_BOOK)
    result = cli("load", str(book), "--yes")
    assert result.exit_code == 0, result.output
    assert "loaded" in result.output and "7 created, 1 matched" in result.output
    assert "2 row(s) refused, written with their reasons to" in result.output
    tables = dump()["tables"]
    assert sorted(o["name"] for o in tables["organization"]) == [
        "Maple Grove Polytechnic", "Riverside Valley Tech"]
    assert [a["name"] for a in tables["alliance"]] == ["Northern Vocational Alliance"]
    assert len(tables["membership"]) == 2
    # every record written or confirmed cites the file, with its row
    source = tables["source"][0]
    assert source["title"] == "partners.xlsx"
    evidence = {(c["subject_table"], c["evidence"]) for c in tables["citation"]}
    assert ("organization", "partners.xlsx, sheet 单位, row 3") in evidence  # the matched one
    assert ("membership", "partners.xlsx, sheet 成员, row 2") in evidence
    assert all(c["source_id"] == source["id"] for c in tables["citation"])
    # the refused rows, under their own headers, with the reason in one more column
    errors = load_workbook(tmp_path / "partners.errors.xlsx")
    assert errors.sheetnames == ["单位", "联盟"]
    rows = [[c.value for c in row] for row in errors["单位"].iter_rows()]
    assert rows[0] == ["单位名称", "简称", "类型", "国家", "原因"]  # in the headers' language
    assert rows[1][:4] == ["Oakridge College", None, "college", "Atlantis"]
    assert rows[1][4].startswith("row 4: no country 'Atlantis'")
    assert [c.value for c in errors["联盟"][2]][3].startswith("row 3: 'sometime soon'")
    # loading the same file again changes nothing
    after = dump()
    again = cli("load", str(book), "--yes")
    assert again.exit_code == 0, again.output
    assert "unchanged" in again.output
    assert dump() == after


def test_fixed_rows_load_from_the_errors_file(cli: Any, dump: Any, tmp_path: Path) -> None:
    book = write_book(tmp_path / "partners.xlsx", OFFICE_BOOK)
    assert cli("load", str(book), "--yes").exit_code == 0
    errors = tmp_path / "partners.errors.xlsx"
    fixed = load_workbook(errors)
    fixed["单位"]["D2"] = "Kenya"
    fixed["联盟"]["C2"] = "2018"
    fixed.save(errors)
    result = cli("load", str(errors), "--yes")
    assert result.exit_code == 0, result.output
    names = {o["name"] for o in dump()["tables"]["organization"]}
    assert "Oakridge College" in names
    founded = {a["name"]: (a["founded_date"], a["founded_precision"])
               for a in dump()["tables"]["alliance"]}
    assert founded["Harbour Skills Network"] == ("2018-01-01", "year")


def test_a_csv_file_with_english_headers(cli: Any, dump: Any, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Full name,Position,Affiliation\nAda Moreno,Dean,\nLi Wen,,\n",
                    encoding="utf-8")
    result = cli("load", str(path), "--yes")
    assert result.exit_code == 0, result.output
    assert "people.csv: 2 rows of person" in result.output
    assert sorted(p["name"] for p in dump()["tables"]["person"]) == ["Ada Moreno", "Li Wen"]


def test_dry_run_shows_the_plan_and_writes_nothing(cli: Any, dump: Any,
                                                    tmp_path: Path) -> None:
    book = write_book(tmp_path / "partners.xlsx", OFFICE_BOOK)
    before = dump()
    result = cli("load", str(book), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Plan for" in result.output and "refused" in result.output
    assert dump() == before
    assert not (tmp_path / "partners.errors.xlsx").exists()


def test_asking_applies_only_on_yes(cli: Any, dump: Any, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_cli, "has_terminal", lambda: True)
    book = write_book(tmp_path / "partners.xlsx", OFFICE_BOOK)
    before = dump()
    declined = cli("load", str(book), input="n\n")
    assert declined.exit_code == 0, declined.output
    assert "not applied" in declined.output
    assert dump() == before
    accepted = cli("load", str(book), input="y\n")
    assert accepted.exit_code == 0, accepted.output
    assert len(dump()["tables"]["organization"]) == 3  # RVT is new in this database


def test_kind_and_map_name_what_the_headers_do_not(cli: Any, dump: Any,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("全称,所属国\nCedar Hills Academy,Kenya\n", encoding="utf-8")
    result = cli("load", str(path), "--yes", "--kind", "organization",
                 "--map", "全称=name", "--map", "所属国=country")
    assert result.exit_code == 0, result.output
    [org] = dump()["tables"]["organization"]
    assert org["name"] == "Cedar Hills Academy"


def test_a_large_file_loads_under_a_progress_bar(cli: Any, dump: Any, tmp_path: Path) -> None:
    from tracker.cli.load import PROGRESS_ROWS

    path = tmp_path / "people.csv"
    rows = [f"Person {n},Lecturer" for n in range(PROGRESS_ROWS + 10)]
    path.write_text("姓名,职务\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = cli("load", str(path), "--yes")
    assert result.exit_code == 0, result.output
    assert f"{PROGRESS_ROWS + 10} created" in result.output
    assert len(dump()["tables"]["person"]) == PROGRESS_ROWS + 10


COOPERATION_BOOK = {
    "合作": [
        ["合作单位", "国家", "合作类型", "开始日期", "结束日期", "人数"],
        ["Lindenberg Academy", "德国", "合作备忘录", "2021年9月", "2026年9月", None],
        [None, "Thailand", "培训", "2023", None, "30"],
        ["Lindenberg Academy", None, "exchange", "2024-03", "2023-01", "4"],  # ends before
        [None, None, "exchange", "2024", None, None],  # no partner, no country
    ],
}


def test_cooperation_rows_are_the_home_organization_s_with_mou_expiry(
    cli: Any, dump: Any, tmp_path: Path
) -> None:
    assert cli("org", "add", "Summit Polytechnic", "--home").exit_code == 0
    book = write_book(tmp_path / "coop.xlsx", COOPERATION_BOOK)
    shown = plan_of(cli, book)
    items = [(i["kind"], i["action"], i["label"]) for i in shown["plan"]["items"]]
    assert items == [
        ("source", "create", "coop.xlsx"),
        ("organization", "match", "Summit Polytechnic"),
        ("organization", "create", "Lindenberg Academy"),
        ("cooperation", "create",
         "mou of Summit Polytechnic with Lindenberg Academy and DE from 2021-09"),
        ("cooperation", "create", "training of Summit Polytechnic with TH from 2023"),
        ("cooperation", "skip", "Lindenberg Academy"),
        ("cooperation", "skip", "exchange"),
    ]
    notes = [i["note"] for i in shown["plan"]["items"][-2:]]
    assert notes == ["refused: the end 2023-01 is before the start 2024-03",
                     "refused: no Partner or Country"]
    result = cli("load", str(book), "--yes")
    assert result.exit_code == 0, result.output
    mou, training = dump()["tables"]["cooperation"]
    assert (mou["kind"], mou["start_date"], mou["end_date"]) == ("mou", "2021-09-01",
                                                                 "2026-09-30")
    assert (training["kind"], training["headcount"], training["partner_organization_id"]) == (
        "training", 30, None)
    # the same rows again under another file name: the two parties and two records matched
    again = write_book(tmp_path / "coop-copy.xlsx", COOPERATION_BOOK)
    assert "0 created, 4 matched" in cli("load", str(again), "--yes").output
    assert len(dump()["tables"]["cooperation"]) == 2


def test_an_event_row_states_its_participants_and_nothing_is_read_into_its_words(
    cli: Any, dump: Any, tmp_path: Path
) -> None:
    book = write_book(tmp_path / "events.xlsx", {
        "单位": [["单位名称", "简称"], ["Cedar Point College", "CPC"],
               ["Baltic Trade School", None], ["Lighthouse Academy", None]],
        "活动": [
            ["活动名称", "日期", "主办单位", "参加单位"],
            # the title's words would make Lighthouse Academy an attendee if it were prose
            ["Lighthouse Academy attended the workshop", "2024年6月", "CPC",
             "Baltic Trade School、Dune Valley Institute"],
        ],
    })
    shown = plan_of(cli, book)
    parts = sorted((i["fields"]["organization"], i["fields"]["role"])
                   for i in shown["plan"]["items"] if i["kind"] == "participant")
    assert parts == [("Baltic Trade School", "attendee"), ("Cedar Point College", "host"),
                     ("Dune Valley Institute", "attendee")]
    assert cli("load", str(book), "--yes").exit_code == 0
    tables = dump()["tables"]
    assert len(tables["event_participant"]) == 3
    assert {o["name"] for o in tables["organization"]} == {
        "Cedar Point College", "Baltic Trade School", "Dune Valley Institute",
        "Lighthouse Academy"}


def test_a_person_s_organization_unknown_so_far_is_created(cli: Any, dump: Any,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("姓名,职务,工作单位\nOlu Adeyemi,Registrar,Harmattan Polytechnic\n",
                    encoding="utf-8")
    assert cli("load", str(path), "--yes").exit_code == 0
    tables = dump()["tables"]
    [org] = tables["organization"]
    [person] = tables["person"]
    assert org["name"] == "Harmattan Polytechnic" and person["organization_id"] == org["id"]


def test_review_skips_what_the_reviewer_skips(cli: Any, dump: Any, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_cli, "has_terminal", lambda: True)
    path = tmp_path / "organizations.csv"  # the name breaks the headers' tie with events
    path.write_text("Name,Country\nPrairie Institute,Canada\nSavanna College,Kenya\n",
                    encoding="utf-8")
    result = cli("load", str(path), "--review", input="s\na\ny\n")
    assert result.exit_code == 0, result.output
    assert [o["name"] for o in dump()["tables"]["organization"]] == ["Savanna College"]
