#!/usr/bin/env python3
"""Runs the CLI over every page of the scrapinghub and wcxb-dev corpora (read from ../shared/corpora,
never copied into the repository): no page may fail or take over one second. Prints the scrapinghub
F1 computed as the corpora README defines it, and the wcxb-dev word F1, as information (issue 3
turns them into a gate). Exits 0 with "corpus not found" where the corpora are absent."""
import argparse
import collections
import gzip
import json
import pathlib
import re
import subprocess
import sys
import time

WORD = re.compile(r"\w+")
LIMIT_SECONDS = 1.0


def shingles(tokens, n=4):
    if not tokens:
        return collections.Counter()
    if len(tokens) < n:
        return collections.Counter([tuple(tokens)])
    return collections.Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def shingle_scores(truth, pred):
    """Per-page (tp, fp, fn) as fractions of their sum, from multisets of 4-token shingles."""
    t, p = shingles(WORD.findall(truth)), shingles(WORD.findall(pred))
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def scrapinghub_metric(pairs):
    """pairs: [(truth, predicted)]. Returns (F1, precision, recall, accuracy)."""
    precisions, recalls, exact = [], [], 0
    for truth, pred in pairs:
        tp, fp, fn = shingle_scores(truth, pred)
        if fp == 0 and fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
        else:
            if tp + fp > 0:
                precisions.append(tp / (tp + fp))
            if tp + fn > 0:
                recalls.append(tp / (tp + fn))
        exact += WORD.findall(truth) == WORD.findall(pred)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f1, p, r, exact / len(pairs) if pairs else 0.0


def word_prf(truth, pred):
    t = collections.Counter(w.lower() for w in WORD.findall(truth))
    p = collections.Counter(w.lower() for w in WORD.findall(pred))
    if not t and not p:
        return 1.0, 1.0, 1.0
    common = sum((t & p).values())
    prec = common / sum(p.values()) if p else 0.0
    rec = common / sum(t.values()) if t else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def run_cli(cli, path):
    start = time.perf_counter()
    proc = subprocess.run([cli, "--format", "json", str(path)], capture_output=True, text=True, timeout=30)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        # A clear refusal (empty or unreadable input) is allowed; a crash is not.
        if "panicked" in proc.stderr or proc.returncode < 0 or not proc.stderr.startswith("cleanread:"):
            raise RuntimeError(f"{path.name}: exit {proc.returncode}: {proc.stderr.strip()[:300]}")
        return "", elapsed
    return json.loads(proc.stdout)["textContent"], elapsed


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
        if elapsed > LIMIT_SECONDS:
            slow.append((page_id, elapsed))
        pairs.append((item["articleBody"], text))
    f1, p, r, acc = scrapinghub_metric(pairs)
    print(f"scrapinghub: {len(pairs)} pages  F1 {f1:.3f}  precision {p:.3f}  recall {r:.3f}  accuracy {acc:.3f}")

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
        if elapsed > LIMIT_SECONDS:
            slow.append((row["id"], elapsed))
        by_type[row.get("page_type", "?")].append(word_prf(row.get("main_content") or "", text)[2])
    all_f1 = [x for v in by_type.values() for x in v]
    print(f"wcxb-dev: {len(all_f1)} pages  word F1 {sum(all_f1) / max(1, len(all_f1)):.3f}  "
          + "  ".join(f"{k} {sum(v) / len(v):.3f}" for k, v in sorted(by_type.items())))
    times.sort()
    print(f"CLI wall time per page (process included): median {1000 * times[len(times) // 2]:.1f} ms, "
          f"max {1000 * times[-1]:.1f} ms")
    for f in failures:
        print("FAILED", f)
    for page, t in slow:
        print(f"SLOW {page}: {t:.2f} s")
    passed = len(times) - len(slow)
    print(f"corpus: {passed} passed, {len(failures) + len(slow)} failed")
    return 1 if failures or slow else 0


if __name__ == "__main__":
    sys.exit(main())
