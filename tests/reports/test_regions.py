"""国（境）外: Hong Kong, Macao and Taiwan are regions of China, never counted as countries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.dates import parse_partial_date
from tracker.db import make_engine, session_scope
from tracker.models import Cooperation, CooperationKind
from tracker.reports.i18n import labels_for
from tracker.reports.overview import build_countries
from tracker.reports.yearly import build_yearly, measure_for
from tracker.services import resolve
from tracker.services.figure import add_figure
from tracker.services.organization import add_organization

HOME = "Lakeside Vocational College"


def _cooperation(db, home, partner, start: str, headcount: int) -> None:  # type: ignore[no-untyped-def]
    record = Cooperation(
        organization=home, partner=partner, kind=CooperationKind.EXCHANGE, headcount=headcount
    )
    record.start = parse_partial_date(start)
    db.add(record)


@pytest.fixture
def home_id(db_url: str) -> int:
    """A home college in China with partners in Hong Kong, Taiwan, Ghana and Peru (2024)."""
    engine = make_engine(db_url)
    with session_scope(engine, actor="test", command="pytest") as db:
        home = add_organization(db, HOME, kind="college", country="CN", is_home=True)
        for name, country in [
            ("Harbour Institute", "HK"),
            ("Island Tech", "TW"),
            ("Accra Polytechnic", "GH"),
            ("Andes Institute", "PE"),
        ]:
            partner = add_organization(db, name, country=resolve.country(db, country).code)
            _cooperation(db, home, partner, "2024-03", 4)
        add_figure(
            db, HOME, "countries", 4, as_of="2024", statement="partners in 4 countries and regions"
        )
        db.flush()
        found = home.id
    engine.dispose()
    return found


def _yearly(db_url: str, home_id: int, lang: str = "en"):  # type: ignore[no-untyped-def]
    engine = make_engine(db_url)
    with engine.connect() as connection:
        report = build_yearly(connection, home_id, 2024, labels_for(lang))
    engine.dispose()
    return report


def test_regions_count_in_countries_and_regions_only(db_url: str, home_id: int) -> None:
    report = _yearly(db_url, home_id)
    figures = report.frame("key_figures").set_index("figure_code")["value"]
    assert figures["countries_engaged"] == 2  # Ghana, Peru
    assert figures["countries_and_regions_engaged"] == 4  # and Hong Kong, Taiwan
    assert figures["countries_new"] == 2
    stated = report.frame("stated_vs_recorded").iloc[0]
    assert stated["recorded_to_date"] == 4  # "countries and regions" compares with both


def test_country_lists_put_the_regions_in_a_group_of_their_own(db_url: str, home_id: int) -> None:
    report = _yearly(db_url, home_id)
    countries = report.frame("countries")
    assert countries["country"].tolist() == ["Ghana", "Peru", "Hong Kong", "Taiwan"]
    assert countries["is_region"].tolist() == [False, False, True, True]
    assert set(countries["region"].tail(2)) == {"Hong Kong, Macao and Taiwan (China)"}
    by_region = report.frame("countries_by_region").set_index("region")
    group = by_region.loc["Hong Kong, Macao and Taiwan (China)"]
    assert (group["countries"], group["regions"]) == (0, 2)
    assert by_region["countries"].sum() == 2
    assert "Asia" not in by_region.index  # Hong Kong and Taiwan are not counted under Asia


def test_in_chinese_the_regions_are_named_as_parts_of_china(db_url: str, home_id: int) -> None:
    report = _yearly(db_url, home_id, "zh")
    names = report.frame("countries")["country"].tolist()
    assert set(names[:2]) == {"加纳", "秘鲁"} and set(names[2:]) == {"中国香港", "中国台湾"}


def test_report_countries_groups_them_too(cli, db_url: str, home_id: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("report", "countries", "--year", "2024", "-f", "json", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    data = json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))
    rows = data["sections"]["countries"]["rows"]
    assert [(r["country"], r["is_region"]) for r in rows] == [
        ("Ghana", False),
        ("Peru", False),
        ("Hong Kong", True),
        ("Taiwan", True),
    ]
    engine = make_engine(db_url)
    with engine.connect() as connection:
        report = build_countries(connection, home_id, 2024, labels_for("zh"))
    engine.dispose()
    assert report.frame("countries")["region"].iloc[-1] == "Hong Kong, Macao and Taiwan (China)"


@pytest.mark.parametrize(
    ("statement", "measure"),
    [
        ("exchanges with 30 countries and regions", "countries_and_regions_engaged"),
        ("与20多个国家和地区开展合作", "countries_and_regions_engaged"),
        ("覆盖15个国（境）外合作伙伴", "countries_and_regions_engaged"),
        ("students from 12 countries", "countries_engaged"),
        ("与18个“一带一路”国家合作", "belt_and_road_countries"),
    ],
)
def test_a_stated_count_of_countries_and_regions_compares_with_both(statement, measure) -> None:  # type: ignore[no-untyped-def]
    assert measure_for("countries", statement) == measure


def test_a_chinese_report_is_titled_with_the_chinese_name(db_url: str, home_id: int) -> None:
    from tracker.services.organization import add_alias

    engine = make_engine(db_url)
    with session_scope(engine, actor="test", command="pytest") as db:
        home = resolve.organization(db, HOME)
        add_alias(db, home, "LVC", kind="acronym")
        add_alias(db, home, "湖畔职院", kind="short")
        add_alias(db, home, "湖畔职业学院", kind="translation")
    engine.dispose()
    assert _yearly(db_url, home_id, "zh").title == "湖畔职业学院 2024年度国际合作报告"
    assert _yearly(db_url, home_id, "en").title == f"{HOME}: cooperation report 2024"
