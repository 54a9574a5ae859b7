"""Files a Chinese office can open: CSV with a BOM, distinct names, real dates, sheet names."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest

from tracker.reports.render_xlsx import _sheet_name, shorten

BOM = b"\xef\xbb\xbf"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _written(cli, tmp_path: Path, *args: str) -> Path:  # type: ignore[no-untyped-def]
    result = cli("report", "yearly", "--year", "2023", *args, "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    return tmp_path


def test_csv_starts_with_a_bom_unless_asked_not_to(cli, built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pandas as pd

    with_bom = _written(cli, tmp_path / "a", "-f", "csv", "--lang", "zh")
    files = sorted((with_bom / "home-polytechnic-yearly-2023").glob("*.csv"))
    assert files and all(f.read_bytes().startswith(BOM) for f in files)
    table = pd.read_csv(with_bom / "home-polytechnic-yearly-2023" / "key_figures.csv")
    assert table.columns[0] == "figure_code"  # the BOM is not read into the first heading
    assert "合作国家数" in table["figure"].tolist()
    plain = _written(cli, tmp_path / "b", "-f", "csv", "--no-bom")
    files = sorted((plain / "home-polytechnic-yearly-2023").glob("*.csv"))
    assert files and not any(f.read_bytes().startswith(BOM) for f in files)


def test_two_chinese_names_that_read_alike_get_two_files(cli, db_url, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # 学院 and 学苑 are both "xue yuan": pinyin alone would give both one file name
    for name in ("青山职业学院", "青山职业学苑"):
        assert cli("org", "add", name, "--country", "CN").exit_code == 0
    out = tmp_path / "out"
    for name in ("青山职业学院", "青山职业学苑"):
        _written(cli, out, "--org", name, "-f", "md")
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 2 and len(set(names)) == 2
    assert all(re.fullmatch(r"qing-shan-zhi-ye-xue-yuan-\d+-yearly-2023\.md", n) for n in names)
    texts = {(out / n).read_text(encoding="utf-8").splitlines()[0] for n in names}
    assert texts == {
        "# 青山职业学院: cooperation report 2023",
        "# 青山职业学苑: cooperation report 2023",
    }


def _cells(book: zipfile.ZipFile, sheet: str) -> dict[str, tuple[str, str | None]]:
    """Cell reference -> (value, number format) of the sheet named `sheet`."""
    from xml.etree import ElementTree

    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    names = [s.get("name") for s in workbook.iter(f"{MAIN}sheet")]
    xml = ElementTree.fromstring(book.read(f"xl/worksheets/sheet{names.index(sheet) + 1}.xml"))
    styles = ElementTree.fromstring(book.read("xl/styles.xml"))
    codes = {f.get("numFmtId"): f.get("formatCode") for f in styles.iter(f"{MAIN}numFmt")}
    xfs = [xf.get("numFmtId") for xf in styles.find(f"{MAIN}cellXfs")]  # type: ignore[union-attr]
    cells = {}
    for cell in xml.iter(f"{MAIN}c"):
        value = cell.find(f"{MAIN}v")
        style = xfs[int(cell.get("s", "0"))]
        cells[cell.get("r", "")] = ("" if value is None else value.text or "", codes.get(style))
    return cells


def _serial(day: dt.date) -> str:
    return str((day - dt.date(1899, 12, 30)).days)


@pytest.mark.parametrize(
    ("lang", "sheet", "formats"),
    [
        ("en", "Events", ("yyyy-mm-dd", "yyyy-mm")),
        ("zh", "活动", ('yyyy"年"m"月"d"日"', 'yyyy"年"m"月"')),
    ],
)
def test_xlsx_dates_are_dates_shown_at_their_precision(
    cli, built, tmp_path, lang, sheet, formats
) -> None:  # type: ignore[no-untyped-def]
    folder = _written(cli, tmp_path, "-f", "xlsx", "--lang", lang)
    with zipfile.ZipFile(folder / "home-polytechnic-yearly-2023.xlsx") as book:
        cells = _cells(book, sheet)
    dates = {ref: cell for ref, cell in cells.items() if ref.startswith("A") and ref != "A1"}
    # E3 on 2023-05-10 (day precision), E1 in 2023-11 (month precision)
    assert (_serial(dt.date(2023, 5, 10)), formats[0]) in dates.values()
    assert (_serial(dt.date(2023, 11, 1)), formats[1]) in dates.values()


def test_sheet_names_fit_excel_and_keep_whole_words(cli, built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from xml.etree import ElementTree

    folder = _written(cli, tmp_path, "-f", "xlsx")
    with zipfile.ZipFile(folder / "home-polytechnic-yearly-2023.xlsx") as book:
        workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    names = [s.get("name") or "" for s in workbook.iter(f"{MAIN}sheet")]
    assert all(len(n) <= 31 for n in names)
    assert "Cooperation records active" in names  # "...active in the year", cut at a word


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Partner institutions by country and by kind of cooperation",
            "Partner institutions by country",
        ),
        ("Memberships", "Memberships"),
        ("A/B: roles [draft]", "A B roles draft"),
        # Chinese has no spaces: it is cut between characters
        (
            "本年度在执行的国际合作项目及交流与培训记录的汇总表与数据来源一览",
            "本年度在执行的国际合作项目及交流与培训记录的汇总表与数据来源一",
        ),
    ],
)
def test_sheet_name_rules(title: str, expected: str) -> None:
    assert _sheet_name(title, set()) == expected
    assert len(expected) <= 31


def test_sheet_names_stay_unique_within_the_limit() -> None:
    used: set[str] = set()
    title = "Cooperation records with partner universities"
    first, second = _sheet_name(title, used), _sheet_name(title, used)
    assert first != second and len(second) <= 31 and second.endswith(" 2")
    assert shorten("Events", 31) == "Events"


def test_xlsx_charts_sit_under_the_trend_table_two_a_row(cli, built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = _written(cli, tmp_path, "-f", "xlsx")
    with zipfile.ZipFile(folder / "home-polytechnic-yearly-2023.xlsx") as book:
        drawings = [n for n in book.namelist() if n.startswith("xl/drawings/drawing")]
        assert len(drawings) == 1
        xml = book.read(drawings[0]).decode()
    starts = re.findall(
        r"<xdr:from><xdr:col>(\d+)</xdr:col><xdr:colOff>(\d+)</xdr:colOff>"
        r"<xdr:row>(\d+)</xdr:row>",
        xml,
    )
    assert len(starts) == 4
    # the trend table: a title row, a heading row and five years (rows 0 to 6)
    assert all(int(row) > 6 for _col, _offset, row in starts)
    assert len({row for *_, row in starts}) == 2  # two rows of charts
    assert len({(col, offset) for col, offset, _row in starts}) == 2  # side by side
