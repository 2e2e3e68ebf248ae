#!/usr/bin/env python3
"""Serve dist/ on 127.0.0.1 like a static host would.

Adds `Access-Control-Allow-Origin: *` because embeds run in sandboxed iframes
(an opaque origin) and load the app's module script and wasm through CORS.
"""
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript"}

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
    directory = sys.argv[2] if len(sys.argv) > 2 else "dist"
    handler = functools.partial(Handler, directory=directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"Serving the playground on http://127.0.0.1:{port}/ (Ctrl-C to stop)")
        server.serve_forever()


if __name__ == "__main__":
    main()
