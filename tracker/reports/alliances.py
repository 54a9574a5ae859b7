"""Memberships and roles by year: DataFrame in (`queries.membership_terms`), DataFrame out.

Interval rules follow the model: a start stores the first day of its period
and an end the last day, so "member since 2022" is held in every year from
2022, and "left 2023" is held in 2023. A membership or term without a start
counts as held from always (as `tracker member list --year` does).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from tracker.reports.frames import partial_iso
from tracker.reports.i18n import CHANGE_WORDS, ENGLISH, Labels

# executive council member and every higher office (see the role vocabulary's ranks)
LEADERSHIP_RANK = 50
DATE_COLUMNS = ("joined_date", "left_date", "start_date", "end_date")


def _bounds(year: int) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)


def prepare(terms: pd.DataFrame) -> pd.DataFrame:
    """Date columns as datetime64 (NaT for open ends), so comparisons are vectorised."""
    prepared = terms.copy()
    for column in DATE_COLUMNS:
        prepared[column] = pd.to_datetime(prepared[column])
    return prepared


def held_between(starts: pd.Series, ends: pd.Series, year: int) -> pd.Series:
    first, last = _bounds(year)
    return (starts.isna() | (starts <= last)) & (ends.isna() | (ends >= first))


def memberships(terms: pd.DataFrame) -> pd.DataFrame:
    """One row a membership: membership_id, alliance_id, alliance, joined/left."""
    columns = [
        "membership_id",
        "alliance_id",
        "alliance",
        "joined_date",
        "joined_precision",
        "left_date",
        "left_precision",
    ]
    return terms.drop_duplicates("membership_id")[columns].reset_index(drop=True)


def year_end_roles(terms: pd.DataFrame, year: int) -> pd.DataFrame:
    """The highest role each membership held at the end of `year` (or when it ended).

    Terms held in the year that are still open on 31 December compete; a
    membership that ended within the year keeps the role(s) of its last day.
    Columns: membership_id, role_code, role, role_rank.
    """
    _, last = _bounds(year)
    held = terms[
        terms["term_id"].notna() & held_between(terms["start_date"], terms["end_date"], year)
    ]
    if held.empty:
        return pd.DataFrame(columns=["membership_id", "role_code", "role", "role_rank"])
    end = held["end_date"].fillna(pd.Timestamp.max)
    at_end = end.clip(upper=last)
    latest = at_end.groupby(held["membership_id"]).transform("max")
    candidates = held[at_end == latest].sort_values(["membership_id", "role_rank"])
    best = candidates.drop_duplicates("membership_id")
    return best[["membership_id", "role_code", "role", "role_rank"]].reset_index(drop=True)


def held_in_year(terms: pd.DataFrame, year: int) -> pd.DataFrame:
    """Memberships held at any time in `year`, with is_new and the role at year end."""
    rows = memberships(terms)
    rows = rows[held_between(rows["joined_date"], rows["left_date"], year)]
    rows = rows.assign(is_new=rows["joined_date"].dt.year == year)
    return rows.merge(year_end_roles(terms, year), on="membership_id", how="left")


def role_changes(terms: pd.DataFrame, year: int) -> pd.DataFrame:
    """Every change within `year`: a role taken (joining included) or the membership left.

    Columns: alliance, date, change, role, previous_role, source_id.
    """
    first, last = _bounds(year)
    ordered = terms[terms["term_id"].notna()].sort_values(
        ["membership_id", "start_date", "term_id"]
    )
    previous = ordered.groupby("membership_id")["role"].shift()
    taken = ordered.assign(previous_role=previous)
    taken = taken[taken["start_date"].between(first, last)]
    taken = taken.assign(
        date=partial_iso(taken["start_date"], taken["start_precision"]),
        change=taken["previous_role"].map(lambda p: "joined" if pd.isna(p) else "role"),
    )
    left = memberships(terms)
    left = left[left["left_date"].between(first, last)]
    last_source = terms.sort_values("start_date").groupby("membership_id")["source_id"].last()
    left = left.assign(
        date=partial_iso(left["left_date"], left["left_precision"]),
        change="left",
        role=None,
        previous_role=None,
        source_id=left["membership_id"].map(last_source),
    )
    columns = ["alliance", "date", "change", "role", "previous_role", "source_id"]
    changes = pd.concat([taken[columns], left[columns]], ignore_index=True)
    return changes.sort_values(["date", "alliance"], kind="stable").reset_index(drop=True)


def held_by_year(terms: pd.DataFrame, years: Iterable[int]) -> pd.DataFrame:
    """`held_in_year` for each year, stacked with a `year` column; computed once, used twice.

    Computed for all years at once (each membership and term paired with each
    year), not year by year: the same rows, in the same order (by year, then as
    `held_in_year` gives them), at a fixed number of frame operations whatever
    the number of years.
    """
    calendar = pd.DataFrame({"year": list(years)})
    calendar["first"] = pd.to_datetime(calendar["year"].astype(str) + "-01-01")
    calendar["last"] = pd.to_datetime(calendar["year"].astype(str) + "-12-31")
    rows = calendar.merge(memberships(terms), how="cross")
    rows = rows[_held(rows, "joined_date", "left_date")]
    rows = rows.assign(is_new=rows["joined_date"].dt.year == rows["year"])
    roles = _year_end_roles_by_year(terms, calendar)
    held = rows.merge(roles, on=["year", "membership_id"], how="left")
    columns = [c for c in held.columns if c not in ("year", "first", "last")]
    return held[[*columns, "year"]].reset_index(drop=True)


def _held(rows: pd.DataFrame, start: str, end: str) -> pd.Series:
    """`held_between` with each row's own year bounds (columns first, last)."""
    starts, ends = rows[start], rows[end]
    return (starts.isna() | (starts <= rows["last"])) & (ends.isna() | (ends >= rows["first"]))


def _year_end_roles_by_year(terms: pd.DataFrame, calendar: pd.DataFrame) -> pd.DataFrame:
    """`year_end_roles` for every year of `calendar`.

    Columns: year, membership_id, role_code, role, role_rank.
    """
    columns = ["year", "membership_id", "role_code", "role", "role_rank"]
    held = calendar.merge(terms[terms["term_id"].notna()], how="cross")
    held = held[_held(held, "start_date", "end_date")]
    if held.empty:
        return pd.DataFrame(columns=columns)
    at_end = held["end_date"].fillna(pd.Timestamp.max).clip(upper=held["last"])
    latest = at_end.groupby([held["year"], held["membership_id"]]).transform("max")
    candidates = held[at_end == latest].sort_values(["year", "membership_id", "role_rank"])
    return candidates.drop_duplicates(["year", "membership_id"])[columns]


def alliance_metrics(held: pd.DataFrame, years: Iterable[int]) -> pd.DataFrame:
    """Per year: alliances belonged to, new ones, leadership roles at year end.

    `held` is `held_by_year`; a year without memberships counts zero.
    """
    per_year = held.assign(leadership=held["role_rank"] <= LEADERSHIP_RANK).groupby("year")
    table = pd.DataFrame(
        {
            "alliances": per_year.size(),
            "alliances_new": per_year["is_new"].sum(),
            "leadership_roles": per_year["leadership"].sum(),
        }
    )
    index = pd.Index(list(years), name="year")
    return table.reindex(index, fill_value=0).astype("int64").reset_index()


def roles_by_rank(held: pd.DataFrame) -> pd.DataFrame:
    """How many memberships held each role at year end: year, role_code, role, role_rank, seats.

    `held` is `held_by_year`.
    """
    counts = (
        held.dropna(subset=["role_code"])
        .groupby(["year", "role_code", "role", "role_rank"])
        .size()
        .rename("seats")
        .reset_index()
    )
    return counts.sort_values(["year", "role_rank"]).reset_index(drop=True)


def membership_table(terms: pd.DataFrame, year: int, labels: Labels = ENGLISH) -> pd.DataFrame:
    """The memberships section: each membership held in `year`, its year-end role, changes."""
    held = held_in_year(terms, year)
    changes = role_changes(terms, year)

    def describe(date: str, change: str, role: object) -> str:
        words = labels.gettext(CHANGE_WORDS.get(change, change))
        if isinstance(role, str):
            words = labels.gettext("{change} as {role}").format(
                change=words, role=labels.role(role)
            )
        return f"{labels.partial_date(str(date))} {words}"

    described = changes.assign(
        text=[
            describe(date, change, role)
            for date, change, role in zip(
                changes["date"], changes["change"], changes["role"], strict=True
            )
        ]
    )
    by_alliance = described.groupby("alliance")["text"].agg("; ".join)
    source = (
        terms.dropna(subset=["source_id"])
        .groupby("membership_id")["source_id"]
        .agg(lambda ids: ", ".join(str(int(i)) for i in sorted(set(ids))))
    )
    table = pd.DataFrame(
        {
            "alliance": held["alliance"],
            "joined": partial_iso(held["joined_date"], held["joined_precision"]),
            "left": partial_iso(held["left_date"], held["left_precision"]),
            "role_at_year_end": held["role"],
            "changes_in_year": held["alliance"].map(by_alliance).fillna(""),
            "source_ids": held["membership_id"].map(source).fillna(""),
        }
    )
    return table.sort_values("alliance").reset_index(drop=True)


def alliance_history(terms: pd.DataFrame, labels: Labels = ENGLISH) -> pd.DataFrame:
    """For `report alliances`: each alliance, the current role and the whole role history."""
    rows = memberships(terms)
    open_terms = terms[terms["term_id"].notna() & terms["end_date"].isna()]
    current = open_terms.sort_values("role_rank").drop_duplicates("membership_id")
    current_role = current.set_index("membership_id")["role"].map(labels.role)
    dated = terms[terms["term_id"].notna()].assign(
        start=lambda f: partial_iso(f["start_date"], f["start_precision"]),
        end=lambda f: partial_iso(f["end_date"], f["end_precision"]),
    )
    history = dated.groupby("membership_id").apply(
        lambda f: "; ".join(
            " ".join(
                (
                    labels.role(r.role),
                    f"{labels.partial_date(r.start or '?')}–{labels.partial_date(r.end or '')}",
                )
            ).strip()
            for r in f.itertuples()
        ),
        include_groups=False,
    )
    source = (
        terms.dropna(subset=["source_id"])
        .groupby("membership_id")["source_id"]
        .agg(lambda ids: ", ".join(str(int(i)) for i in sorted(set(ids))))
    )
    table = pd.DataFrame(
        {
            "alliance": rows["alliance"],
            "joined": partial_iso(rows["joined_date"], rows["joined_precision"]),
            "left": partial_iso(rows["left_date"], rows["left_precision"]),
            "current_role": rows["membership_id"].map(current_role),
            "role_history": rows["membership_id"].map(history).fillna(""),
            "source_ids": rows["membership_id"].map(source).fillna(""),
        }
    )
    return table.sort_values("alliance").reset_index(drop=True)
