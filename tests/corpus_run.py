#!/usr/bin/env python3
"""Runs the CLI over every page of the scrapinghub and wcxb-dev corpora (read from ../shared/corpora,
never copied into the repository): no page may fail or hang (HANG_SECONDS), and no page read as an
article may have an empty reading. Pages that take over a second are listed, as information: speed
is measured by `make bench`, not asserted here, where a busy machine's pause would fail the run. Prints the scrapinghub
F1 computed as the corpora README defines it, and the wcxb-dev word F1, as information (issue 3
turns them into a gate). Exits 0 with "corpus not found" where the corpora are absent."""
import argparse
import collections
import gzip
import json
import pathlib
import subprocess
import sys
import time

# Listed when slower (wall time, process start included); a hang is a page still running after
# HANG_SECONDS, and fails.
SLOW_SECONDS = 1.0
HANG_SECONDS = 30
ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import metrics  # noqa: E402  (the bench's scoring code, tested in tests/test_metrics.py)

# Recorded quality floors: the run fails when a score falls below them (raised as quality rises).
FLOORS = json.loads((ROOT / "bench/floors.json").read_text())


def run_cli(cli, path):
    start = time.perf_counter()
    proc = subprocess.run([cli, "--format", "json", str(path)], capture_output=True, text=True, timeout=HANG_SECONDS)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        # A clear refusal (empty or unreadable input) is allowed; a crash is not.
        if "panicked" in proc.stderr or proc.returncode < 0 or not proc.stderr.startswith("cleanread:"):
            raise RuntimeError(f"{path.name}: exit {proc.returncode}: {proc.stderr.strip()[:300]}")
        return "", elapsed
    reading = json.loads(proc.stdout)
    # A page read as an article whose reading is empty would show the user a blank reader.
    if reading["isArticle"] and not reading["textContent"].strip():
        raise RuntimeError(f"{path.name}: read as an article, but its reading is empty")
    return reading["textContent"], elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpora", required=True)
    args = ap.parse_args()
    root = pathlib.Path(args.corpora)
    if not (root / "scrapinghub").is_dir():
        print(f"corpus not found at {root}: skipping the corpus run")
        return 0
    failures, slow, times = [], [], []

    truth = json.loads((root / "scrapinghub/ground-truth.json").read_text())
    pairs = []
    for page_id, item in sorted(truth.items()):
        try:
            text, elapsed = run_cli(args.cli, root / "scrapinghub/html" / f"{page_id}.html.gz")
        except Exception as e:  # noqa: BLE001 - every failure is reported
            failures.append(str(e))
            continue
        times.append(elapsed)
        if elapsed > SLOW_SECONDS:
            slow.append((page_id, elapsed))
        pairs.append((item["articleBody"], text))
    sh = metrics.scrapinghub(pairs)
    print(f"scrapinghub: {len(pairs)} pages  F1 {sh['f1']:.3f}  precision {sh['precision']:.3f}  "
          f"recall {sh['recall']:.3f}  accuracy {sh['accuracy']:.3f}")

    rows = [json.loads(l) for l in gzip.open(root / "wcxb-dev/ground-truth.jsonl.gz", "rt", encoding="utf-8")]
    by_type = collections.defaultdict(list)
    for row in rows:
        path = root / "wcxb-dev/html" / f"{row['id']}.html.gz"
        try:
            text, elapsed = run_cli(args.cli, path)
        except Exception as e:  # noqa: BLE001
            failures.append(str(e))
            continue
        times.append(elapsed)
        if elapsed > SLOW_SECONDS:
            slow.append((row["id"], elapsed))
        by_type[row.get("page_type", "?")].append(metrics.word_prf(row.get("main_content") or "", text)[2])
    all_f1 = [x for v in by_type.values() for x in v]
    wcxb_f1 = sum(all_f1) / max(1, len(all_f1))
    print(f"wcxb-dev: {len(all_f1)} pages  word F1 {wcxb_f1:.3f}  "
          + "  ".join(f"{k} {sum(v) / len(v):.3f}" for k, v in sorted(by_type.items())))
    below = []
    for name, value in [("scrapinghub_f1", sh["f1"]), ("wcxb_dev_word_f1", wcxb_f1)]:
        floor = FLOORS[name]
        print(f"gate {name}: {value:.3f} (floor {floor:.3f})")
        if value < floor:
            below.append(f"{name} {value:.3f} is below its floor {floor:.3f}")
    times.sort()
    if times:
        print(f"CLI wall time per page (process included): median {1000 * times[len(times) // 2]:.1f} ms, "
              f"max {1000 * times[-1]:.1f} ms")
    for f in failures + below:
        print("FAILED", f)
    for page, t in slow:
        print(f"slow (information, not a failure) {page}: {t:.2f} s")
    print(f"corpus: {len(times)} passed, {len(failures) + len(below)} failed")
    return 1 if failures or below else 0


if __name__ == "__main__":
    sys.exit(main())
