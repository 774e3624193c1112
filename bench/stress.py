"""Worst-case pages for `make bench`: synthetic pages of one extreme shape each (a paragraph of
100,000 <span>s, 30,000 nested <div>s, 20,000 quotes...), timed through the native core.

Real pages have these shapes in smaller doses; an algorithm that is quadratic in one of them shows
here as seconds where the corpora show milliseconds. Timings are reported, never asserted.

Standalone: python3 bench/stress.py [--out DIR]
"""

import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def page(body, title="Stress"):
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>"


def shapes():
    """(name, what it holds, HTML) for each worst case."""
    n = range
    yield ("spans", "one paragraph of 100,000 words, each in its own <span>",
           page("<article><p>" + "".join(f"<span>w{i} </span>" for i in n(100_000)) + "</p></article>"))
    yield ("quotes", "one paragraph of 20,000 quotes, each next to 'said'",
           page("<article><h1>Head</h1><p>" + " ".join(f'Ann Lee said "this is quote number {i}" and'
                                                        for i in n(20_000)) + "</p></article>"))
    yield ("pronouns", "one paragraph of 20,000 quotes, each after 'he said', no one named",
           page("<article><h1>Head</h1><p>" + " ".join(f'he said "this is quote number {i}" and'
                                                        for i in n(20_000)) + "</p></article>"))
    yield ("it-said", "20,000 sentences naming a bank once, then 20,000 quotes each before 'it said'",
           page("<article><h1>Head</h1><p>The Bank of England warned. " + " ".join(f"Sentence number {i} says nothing."
                                                                              for i in n(20_000)) + "</p><p>"
                + " ".join(f'"this is quote number {i}," it said.' for i in n(20_000)) + "</p></article>"))
    yield ("unsaid", "one paragraph of 20,000 quotes, none next to a speech verb",
           page("<article><h1>Head</h1><p>Ann Lee left. " + " ".join(f'Then "this is quote number {i}" came.'
                                                                        for i in n(20_000)) + "</p></article>"))
    yield ("paragraphs", "20,000 quoted paragraphs, each with a speaker",
           page("<article>" + "".join(f'<p>"We are here today number {i}," Mayor Ann Lee{i} said.</p>'
                                      for i in n(20_000)) + "</article>"))
    yield ("sentences", "one paragraph of 30,000 sentences with names and figures",
           page("<article><h1>H</h1><p>" + " ".join(f"Sentence number {i} is about the Bank of England and ${i} million."
                                                     for i in n(30_000)) + "</p></article>"))
    yield ("nested", "30,000 nested <div>s",
           page("<div>" * 30_000 + "<p>A paragraph of text.</p>" + "</div>" * 30_000))
    yield ("siblings", "50,000 sibling <div>s",
           page("".join(f"<div>Short text number {i} here.</div>" for i in n(50_000))))
    yield ("table", "a table of 30,000 rows",
           page("<article><p>Intro text for the table below.</p><table>"
                + "".join(f"<tr><td>Row {i}</td><td>{i}</td><td>Value</td></tr>" for i in n(30_000)) + "</table></article>"))
    yield ("links", "one paragraph of 30,000 links",
           page("<article><p>" + " ".join(f'<a href="/l{i}">link {i}</a> text' for i in n(30_000)) + "</p></article>"))
    yield ("shop-terms", "a shop's item with 20,000 sections titled 'Shipping', each over its own terms",
           page("<main><h1>Kettle</h1><button>Add to cart</button><div>"
                + "<p>The kettle is brushed steel with a cool handle, and boils a litre in three minutes.</p>" * 10
                + "".join(f"<h3>Shipping</h3><p>Free delivery on orders over {i} dollars, to zone {i}.</p>"
                          for i in n(20_000)) + "</div></main>"))
    yield ("faq", "20,000 questions, each over its answer hidden until a click, none naming it",
           page("<article><h1>Kettle questions</h1>"
                + "".join(f'<div class="q">Q: Does kettle {i} boil a full litre in three minutes?</div>'
                          f'<div class="a" style="display:none">A: Yes, kettle {i} boils a full litre in under '
                          f'three minutes on a standard socket.</div>' for i in n(20_000)) + "</article>"))
    yield ("faq-buttons", "a review over 20,000 questions written as buttons, side by side, each over its answer",
           page("<article><h1>Kettle review</h1>"
                + "".join(f"<p>Paragraph {i} of the review says how the kettle was tested, for how long and by "
                          f"whom, at home and in the lab, and what we found when we boiled water in it.</p>"
                          for i in n(12))
                + "<h2>Questions</h2><div>"
                + "".join(f'<button type="button">Does kettle {i} boil a full litre in three minutes?</button>'
                          f'<div class="a"><p>Yes, kettle {i} boils a full litre in under three minutes on a '
                          f'standard socket, and keeps it hot for an hour.</p></div>' for i in n(20_000))
                + "</div></article>"))
    yield ("item-titles", "a roundup of 20,000 items, each a linked title over its paragraph",
           page("<article><h1>Deals of the month</h1>"
                + "".join(f'<p><a href="/deal/{i}">Company {i} acquires startup {i}</a></p>'
                          f'<p>Company {i} is buying startup {i} for {i} million dollars in cash and stock, to add '
                          f'its engine to the platform it sells to banks.</p>' for i in n(20_000)) + "</article>"))
    yield ("promos", "10,000 paragraphs, each followed by an ad and a newsletter box",
           page("<article>" + "".join(f'<p>Real paragraph {i} of the story with enough words to count as text.</p>'
                                      f'<div class="ad">Advertisement</div>'
                                      f'<div class="newsletter">Subscribe to our newsletter! Get 40% off</div>'
                                      for i in n(10_000)) + "</article>"))


def measure(out):
    """Writes the pages under OUT/stress, times each once through cleanread-bench."""
    folder = pathlib.Path(out) / "stress"
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, what, html in shapes():
        path = folder / f"{name}.html"
        path.write_text(html)
        rows.append((name, what, path))
    proc = subprocess.run([str(ROOT / "target/release/cleanread-bench"), "--repeat", "1"],
                          input="\n".join(str(p) for _, _, p in rows) + "\n",
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"cleanread-bench failed on the stress pages: {proc.stderr[-2000:]}")
    records = {r["file"]: r for r in map(json.loads, proc.stdout.splitlines())}
    results = []
    for name, what, path in rows:
        r = records[str(path)]
        results.append({"page": name, "holds": what, "bytes": path.stat().st_size, "error": r.get("error"),
                        "parse_ms": r.get("parseMs"), "analyze_ms": r.get("analyzeMs")})
    return results


def print_stress(results):
    print("\ncleanread on worst-case pages (synthetic, one run each; parse, then the whole analysis)")
    for r in results:
        if r["error"]:
            print(f"  {r['page']:<11} {r['bytes'] / 1e6:5.1f} MB  error: {r['error']}")
            continue
        print(f"  {r['page']:<11} {r['bytes'] / 1e6:5.1f} MB  parse {r['parse_ms']:8.0f} ms  "
              f"analysis {r['analyze_ms']:8.0f} ms  ({r['holds']})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "target/bench"))
    args = ap.parse_args()
    print_stress(measure(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
