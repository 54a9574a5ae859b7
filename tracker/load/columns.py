"""The record kinds a sheet can hold and the words its column headers use, in English and Chinese.

One table, read by the loader (to recognise a sheet), by the export (to write
the headers a load reads back) and by the template. Each field's first English
and first Chinese word are the headers the export and template write; the
others are the ways office workbooks are seen to head the same column. Headers
are compared by `header_key`: case, spaces, underscores and punctuation ignored,
full-width forms folded (`（` is `(`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def header_key(text: str) -> str:
    """A header as compared: case, spaces and punctuation dropped ("Start date" -> "startdate")."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


@dataclass(frozen=True)
class Column:
    """One field of a record kind and the headers that name it."""

    field: str
    en: tuple[str, ...]
    zh: tuple[str, ...]
    required: bool = False
    many: bool = False  # several values in one cell, separated by ; or 、 (aliases)

    def header(self, lang: str = "en") -> str:
        """The header the export and template write."""
        return self.zh[0] if lang == "zh" else self.en[0]


@dataclass(frozen=True)
class SheetKind:
    """A kind of record one sheet (or CSV file) holds."""

    name: str
    title: tuple[str, str]  # the sheet's title in English and Chinese, as the export names it
    columns: tuple[Column, ...]
    one_of: tuple[str, ...] = ()  # fields of which a sheet and each row need at least one

    def sheet_title(self, lang: str = "en") -> str:
        return self.title[1] if lang == "zh" else self.title[0]

    def column(self, field: str) -> Column:
        return next(c for c in self.columns if c.field == field)


_ORG_NAMES_ZH = ("单位名称", "名称", "机构名称", "院校名称", "学校名称", "合作单位")
_COUNTRY = Column("country", ("Country", "country/region", "nation"),
                  ("国家", "国别", "国家/地区", "国家(地区)", "所在国家"))

ORGANIZATION = SheetKind("organization", ("Organizations", "单位"), (
    Column("name", ("Name", "organization", "organization name", "institution"),
           _ORG_NAMES_ZH, required=True),
    Column("aliases", ("Aliases", "alias", "short name", "abbreviation", "acronym",
                       "other names"), ("简称", "别名", "其他名称", "英文简称"), many=True),
    Column("kind", ("Kind", "type", "organization type"), ("类型", "单位类型", "机构类型")),
    _COUNTRY,
))
ALLIANCE = SheetKind("alliance", ("Alliances", "联盟"), (
    Column("name", ("Alliance", "alliance name", "name"), ("联盟名称", "联盟", "名称"),
           required=True),
    Column("aliases", ("Aliases", "alias", "short name", "abbreviation", "acronym"),
           ("简称", "别名", "联盟简称"), many=True),
    Column("founded", ("Founded", "founded on", "founding date", "established"),
           ("成立时间", "成立日期", "成立年份")),
))
MEMBERSHIP = SheetKind("membership", ("Memberships", "成员资格"), (
    Column("member", ("Member", "organization", "organization name", "name"),
           ("单位名称", "成员单位", "单位", "名称"), required=True),
    Column("alliance", ("Alliance", "alliance name"), ("联盟名称", "联盟", "所属联盟"),
           required=True),
    Column("role", ("Role", "position", "office"), ("角色", "职务", "身份", "担任职务")),
    Column("since", ("Since", "start date", "start", "joined", "joined on", "from"),
           ("开始日期", "开始时间", "加入时间", "加入日期", "起始日期", "任职时间")),
))
EVENT = SheetKind("event", ("Events", "活动"), (
    Column("name", ("Event", "title", "event name", "name"),
           ("活动名称", "会议名称", "活动", "名称"), required=True),
    Column("kind", ("Kind", "type", "event type"), ("类型", "活动类型")),
    Column("date", ("Date", "start date", "held on"),
           ("日期", "举办时间", "活动时间", "时间", "开始日期")),
    Column("city", ("City", "place", "venue"), ("城市", "地点", "举办地点")),
    _COUNTRY,
    Column("alliance", ("Alliance",), ("联盟", "联盟名称", "所属联盟")),
    Column("hosts", ("Hosts", "host", "hosted by"), ("主办单位", "主办方"), many=True),
    Column("organizers", ("Organizers", "organizer", "organized by"), ("承办单位", "承办方"),
           many=True),
    Column("attendees", ("Attendees", "participants", "attended by"),
           ("参加单位", "参会单位", "参与单位", "参加人员"), many=True),
))
# the part in an event each participant column gives
EVENT_PARTS = {"hosts": "host", "organizers": "organizer", "attendees": "attendee"}
PERSON = SheetKind("person", ("People", "人员"), (
    Column("name", ("Person", "name", "full name"), ("姓名", "人员"), required=True),
    Column("title", ("Title", "position", "job title"), ("职务", "职称", "头衔")),
    Column("organization", ("Organization", "affiliation", "institution"),
           ("单位", "单位名称", "所在单位", "工作单位")),
))
FIGURE = SheetKind("figure", ("Figures", "数据"), (
    Column("subject", ("Subject", "organization", "alliance", "of"),
           ("对象", "单位", "单位名称", "联盟", "主体"), required=True),
    Column("metric", ("Metric", "measure", "what"), ("指标", "统计项", "数据项"), required=True),
    Column("value", ("Value", "number", "count", "quantity"), ("数值", "数量", "数字"),
           required=True),
    Column("bound", ("Bound", "exactness"), ("精度", "是否约数")),
    Column("as_of", ("As of", "as of date", "date"), ("截至", "截至日期", "统计时间", "日期")),
    Column("statement", ("Statement", "text", "quote"), ("原文", "表述", "说明")),
))

COOPERATION = SheetKind("cooperation", ("Cooperation", "合作"), (
    Column("organization", ("Organization", "our organization", "home organization"),
           ("本方单位", "我方单位", "本单位")),
    Column("partner", ("Partner", "partner organization", "partner institution"),
           ("合作单位", "合作方", "合作院校", "合作机构")),
    _COUNTRY,
    Column("kind", ("Kind", "type", "cooperation type", "cooperation kind"),
           ("合作类型", "类型", "合作形式")),
    Column("title", ("Title", "project", "programme"), ("项目名称", "合作项目", "名称")),
    Column("start", ("Start", "start date", "signed", "signed on", "from"),
           ("开始日期", "开始时间", "签署日期", "签约时间")),
    Column("end", ("End", "end date", "expiry", "expires", "until"),
           ("结束日期", "结束时间", "到期日", "到期时间", "有效期至")),
    Column("headcount", ("Headcount", "people", "number of people"), ("人数", "参与人数")),
), one_of=("partner", "country"))

SHEET_KINDS: tuple[SheetKind, ...] = (ORGANIZATION, ALLIANCE, MEMBERSHIP, EVENT, PERSON, FIGURE,
                                      COOPERATION)
KIND_BY_NAME: Mapping[str, SheetKind] = {kind.name: kind for kind in SHEET_KINDS}


def header_fields(kind: SheetKind) -> dict[str, str]:
    """Each header key this kind recognises -> its field (the first column claiming it wins)."""
    found: dict[str, str] = {}
    for column in kind.columns:
        for word in (column.field, *column.en, *column.zh):
            found.setdefault(header_key(word), column.field)
    return found


def title_kind(title: str) -> SheetKind | None:
    """The kind a sheet's (or file's) title names: "Organizations", "单位", "memberships.csv"."""
    key = header_key(title)
    for kind in SHEET_KINDS:
        words = {header_key(kind.name), header_key(kind.name + "s"),
                 *(header_key(t) for t in kind.title)}
        if key in words:
            return kind
    return None
