"""Reading the office's files: the cells of each sheet of an .xlsx workbook, or of a .csv file.

openpyxl reads workbooks (read-only, so a large one streams) and the standard
library's csv module reads CSV. What cannot be loaded safely is refused here
with one line naming the file and the cell: a file that is no workbook, a
password-protected one, a formula (its value is not stored reliably), a cell
longer than any field holds. Hidden sheets are not read: they hold lookup lists.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.config import MAX_TEXT_LENGTH
from tracker.errors import InvalidInput

# the compound-file container Office uses for password-protected (encrypted) workbooks
# and for the old .xls format: openpyxl reads neither
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
# CSV files from Excel in China are often GB18030 rather than UTF-8
_CSV_ENCODINGS = ("utf-8-sig", "gb18030")
CSV_SUFFIXES = (".csv",)
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


@dataclass
class Table:
    """The cells of one sheet (or CSV file): its header row and the rows under it.

    `rows` holds (row number as the spreadsheet shows it, the row's cells as text).
    """

    origin: str  # the file's name, as the plan and the citations show it
    sheet: str | None  # None for a CSV file
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)

    def where(self, row: int) -> str:
        """"file.xlsx, sheet 单位, row 5": where a row is, as evidence and in messages."""
        sheet = f", sheet {self.sheet}" if self.sheet is not None else ""
        return f"{self.origin}{sheet}, row {row}"


def read_tables(path: Path) -> list[Table]:
    """Every non-empty sheet of a workbook, or the one table of a CSV file."""
    from tracker.files import MAX_INPUT_BYTES

    if not path.exists():
        raise InvalidInput(f"{path}: no such file")
    if not path.is_file():  # a pipe would block the command, a device never end
        raise InvalidInput(f"{path}: not a regular file (a folder, a device or a pipe)")
    if path.stat().st_size > MAX_INPUT_BYTES:
        raise InvalidInput(f"{path.name} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
    with path.open("rb") as handle:
        start = handle.read(8)
    if start == _OLE_MAGIC:
        raise InvalidInput(f"{path.name} is password-protected or an old .xls file; "
                           "save it as an .xlsx workbook without a password")
    if path.suffix.lower() in CSV_SUFFIXES:
        return [_csv_table(path)]
    if not start.startswith(_ZIP_MAGIC):
        raise InvalidInput(f"{path.name} is not an .xlsx workbook or a .csv file")
    return _workbook_tables(path)


def cell_text(value: Any) -> str:
    """A cell's value as text: a date cell as its ISO day, a whole number without ".0"."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _check_length(text: str, path: Path, where: str) -> None:
    # (the length itself is not told: openpyxl cuts a longer cell at Excel's 32,767)
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidInput(f"{path.name}: {where} holds more than {MAX_TEXT_LENGTH:,} "
                           "characters, more than any field holds")


def _workbook_tables(path: Path) -> list[Table]:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # data_only=False: a formula stays a formula, so it can be refused rather than read
        # as the value Excel last cached (or as nothing, when no Excel saved the file)
        book = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise InvalidInput(f"{path.name} is not a readable .xlsx workbook ({error})") from None
    try:
        # a hidden sheet holds lookup lists (the template's allowed values), not records
        tables = [table for sheet in book.worksheets if sheet.sheet_state == "visible"
                  and (table := _sheet_table(path, sheet.title, sheet.iter_rows())) is not None]
    finally:
        book.close()
    if not tables:
        raise InvalidInput(f"{path.name}: every sheet is empty")
    return tables


def _sheet_table(path: Path, title: str, rows: Iterator[Any]) -> Table | None:
    table: Table | None = None
    for cells in rows:
        texts = []
        for cell in cells:
            if getattr(cell, "data_type", None) == "f":
                raise InvalidInput(f"{path.name}: sheet {title}, cell {cell.coordinate} holds a "
                                   "formula; paste its value instead")
            text = cell_text(getattr(cell, "value", None))
            if text:
                _check_length(text, path, f"sheet {title}, cell {cell.coordinate}")
            texts.append(text)
        if not any(texts):
            continue
        row_number = next(c.row for c in cells if hasattr(c, "row"))
        if table is None:
            table = Table(path.name, title, row_number, texts)
        else:
            table.rows.append((row_number, texts))
    return table


def _csv_table(path: Path) -> Table:
    data = path.read_bytes()
    for encoding in _CSV_ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InvalidInput(f"{path.name} is neither UTF-8 nor GB18030 text")
    if "\x00" in text:
        raise InvalidInput(f"{path.name} is not a .csv file (it holds binary data)")
    table: Table | None = None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for row in reader:
            number = reader.line_num
            texts = [cell.strip() for cell in row]
            if not any(texts):
                continue
            for column, cell in enumerate(texts, 1):
                if cell:
                    _check_length(cell, path, f"row {number}, column {column}")
                    if cell.startswith("="):
                        raise InvalidInput(f"{path.name}: row {number}, column {column} holds a "
                                           "formula; save the values instead")
            if table is None:
                table = Table(path.name, None, number, texts)
            else:
                table.rows.append((number, texts))
    except csv.Error as error:
        if "field limit" in str(error):  # the csv module's own limit, far above a field's
            raise InvalidInput(f"{path.name}: row {reader.line_num} holds more than "
                               f"{MAX_TEXT_LENGTH:,} characters in a cell, more than any "
                               "field holds") from None
        raise InvalidInput(f"{path.name} is not a readable .csv file ({error})") from None
    if table is None:
        raise InvalidInput(f"{path.name} is empty")
    return table
