"""A static host for the Lighthouse benchmark (tests/bench/lighthouse.mjs), as the README asks
hosts to be: files gzip-compressed for a browser that accepts it, connections kept alive
(HTTP/1.1). Python's `http.server` alone sends every file uncompressed over a new connection,
which no real host does and which weighs most on the wasm, docview's largest file.

Usage: python3 static_server.py PORT DIR
"""
import gzip
import http.server
import sys
from functools import partial


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".md": "text/markdown; charset=utf-8", ".txt": "text/plain; charset=utf-8"}

    def send_head(self):
        path = self.translate_path(self.path)
        if path.endswith("/"):
            path += "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not self._is_file(path):
            return super().send_head()
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), 9)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)

    @staticmethod
    def _is_file(path):
        try:
            with open(path, "rb"):
                return True
        except OSError:
            return False

    def log_message(self, *args):
        pass


class _Body:
    """The compressed body, read as `send_head`'s file would be."""

    def __init__(self, body):
        self.body = body

    def read(self, *args):
        body, self.body = self.body, b""
        return body

    def close(self):
        pass


if __name__ == "__main__":
    port, directory = int(sys.argv[1]), sys.argv[2]
    http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(Handler, directory=directory)).serve_forever()
