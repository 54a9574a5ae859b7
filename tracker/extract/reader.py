"""Bytes to article text: size limit, binary refusal, decoding, HTML by content.

>>> decode_bytes("联盟年会在佛山举行。来自多个国家的院校参加了会议。".encode("gb18030")).text
'联盟年会在佛山举行。来自多个国家的院校参加了会议。'
>>> looks_like_html("<html><body><p>Hi</p></body></html>")
True
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import InvalidInput
from tracker.extract.text import LIST_ITEM_START

MAX_BYTES = 5 * 1024 * 1024

_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|li|ul|ol|article|section|table|td|tr|"
                       r"meta|title|script|style|nav|footer|header|img)\b[^>]{0,500}>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SCRIPT = re.compile(r"<(script|style|noscript|nav|footer|header)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]{0,2000}>")
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|tr|title|article|section)\s*>|<br\s*/?>", re.I)


class UnreadableInput(InvalidInput):
    """The file cannot be read as an article (binary, too large, unknown encoding)."""

    exit_code = 1


@dataclass(frozen=True)
class Document:
    """An article's text, with the title and date an HTML page declares, if any."""

    text: str
    title: str | None = None
    date: str | None = None
    is_html: bool = False


def read_path(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file (or "-" for standard input) into a Document."""
    import sys

    if str(path) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        from tracker.files import UnreadableFile, read_limited

        try:
            data = read_limited(Path(path), max_bytes)
        except UnreadableFile as error:
            raise UnreadableInput(str(error)) from None
        except IsADirectoryError:
            raise UnreadableInput("is a folder") from None
        except PermissionError:
            raise UnreadableInput("permission denied") from None
        except FileNotFoundError:
            raise UnreadableInput("no such file") from None
        except OSError as error:
            raise UnreadableInput(f"cannot read: {error.strerror or error}") from None
    return decode_bytes(data, max_bytes)


def decode_bytes(data: bytes, max_bytes: int = MAX_BYTES) -> Document:
    """Decode bytes of text or HTML; refuse binary data with a clear message."""
    if len(data) > max_bytes:
        raise UnreadableInput(f"file is larger than {max_bytes // (1024 * 1024)} MB")
    if not data.strip():
        return Document("")
    text = _decode(data)
    if looks_like_html(text[:5000]):
        return html_to_document(text)
    return Document(text)


def _decode(data: bytes) -> str:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                break
    head = data[:8192]
    if b"\x00" in head:
        raise UnreadableInput("binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        guess = _short_chinese(data, best.encoding if best is not None else None)
        if guess is not None:
            text = guess
        elif best is None:
            raise UnreadableInput("unknown or mixed text encoding; save it as UTF-8") from None
        else:
            text = str(best)
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise UnreadableInput("binary file, not text")
    return text


# Below this many bytes charset detection is a guess; Chinese pages come in GB18030 (a
# superset of GBK and GB2312) far more often than in the CJK encodings it confuses them with.
SHORT_INPUT_BYTES = 2000
_GB_FAMILY = frozenset({"gb2312", "gbk", "gb18030", "hz"})
_HAN_OR_ASCII = re.compile(r"[\x00-\x7f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…·]")


def _short_chinese(data: bytes, detected: str | None) -> str | None:
    """A short input read as GB18030, when it decodes strictly to Chinese text and the
    detector chose another encoding (or none)."""
    if len(data) > SHORT_INPUT_BYTES or (detected or "").lower() in _GB_FAMILY:
        return None
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return text if len(_HAN_OR_ASCII.findall(text)) == len(text) else None


def looks_like_html(head: str) -> bool:
    """HTML is recognised by its content: a root tag or several common tags."""
    if _HTML_ROOT.search(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 3


def html_to_document(markup: str) -> Document:
    """Main text, title and date of an HTML page (trafilatura, then a plain fallback)."""
    title = date = None
    text = ""
    try:
        import trafilatura

        result = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                             include_tables=True)
        # a dict comes back only with as_dict=True, which is not set here
        if result is not None and not isinstance(result, dict):
            text = result.text or ""
            title = result.title or None
            date = result.date or None
            # Trafilatura's precise mode drops short lists ("welcomed new members:" then
            # <li>s) as boilerplate; its recall mode keeps them and more page furniture.
            # The lists that continue a kept line are taken from the second reading.
            if re.search(r"[:：]\s*$", text, re.M):  # (only a line ending so announces one)
                fuller = trafilatura.extract(markup, include_comments=False,
                                             include_tables=True, favor_recall=True)
                text = with_lists(text, fuller or "")
    except Exception:  # a broken page must not stop the run; fall back to tag stripping
        text = ""
    if not text.strip():
        text = strip_tags(markup)
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    if date and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        text = f"Date: {date}\n{text}" if title is None else text.replace(
            title, f"{title}\nDate: {date}", 1)
    else:
        date = None
    return Document(text, title, date, is_html=True)




def with_lists(precise: str, fuller: str) -> str:
    r"""`precise` with the list lines `fuller` has right after one of its lines.

    >>> with_lists("Members:\nEnd.", "Menu\n- Home\nMembers:\n- A College\n- B College\nEnd.")
    'Members:\n- A College\n- B College\nEnd.'
    """
    kept = {line.strip() for line in precise.splitlines() if line.strip()}
    lists: dict[str, list[str]] = {}  # a kept line -> the list lines right after it
    after: str | None = None
    for line in fuller.splitlines():
        if line.strip() in kept:
            after = line.strip()
        elif after is not None and LIST_ITEM_START.match(line):
            lists.setdefault(after, []).append(line.strip())
        else:
            after = None  # a list far from any kept line is page furniture
    result: list[str] = []
    for line in precise.splitlines():
        result.append(line)
        result.extend(lists.pop(line.strip(), []))
    return "\n".join(result)


def strip_tags(markup: str) -> str:
    """Text of an HTML fragment without scripts, menus and footers."""
    markup = _SCRIPT.sub(" ", markup)
    markup = _BLOCK_END.sub("\n", markup)
    markup = _TAG.sub(" ", markup)
    text = html_lib.unescape(markup)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)
