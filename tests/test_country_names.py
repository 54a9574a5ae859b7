"""Chinese country names: the catalog, the preferred forms and the short forms it lacks."""

from __future__ import annotations

import pycountry
import pytest

from tracker import country_names
from tracker.country_names import PREFERRED, SHORT_FORMS, chinese_name, code_of


@pytest.mark.parametrize(
    ("name", "code"),
    [("肯尼亚", "KE"), ("肯尼亚共和国", "KE"), ("俄罗斯", "RU"), ("老挝", "LA"), ("韩国", "KR"),
     ("大韩民国", "KR"), ("朝鲜", "KP"), ("英国", "GB"), ("美国", "US"), ("越南", "VN"),
     ("伊朗", "IR"), ("叙利亚", "SY"), ("坦桑尼亚", "TZ"), ("委内瑞拉", "VE"), ("玻利维亚", "BO"),
     ("捷克", "CZ"), ("摩尔多瓦", "MD"), ("柬埔寨", "KH"), ("刚果（布）", "CG"), ("刚果布", "CG"),
     ("印尼", "ID"), ("ｒｕ", None), ("中非合作", None), ("", None)],
)
def test_code_of(name, code):
    assert code_of(name) == code


def test_regions_of_china_are_named_as_regions():
    for typed, code in (("香港", "HK"), ("澳门", "MO"), ("台湾", "TW"), ("中国台湾", "TW")):
        assert code_of(typed) == code
        assert chinese_name(code) == f"中国{typed.removeprefix('中国')}"


def test_every_table_entry_is_a_real_code_that_the_catalog_does_not_already_name_otherwise():
    catalog = country_names._catalog()
    for name, code in [*SHORT_FORMS.items(), *((n, c) for c, n in PREFERRED.items())]:
        assert pycountry.countries.get(alpha_2=code) is not None, code
        others = [other for other, names in catalog.items() if name in names and other != code]
        assert others == [], (name, others)


def test_nearly_every_country_has_a_chinese_name():
    named = [c.alpha_2 for c in pycountry.countries if chinese_name(c.alpha_2)]
    assert len(named) >= 240
