"""Writing a report in a chosen format inside an output folder."""

from __future__ import annotations

from pathlib import Path

from tracker.errors import InvalidInput
from tracker.reports.safety import inside, output_dir, slug
from tracker.reports.yearly import Report

FORMATS = ("xlsx", "html", "md", "csv", "json")


def file_name(report: Report, extension: str) -> str:
    """Organization and period in the name: `home-polytechnic-yearly-2023.xlsx`.

    A Chinese name is spelled in pinyin with the organization's id after it
    (`safety.slug`): `shen-zhen-zhi-ye-ji-shu-da-xue-1-yearly-2023.xlsx`.
    """
    name = slug(report.organization, unique_id=report.organization_id)
    stem = f"{name}-{report.period or report.kind}"
    return f"{stem}.{extension}" if extension else stem


def write_report(report: Report, fmt: str, folder: str | Path, *, bom: bool = True) -> Path:
    """Write `report` as `fmt` into `folder` (created if needed); the path written.

    csv writes a folder of one file a table (with a UTF-8 BOM unless `bom` is
    false); the others one file.
    """
    from tracker.reports import render_html, render_text, render_xlsx

    if fmt not in FORMATS:
        raise InvalidInput(f"unknown format '{fmt}'; choose one of {', '.join(FORMATS)}")
    writers = {
        "xlsx": render_xlsx.write_xlsx,
        "html": render_html.write_html,
        "md": render_text.write_markdown,
        "json": render_text.write_json,
    }
    try:
        base = output_dir(folder)
        if fmt == "csv":
            return render_text.write_csv(report, inside(base, file_name(report, "")), bom=bom)
        return writers[fmt](report, inside(base, file_name(report, fmt)))
    except OSError as error:
        # an unwritable, read-only or impossible folder is the user's to fix: one line
        where = error.filename or folder
        raise InvalidInput(
            f"cannot write the report in {where}: {error.strerror or error}"
        ) from None
