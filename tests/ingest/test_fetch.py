"""URL fetching against a local HTTP server that each test module starts on 127.0.0.1."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tracker.errors import InvalidInput
from tracker.ingest.fetch import FetchError, fetch_url

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
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
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


def test_fetches_a_page(server: str) -> None:
    fetched = fetch_url(f"{server}/article")
    assert fetched.data == ARTICLE
    assert fetched.content_type == "text/html"


def test_follows_a_few_redirects(server: str) -> None:
    fetched = fetch_url(f"{server}/hop/2", max_redirects=3)
    assert fetched.final_url == f"{server}/article"
    assert fetched.data == ARTICLE


def test_refuses_too_many_redirects(server: str) -> None:
    with pytest.raises(FetchError, match="redirects more than 3 times"):
        fetch_url(f"{server}/hop/5", max_redirects=3)


def test_refuses_a_redirect_to_another_scheme(server: str) -> None:
    with pytest.raises(FetchError, match="not http"):
        fetch_url(f"{server}/to-file")


@pytest.mark.parametrize("path", ["/big", "/big-undeclared"])
def test_refuses_a_page_over_the_size_limit(server: str, path: str) -> None:
    with pytest.raises(FetchError, match="larger than 1000 bytes"):
        fetch_url(f"{server}{path}", max_bytes=1000)


def test_gives_up_after_the_timeout(server: str) -> None:
    with pytest.raises(FetchError, match="did not answer|timed out"):
        fetch_url(f"{server}/slow", timeout=0.3)


def test_reports_an_http_error(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_url(f"{server}/nowhere")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/a.txt", "http://"])
def test_accepts_only_http_and_https(url: str) -> None:
    with pytest.raises(InvalidInput, match="not an http or https URL"):
        fetch_url(url)
