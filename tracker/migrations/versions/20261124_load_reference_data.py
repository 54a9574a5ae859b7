"""load reference data: roles, countries, Belt and Road partner countries

Countries come from tracker/migrations/data/countries.csv (built from pycountry
and country_converter by seeds/build_countries.py); the Belt and Road group from
tracker/migrations/data/belt_and_road.csv (built from ../shared/data by
seeds/build_belt_and_road.py, each row with its sources).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 09:00:00
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from tracker.vocab import ROLES as VOCAB_ROLES

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# inside the package, so an installed wheel migrates a new database too
SEEDS = Path(__file__).resolve().parents[1] / "data"

# code, label, rank (lower is higher office); the canonical roles of the article schema,
# read from the one vocabulary (tracker.vocab holds the same codes, labels and ranks this
# revision has always written).
ROLES = [(role.code, role.label.en, role.rank) for role in VOCAB_ROLES]

BELT_AND_ROAD = "Belt and Road partner countries"
BELT_AND_ROAD_DESCRIPTION = (
    "Countries that signed a Belt and Road cooperation document (MoU or cooperation plan) "
    "with China; withdrawn countries keep their row with the year they left."
)
BELT_AND_ROAD_SOURCES = (
    "GFDC (Green Finance & Development Center, Fudan) BRI country table, Dec 2023; "
    "Belt and Road Portal country list (yidaiyilu.gov.cn), Oct 2023; news reports of later "
    "signings (Nauru 2024, Colombia 2025) and withdrawals (Italy 2023, Panama 2025). "
    "Row-level labels in the source column; see belt_and_road.csv."
)


def _rows(name: str) -> list[dict[str, str]]:
    with (SEEDS / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _year(text: str, last: bool = False) -> tuple[dt.date | None, str | None]:
    if not text:
        return None, None
    year = int(text)
    return (dt.date(year, 12, 31) if last else dt.date(year, 1, 1)), "year"


def upgrade() -> None:
    role = sa.table(
        "role",
        sa.column("code"),
        sa.column("label"),
        sa.column("rank"),
        sa.column("is_builtin"),
    )
    op.bulk_insert(
        role,
        [{"code": c, "label": lbl, "rank": r, "is_builtin": True} for c, lbl, r in ROLES],
    )

    country = sa.table(
        "country",
        sa.column("code"),
        sa.column("alpha3"),
        sa.column("name"),
        sa.column("official_name"),
        sa.column("region"),
        sa.column("subregion"),
    )
    op.bulk_insert(
        country,
        [
            {
                "code": row["alpha2"],
                "alpha3": row["alpha3"],
                "name": row["name"],
                "official_name": row["official_name"] or None,
                "region": row["region"] or None,
                "subregion": row["subregion"] or None,
            }
            for row in _rows("countries.csv")
        ],
    )

    bind = op.get_bind()
    group = sa.table(
        "country_group",
        sa.column("id"),
        sa.column("name"),
        sa.column("name_key"),
        sa.column("description"),
        sa.column("sources"),
    )
    bind.execute(
        group.insert().values(
            name=BELT_AND_ROAD,
            name_key=BELT_AND_ROAD.casefold(),
            description=BELT_AND_ROAD_DESCRIPTION,
            sources=BELT_AND_ROAD_SOURCES,
        )
    )
    group_id = bind.execute(sa.select(group.c.id).where(group.c.name == BELT_AND_ROAD)).scalar_one()
    codes = dict(bind.execute(sa.text("SELECT code, id FROM country")).all())
    member = sa.table(
        "country_group_member",
        sa.column("group_id"),
        sa.column("country_id"),
        sa.column("joined_date"),
        sa.column("joined_precision"),
        sa.column("left_date"),
        sa.column("left_precision"),
        sa.column("source"),
    )
    members = []
    for row in _rows("belt_and_road.csv"):
        joined_date, joined_precision = _year(row["joined"])
        left_date, left_precision = _year(row["left"], last=True)
        members.append(
            {
                "group_id": group_id,
                "country_id": codes[row["iso2"]],
                "joined_date": joined_date,
                "joined_precision": joined_precision,
                "left_date": left_date,
                "left_precision": left_precision,
                "source": row["source"],
            }
        )
    op.bulk_insert(member, members)


def downgrade() -> None:
    op.execute("DELETE FROM country_group_member")
    op.execute("DELETE FROM country_group")
    op.execute("DELETE FROM country")
    op.execute("DELETE FROM role")
