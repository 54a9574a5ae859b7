from __future__ import annotations

import json

from typer.testing import CliRunner

from tracker.cli.main import app

runner = CliRunner()
ARTICLE = ("Home > News\nHarbor University joins network\nDate: 2022-05-04\n"
           "On May 3, Harbor University joined the Coastal Universities Network. "
           "It held a forum in Lima with over 50 participants.")


def test_json_lines_one_object_per_file(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>",
                                     encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--json", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"].rsplit("/", 1)[-1] for line in lines] == ["a.txt", "b.html"]
    assert lines[0]["source"]["published"] == "2022-05-04"
    assert lines[0]["memberships"][0]["role"] == "member"


def test_bad_file_is_reported_and_others_still_processed(tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["extract", "--json", str(binary), str(good),
                                 str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert f"Error: {binary}: binary file, not text" in result.stderr
    assert "missing.txt: no such file" in result.stderr


def test_stdin_and_readable_summary() -> None:
    result = runner.invoke(app, ["extract", "-"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert "Coastal Universities Network" in result.stdout


def test_help_does_not_import_the_extractor() -> None:
    import subprocess
    import sys

    code = ("import sys; from tracker.cli.main import app; "
            "print(any(m.startswith(('tracker.extract', 'trafilatura', 'pycountry', 'cn2an', "
            "'cpca', 'jieba')) "
            "for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
