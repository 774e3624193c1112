"""Peer for `make bench`: trafilatura (PyPI) with include_comments=False. Reads one HTML path per
line on stdin (.gz allowed), prints one JSON line per page: text, metadata, and the milliseconds
for extraction (parsing included) and for metadata."""
import gzip
import json
import sys
import time

import trafilatura
from trafilatura.metadata import extract_metadata

for line in sys.stdin:
    path = line.strip()
    if not path:
        continue
    try:
        raw = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
        start = time.perf_counter()
        text = trafilatura.extract(raw, include_comments=False) or ""
        ms = (time.perf_counter() - start) * 1000
        meta = extract_metadata(raw)
        record = {
            "file": path, "ms": ms, "text": text,
            "title": getattr(meta, "title", None), "byline": getattr(meta, "author", None),
            "excerpt": getattr(meta, "description", None), "siteName": getattr(meta, "sitename", None),
            "publishedTime": getattr(meta, "date", None), "lang": getattr(meta, "language", None), "dir": None,
        }
    except Exception as e:  # noqa: BLE001 - a peer's failure on a page is recorded, not fatal
        record = {"file": path, "error": str(e)}
    print(json.dumps(record), flush=True)
