"""Fetching an article by URL: http and https only, a timeout, a size cap, few redirects.

Every limit is a user-facing error (`FetchError`), never a traceback: a page
that is too large, too slow, redirects too often or to another scheme, or
answers with an HTTP error status is refused with one line saying why.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO, Any

from tracker.errors import InvalidInput, TrackerError

ALLOWED_SCHEMES = ("http", "https")
TIMEOUT_SECONDS = 15.0
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 3
USER_AGENT = "tracker-import/1 (+international cooperation office)"


class FetchError(TrackerError):
    """The page could not be fetched (network error, HTTP error, a limit reached)."""


@dataclass(frozen=True)
class Fetched:
    """The bytes of a page and the URL they finally came from."""

    url: str
    final_url: str
    data: bytes
    content_type: str | None


def is_url(text: str) -> bool:
    """Whether an import argument names a URL rather than a file ("scheme://...")."""
    return "://" in text and not text.startswith("file:")


def check_scheme(url: str) -> str:
    """The URL itself if its scheme is http or https; InvalidInput otherwise."""
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme.lower() not in ALLOWED_SCHEMES or not parsed.netloc:
        raise InvalidInput(f"'{url}' is not an http or https URL")
    return url


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    """Follow at most `limit` redirects, and only to http or https URLs."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.followed = 0

    def http_error_302(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage,
    ) -> Any:
        # urllib refuses other schemes itself, but with an HTTPError that reads like a
        # server fault; say plainly what happened instead
        location = headers.get("Location") or headers.get("URI") or ""
        target = urllib.parse.urljoin(req.full_url, location)
        if urllib.parse.urlsplit(target).scheme.lower() not in ALLOWED_SCHEMES:
            raise FetchError(f"{req.full_url} redirects to '{target}', which is not http(s)")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
        headers: HTTPMessage, newurl: str,
    ) -> urllib.request.Request | None:
        self.followed += 1
        if self.followed > self.limit:
            raise FetchError(f"{req.full_url} redirects more than {self.limit} times")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(
    url: str,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> Fetched:
    """GET `url` within the limits; raise FetchError (or InvalidInput for a bad URL)."""
    check_scheme(url)
    # only our redirect handler and plain http(s): no proxies from the environment's
    # file handlers, and no FTP or file opener that a redirect could reach
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        _LimitedRedirects(max_redirects),
    ):
        opener.add_handler(handler)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url} is larger than {_size(max_bytes)}")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise FetchError(f"{url} is larger than {_size(max_bytes)}")
            return Fetched(url, response.geturl(), data, response.headers.get_content_type())
    except urllib.error.HTTPError as error:
        raise FetchError(f"{url} answered HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise FetchError(f"cannot fetch {url}: {_reason(error.reason)}") from None
    except TimeoutError:
        raise FetchError(f"{url} did not answer within {timeout:g} seconds") from None
    except OSError as error:
        raise FetchError(f"cannot fetch {url}: {_reason(error)}") from None


def _reason(reason: Any) -> str:
    if isinstance(reason, TimeoutError):
        return "timed out"
    return str(getattr(reason, "strerror", None) or reason)


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit} bytes"
