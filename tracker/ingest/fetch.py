"""Fetching an article by URL: http and https only, a timeout, a size cap, few redirects.

Every limit is a user-facing error (`FetchError`), never a traceback: a page
that is too large, too slow, redirects too often or to another scheme, or
answers with an HTTP error status is refused with one line saying why. Besides
the per-read timeout, the whole fetch has a deadline (a server that sends a byte
every few seconds never trips a read timeout), and a malformed response is one
line too. Addresses on this machine or a private network (after resolving the
name, for the first request and every redirect) are refused unless allowed: an
article URL must not make tracker reach the office's own internal services.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.client import HTTPMessage
from typing import IO, Any

from tracker.errors import InvalidInput, TrackerError

ALLOWED_SCHEMES = ("http", "https")
TIMEOUT_SECONDS = 15.0
DEADLINE_SECONDS = 30.0  # the whole fetch, redirects and slow bodies included
READ_CHUNK = 64 * 1024
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


def refused_address(address: str) -> str | None:
    """Why tracker will not connect to `address` (an IP), or None when it may.

    >>> refused_address("127.0.0.1"), refused_address("10.1.2.3"), refused_address("8.8.8.8")
    ('an address on this machine', 'a private network address', None)
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback or ip.is_unspecified:
        return "an address on this machine"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_private or ip.is_reserved or ip.is_multicast or not ip.is_global:
        return "a private network address"
    return None


@dataclass
class _Deadline:
    """The sockets of one fetch, shut when its deadline passes (a blocked read then ends)."""

    seconds: float
    sockets: list[socket.socket] = field(default_factory=list)
    expired: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def expire(self) -> None:
        with self.lock:
            self.expired = True
            for sock in self.sockets:
                with contextlib.suppress(OSError):  # already closed
                    sock.shutdown(socket.SHUT_RDWR)

    def add(self, sock: socket.socket) -> None:
        with self.lock:
            self.sockets.append(sock)
            if self.expired:
                sock.shutdown(socket.SHUT_RDWR)


def _connector(deadline: _Deadline, *, allow_private: bool) -> Any:
    """`socket.create_connection` that resolves the name itself, refuses private addresses
    (unless allowed) and connects to the address it checked, so a name cannot resolve
    to a public address for the check and a private one for the connection."""

    def create_connection(address: tuple[str, int], timeout: Any = None,
                          source_address: Any = None, **_: Any) -> socket.socket:
        host, port = address
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as error:
            raise FetchError(f"cannot resolve {host}: {error.strerror}") from None
        last: OSError | None = None
        for family, kind, proto, _name, sockaddr in infos:
            reason = refused_address(str(sockaddr[0]))
            if reason is not None and not allow_private:
                raise FetchError(
                    f"{host} is {reason} ({sockaddr[0]}); tracker fetches only public "
                    "addresses unless --allow-private-urls is given"
                )
            sock = socket.socket(family, kind, proto)
            deadline.add(sock)
            try:
                if timeout is not None:
                    sock.settimeout(timeout)
                sock.connect(sockaddr)
                return sock
            except OSError as error:
                last = error
                sock.close()
        raise last or OSError(f"no address for {host}")

    return create_connection


def _handlers(deadline: _Deadline, *, allow_private: bool) -> list[urllib.request.BaseHandler]:
    """HTTP and HTTPS handlers whose connections go through `_connector`."""
    connect = _connector(deadline, allow_private=allow_private)

    class Connection(http.client.HTTPConnection):
        def connect(self) -> None:
            self._create_connection = connect  # type: ignore[method-assign]
            super().connect()

    class SecureConnection(http.client.HTTPSConnection):
        def connect(self) -> None:
            self._create_connection = connect  # type: ignore[method-assign]
            super().connect()

    class Handler(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> Any:
            return self.do_open(Connection, req)

    class SecureHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> Any:
            return self.do_open(SecureConnection, req)

    return [Handler(), SecureHandler()]


def fetch_url(
    url: str,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    *,
    deadline: float = DEADLINE_SECONDS,
    allow_private: bool = False,
) -> Fetched:
    """GET `url` within the limits; raise FetchError (or InvalidInput for a bad URL).

    `timeout` bounds each read, `deadline` the whole fetch; `allow_private` lets it
    reach this machine and private networks (a local test server, an intranet).
    """
    check_scheme(url)
    watch = _Deadline(deadline)
    # only our redirect handler and plain http(s): no proxies from the environment's
    # file handlers, and no FTP or file opener that a redirect could reach
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        *_handlers(watch, allow_private=allow_private),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        _LimitedRedirects(max_redirects),
    ):
        opener.add_handler(handler)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    timer = threading.Timer(deadline, watch.expire)
    timer.daemon = True
    timer.start()
    try:
        return _get(opener, request, url, timeout=timeout, max_bytes=max_bytes, watch=watch)
    except FetchError:
        raise
    except Exception as error:
        if watch.expired:
            raise FetchError(f"{url} did not finish within {deadline:g} seconds") from None
        raise _one_line(url, error, timeout) from None
    finally:
        timer.cancel()


def _get(opener: urllib.request.OpenerDirector, request: urllib.request.Request, url: str, *,
         timeout: float, max_bytes: int, watch: _Deadline) -> Fetched:
    started = time.monotonic()
    with opener.open(request, timeout=timeout) as response:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(f"{url} is larger than {_size(max_bytes)}")
        chunks: list[bytes] = []
        received = 0
        while True:
            chunk = response.read1(READ_CHUNK)
            if not chunk:
                break
            received += len(chunk)
            if received > max_bytes:
                raise FetchError(f"{url} is larger than {_size(max_bytes)}")
            chunks.append(chunk)
            if time.monotonic() - started > watch.seconds:
                watch.expired = True
                raise FetchError(f"{url} did not finish within {watch.seconds:g} seconds")
        if watch.expired:  # the deadline shut the socket: what was read is not the page
            raise FetchError(f"{url} did not finish within {watch.seconds:g} seconds")
        if declared and declared.isdigit() and received < int(declared):
            raise FetchError(f"{url} ended after {received} of its {declared} bytes")
        return Fetched(url, response.geturl(), b"".join(chunks),
                       response.headers.get_content_type())


def _one_line(url: str, error: Exception, timeout: float) -> FetchError:
    """The FetchError for whatever went wrong: HTTP status, network, malformed answer."""
    if isinstance(error, urllib.error.HTTPError):
        return FetchError(f"{url} answered HTTP {error.code} {error.reason}")
    if isinstance(error, urllib.error.URLError):
        if isinstance(error.reason, FetchError):
            return error.reason
        return FetchError(f"cannot fetch {url}: {_reason(error.reason)}")
    if isinstance(error, TimeoutError):
        return FetchError(f"{url} did not answer within {timeout:g} seconds")
    if isinstance(error, http.client.HTTPException):
        # a status line, header or body that is not HTTP, or a connection cut mid-answer
        name = type(error).__name__
        detail = str(error).strip().splitlines()[0][:120] if str(error).strip() else ""
        said = f"{name}: {detail}" if detail else name
        return FetchError(f"{url} sent a malformed answer ({said})")
    if isinstance(error, OSError):
        return FetchError(f"cannot fetch {url}: {_reason(error)}")
    return FetchError(f"cannot fetch {url}: {type(error).__name__}: {error}")


def _reason(reason: Any) -> str:
    if isinstance(reason, TimeoutError):
        return "timed out"
    return str(getattr(reason, "strerror", None) or reason)


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit} bytes"
