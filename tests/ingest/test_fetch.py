"""URL fetching against a local HTTP server that each test module starts on 127.0.0.1."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tracker.errors import InvalidInput
from tracker.ingest.fetch import Fetched, FetchError, fetch_url, refused_address

ARTICLE = b"<html><head><title>News</title></head><body><p>A short article.</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = self.path
        if path == "/article":
            self._send(200, ARTICLE, "text/html")
        elif path == "/big":
            self._send(200, b"x" * 5000, "text/plain")
        elif path == "/big-undeclared":
            # no Content-Length: the cap must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"y" * 5000)
            self.close_connection = True
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self._redirect("/article" if left == 0 else f"/hop/{left - 1}")
        elif path == "/to-localhost":
            self._redirect(f"http://localhost:{self.server.server_address[1]}/article")
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif path == "/drip":
            # a byte every half second: no single read waits long, the whole never ends
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            with contextlib.suppress(OSError):
                for _ in range(40):
                    self.wfile.write(b".")
                    self.wfile.flush()
                    time.sleep(0.5)
            self.close_connection = True
        elif path == "/slow":
            time.sleep(1.5)
            with contextlib.suppress(BrokenPipeError):  # the client gave up, as it should
                self._send(200, b"late", "text/plain")
        else:
            self._send(404, b"missing", "text/plain")

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_args: object) -> None:  # keep test output quiet
        return


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def local(url: str, **limits: Any) -> Fetched:
    """Fetch from the test's own server, which is on this machine (refused by default)."""
    return fetch_url(url, allow_private=True, **limits)


def test_fetches_a_page(server: str) -> None:
    fetched = local(f"{server}/article")
    assert fetched.data == ARTICLE
    assert fetched.content_type == "text/html"


def test_follows_a_few_redirects(server: str) -> None:
    fetched = local(f"{server}/hop/2", max_redirects=3)
    assert fetched.final_url == f"{server}/article"
    assert fetched.data == ARTICLE


def test_refuses_too_many_redirects(server: str) -> None:
    with pytest.raises(FetchError, match="redirects more than 3 times"):
        local(f"{server}/hop/5", max_redirects=3)


def test_refuses_a_redirect_to_another_scheme(server: str) -> None:
    with pytest.raises(FetchError, match="not http"):
        local(f"{server}/to-file")


@pytest.mark.parametrize("path", ["/big", "/big-undeclared"])
def test_refuses_a_page_over_the_size_limit(server: str, path: str) -> None:
    with pytest.raises(FetchError, match="larger than 1000 bytes"):
        local(f"{server}{path}", max_bytes=1000)


def test_gives_up_after_the_timeout(server: str) -> None:
    with pytest.raises(FetchError, match="did not answer|timed out"):
        local(f"{server}/slow", timeout=0.3)


def test_reports_an_http_error(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        local(f"{server}/nowhere")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/a.txt", "http://"])
def test_accepts_only_http_and_https(url: str) -> None:
    with pytest.raises(InvalidInput, match="not an http or https URL"):
        fetch_url(url)


def test_a_slow_drip_ends_at_the_overall_deadline(server: str) -> None:
    # the drip sends a byte every half second for 20 s, each well within the read timeout:
    # only the overall deadline can end it, and its error says so (no wall clock is read
    # here: the suite's hang guard, pytest-timeout, catches a fetch that never ends)
    with pytest.raises(FetchError, match="did not finish within 2 seconds"):
        local(f"{server}/drip", timeout=1.0, deadline=2.0)


# Malformed answers: each is one FetchError line, never an http.client traceback
MALFORMED = {
    "/empty": b"",
    "/garbage": b"this is not http at all\r\n\r\n",
    "/bad-status": b"HTTP/1.1 abc OK\r\n\r\n",
    "/long-header": b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 70000 + b"\r\n\r\n",
    "/many-headers": b"HTTP/1.1 200 OK\r\n" + b"X-A: 1\r\n" * 150 + b"\r\n",
    "/short-body": b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten b",
    "/bad-chunks": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nab\r\n",
}


@pytest.fixture(scope="module")
def raw_server() -> Iterator[str]:
    """A TCP server that answers each path with the raw bytes of MALFORMED, then closes."""
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                request = connection.recv(65536).decode("latin-1")
                path = request.split(" ")[1] if " " in request else "/"
                with contextlib.suppress(OSError):
                    connection.sendall(MALFORMED.get(path, b""))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    listener.close()


@pytest.mark.parametrize("path", sorted(MALFORMED))
def test_a_malformed_answer_is_one_line(raw_server: str, path: str) -> None:
    with pytest.raises(FetchError) as raised:
        local(f"{raw_server}{path}", timeout=2.0)
    assert len(str(raised.value).splitlines()) == 1
    assert str(raised.value).startswith((f"{raw_server}{path} ", f"cannot fetch {raw_server}"))


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/a", "http://localhost:9/a",
                                 "http://[::1]:9/a", "http://10.0.0.1:9/a",
                                 "http://169.254.169.254/latest/meta-data"])
def test_a_local_or_private_address_is_refused_unless_allowed(url: str) -> None:
    with pytest.raises(FetchError, match="unless --allow-private-urls is given"):
        fetch_url(url, timeout=1.0)


def test_a_redirect_to_a_private_address_is_refused(server: str, monkeypatch) -> None:
    # the test server is local too: its first connection is let through as if it were
    # public, and the redirect's connection meets the check
    import tracker.ingest.fetch as fetch

    checked: list[str] = []

    def first_passes(address: str) -> str | None:
        checked.append(address)
        return None if len(checked) == 1 else refused_address(address)

    monkeypatch.setattr(fetch, "refused_address", first_passes)
    with pytest.raises(FetchError, match="localhost is an address on this machine"):
        fetch_url(f"{server}/to-localhost", timeout=1.0)
    assert len(checked) == 2


@pytest.mark.parametrize(
    ("address", "reason"),
    [("127.0.0.1", "an address on this machine"), ("::1", "an address on this machine"),
     ("0.0.0.0", "an address on this machine"), ("192.168.1.10", "a private network address"),
     ("172.16.0.5", "a private network address"), ("fc00::1", "a private network address"),
     ("169.254.1.1", "a link-local address"), ("fe80::1", "a link-local address"),
     ("::ffff:127.0.0.1", "an address on this machine"), ("93.184.216.34", None),
     ("2606:4700::1111", None)],
)
def test_refused_addresses(address: str, reason: str | None) -> None:
    assert refused_address(address) == reason
