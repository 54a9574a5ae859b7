"""Countries and regions as the reports count and name them.

Hong Kong, Macao and Taiwan are regions of China (`country_names.REGIONS_OF_CHINA`):
"countries engaged" leaves them out, "countries and regions engaged" (国（境）外)
counts them, and country lists show them in a group of their own. In Chinese
a country is named by its standard Chinese name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, select

from tracker.country_names import REGIONS_OF_CHINA, chinese_name
from tracker.models import Country
from tracker.reports.i18n import N_, Labels

# the group the regions are listed under, in place of their continent
REGIONS_GROUP = N_("Hong Kong, Macao and Taiwan (China)")
# The UN M49 regions and subregions the country table carries (from pycountry's data),
# marked for the catalog so that they read in Chinese too.
REGION_NAMES = (
    N_("Africa"),
    N_("America"),
    N_("Antarctica"),
    N_("Asia"),
    N_("Europe"),
    N_("Oceania"),
    N_("Northern Africa"),
    N_("Eastern Africa"),
    N_("Middle Africa"),
    N_("Southern Africa"),
    N_("Western Africa"),
    N_("Caribbean"),
    N_("Central America"),
    N_("South America"),
    N_("Northern America"),
    N_("Central Asia"),
    N_("Eastern Asia"),
    N_("South-eastern Asia"),
    N_("Southern Asia"),
    N_("Western Asia"),
    N_("Eastern Europe"),
    N_("Northern Europe"),
    N_("Southern Europe"),
    N_("Western Europe"),
    N_("Australia and New Zealand"),
    N_("Melanesia"),
    N_("Micronesia"),
    N_("Polynesia"),
)


@dataclass(frozen=True)
class Places:
    """The country table's codes, by id and by English name (a few hundred rows)."""

    code_by_id: dict[int, str]
    code_by_name: dict[str, str]

    @property
    def region_ids(self) -> frozenset[int]:
        """The ids of Hong Kong, Macao and Taiwan."""
        return frozenset(i for i, code in self.code_by_id.items() if code in REGIONS_OF_CHINA)

    def name(self, english: object, labels: Labels) -> object:
        """A country's name in the report's language (None and unknown names as they are)."""
        if labels.language != "zh" or not isinstance(english, str):
            return english
        code = self.code_by_name.get(english)
        return (chinese_name(code) if code else None) or english


NO_PLACES = Places({}, {})


def read_places(connection: Connection) -> Places:
    """Read the country codes once for a report."""
    table = Country.__table__
    rows = connection.execute(select(table.c.id, table.c.code, table.c.name)).all()
    return Places(
        code_by_id={row.id: row.code for row in rows},
        code_by_name={row.name: row.code for row in rows},
    )


_HAN = re.compile(r"[\u4e00-\u9fff]")


def name_in(connection: Connection, organization_id: int, name: str, labels: Labels) -> str:
    """The organization's name for a report's title in `labels`' language.

    In Chinese, a Chinese alias (a translation first) when the stored name is not
    Chinese: "深圳职业技术大学 2024年度国际合作报告" rather than the English name.
    """
    if labels.language != "zh" or _HAN.search(name):
        return name
    from tracker.models import Alias, AliasKind

    table = Alias.__table__
    rows = connection.execute(
        select(table.c.name, table.c.kind).where(table.c.organization_id == organization_id)
    ).all()
    chinese = [row for row in rows if _HAN.search(row.name)]
    chinese.sort(key=lambda row: (row.kind != AliasKind.TRANSLATION.value, -len(row.name)))
    return chinese[0].name if chinese else name
