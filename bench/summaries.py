#!/usr/bin/env python3
"""The key points measured against reference summaries (part of `make bench`; run with the bench's
virtualenv, which has rouge-score).

Each article of ../shared/corpora/summaries becomes a plain HTML page (one <p> per line of the
article, declared an article with og:type as the news sites do, no title: the corpus gives none) that the native core reads like any page; its key points
are scored against the reference summary with ROUGE-1/2/Lsum F1, Porter stemming, as the corpus
README defines, side by side with LEAD-3 (the article's first three lines) in the same run.
Pages are written under --out; prints one JSON object on stdout."""
import argparse
import html
import json
import pathlib
import statistics
import subprocess
import sys

from rouge_score import rouge_scorer

DATASETS = ("cnndm", "xsum")
ROUGE = ("rouge1", "rouge2", "rougeLsum")


def article_page(lines):
    """A minimal page holding the article: the text only reaches it escaped."""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
    return ('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title></title>\n'
            '<meta property="og:type" content="article"></head>\n'
            f"<body><article>\n{body}\n</article></body></html>\n")


def write_pages(root, out):
    """Writes one page per article; returns [(dataset, id, path, article_lines, reference_sents)]."""
    items = []
    out.mkdir(parents=True, exist_ok=True)
    for ds in DATASETS:
        src = root / f"{ds}-validation.jsonl"
        if not src.exists():
            continue
        for line in src.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            row = json.loads(line)
            path = out / f"{ds}-{row['id']}.html"
            path.write_text(article_page(row["article_lines"]), encoding="utf-8")
            items.append((ds, row["id"], path, row["article_lines"], row["reference_sents"]))
    return items


def rouge_means(pairs):
    """pairs: [(reference sentences, summary sentences)] -> mean F1 per ROUGE variant, in points."""
    scorer = rouge_scorer.RougeScorer(list(ROUGE), use_stemmer=True)
    sums = {k: [] for k in ROUGE}
    for ref, summ in pairs:
        # Lsum reads sentences from newlines.
        s = scorer.score("\n".join(ref), "\n".join(summ))
        for k in ROUGE:
            sums[k].append(s[k].fmeasure * 100)
    return {k: statistics.mean(v) for k, v in sums.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--bench-bin", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    root = pathlib.Path(args.corpora) / "summaries"
    if not root.is_dir():
        print(json.dumps({"error": f"summaries corpus not found at {root}"}))
        return 0
    items = write_pages(root, pathlib.Path(args.out))
    proc = subprocess.run([args.bench_bin, "--repeat", "1"], input="\n".join(str(p) for _, _, p, _, _ in items) + "\n",
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"cleanread-bench failed: {proc.stderr[-2000:]}")
    records = {r["file"]: r for r in (json.loads(x) for x in proc.stdout.split("\n") if x)}
    result = {}
    for ds in DATASETS:
        rows = [it for it in items if it[0] == ds]
        if not rows:
            continue
        ours = [(ref, records[str(p)].get("keyPoints") or []) for _, _, p, _, ref in rows]
        lead3 = [(ref, lines[:3]) for _, _, _, lines, ref in rows]
        result[ds] = {
            "articles": len(rows),
            "cleanread": rouge_means(ours),
            "LEAD-3": rouge_means(lead3),
            "key_points_per_article": statistics.mean(len(k) for _, k in ours),
            "words_per_summary": {"cleanread": statistics.mean(sum(len(s.split()) for s in k) for _, k in ours),
                                  "LEAD-3": statistics.mean(sum(len(s.split()) for s in k) for _, k in lead3),
                                  "reference": statistics.mean(sum(len(s.split()) for s in r) for r, _ in ours)},
        }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
