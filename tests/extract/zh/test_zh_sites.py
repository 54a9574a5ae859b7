"""Chinese teaching-site rules: a site of the publisher's opening abroad."""

from __future__ import annotations

from typing import Any

import pytest

from tracker.extract.text import Sentence
from tracker.extract.zh.sites import find_sites


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(s.name, s.kind, s.country, s.partner)
            for s in find_sites([Sentence(0, len(text), text)], [[]])]


@pytest.mark.parametrize(("text", "expected"), [
    ("我校与肯尼亚蒙巴萨理工大学共建的鲁班工坊正式揭牌。",
     ("鲁班工坊", "luban_workshop", "KE", "肯尼亚蒙巴萨理工大学")),
    ("5月3日，我院在赞比亚设立的海外分校举行揭牌仪式。", ("海外分校", "branch", "ZM", None)),
    ("我校泰国鲁班工坊今日揭牌。", ("泰国鲁班工坊", "luban_workshop", "TH", None)),
])
def test_a_site_of_ours_opening_abroad_is_read(text: str, expected: tuple[Any, ...]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(("text", "country", "others"), [
    # the placed country is the host, whatever else is named
    ("经中国教育部批准，我院的海外分校在老挝万象揭牌。", "LA", ()),
    ("我校在乌兹别克斯坦设立的鲁班工坊由中国驻当地使馆参赞揭牌。", "UZ", ()),
    # nothing placed: the first named, the others kept (the importer knows which is home)
    ("我校携手中国有色集团与赞比亚大学共建的鲁班工坊正式揭牌。", "CN", ("ZM",)),
    ("我院联合中国与秘鲁企业共建的培训中心成立。", "CN", ("PE",)),
])
def test_the_rule_keeps_every_country_and_leaves_home_to_the_importer(
        text: str, country: str, others: tuple[str, ...]) -> None:
    [site] = find_sites([Sentence(0, len(text), text)], [[]])
    assert (site.country, site.others) == (country, others)


@pytest.mark.parametrize("text", [
    "我校新建的实训中心正式启用。",  # no country named
    "东湖学院与泰国曼谷职业学院共建的鲁班工坊揭牌。",  # not ours
    "我校埃及鲁班工坊去年培训当地技术人员300人。",  # no opening
])
def test_no_site_is_read_at_home_for_others_or_without_an_opening(text: str) -> None:
    assert _read(text) == []
