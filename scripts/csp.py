#!/usr/bin/env python3
"""Add a Content-Security-Policy to the built pages in dist/.

Trunk writes one inline module script (the loader); its SHA-256 is allowed
explicitly, nothing else inline runs. No external origin is allowed anywhere:
the page loads its own files and then makes no request at all.
Run after `trunk build` (the Makefile's dist target does).
"""
import base64
import hashlib
import re
import sys
from pathlib import Path

DIST = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")


def policy(script_hashes):
    scripts = " ".join(f"'sha256-{h}'" for h in script_hashes)
    return "; ".join([
        "default-src 'none'",
        f"script-src 'self' {scripts} 'wasm-unsafe-eval'".replace("  ", " "),
        # Leptos sets a few style attributes (the editor's scroll padding).
        "style-src 'self' 'unsafe-inline'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "frame-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
    ])


def protect(page: Path):
    html = page.read_text()
    html = re.sub(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    hashes = [base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in inline]
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}" />'
    html = html.replace("<head>", f"<head>\n    {meta}", 1)
    page.write_text(html)
    print(f"csp: {page} ({len(hashes)} inline script(s) allowed by hash)")


for name in ("index.html", "embed-demo.html"):
    if (DIST / name).exists():
        protect(DIST / name)
