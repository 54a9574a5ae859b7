"""Loading a file: read its tables, recognise them, plan their rows like an article's facts,
decide, apply in one transaction, and write the refused rows beside the file.

The plan is `ingest`'s: the file is its source (found again by the content hash
of its rows, so loading it twice changes nothing), each row's facts are planned
by the same planners as an article's, and the refused rows join the plan as
skipped items that say their row and reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from tracker.db import session_scope
from tracker.ingest.apply import Advance, Outcome, apply_plan
from tracker.ingest.build import build_plan
from tracker.ingest.plan import Action, Item, Plan
from tracker.load.mapping import Mapped, recognise
from tracker.load.read import CSV_SUFFIXES, Table, read_tables
from tracker.load.rows import Refusal, facts_of

REFUSED = "refused"
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class RefusedRow:
    """A refused row's item fields: where it is and its cells as written."""

    row: int
    cells: list[str]


@dataclass
class LoadResult:
    """One file's plan, what applying it did (None: not applied), and its refused rows."""

    path: Path
    plan: Plan
    tables: list[tuple[Table, Mapped]]
    refused: list[Refusal] = field(default_factory=list)
    outcome: Outcome | None = None
    errors_file: Path | None = None


def read_file(path: Path, *, kind: str | None = None,
              overrides: Mapping[str, str] | None = None) -> list[tuple[Table, Mapped]]:
    """The file's tables with their kinds and columns; InvalidInput when one is unreadable."""
    return [recognise(table, kind_name=kind, overrides=overrides) for table in read_tables(path)]


def load_file(engine: Engine, path: Path, tables: list[tuple[Table, Mapped]],
              decide: Callable[[Plan], bool], *, actor: str, command: str,
              advance: Advance | None = None) -> LoadResult:
    """Plan the file's rows and, if `decide` says so, apply the plan in one transaction.

    `advance(done, total)` is told of each item applied.
    """
    with session_scope(engine, actor=actor, command=command) as session:
        loaded = facts_of(session, path.name, tables)
        plan = build_plan(session, loaded.facts, loaded.text, str(path))
        for number, refusal in enumerate(loaded.refused, 1):
            plan.items.append(Item(
                f"{REFUSED}:{number}", refusal.kind.name, Action.SKIP, refusal.label,
                RefusedRow(refusal.number, refusal.cells), evidence=refusal.table.where(
                    refusal.number), note=f"{REFUSED}: {refusal.reason}"))
        result = LoadResult(path, plan, tables, loaded.refused)
        if decide(plan):
            result.outcome = apply_plan(session, plan, advance=advance)
    return result


def errors_path(path: Path) -> Path:
    """offices.xlsx -> offices.errors.xlsx; members.csv -> members.errors.csv."""
    suffix = ".csv" if path.suffix.lower() in CSV_SUFFIXES else ".xlsx"  # openpyxl writes .xlsx
    return path.with_name(f"{path.stem}.errors{suffix}")


def reason_header(headers: list[str]) -> str:
    """The reason column's header, in the language of the table's own headers."""
    return "原因" if any(_CJK.search(header) for header in headers) else "Reason"


def write_errors(path: Path, refused: list[Refusal]) -> Path:
    """The refused rows under their own headers, with the reason in one more column, in a
    file beside the input that loads again once the rows are fixed (the reason column is
    no field: it is ignored)."""
    target = errors_path(path)
    by_table: dict[int, list[Refusal]] = {}
    for refusal in refused:
        by_table.setdefault(id(refusal.table), []).append(refusal)
    groups = list(by_table.values())
    if target.suffix == ".csv":
        import csv

        with target.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            for group in groups:
                writer.writerow([*group[0].table.headers, reason_header(group[0].table.headers)])
                writer.writerows([*r.cells, *[""] * (len(r.table.headers) - len(r.cells)),
                                  f"row {r.number}: {r.reason}"] for r in group)
        return target
    from openpyxl import Workbook

    from tracker.load.workbook import append_row

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for group in groups:
        sheet = book.create_sheet(group[0].table.sheet or group[0].kind.name)
        append_row(sheet, [*group[0].table.headers, reason_header(group[0].table.headers)])
        for r in group:
            append_row(sheet, [*r.cells, *[""] * (len(r.table.headers) - len(r.cells)),
                               f"row {r.number}: {r.reason}"])
    book.save(target)
    return target
