"""Recognising a table's kind and columns from its headers, in English and Chinese."""

from __future__ import annotations

import pytest

from tracker.errors import InvalidInput
from tracker.load.columns import SHEET_KINDS, header_key
from tracker.load.mapping import map_table, parse_overrides, recognise
from tracker.load.read import Table


def table(*headers: str, sheet: str | None = "Sheet1") -> Table:
    return Table("book.xlsx", sheet, 1, list(headers))


@pytest.mark.parametrize(("headers", "kind", "fields"), [
    # the header sets the issue names, and their English equivalents
    (("单位名称", "简称", "类型", "国家"), "organization", ["name", "aliases", "kind", "country"]),
    (("Name", "Short name", "Type", "Country"), "organization",
     ["name", "aliases", "kind", "country"]),
    (("联盟名称", "成立时间"), "alliance", ["name", "founded"]),
    (("Alliance name", "Founded"), "alliance", ["name", "founded"]),
    (("单位名称", "联盟名称", "角色", "开始日期"), "membership",
     ["member", "alliance", "role", "since"]),
    (("Organization", "Alliance", "Role", "Start date"), "membership",
     ["member", "alliance", "role", "since"]),
    (("活动名称", "类型", "日期", "城市", "国别"), "event",
     ["name", "kind", "date", "city", "country"]),
    (("姓名", "职务", "所在单位"), "person", ["name", "title", "organization"]),
    (("对象", "指标", "数值", "截至"), "figure", ["subject", "metric", "value", "as_of"]),
    (("合作单位", "国家", "合作类型", "开始日期", "结束日期", "人数"), "cooperation",
     ["partner", "country", "kind", "start", "end", "headcount"]),
    (("Partner institution", "Country", "Cooperation type", "Signed on", "Expiry", "People"),
     "cooperation", ["partner", "country", "kind", "start", "end", "headcount"]),
], ids=lambda value: "-".join(value) if isinstance(value, tuple) else None)
def test_headers_name_the_kind_and_the_columns(headers: tuple[str, ...], kind: str,
                                               fields: list[str]) -> None:
    mapped = map_table(table(*headers))
    assert mapped.kind.name == kind
    assert [field for field, _ in sorted(mapped.columns.items(), key=lambda f: f[1])] == fields


def test_case_spacing_and_full_width_forms_are_ignored() -> None:
    assert header_key(" Start_Date ") == header_key("start date") == "startdate"
    assert header_key("国家（地区）") == header_key("国家(地区)")
    mapped = map_table(table("  单位 名称 ", "ALLIANCE NAME", "角 色"))
    assert mapped.kind.name == "membership"


def test_an_unknown_column_is_ignored_and_said() -> None:
    mapped = map_table(table("联盟名称", "成立时间", "备注"))
    assert mapped.kind.name == "alliance"
    assert mapped.ignored == ("备注",)


def test_map_names_a_column_the_headers_do_not() -> None:
    mapped = map_table(table("全称", "简称", "所属国"),
                       overrides=parse_overrides(["全称=name", "所属国 = country"]))
    assert mapped.kind.name == "organization"
    assert mapped.columns == {"name": 0, "aliases": 1, "country": 2}


def test_kind_decides_between_kinds_that_fit_alike() -> None:
    # a name and a type fit an organization and an event alike
    with pytest.raises(InvalidInput, match="fit organization and event alike; name the kind"):
        map_table(table("Name", "Type", sheet="Sheet1"))
    assert map_table(table("Name", "Type"), kind_name="event").kind.name == "event"
    # the sheet's title breaks the tie, as the export names its sheets
    assert map_table(table("名称", "类型", sheet="活动")).kind.name == "event"


@pytest.mark.parametrize(("headers", "kwargs", "message"), [
    (("备注", "金额"), {}, "book.xlsx, sheet Sheet1: no recognisable header in row 1"),
    (("名称",), {"kind_name": "membership"}, "book.xlsx, sheet Sheet1: the headers lack"),
    (("名称",), {"kind_name": "partner"}, "--kind 'partner' is none of"),
    (("X",), {"overrides": {"x": "colour"}}, "--map: no field 'colour'"),
])
def test_what_fits_no_kind_is_refused(headers: tuple[str, ...], kwargs: dict,
                                      message: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        map_table(table(*headers), **kwargs)
    assert str(refused.value).startswith(message)


def test_a_malformed_map_is_refused() -> None:
    with pytest.raises(InvalidInput, match="not of the form"):
        parse_overrides(["name"])


def test_every_kind_reads_back_its_own_headers_in_both_languages() -> None:
    # the export and the template write these headers: each must map to its own kind
    for kind in SHEET_KINDS:
        for lang in ("en", "zh"):
            headers = [column.header(lang) for column in kind.columns]
            mapped = map_table(table(*headers, sheet=kind.sheet_title(lang)))
            assert mapped.kind is kind, (kind.name, lang)
            assert set(mapped.columns) == {column.field for column in kind.columns}


def test_a_title_row_above_the_header_is_left_out() -> None:
    titled = Table("book.xlsx", "Sheet1", 1, ["2023年合作单位名单", "", ""],
                   [(2, ["单位名称", "类型", "国家"]), (3, ["Harbor College", "college", "KE"])])
    table, mapped = recognise(titled)
    assert mapped.kind.name == "organization"
    assert (table.header_row, table.rows) == (2, [(3, ["Harbor College", "college", "KE"])])
    english = Table("book.csv", None, 1, ["Partners as of May"],
                    [(2, ["Note: kept by the office"]), (3, ["Name", "Aliases", "Country"]),
                     (4, ["Delta Institute", "DI", "KE"])])
    assert recognise(english)[0].header_row == 3


def test_without_a_header_near_the_top_the_first_row_s_error_stands() -> None:
    untitled = Table("book.xlsx", "Sheet1", 1, ["金额"], [(2, ["备注"]), (3, ["3"])])
    with pytest.raises(InvalidInput, match="no recognisable header in row 1"):
        recognise(untitled)
