"""`tracker report impact`: the nine values of the International Influence Table for a
small database built by hand, each worked out by hand below, read back from the xlsx
(openpyxl) and the json, on SQLite and PostgreSQL (TRACKER_TEST_DATABASE_URL).

The story (home: Riverside Polytechnic, mainland China; year 2023, and 2022 before it):
partners Harbour Institute (Hong Kong: a region, abroad in the table's sense),
Savanna Technical College (Kenya) and Inland College (mainland: never abroad).
Ana, Ben and Cui teach at home; Dev works at Harbour Institute.
"""

from __future__ import annotations

import json

import openpyxl
import pytest
from typer.testing import CliRunner

from tracker.cli.main import app
from tracker.db import make_engine, session_scope
from tracker.services.alliance import add_alliance
from tracker.services.award import add_award
from tracker.services.cooperation import add_cooperation
from tracker.services.event import add_event
from tracker.services.organization import add_organization
from tracker.services.person import add_person
from tracker.services.post import add_post
from tracker.services.site import add_site
from tracker.services.standard import add_standard

HOME, HARBOUR, SAVANNA, INLAND = (
    "Riverside Polytechnic", "Harbour Institute", "Savanna Technical College", "Inland College"
)


def build(session) -> None:  # type: ignore[no-untyped-def]
    add_organization(session, HOME, country="CN", is_home=True)
    add_organization(session, HARBOUR, country="香港")
    add_organization(session, SAVANNA, country="Kenya")
    add_organization(session, INLAND, country="CN")
    add_alliance(session, "World Network of Skills Educators", scope="international")
    for name, org in (("Ana", HOME), ("Ben", HOME), ("Cui", HOME), ("Dev", HARBOUR)):
        add_person(session, name, organization=org)
    session.flush()

    def coop(kind, direction, *, partner=None, country=None, start=None, end=None,
             headcount=None, days=None, owner=HOME):  # type: ignore[no-untyped-def]
        add_cooperation(session, owner, partner, country, kind, None, start, end, headcount,
                        direction=direction, days=days)

    # 1 full-time international students (persons, enrolled at any time in the year)
    coop("intl_students", "incoming", partner=SAVANNA, start="2022-09", end="2025-07",
         headcount=12)                                    # 2022: 12, 2023: 12
    coop("intl_students", None, country="HK", start="2023-09", headcount=3)  # 2023: +3
    coop("intl_students", "incoming", partner=INLAND, start="2023", headcount=50)  # mainland
    # 2 short training of people from abroad (person-days, by the year it starts)
    coop("short_training", "incoming", partner=HARBOUR, start="2023-05-08", end="2023-05-19",
         headcount=20)                                    # 12 days x 20 = 240
    coop("short_training", "incoming", country="KE", start="2023-10", days=5,
         headcount=30)                                    # 5 x 30 = 150
    coop("short_training", "outgoing", country="KE", start="2023-06", days=10,
         headcount=4)                                     # ours going: not this indicator
    coop("short_training", "incoming", country="KE", start="2022-11-01", end="2022-11-03",
         headcount=10)                                    # 2022: 3 x 10 = 30
    # 3 internships abroad (person-days)
    coop("internship_abroad", "outgoing", country="TH", start="2023-07-01", end="2023-08-30",
         headcount=6)                                     # 61 days x 6 = 366
    # 4 teachers abroad (person-days)
    coop("teaching_abroad", "outgoing", partner=SAVANNA, start="2023-03", days=14,
         headcount=2)                                     # 28
    coop("teaching_abroad", "outgoing", country="KE", start="2023-04",
         headcount=3)                                     # days unknown: adds 0
    coop("teaching_abroad", "outgoing", country="KE", start="2023-04", days=9, headcount=9,
         owner=INLAND)                                    # not ours

    # 5 teachers of ours holding posts abroad (distinct persons)
    add_post(session, "Ana", organization=HARBOUR, title="Board member", start="2021")
    add_post(session, "Ana", alliance="World Network of Skills Educators", role="vice_chair",
             start="2023-06")                             # Ana again: counted once
    add_post(session, "Ben", organization=SAVANNA, title="Expert", start="2022-01",
             end="2022-12")                               # 2022 only
    add_post(session, "Cui", organization=INLAND, title="Adviser", start="2023")  # mainland
    add_post(session, "Dev", organization=SAVANNA, title="Adviser", start="2023")  # not ours

    # 6 and 7 standards adopted abroad (by the date adopted)
    add_standard(session, HOME, "Mechatronics", kind="programme", adopter=SAVANNA,
                 adopted="2023-04")
    add_standard(session, HOME, "Welding", kind="programme", country="TH", adopted="2022-12")
    add_standard(session, HOME, "Robot maintenance", kind="course", adopter=HARBOUR,
                 adopted="2023")
    add_standard(session, HOME, "Cloud basics", kind="course", adopter=INLAND, adopted="2023")
    add_standard(session, HOME, "PLC programming", kind="course", country="KE",
                 adopted="2023-08")

    # 8 awards at competitions abroad (by the date won)
    add_event(session, "Open Skills Cup", "competition", "2023-07-20", country="TH")
    add_event(session, "Home Skills Cup", "competition", "2023-05", country="CN")
    add_event(session, "Harbour Skills Cup", "competition", "2022-11", country="HK")
    session.flush()
    add_award(session, HOME, "Open Skills Cup", level="gold", winner="student")
    add_award(session, HOME, "Open Skills Cup", level="silver", winner="teacher")
    add_award(session, HOME, "Home Skills Cup", level="gold", winner="student")  # mainland
    add_award(session, HOME, "Harbour Skills Cup", level="bronze")  # 2022

    # 9 teaching sites abroad (open at any time in the year)
    add_site(session, HOME, "Workshop Nairobi", country="KE", kind="luban_workshop",
             partner=SAVANNA, opened="2021-11")           # 2022 and 2023
    add_site(session, HOME, "Branch Bangkok", country="TH", kind="branch", opened="2023-03")
    add_site(session, HOME, "Harbour Centre", country="HK", kind="joint_centre",
             opened="2019", closed="2022-06")             # 2022 only
    add_site(session, INLAND, "Inland Workshop", country="KE", opened="2020")  # not ours


# (code, 2022, 2023), worked out above
EXPECTED = [
    ("intl_students", 12, 15),
    ("short_training", 30, 390),
    ("internship_abroad", 0, 366),
    ("teaching_abroad", 0, 28),
    ("posts_abroad", 2, 1),
    ("programme_standards", 1, 1),
    ("course_standards", 0, 2),
    ("competition_awards", 1, 2),
    ("teaching_sites", 2, 2),
]


@pytest.fixture
def built(db_url):  # type: ignore[no-untyped-def]
    """The URL of a database holding the story above."""
    engine = make_engine(db_url)
    with session_scope(engine, actor="test", command="pytest") as session:
        build(session)
    engine.dispose()
    return db_url


@pytest.fixture
def written(built, tmp_path):  # type: ignore[no-untyped-def]
    db_url = built
    result = CliRunner().invoke(app, [
        "--db", db_url, "report", "impact", "--year", "2023", "--format", "xlsx",
        "--format", "json", "--out", str(tmp_path),
    ])
    assert result.exit_code == 0, result.output
    return tmp_path / "riverside-polytechnic-impact-2023"


def test_the_json_has_the_values_worked_out_by_hand(written):
    data = json.loads(written.with_suffix(".json").read_text(encoding="utf-8"))
    rows = data["sections"]["table"]["rows"]
    assert [(r["code"], r["2022"], r["2023"]) for r in rows] == EXPECTED
    assert rows[0]["指标"] == "全日制国（境）外留学生人数"
    assert rows[0]["Indicator"].startswith("Full-time international students")
    # every value is the sum of what its records add
    for number, (_code, before, value) in enumerate(EXPECTED, start=1):
        records = data["sections"][f"records_{number}"]["rows"]
        assert sum(r["adds"] for r in records if r["year"] == 2023) == value
        assert sum(r["adds"] for r in records if r["year"] == 2022) == before
    posts = data["sections"]["records_5"]["rows"]
    assert [(r["year"], r["adds"], r["note"]) for r in posts if r["year"] == 2023] == [
        (2023, 1, None), (2023, 0, "same person counted once")
    ]


def test_the_xlsx_table_has_the_values_worked_out_by_hand(written):
    book = openpyxl.load_workbook(written.with_suffix(".xlsx"))
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row[0] == "序号")
    columns = list(rows[header])
    year, before, code = columns.index("2023"), columns.index("2022"), columns.index("Code")
    table = [(r[code], r[before], r[year]) for r in rows[header + 1:] if r[0] is not None]
    assert table == EXPECTED
    # a sheet of records behind each value
    assert len(book.worksheets) == 1 + len(EXPECTED)
    hk = [r for r in book.worksheets[2].iter_rows(values_only=True) if "HK" in r]
    assert len(hk) == 1 and 240 in hk[0]


def test_english_labels_and_the_catalogue_edition(built, tmp_path):
    from tracker.reports.impact_catalogue import indicators_for, load_catalogue

    text = (
        "edition,number,code,label_zh,gloss_en,unit_zh,unit_en,record,kind,direction,measure,"
        "in_year\n"
        "2019,1,sites,境外办学点,Sites abroad,个,items,teaching_site,,,count,overlaps\n"
        "2024,1,sites_new,国（境）外办学点数量,Teaching sites abroad,个,items,teaching_site,,,"
        "count,overlaps\n"
    )
    catalogue = load_catalogue(text)
    assert [i.code for i in indicators_for(2023, catalogue)] == ["sites"]
    assert [i.code for i in indicators_for(2024, catalogue)] == ["sites_new"]
    assert [i.code for i in indicators_for(2015, catalogue)] == ["sites"]  # the earliest

    result = CliRunner().invoke(app, [
        "--db", built, "report", "impact", "--year", "2023", "--lang", "en", "--format",
        "json", "--out", str(tmp_path),
    ])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "riverside-polytechnic-impact-2023.json").read_text("utf-8"))
    first = data["sections"]["table"]["rows"][0]
    assert (first["Indicator"], first["指标"], first["Unit"]) == (
        "Full-time international students (Hong Kong, Macao and Taiwan included)",
        "全日制国（境）外留学生人数", "persons",
    )


def test_a_bad_catalogue_row_is_one_clear_error():
    from tracker.errors import InvalidInput
    from tracker.reports.impact_catalogue import load_catalogue

    text = ("edition,number,code,label_zh,gloss_en,unit_zh,unit_en,record,kind,direction,"
            "measure,in_year\n2023,1,x,X,X,个,items,teaching_site,,,sum,overlaps\n")
    with pytest.raises(InvalidInput, match="indicator x has measure 'sum'"):
        load_catalogue(text)


def test_without_a_home_organization_the_report_says_so(cli, assert_refused):
    assert_refused(cli, ["report", "impact", "--year", "2023"], 1,
                   "Error: no home organization")


def test_an_unknown_language_is_refused(cli, assert_refused):
    assert_refused(cli, ["report", "impact", "--year", "2023", "--lang", "fr"], 2,
                   "Error: Invalid value for --lang: 'fr' is not one of en, zh")


def test_the_table_is_in_chinese_unless_asked_even_where_reports_default_to_english(
        built, monkeypatch):
    # the office files the table in Chinese: TRACKER_LANG sets the other reports' language
    monkeypatch.setenv("TRACKER_LANG", "en")
    result = CliRunner().invoke(app, ["--db", built, "report", "impact", "--year", "2023"])
    assert result.exit_code == 0, result.output
    assert "国际影响表 2023" in result.output and "全日制" in result.output


def test_html_md_and_csv_carry_the_table(built, tmp_path):
    args = ["--db", built, "report", "impact", "--year", "2023", "--out", str(tmp_path)]
    for fmt in ("html", "md", "csv"):
        result = CliRunner().invoke(app, [*args, "--format", fmt])
        assert result.exit_code == 0, result.output
    stem = tmp_path / "riverside-polytechnic-impact-2023"
    html = stem.with_suffix(".html").read_text(encoding="utf-8")
    assert "全日制国（境）外留学生人数" in html and "指标2依据记录" in html
    markdown = stem.with_suffix(".md").read_text(encoding="utf-8")
    line = next(row for row in markdown.splitlines() if "非全日制国（境）外人员培训量" in row)
    assert "| 30 | 390 |" in line
    table = (stem / "table.csv").read_text(encoding="utf-8-sig").splitlines()
    assert table[0].startswith("序号,指标,Indicator,单位,2022,2023")
    assert len(table) == 1 + len(EXPECTED)


def test_the_terminal_shows_the_table_in_the_reports_language(built):
    result = CliRunner().invoke(
        app, ["--db", built, "report", "impact", "--year", "2023", "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    assert "International Influence Table 2023: Riverside Polytechnic" in result.output
    assert "person-days" in result.output and "全日制" not in result.output
