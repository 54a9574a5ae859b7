"""Output safety: spreadsheet formula injection and where report files may be written."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pandas as pd

from tracker.errors import InvalidInput

# a spreadsheet reads a cell starting with one of these as a formula (OWASP CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula, prefixed with a quote; other values as is.

    >>> neutralise("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> neutralise("-5 people"), neutralise(-5)
    ("'-5 people", -5)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """`neutralise` every text cell (and the column names) of the frame."""
    text_columns = frame.select_dtypes(include=["object", "string"]).columns
    safe = frame.copy()
    for column in text_columns:
        safe[column] = safe[column].map(neutralise)
    safe.columns = [neutralise(str(c)) for c in safe.columns]
    return safe


_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def slug(text: str, *, unique_id: int | None = None) -> str:
    """A file-name part made of ASCII letters, digits and dashes.

    Chinese is written in pinyin (pypinyin), other letters lose their accents.
    Pinyin drops the tones and the characters, so two Chinese names can read
    alike (and a name in another script can vanish): a name that is not all
    ASCII gets `unique_id` (the organization's id) appended, so that the files
    of two organizations never overwrite each other.

    >>> slug("Home Poly."), slug("深圳职业技术大学", unique_id=7), slug("École Tech")
    ('home-poly', 'shen-zhen-zhi-ye-ji-shu-da-xue-7', 'ecole-tech')
    """
    spelled = text
    if not text.isascii():
        # imported here, for a name that needs it: pypinyin's dictionaries take a second
        from pypinyin import lazy_pinyin

        spelled = " ".join(lazy_pinyin(text))  # what is not Chinese comes back as it was
    folded = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode()
    base = _UNSAFE.sub("-", folded).strip("-").lower() or "report"
    if unique_id is not None and not text.isascii():
        return f"{base}-{unique_id}"
    return base


def output_dir(folder: str | Path) -> Path:
    """The folder a report goes to, created if missing; refuses a path that is a file."""
    path = Path(folder).expanduser()
    if path.exists() and not path.is_dir():
        raise InvalidInput(f"--out {folder} is a file, not a folder")
    path.mkdir(parents=True, exist_ok=True)
    return path.resolve()


def inside(folder: Path, name: str) -> Path:
    """`folder / name`, refusing any name that would land outside the folder."""
    target = (folder / name).resolve()
    if not target.is_relative_to(folder.resolve()) or target == folder.resolve():
        raise InvalidInput(f"refusing to write {name!r} outside {folder}")
    return target
