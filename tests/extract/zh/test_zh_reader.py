"""Chinese bytes in the encodings pages come in, encoded here; bad ones fail in one line."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tracker.cli.main import app
from tracker.extract import extract_file
from tracker.extract.reader import UnreadableInput, decode_bytes

TEXT = "发布时间：2024-04-02\n3月30日，云杉职教联盟年会在湖南长沙召开，来自12个国家的代表参加。"


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "gb2312", "utf-8-sig", "utf-8", "utf-16"])
def test_chinese_text_in_each_encoding_decodes(encoding) -> None:
    assert decode_bytes(TEXT.encode(encoding)).text == TEXT


@pytest.mark.parametrize("text", ["联盟", "我院加入青山职教联盟。", "东岭学会"],
                         ids=["two-characters", "one-sentence", "four-characters"])
def test_short_gbk_text_decodes(text) -> None:
    assert decode_bytes(text.encode("gbk")).text == text


def test_gb18030_beyond_gbk_decodes() -> None:
    text = "青山学院𠀀字库与东岭联盟。" * 3  # 𠀀 needs GB18030's four-byte form
    assert decode_bytes(text.encode("gb18030")).text == text


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8") + TEXT.encode("gbk"),
    TEXT.encode("gbk")[:40] + b"\xff" + TEXT.encode("gbk")[40:],
], ids=["utf8-then-gbk", "stray-byte"])
def test_mixed_or_broken_encodings_fail_with_one_clear_line(data, tmp_path) -> None:
    with pytest.raises(UnreadableInput, match="unknown or mixed text encoding"):
        decode_bytes(data)
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["extract", "--json", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"Error: {path}: unknown or mixed text encoding; save it as UTF-8"]


def test_a_gbk_file_is_read_as_chinese(tmp_path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(TEXT.encode("gbk"))
    facts = extract_file(path)
    assert [(e.date, e.city) for e in facts.events] == [("2024-03-30", "长沙")]

