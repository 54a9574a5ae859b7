"""`tracker load` refuses what it cannot read safely: one line naming the file (and the
cell), exit 2, the database as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

FIVE_MB = "x" * (5 * 1024 * 1024)
# the compound-file header Office writes around an encrypted (password-protected) workbook
OLE_HEADER = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504)


def book(path: Path, *rows: list[Any], title: str = "Sheet1") -> Path:
    made = Workbook()
    sheet = made.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    made.save(path)
    return path


def text_file(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def fifo(path: Path) -> Path:
    import os

    os.mkfifo(path)
    return path


BAD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "not a workbook": (lambda d: text_file(d / "notes.xlsx", "just some notes\n"),
                       "Error: notes.xlsx is not an .xlsx workbook or a .csv file"),
    "a zip that is no workbook": (
        lambda d: text_file(d / "archive.xlsx", b"PK\x03\x04" + bytes(60)),
        "Error: archive.xlsx is not a readable .xlsx workbook"),
    "an empty sheet": (lambda d: book(d / "empty.xlsx"),
                       "Error: empty.xlsx: every sheet is empty"),
    "an empty csv file": (lambda d: text_file(d / "empty.csv", "\n\n"),
                          "Error: empty.csv is empty"),
    "no recognisable header": (
        lambda d: book(d / "money.xlsx", ["金额", "备注"], ["12", "x"]),
        "Error: money.xlsx, sheet Sheet1: no recognisable header in row 1"),
    "a formula cell": (
        lambda d: book(d / "sums.xlsx", ["单位名称", "国家"], ["Birch Institute", "=A1&\"x\""]),
        "Error: sums.xlsx: sheet Sheet1, cell B2 holds a formula"),
    "a 5 MB cell": (
        lambda d: book(d / "huge.xlsx", ["单位名称", "国家"], [FIVE_MB, "Kenya"]),
        "Error: huge.xlsx: sheet Sheet1, cell A2 holds more than 2,000 characters"),
    "a 5 MB csv field": (
        lambda d: text_file(d / "huge.csv", f"name,country\n{FIVE_MB},Kenya\n"),
        "Error: huge.csv: row 2 holds more than 2,000 characters"),
    "a password-protected workbook": (
        lambda d: text_file(d / "locked.xlsx", OLE_HEADER),
        "Error: locked.xlsx is password-protected or an old .xls file"),
    "a binary csv": (lambda d: text_file(d / "image.csv", b"\x89PNG\r\n\x1a\n\x00\x00"),
                     "Error: image.csv is not a .csv file"),
    "no such file": (lambda d: d / "missing.xlsx", "Error: "),
    "a pipe, which would block": (lambda d: fifo(d / "pipe.csv"),
                                  "Error: {path}: not a regular file"),
    "a folder": (lambda d: d, "Error: {path}: not a regular file"),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=str)
def test_a_file_that_cannot_be_loaded_is_one_line_and_changes_nothing(
    cli: Any, assert_refused: Any, tmp_path: Path, case: str
) -> None:
    assert cli("org", "add", "Aspen Technical School").exit_code == 0  # something to keep
    make, message = BAD_FILES[case]
    path = make(tmp_path)
    assert_refused(cli, ["load", str(path), "--yes"], 2, message.format(path=path))
    assert not list(tmp_path.glob("*.errors.*"))


def test_one_bad_file_stops_the_good_ones_before_anything_is_written(
    cli: Any, assert_refused: Any, tmp_path: Path
) -> None:
    good = book(tmp_path / "good.xlsx", ["单位名称"], ["Linden College"])
    bad = book(tmp_path / "bad.xlsx", ["金额"], ["3"])
    assert_refused(cli, ["load", str(good), str(bad), "--yes"], 2, "Error: bad.xlsx")


@pytest.mark.parametrize(("args", "message"), [
    (["--dry-run", "--yes"], "Error: --dry-run cannot be combined with --yes or --review"),
    (["--yes", "--map", "name"], "Error: --map 'name' is not of the form"),
    (["--yes", "--kind", "partner"], "Error: --kind 'partner' is none of: organization,"),
])
def test_bad_options_are_one_line(cli: Any, assert_refused: Any, tmp_path: Path,
                                  args: list[str], message: str) -> None:
    good = book(tmp_path / "good.xlsx", ["单位名称"], ["Linden College"])
    assert_refused(cli, ["load", str(good), *args], 2, message)


def test_no_file_is_one_line(cli: Any, assert_refused: Any) -> None:
    assert_refused(cli, ["load", "--yes"], 2, "Error: name at least one .xlsx or .csv file")
